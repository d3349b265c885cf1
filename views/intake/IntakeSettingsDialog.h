#pragma once

#include <QDialog>

class AppSettings;
class Session;
class MessageBar;
class QLineEdit;
class QPlainTextEdit;

/// Mail intake settings: the subject patterns that make a message a report (team-wide, in
/// the database) and the GnuPG home with the team key (this machine only, never stored in
/// the shared database).
class IntakeSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeSettingsDialog)

public:
    /// The subject patterns are the session's team setting; settings holds this machine's.
    IntakeSettingsDialog(Session &session, AppSettings &settings, QWidget *parent = nullptr);
    void accept() override;

private:
    Session &m_session;
    AppSettings &m_settings;
    QPlainTextEdit *m_patterns;
    QLineEdit *m_gnupgHome;
    MessageBar *m_message;
};
