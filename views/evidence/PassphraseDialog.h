#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class MessageBar;

/// Asks for the evidence store's passphrase: to unlock it, to set the first one (typed
/// twice), or to change it (current, new, new again). The text never leaves the dialog but
/// through passphraseEntered(); checking it is the caller's (the store's) job, and a refusal
/// is shown with showError() while the dialog stays open.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    enum class Mode { Unlock, Create, Change };

    explicit PassphraseDialog(Mode mode, QWidget *parent = nullptr);

    void showError(const QString &message);
    void accept() override;

Q_SIGNALS:
    /// current is empty except in Change mode.
    void passphraseEntered(const QString &current, const QString &passphrase);

private:
    Mode m_mode;
    QLineEdit *m_current;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    MessageBar *m_message;
};
