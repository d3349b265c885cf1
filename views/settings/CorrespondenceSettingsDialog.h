#pragma once

#include "correspondence/ReplyTemplates.h"

#include <QDialog>
#include <QHash>

class Session;
class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/// The team's correspondence settings: its address and name, the GnuPG home with the team
/// keyring and the signing key (checked as you type), and an editor for the reply templates
/// with a live preview filled from a sample case. Everything is stored in the case database.
class CorrespondenceSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrespondenceSettingsDialog)

public:
    /// Reads and writes the session's correspondence settings and reply templates.
    explicit CorrespondenceSettingsDialog(Session &session, QWidget *parent = nullptr);

Q_SIGNALS:
    void saved();

private:
    void selectTemplate();
    void keepEdits();
    void refreshPreview();
    void checkKey();
    void save();

    Session &m_session;
    QHash<QString, ReplyTemplate> m_edits;
    QString m_current;

    MessageBar *m_messages;
    QLineEdit *m_address;
    QLineEdit *m_name;
    QLineEdit *m_home;
    QLineEdit *m_signingKey;
    QLabel *m_keyStatus;
    QComboBox *m_template;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_preview;
    QPushButton *m_reset;
};
