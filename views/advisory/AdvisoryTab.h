#pragma once

#include "advisory/AdvisoryData.h"

#include <QWidget>

class AdvisoryStore;
class CaseEditor;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

/// The case's Advisory tab: CVE ids and CWE, affected products with version or range and a
/// CSAF/VEX status, remediations, acknowledgments (with the person's consent) and the
/// advisory's revision history — what the CSAF, CVE and PDF exports publish. Edits are
/// collected on the page and saved together (Save): checked first (a clear message, nothing
/// stored when something is wrong), then one undoable, audited step.
class AdvisoryTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvisoryTab)

public:
    /// store is the session's (Session::advisories()).
    AdvisoryTab(CaseEditor &editor, AdvisoryStore &store, QWidget *parent = nullptr);
    ~AdvisoryTab() override;

    void showCase(qint64 caseId);
    /// What the page holds now (saved or not).
    AdvisoryData pageData() const;
    /// Checks and saves the page; false (with the reason on the page) when refused.
    bool save();
    QString errorText() const;

    QLineEdit *cveField() const { return m_cves; }
    QLineEdit *cweField() const { return m_cwes; }
    QTableWidget *productTable() const { return m_products; }
    QTableWidget *remediationTable() const { return m_remediations; }
    QTableWidget *acknowledgmentTable() const { return m_acknowledgments; }
    QTableWidget *revisionTable() const { return m_revisions; }

    void addProductRow(const AffectedProduct &p = {});
    void addRemediationRow(const Remediation &r = {});
    void addAcknowledgmentRow(const Acknowledgment &a = {});
    void addRevisionRow(const Revision &r);

Q_SIGNALS:
    void failed(const QString &message);

private:
    void reload();
    void fill(const AdvisoryData &data);
    void showError(const QString &text);
    void updateCweNames();

    CaseEditor &m_editor;
    AdvisoryStore &m_store;
    qint64 m_caseId = 0;
    int m_version = 0;
    bool m_saving = false; // this page's own save is being announced
    AdvisoryData m_saved;
    AdvisoryData m_shown; // m_saved as the page shows it (times to the minute): no edits yet
    QLineEdit *m_cves;
    QLineEdit *m_cwes;
    QLabel *m_cweNames;
    QTableWidget *m_products;
    QTableWidget *m_remediations;
    QTableWidget *m_acknowledgments;
    QTableWidget *m_revisions;
    QLabel *m_error;
    QPushButton *m_save;
};
