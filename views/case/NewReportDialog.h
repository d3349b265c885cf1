#pragma once

#include "core/Case.h"
#include "core/Product.h"

#include <QDialog>
#include <QHash>

class MessageBar;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// Logs a new report with the fields the disclosure policies require: product model and
/// software version, description, steps to reproduce, reporter contact. Problems show
/// inline next to their field; a product that is third-party, unknown or past its
/// security-update period gets a warning (the analyst may still log the report).
class NewReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewReportDialog)

public:
    NewReportDialog(const QList<Product> &catalogue, QWidget *parent = nullptr);

    NewReport report() const;
    void accept() override;

Q_SIGNALS:
    /// The report is complete; the receiver stores it (and may refuse with a reason).
    void reportReady(const NewReport &report);

private:
    void updateScopeWarning();
    QLineEdit *addLine(CaseField field, const QString &objectName);
    QLabel *errorLabel(CaseField field);

    QList<Product> m_catalogue;
    QHash<CaseField, QLineEdit *> m_lines;
    QHash<CaseField, QLabel *> m_errors;
    QCheckBox *m_consentCredit;
    QCheckBox *m_consentShare;
    QComboBox *m_channel;
    QDateTimeEdit *m_received;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_steps;
    MessageBar *m_scope;
};
