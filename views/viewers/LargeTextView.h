#pragma once

#include "viewers/LineIndex.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QList>

#include <KSyntaxHighlighting/State>

#include <memory>

class LineIndexJob;
class LineDecoder;
class SharedDevice;

namespace KSyntaxHighlighting {
class Definition;
}

/// A read-only text view for files of any size: nothing is loaded into a document. A
/// LineIndexJob indexes the lines in the background while the first screenful is already
/// shown; painting reads only the visible lines' blocks from the device (a small cache of
/// blocks), decodes them (LineDecoder: invalid bytes as U+FFFD, controls made visible) and
/// highlights them with KSyntaxHighlighting, carrying the highlighter state forward from
/// checkpoints every LineIndex::kLinesPerBlock lines. Lines longer than
/// LineIndex::kMaxLineBytes are shown cut, with a marker. Text is painted as plain text
/// with QTextLayout, never interpreted as markup. Ctrl+C copies the current line.
class LargeTextView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LargeTextView)

public:
    struct Match
    {
        qint64 line = -1;
        qsizetype column = 0;
        qsizetype length = 0;
    };

    explicit LargeTextView(QWidget *parent = nullptr);
    ~LargeTextView() override;

    /// Shows the text on the device (replacing any previous one) and starts indexing it.
    void setDevice(std::shared_ptr<SharedDevice> device);
    std::shared_ptr<SharedDevice> device() const { return m_device; }
    const LineIndex &index() const { return m_index; }

    void setEncoding(const QString &encoding);
    QString encoding() const { return m_encoding; }
    void setDefinition(const KSyntaxHighlighting::Definition &definition);
    void setWordWrap(bool wrap);
    bool wordWrap() const { return m_wrap; }

    qint64 lineCount() const { return m_index.lineCount(); }
    qint64 firstVisibleLine() const;
    qint64 currentLine() const { return m_currentLine; }
    /// Makes the line (0-based) current and scrolls it into view.
    void goToLine(qint64 line);
    void setMatch(const Match &match);
    Match match() const { return m_match; }
    /// The line as displayed (decoded, controls made visible, without the marker).
    QString displayedLine(qint64 line);
    bool truncatedLinesSeen() const { return m_truncatedSeen; }

Q_SIGNALS:
    void indexProgress(int percent);
    void lineCountChanged(qint64 lines, bool complete);
    /// Once per device, after the first paint that showed at least one line.
    void firstScreenPainted();
    /// Once per device, the first time a line too long to show whole is painted.
    void truncatedLineShown();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    class Highlighter;

    const TextLine *lineAt(qint64 line);
    const QList<TextLine> &block(qsizetype block);
    KSyntaxHighlighting::State stateAt(qint64 line);
    void resetCaches();
    void updateScrollBars();
    void updateTheme();
    int visibleLineCapacity() const;
    int gutterWidth() const;
    void onIndexed(const QList<qint64> &blockStarts, qint64 lineCount, bool complete);

    std::shared_ptr<SharedDevice> m_device;
    LineIndex m_index;
    LineIndexJob *m_job = nullptr;
    QString m_encoding = QStringLiteral("UTF-8");
    std::unique_ptr<LineDecoder> m_decoder;
    std::unique_ptr<Highlighter> m_highlighter;
    bool m_wrap = false;

    QHash<qsizetype, QList<TextLine>> m_blocks;
    QList<qsizetype> m_blockOrder; // least recently used first
    qint64 m_cachedBytes = 0;
    QHash<qint64, QString> m_decoded;
    QHash<qsizetype, KSyntaxHighlighting::State> m_blockStates;

    struct VisibleRow
    {
        qint64 line;
        int top;
        int height;
    };
    QList<VisibleRow> m_visibleRows;
    qint64 m_currentLine = 0;
    Match m_match;
    int m_widestLine = 0;
    bool m_firstPaintReported = false;
    bool m_truncatedSeen = false;
};
