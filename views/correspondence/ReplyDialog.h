#pragma once

#include "correspondence/CorrespondenceSettings.h"
#include "openpgp/OpenPgp.h"

#include <QDialog>

#include <functional>

class CaseEditor;
class CorrespondenceStore;
class MessageBar;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SlaTracker;

/// Makes a reply to the case's reporter from a template: a live preview (plain text), who
/// it goes to, whether it will be signed and encrypted and which workflow move sending it
/// makes; then saves it as a ready-to-send .eml or copies it to the clipboard, and records
/// it in the correspondence. The workflow move goes through the CaseEditor, so it can be
/// undone like any other.
class ReplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyDialog)

public:
    ReplyDialog(CaseEditor &editor, CorrespondenceStore &log, qint64 caseId, QWidget *parent = nullptr);

    void setDeadlineSource(const SlaTracker *tracker);
    void setTemplate(const QString &id);
    /// Test seam: where "Save as .eml" writes, instead of asking with a file dialog.
    void setFileNameProvider(std::function<QString()> provider) { m_fileNameProvider = std::move(provider); }

Q_SIGNALS:
    void sent(qint64 messageId);

private:
    void refreshPreview();
    void send(bool toClipboard, const QString &path = {});
    void chooseFile();

    CaseEditor &m_editor;
    CorrespondenceStore &m_log;
    qint64 m_caseId;
    const SlaTracker *m_tracker = nullptr;
    CorrespondenceSettings m_settings;
    OpenPgp m_pgp;
    std::function<QString()> m_fileNameProvider;

    QComboBox *m_template;
    QLabel *m_to;
    QLabel *m_subject;
    QLabel *m_security;
    QPlainTextEdit *m_preview;
    MessageBar *m_messages;
    QPushButton *m_save;
    QPushButton *m_copy;
};
