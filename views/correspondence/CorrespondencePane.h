#pragma once

#include "correspondence/QuoteFolding.h"

#include <QWidget>

#include <memory>

class CaseEditor;
class CorrespondenceModel;
class CorrespondenceStore;
class MessageBar;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;
class SlaTracker;

/// A case's correspondence with the reporter: the messages in order (direction, date,
/// encryption, signature) above the selected one's headers and body. Bodies are plain text
/// only, never HTML, and quoted text ("> " blocks with their "On … wrote:" line) is folded
/// until the analyst shows it. Reply… opens the ReplyDialog.
class CorrespondencePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrespondencePane)

public:
    /// store is the session's (Session::correspondence()).
    CorrespondencePane(CaseEditor &editor, CorrespondenceStore &store, QWidget *parent = nullptr);
    ~CorrespondencePane() override;

    void showCase(qint64 caseId);
    void setDeadlineSource(const SlaTracker *tracker) { m_tracker = tracker; }
    CorrespondenceStore &store() const { return m_store; }
    CorrespondenceModel *model() const { return m_model; }
    /// Opens the reply dialog (also the Reply… button); returns it for tests.
    class ReplyDialog *openReplyDialog();

private:
    void showSelected();
    void renderBody();

    CaseEditor &m_editor;
    CorrespondenceStore &m_store;
    CorrespondenceModel *m_model;
    const SlaTracker *m_tracker = nullptr;
    QList<QuoteFolding::Block> m_blocks;

    MessageBar *m_messages;
    QTableView *m_table;
    QLabel *m_headers;
    QToolButton *m_showQuotes;
    QPlainTextEdit *m_body;
    QPushButton *m_reply;
};
