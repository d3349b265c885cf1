#include "IntakeSettingsDialog.h"

#include "session/Session.h"
#include "settings/AppSettings.h"
#include "storage/TeamSettings.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

IntakeSettingsDialog::IntakeSettingsDialog(Session &session, AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(settings)
    , m_patterns(new QPlainTextEdit(this))
    , m_gnupgHome(new QLineEdit(this))
    , m_message(new MessageBar(this))
{
    setWindowTitle(tr("Mail Intake Settings"));
    m_patterns->setObjectName(QStringLiteral("patterns"));
    m_gnupgHome->setObjectName(QStringLiteral("gnupgHome"));
    m_message->hide();
    m_patterns->setPlainText(m_session.settings().list(TeamSettings::Key::IntakeSubjectPatterns).join(u'\n'));
    m_patterns->setToolTip(tr("One pattern per line. A message whose subject contains one of them (ignoring "
                              "case) is proposed as a new report."));
    m_gnupgHome->setText(m_settings.gnupgHome());
    m_gnupgHome->setPlaceholderText(tr("No key: encrypted reports are imported unread"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *homeRow = new QHBoxLayout;
    homeRow->addWidget(m_gnupgHome, 1);
    homeRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Report &subject patterns:"), m_patterns);
    form->addRow(tr("&GnuPG home (team key):"), homeRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("GnuPG Home"), m_gnupgHome->text());
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setOption(QFileDialog::ShowDirsOnly);
        connect(chooser, &QFileDialog::fileSelected, m_gnupgHome, &QLineEdit::setText);
        chooser->open();
    });
}

void IntakeSettingsDialog::accept()
{
    const QString home = m_gnupgHome->text().trimmed();
    if (!home.isEmpty() && !QDir(home).exists()) {
        m_message->showMessage(MessageBar::Kind::Error, tr("The folder “%1” does not exist.").arg(home));
        return;
    }
    // Blank lines are dropped; no pattern at all brings the default back.
    if (const Status s
        = m_session.settings().setList(TeamSettings::Key::IntakeSubjectPatterns, {m_patterns->toPlainText()});
        !s) {
        m_message->showMessage(MessageBar::Kind::Error, s.error());
        return;
    }
    m_settings.setGnupgHome(home);
    QDialog::accept();
}
