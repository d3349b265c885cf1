#pragma once

#include <QDialog>

class AdvisoryStore;
class QLabel;
class QLineEdit;

/// Settings → Advisory Publisher: who publishes the team's CSAF advisories and CVE records
/// (name, vendor of the products, https namespace, contact, the CNA's organisation id and
/// short name). Team-wide, in the case database. Saved only when the CSAF fields are usable;
/// the CNA fields may stay empty until the team publishes CVE records.
class AdvisoryPublisherDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvisoryPublisherDialog)

public:
    /// store is the session's (Session::advisories()).
    explicit AdvisoryPublisherDialog(AdvisoryStore &store, QWidget *parent = nullptr);
    ~AdvisoryPublisherDialog() override;

    /// Checks and stores the fields; false (with the reason shown) when refused.
    bool save();
    QString errorText() const;

private:
    AdvisoryStore &m_store;
    QLineEdit *m_name;
    QLineEdit *m_vendor;
    QLineEdit *m_namespace;
    QLineEdit *m_contact;
    QLineEdit *m_orgId;
    QLineEdit *m_shortName;
    QLabel *m_error;
};
