#include "NewReportDialog.h"

#include "core/Clock.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

NewReportDialog::NewReportDialog(const QList<Product> &catalogue, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_consentCredit(new QCheckBox(tr("Consents to be credited"), this))
    , m_consentShare(new QCheckBox(tr("Consents to their identity being shared"), this))
    , m_channel(new QComboBox(this))
    , m_received(new QDateTimeEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_steps(new QPlainTextEdit(this))
    , m_scope(new MessageBar(this))
{
    setObjectName(QStringLiteral("newReportDialog"));
    setWindowTitle(tr("New Report"));
    m_scope->setObjectName(QStringLiteral("scopeWarning"));

    auto *form = new QFormLayout;
    const auto addRow = [this, form](CaseField field, const QString &label, QWidget *editor) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(editor);
        column->addWidget(errorLabel(field));
        form->addRow(label, column);
    };
    addRow(CaseField::Title, tr("&Title"), addLine(CaseField::Title, QStringLiteral("titleEdit")));
    QLineEdit *product = addLine(CaseField::Product, QStringLiteral("productEdit"));
    QStringList names;
    for (const Product &p : std::as_const(m_catalogue))
        names.append(p.name);
    auto *completer = new QCompleter(names, product);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    product->setCompleter(completer);
    product->setPlaceholderText(tr("Product model"));
    addRow(CaseField::Product, tr("&Product"), product);
    addRow(CaseField::ProductVersion, tr("Software &version"),
        addLine(CaseField::ProductVersion, QStringLiteral("versionEdit")));
    addRow(CaseField::ReporterName, tr("Reporter &name"),
        addLine(CaseField::ReporterName, QStringLiteral("reporterNameEdit")));
    addRow(CaseField::ReporterEmail, tr("Reporter &e-mail"),
        addLine(CaseField::ReporterEmail, QStringLiteral("reporterEmailEdit")));
    addRow(CaseField::ReporterOrganisation, tr("&Organisation"),
        addLine(CaseField::ReporterOrganisation, QStringLiteral("reporterOrgEdit")));
    form->addRow(QString(), m_consentCredit);
    form->addRow(QString(), m_consentShare);
    for (IntakeChannel c : IntakeChannels::all())
        m_channel->addItem(IntakeChannels::displayName(c), IntakeChannels::id(c));
    form->addRow(tr("&Channel"), m_channel);
    m_received->setObjectName(QStringLiteral("receivedEdit"));
    m_received->setTimeZone(QTimeZone::UTC);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_received->setCalendarPopup(true);
    m_received->setDateTime(Clock::nowUtc());
    addRow(CaseField::ReceivedAt, tr("&Received"), m_received);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What is the vulnerability, and what can an attacker do with it?"));
    addRow(CaseField::Description, tr("&Description"), m_description);
    m_steps->setObjectName(QStringLiteral("stepsEdit"));
    m_steps->setTabChangesFocus(true);
    m_steps->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_steps->setPlaceholderText(tr("Steps to reproduce, or relevant observations"));
    addRow(CaseField::StepsToReproduce, tr("&Steps to reproduce"), m_steps);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log Report"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("logReportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewReportDialog::reject);
    connect(product, &QLineEdit::textChanged, this, &NewReportDialog::updateScopeWarning);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_scope);
    layout->addWidget(buttons);
    resize(640, 720);
}

QLineEdit *NewReportDialog::addLine(CaseField field, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(int(CaseFieldInfo::maxLength(field)));
    m_lines.insert(field, edit);
    return edit;
}

QLabel *NewReportDialog::errorLabel(CaseField field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") + CaseFieldInfo::column(field));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53));
    label->setPalette(p);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void NewReportDialog::updateScopeWarning()
{
    const QString name = m_lines.value(CaseField::Product)->text().trimmed();
    if (name.isEmpty() || m_catalogue.isEmpty()) {
        m_scope->hide();
        return;
    }
    const ScopeAssessment a = assessScope(m_catalogue, name, Clock::nowUtc().date());
    if (a.verdict == ScopeAssessment::Verdict::InScope)
        m_scope->hide();
    else
        m_scope->showMessage(MessageBar::Kind::Warning, a.message);
}

NewReport NewReportDialog::report() const
{
    NewReport r;
    r.title = m_lines.value(CaseField::Title)->text();
    r.product = m_lines.value(CaseField::Product)->text();
    r.productVersion = m_lines.value(CaseField::ProductVersion)->text();
    r.reporterName = m_lines.value(CaseField::ReporterName)->text();
    r.reporterEmail = m_lines.value(CaseField::ReporterEmail)->text();
    r.reporterOrganisation = m_lines.value(CaseField::ReporterOrganisation)->text();
    r.consentCredit = m_consentCredit->isChecked();
    r.consentShareIdentity = m_consentShare->isChecked();
    r.channel = IntakeChannels::fromId(m_channel->currentData().toString());
    r.receivedAt = m_received->dateTime().toUTC();
    r.description = m_description->toPlainText();
    r.stepsToReproduce = m_steps->toPlainText();
    return r;
}

void NewReportDialog::accept()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    const NewReport r = report();
    const auto problems = r.validate();
    if (!problems.isEmpty()) {
        for (const auto &problem : problems) {
            if (QLabel *label = m_errors.value(problem.field)) {
                label->setText(problem.message);
                label->show();
            }
        }
        if (QLineEdit *edit = m_lines.value(problems.constFirst().field))
            edit->setFocus();
        return;
    }
    Q_EMIT reportReady(r);
    QDialog::accept();
}
