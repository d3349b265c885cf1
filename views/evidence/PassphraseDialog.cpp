#include "PassphraseDialog.h"

#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PassphraseDialog::PassphraseDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_current(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(mode == Mode::Unlock ? tr("Unlock Evidence")
            : mode == Mode::Create      ? tr("Protect Evidence")
                                        : tr("Change Evidence Passphrase"));
    for (QLineEdit *edit : {m_current, m_passphrase, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(1024);
    }
    m_current->setObjectName(QStringLiteral("currentPassphrase"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::Unlock
            ? tr("Evidence in this database is encrypted. Enter the team's evidence passphrase; it is kept "
                 "in memory until PSIRT Desk closes.")
            : mode == Mode::Create
            ? tr("Evidence is encrypted in the case database with a key protected by this passphrase. "
                 "Share it with your team over a safe channel: without it, nobody can read the evidence.")
            : tr("The evidence stays as it is; only its key is protected anew."));
    auto *form = new QFormLayout;
    if (mode == Mode::Change)
        form->addRow(tr("&Current passphrase:"), m_current);
    else
        m_current->hide();
    form->addRow(mode == Mode::Unlock ? tr("&Passphrase:") : tr("&New passphrase:"), m_passphrase);
    if (mode == Mode::Unlock)
        m_repeat->hide();
    else
        form->addRow(tr("&Repeat:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    (mode == Mode::Change ? m_current : m_passphrase)->setFocus();
}

void PassphraseDialog::showError(const QString &message)
{
    m_message->showMessage(MessageBar::Kind::Error, message);
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

void PassphraseDialog::accept()
{
    if (m_mode != Mode::Unlock && m_passphrase->text() != m_repeat->text()) {
        showError(tr("The two passphrases differ."));
        return;
    }
    // The receiver checks the passphrase and closes the dialog with done() if it is right.
    Q_EMIT passphraseEntered(m_current->text(), m_passphrase->text());
}
