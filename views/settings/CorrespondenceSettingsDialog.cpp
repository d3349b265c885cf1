#include "CorrespondenceSettingsDialog.h"

#include "correspondence/CorrespondenceSettings.h"
#include "correspondence/CorrespondenceStore.h"
#include "correspondence/ReplyTemplates.h"
#include "openpgp/OpenPgp.h"
#include "session/Session.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimeZone>
#include <QVBoxLayout>

CorrespondenceSettingsDialog::CorrespondenceSettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_messages(new MessageBar(this))
    , m_address(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_home(new QLineEdit(this))
    , m_signingKey(new QLineEdit(this))
    , m_keyStatus(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_reset(new QPushButton(tr("Reset to Default"), this))
{
    setWindowTitle(tr("Correspondence Settings"));
    m_messages->setObjectName(QStringLiteral("correspondenceSettingsMessages"));
    m_messages->hide();
    m_address->setObjectName(QStringLiteral("teamAddress"));
    m_address->setPlaceholderText(QStringLiteral("psirt@example.com"));
    m_name->setObjectName(QStringLiteral("teamName"));
    m_home->setObjectName(QStringLiteral("gnupgHome"));
    m_home->setPlaceholderText(tr("GnuPG's default home"));
    m_signingKey->setObjectName(QStringLiteral("signingKey"));
    m_signingKey->setPlaceholderText(tr("the key of the team address"));
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setTextFormat(Qt::PlainText);
    m_keyStatus->setWordWrap(true);
    m_template->setObjectName(QStringLiteral("templateChoice"));
    for (const QString &id : ReplyTemplates::ids())
        m_template->addItem(ReplyTemplates::displayName(id), id);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setReadOnly(true);
    m_reset->setObjectName(QStringLiteral("resetTemplate"));

    const CorrespondenceSettings settings = session.correspondence().settings();
    m_address->setText(settings.teamAddress);
    m_name->setText(settings.teamName);
    m_home->setText(settings.gnupgHome);
    m_signingKey->setText(settings.signingKey);

    auto *team = new QGroupBox(tr("Team"), this);
    auto *teamForm = new QFormLayout(team);
    teamForm->addRow(tr("E-mail address:"), m_address);
    teamForm->addRow(tr("Name:"), m_name);
    teamForm->addRow(tr("GnuPG home:"), m_home);
    teamForm->addRow(tr("Signing key:"), m_signingKey);
    teamForm->addRow(QString(), m_keyStatus);

    QStringList placeholderHelp;
    for (const auto &[name, description] : ReplyTemplates::placeholders())
        placeholderHelp.append(QStringLiteral("{%1} %2").arg(name, description));
    auto *placeholders = new QLabel(placeholderHelp.join(QStringLiteral("   ·   ")), this);
    placeholders->setTextFormat(Qt::PlainText);
    placeholders->setObjectName(QStringLiteral("placeholderHelp"));
    placeholders->setWordWrap(true);

    auto *templates = new QGroupBox(tr("Reply templates"), this);
    auto *templateLayout = new QVBoxLayout(templates);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_template, 1);
    chooser->addWidget(m_reset);
    templateLayout->addLayout(chooser);
    auto *subjectRow = new QFormLayout;
    subjectRow->addRow(tr("Subject:"), m_subject);
    templateLayout->addLayout(subjectRow);
    auto *editors = new QSplitter(Qt::Horizontal, this);
    editors->addWidget(m_body);
    editors->addWidget(m_preview);
    templateLayout->addWidget(editors, 1);
    templateLayout->addWidget(placeholders);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(team);
    layout->addWidget(templates, 1);
    layout->addWidget(buttons);
    resize(900, 720);

    connect(buttons, &QDialogButtonBox::accepted, this, &CorrespondenceSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &CorrespondenceSettingsDialog::selectTemplate);
    connect(m_subject, &QLineEdit::textChanged, this, &CorrespondenceSettingsDialog::refreshPreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &CorrespondenceSettingsDialog::refreshPreview);
    connect(m_name, &QLineEdit::textChanged, this, &CorrespondenceSettingsDialog::refreshPreview);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const ReplyTemplate t = ReplyTemplates::defaultTemplate(m_current);
        m_subject->setText(t.subject);
        m_body->setPlainText(t.body);
    });
    for (QLineEdit *edit : {m_address, m_home, m_signingKey})
        connect(edit, &QLineEdit::editingFinished, this, &CorrespondenceSettingsDialog::checkKey);
    selectTemplate();
    checkKey();
}

void CorrespondenceSettingsDialog::keepEdits()
{
    if (!m_current.isEmpty())
        m_edits.insert(m_current, ReplyTemplate {m_current, m_subject->text(), m_body->toPlainText()});
}

void CorrespondenceSettingsDialog::selectTemplate()
{
    keepEdits();
    m_current = m_template->currentData().toString();
    ReplyTemplate t = m_edits.value(m_current);
    if (t.id.isEmpty()) {
        const auto stored = m_session.replyTemplates().get(m_current);
        t = stored ? *stored : ReplyTemplates::defaultTemplate(m_current);
    }
    const QSignalBlocker blockSubject(m_subject);
    const QSignalBlocker blockBody(m_body);
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    refreshPreview();
}

void CorrespondenceSettingsDialog::refreshPreview()
{
    const ReplyContext ctx = ReplyTemplates::sampleContext(m_name->text());
    m_preview->setPlainText(tr("Subject: %1").arg(ReplyTemplates::fillSubject(m_subject->text(), ctx))
        + QStringLiteral("\n\n") + ReplyTemplates::fill(m_body->toPlainText(), ctx));
}

void CorrespondenceSettingsDialog::checkKey()
{
    const OpenPgp pgp(m_home->text().trimmed());
    if (const QString unavailable = pgp.availabilityError(); !unavailable.isEmpty()) {
        m_keyStatus->setText(unavailable);
        return;
    }
    if (!m_signingKey->text().trimmed().isEmpty()) {
        const auto signature = pgp.signDetached(QByteArrayLiteral("check"), m_signingKey->text().trimmed());
        m_keyStatus->setText(signature ? tr("The signing key works.") : signature.error());
        return;
    }
    if (m_address->text().trimmed().isEmpty()) {
        m_keyStatus->setText(tr("Enter the team's e-mail address."));
        return;
    }
    const auto key = pgp.signingKeyFor(m_address->text().trimmed());
    m_keyStatus->setText(
        key ? tr("Replies are signed with %1 (%2).").arg(key->userId, key->fingerprint) : key.error());
}

void CorrespondenceSettingsDialog::save()
{
    keepEdits();
    CorrespondenceSettings settings;
    settings.teamAddress = m_address->text().trimmed();
    settings.teamName = m_name->text().trimmed();
    settings.gnupgHome = m_home->text().trimmed();
    settings.signingKey = m_signingKey->text().trimmed();
    if (Status s = m_session.correspondence().saveSettings(settings); !s) {
        m_messages->showMessage(MessageBar::Kind::Error, s.error());
        return;
    }
    ReplyTemplates &templates = m_session.replyTemplates();
    for (const ReplyTemplate &t : std::as_const(m_edits)) {
        if (Status s = templates.save(t); !s) {
            m_messages->showMessage(MessageBar::Kind::Error, s.error());
            return;
        }
    }
    Q_EMIT saved();
    accept();
}
