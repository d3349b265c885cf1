#pragma once

#include "widgets/MessageBar.h"

#include <QWidget>

#include <memory>

class LargeTextView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class SharedDevice;
class TextSearchJob;
struct EvidenceInfo;

/// The text, log and code viewer: a LargeTextView with find (plain or regular expression,
/// incremental, run in the background, next/previous), go to line, word wrap, the encoding
/// (detected, changeable) and the syntax definition chosen by name and content.
class TextViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextViewer)

public:
    explicit TextViewer(QWidget *parent = nullptr);
    ~TextViewer() override;

    void open(std::shared_ptr<SharedDevice> device, const EvidenceInfo &info, const QByteArray &head);
    LargeTextView *view() const { return m_view; }

    void findNext();
    void findPrevious();
    /// Goes to a 1-based line number.
    void goToLine(qint64 line);

Q_SIGNALS:
    /// Something the analyst should know about this content (shown in the pane's bar).
    void message(MessageBar::Kind kind, const QString &text);

private:
    void startSearch(bool backward, qint64 fromLine, qsizetype fromColumn);
    void updateIndexStatus(qint64 lines, bool complete);

    LargeTextView *m_view;
    QLineEdit *m_findEdit;
    QCheckBox *m_regex;
    QCheckBox *m_matchCase;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_findStatus;
    QLineEdit *m_lineEdit;
    QCheckBox *m_wrap;
    QComboBox *m_encoding;
    QLabel *m_syntax;
    QLabel *m_indexStatus;
    QTimer *m_findTimer;
    TextSearchJob *m_search = nullptr;
};
