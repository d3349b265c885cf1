#pragma once

#include "advisory/AdvisoryData.h"
#include "core/Product.h"

#include <QWidget>

class AdvisoryStore;
class CaseEditor;
class ProductCatalogue;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

/// The case's Advisory tab: what the CSAF, CVE and PDF exports publish. Per vulnerability of
/// the case (a list on the left): CVE id and CWE, the public text (title, summary,
/// description, impact; prefilled from AdvisoryTemplate, never from the report), affected
/// products with version or range and a CSAF/VEX status, and remediations. For the case: how
/// the reporter wants to be credited (used only with their consent) and the other names they
/// go by, further acknowledgments, and the published revisions.
///
/// Edits are collected on the page and saved together (Save): checked first (a clear message,
/// nothing stored when something is wrong), then one undoable, audited step. Publish Revision
/// saves, checks that the advisory can leave the team (ExportService::checkPublishable: the
/// final CSAF document and CVE records build, and nothing in them names the reporter without
/// consent) and records the next revision, again as one undoable step.
///
/// With the product catalogue, an affected product's Product cell offers the catalogue's
/// products and its version cells that product's releases (editable lists: any other text
/// may be typed); the Version cell also takes a range as "< 2.4.1" (every version before) or
/// "1.0 – 2.4" (1.0 up to, not including, 2.4), split into the first version and the end.
class AdvisoryTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvisoryTab)

public:
    /// store is the session's (Session::advisories()), and so is catalogue
    /// (Session::products()); without one the product cells are plain text.
    AdvisoryTab(CaseEditor &editor, AdvisoryStore &store, QWidget *parent = nullptr);
    AdvisoryTab(CaseEditor &editor, AdvisoryStore &store, const ProductCatalogue *catalogue,
        QWidget *parent = nullptr);
    ~AdvisoryTab() override;

    void showCase(qint64 caseId);
    /// What the page holds now (saved or not).
    AdvisoryData pageData() const;
    /// Checks and saves the page; false (with the reason on the page) when refused.
    bool save();
    /// Saves the page and records its next revision with summary, after the publishing check;
    /// false (with the reason on the page) when refused.
    bool publishRevision(const QString &summary);
    QString errorText() const;
    /// The catalogue's products as the product cells offer them (read again by showCase()).
    const QList<Product> &catalogueProducts() const;

    QListWidget *vulnerabilityList() const { return m_vulnerabilities; }
    QLineEdit *cveField() const { return m_cve; }
    QLineEdit *cweField() const { return m_cwes; }
    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *summaryField() const { return m_summary; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QPlainTextEdit *impactField() const { return m_impact; }
    QTableWidget *productTable() const { return m_products; }
    QTableWidget *remediationTable() const { return m_remediations; }
    QLineEdit *creditNameField() const { return m_creditName; }
    QComboBox *creditTypeBox() const { return m_creditType; }
    QLineEdit *aliasesField() const { return m_aliases; }
    QTableWidget *acknowledgmentTable() const { return m_acknowledgments; }
    QTableWidget *revisionTable() const { return m_revisions; }

    void addVulnerability();
    void addProductRow(const AffectedProduct &p = {});
    void addRemediationRow(const Remediation &r = {});
    void addAcknowledgmentRow(const Acknowledgment &a = {});
    /// Writes the template's words into the current vulnerability's empty public fields.
    void fillFromTemplate();

Q_SIGNALS:
    void failed(const QString &message);

private:
    void reload();
    void fill(const AdvisoryData &data);
    void showVulnerability(int index);
    Vulnerability editedVulnerability() const;
    void keepEditedVulnerability();
    void updateVulnerabilityNames();
    void updateConsent();
    void showError(const QString &text);
    void updateCweNames();
    void addRevisionRow(const Revision &r);
    bool push(const AdvisoryData &page, const QString &text);

    CaseEditor &m_editor;
    AdvisoryStore &m_store;
    const ProductCatalogue *m_catalogue = nullptr;
    QList<Product> m_catalogueProducts;
    qint64 m_caseId = 0;
    int m_version = 0;
    bool m_saving = false; // this page's own save is being announced
    AdvisoryData m_saved;
    AdvisoryData m_shown; // m_saved as the page shows it (times to the minute): no edits yet
    QList<Vulnerability> m_vulns; // the page's vulnerabilities; the current one is in the editors
    int m_current = -1;
    QListWidget *m_vulnerabilities;
    QLineEdit *m_cve;
    QLineEdit *m_cwes;
    QLabel *m_cweNames;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_impact;
    QTableWidget *m_products;
    QTableWidget *m_remediations;
    QLabel *m_consent;
    QLineEdit *m_creditName;
    QComboBox *m_creditType;
    QLineEdit *m_aliases;
    QTableWidget *m_acknowledgments;
    QTableWidget *m_revisions;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_publish;
};
