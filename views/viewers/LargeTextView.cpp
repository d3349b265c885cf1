#include "LargeTextView.h"

#include "highlight/SyntaxRepository.h"
#include "viewers/LineIndexJob.h"
#include "viewers/SharedDevice.h"
#include "viewers/TextEncoding.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

namespace {

// Blocks of lines kept in memory; at least a screenful, at most this many bytes.
constexpr qint64 kBlockCacheBytes = 8 * 1024 * 1024;
constexpr int kMinCachedBlocks = 4;
// Beyond this distance from a known highlighter state, highlighting restarts from the
// default state: exact for logs and most code, approximate inside long comments.
constexpr qsizetype kMaxStateWalkBlocks = 8;
constexpr qsizetype kDecodedCacheLines = 4000;

} // namespace

class LargeTextView::Highlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    KSyntaxHighlighting::State run(
        QStringView text, const KSyntaxHighlighting::State &state, QList<QTextLayout::FormatRange> *ranges)
    {
        m_ranges = ranges;
        const KSyntaxHighlighting::State next = highlightLine(text, state);
        m_ranges = nullptr;
        return next;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (!m_ranges || length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        if (format.hasBackgroundColor(theme()))
            f.setBackground(format.backgroundColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        m_ranges->append({offset, length, f});
    }

private:
    QList<QTextLayout::FormatRange> *m_ranges = nullptr;
};

LargeTextView::LargeTextView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_decoder(std::make_unique<LineDecoder>(m_encoding))
    , m_highlighter(std::make_unique<Highlighter>())
{
    setObjectName(QStringLiteral("largeTextView"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    updateTheme();
}

LargeTextView::~LargeTextView() = default;

void LargeTextView::setDevice(std::shared_ptr<SharedDevice> device)
{
    delete m_job; // cancels the previous scan
    m_job = nullptr;
    m_device = std::move(device);
    m_index.clear();
    resetCaches();
    m_currentLine = 0;
    m_match = {};
    m_widestLine = 0;
    m_firstPaintReported = false;
    m_truncatedSeen = false;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    if (m_device && m_device->isValid()) {
        m_job = new LineIndexJob(m_device, this);
        connect(m_job, &LineIndexJob::indexed, this, &LargeTextView::onIndexed);
        connect(m_job, &LineIndexJob::progress, this,
            [this](double fraction) { Q_EMIT indexProgress(int(fraction * 100)); });
        m_job->start();
    }
    updateScrollBars();
    viewport()->update();
}

void LargeTextView::onIndexed(const QList<qint64> &blockStarts, qint64 lineCount, bool complete)
{
    // The last block read before the index reached its end may have been cut short.
    const qsizetype lastBlock = (m_index.lineCount() - 1) / LineIndex::kLinesPerBlock;
    m_blocks.remove(lastBlock);
    m_blockOrder.removeAll(lastBlock);
    m_index.append(blockStarts, lineCount, complete);
    updateScrollBars();
    viewport()->update();
    Q_EMIT lineCountChanged(lineCount, complete);
}

void LargeTextView::setEncoding(const QString &encoding)
{
    m_encoding = encoding;
    m_decoder = std::make_unique<LineDecoder>(encoding);
    m_decoded.clear();
    m_blockStates.clear();
    viewport()->update();
}

void LargeTextView::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    m_highlighter->setDefinition(definition);
    m_blockStates.clear();
    viewport()->update();
}

void LargeTextView::setWordWrap(bool wrap)
{
    m_wrap = wrap;
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

qint64 LargeTextView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

void LargeTextView::goToLine(qint64 line)
{
    if (lineCount() == 0)
        return;
    m_currentLine = qBound<qint64>(0, line, lineCount() - 1);
    const int capacity = visibleLineCapacity();
    const qint64 first = firstVisibleLine();
    if (m_currentLine < first || m_currentLine >= first + capacity - 1)
        verticalScrollBar()->setValue(int(qMax<qint64>(0, m_currentLine - capacity / 3)));
    viewport()->update();
}

void LargeTextView::setMatch(const Match &match)
{
    m_match = match;
    goToLine(match.line);
    if (!m_wrap) {
        // Monospaced: the column gives the position closely enough to bring it into view.
        const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('M'));
        const int x = int(qMin<qsizetype>(match.column, 1 << 20)) * charWidth;
        const int width = viewport()->width() - gutterWidth() - 8;
        QScrollBar *h = horizontalScrollBar();
        if (x < h->value() || x > h->value() + width - 4 * charWidth) {
            m_widestLine = qMax(m_widestLine, x + width);
            updateScrollBars();
            h->setValue(qMax(0, x - width / 3));
        }
    }
    viewport()->update();
}

QString LargeTextView::displayedLine(qint64 line)
{
    const auto cached = m_decoded.constFind(line);
    if (cached != m_decoded.cend())
        return *cached;
    const TextLine *t = lineAt(line);
    if (!t)
        return {};
    if (m_decoded.size() > kDecodedCacheLines)
        m_decoded.clear();
    return *m_decoded.insert(line, m_decoder->decode(QByteArrayView(t->bytes)));
}

const TextLine *LargeTextView::lineAt(qint64 line)
{
    if (line < 0 || line >= lineCount() || !m_device)
        return nullptr;
    const QList<TextLine> &lines = block(line / LineIndex::kLinesPerBlock);
    const qsizetype i = line % LineIndex::kLinesPerBlock;
    return i < lines.size() ? &lines.at(i) : nullptr;
}

const QList<TextLine> &LargeTextView::block(qsizetype b)
{
    auto it = m_blocks.find(b);
    if (it != m_blocks.end()) {
        m_blockOrder.removeOne(b);
        m_blockOrder.append(b);
        return *it;
    }
    QList<TextLine> lines = m_index.readBlock(*m_device, b);
    qint64 bytes = 0;
    for (const TextLine &l : std::as_const(lines))
        bytes += l.bytes.size() + qint64(sizeof(TextLine));
    while (m_blockOrder.size() >= kMinCachedBlocks && m_cachedBytes + bytes > kBlockCacheBytes) {
        const qsizetype victim = m_blockOrder.takeFirst();
        for (const TextLine &l : std::as_const(m_blocks[victim]))
            m_cachedBytes -= l.bytes.size() + qint64(sizeof(TextLine));
        m_blocks.remove(victim);
    }
    m_cachedBytes += bytes;
    m_blockOrder.append(b);
    return *m_blocks.insert(b, std::move(lines));
}

KSyntaxHighlighting::State LargeTextView::stateAt(qint64 line)
{
    if (!m_highlighter->definition().isValid())
        return {};
    const qsizetype target = line / LineIndex::kLinesPerBlock;
    qsizetype from = target;
    while (from > 0 && !m_blockStates.contains(from) && target - from < kMaxStateWalkBlocks)
        --from;
    KSyntaxHighlighting::State state = m_blockStates.value(from);
    for (qint64 l = qint64(from) * LineIndex::kLinesPerBlock; l < line; ++l) {
        if (l % LineIndex::kLinesPerBlock == 0)
            m_blockStates.insert(l / LineIndex::kLinesPerBlock, state);
        state = m_highlighter->run(displayedLine(l), state, nullptr);
    }
    return state;
}

void LargeTextView::resetCaches()
{
    m_blocks.clear();
    m_blockOrder.clear();
    m_cachedBytes = 0;
    m_decoded.clear();
    m_blockStates.clear();
    m_visibleRows.clear();
}

int LargeTextView::visibleLineCapacity() const
{
    return qMax(1, viewport()->height() / qMax(1, fontMetrics().lineSpacing()));
}

int LargeTextView::gutterWidth() const
{
    const int digits = int(QString::number(qMax<qint64>(1, lineCount())).size());
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits) + 14;
}

void LargeTextView::updateScrollBars()
{
    QScrollBar *v = verticalScrollBar();
    // Without wrapping the last line stops at the bottom; wrapped lines may be taller than
    // one row, so there the last line can scroll up to the top.
    const qint64 last = m_wrap ? lineCount() - 1 : lineCount() - visibleLineCapacity();
    v->setRange(0, int(qBound(qint64(0), last, qint64(std::numeric_limits<int>::max()))));
    v->setPageStep(visibleLineCapacity());
    v->setSingleStep(1);
    QScrollBar *h = horizontalScrollBar();
    const int textWidth = viewport()->width() - gutterWidth() - 8;
    h->setRange(0, m_wrap ? 0 : qMax(0, m_widestLine - textWidth));
    h->setPageStep(qMax(1, textWidth));
    h->setSingleStep(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 4);
}

void LargeTextView::updateTheme()
{
    m_highlighter->setTheme(SyntaxRepository::themeFor(palette()));
    m_blockStates.clear();
    viewport()->update();
}

void LargeTextView::paintEvent(QPaintEvent *)
{
    using KSyntaxHighlighting::Theme;
    const Theme theme = m_highlighter->theme();
    const auto color
        = [&theme](Theme::EditorColorRole role) { return QColor::fromRgba(theme.editorColor(role)); };
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    painter.fillRect(area, color(Theme::BackgroundColor));
    const int gutter = gutterWidth();
    painter.fillRect(QRect(0, 0, gutter, area.height()), color(Theme::IconBorder));
    m_visibleRows.clear();

    const QFontMetrics fm = fontMetrics();
    const int lineHeight = fm.lineSpacing();
    const int textLeft = gutter + 6;
    const int textWidth = qMax(40, area.width() - textLeft - 2);
    const int hOffset = m_wrap ? 0 : horizontalScrollBar()->value();
    QTextOption option;
    option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    option.setTabStopDistance(fm.horizontalAdvance(QLatin1Char(' ')) * 8);

    qint64 line = firstVisibleLine();
    KSyntaxHighlighting::State state = stateAt(line);
    const bool highlight = m_highlighter->definition().isValid();
    int y = 0;
    int widest = m_widestLine;
    bool painted = false;
    while (y < area.height() && line < lineCount()) {
        const TextLine *t = lineAt(line);
        if (!t)
            break;
        QString text = displayedLine(line);
        QList<QTextLayout::FormatRange> ranges;
        if (highlight)
            state = m_highlighter->run(text, state, &ranges);
        if (m_match.line == line && m_match.length >= 0) {
            QTextCharFormat f;
            f.setBackground(palette().color(QPalette::Highlight));
            f.setForeground(palette().color(QPalette::HighlightedText));
            ranges.append({int(m_match.column), int(qMax<qsizetype>(1, m_match.length)), f});
        }
        if (t->truncated()) {
            const QLocale locale;
            const QString marker = tr("  [line cut: %1 of %2 bytes shown]")
                                       .arg(locale.toString(t->bytes.size()), locale.toString(t->length));
            QTextCharFormat f;
            f.setFontItalic(true);
            f.setForeground(palette().color(QPalette::PlaceholderText));
            f.setBackground(color(Theme::CurrentLine));
            ranges.append({int(text.size()), int(marker.size()), f});
            text += marker;
            if (!m_truncatedSeen) {
                m_truncatedSeen = true;
                Q_EMIT truncatedLineShown();
            }
        }
        QTextLayout layout(text, font());
        layout.setTextOption(option);
        layout.setFormats(ranges);
        layout.beginLayout();
        int height = 0;
        for (;;) {
            QTextLine row = layout.createLine();
            if (!row.isValid())
                break;
            row.setLineWidth(m_wrap ? textWidth : 1e7);
            row.setPosition(QPointF(0, height));
            height += lineHeight;
            if (y + height > area.height())
                break; // a wrapped 32 KiB line is laid out only as far as it shows
        }
        layout.endLayout();
        height = qMax(height, lineHeight);
        if (!m_wrap)
            widest = qMax(widest, int(qMin<qreal>(layout.maximumWidth(), 1e7)));
        if (line == m_currentLine)
            painter.fillRect(QRect(gutter, y, area.width() - gutter, height), color(Theme::CurrentLine));
        painter.save();
        // Text outside any highlighted range is drawn with the painter's pen.
        painter.setPen(QColor::fromRgba(theme.textColor(Theme::Normal)));
        painter.setClipRect(QRect(gutter + 1, y, area.width() - gutter - 1, height));
        layout.draw(&painter, QPointF(textLeft - hOffset, y));
        painter.restore();
        painter.setPen(color(line == m_currentLine ? Theme::CurrentLineNumber : Theme::LineNumbers));
        painter.drawText(QRect(0, y, gutter - 6, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(line + 1));
        m_visibleRows.append({line, y, height});
        y += height;
        ++line;
        painted = true;
    }
    if (widest > m_widestLine) {
        m_widestLine = widest;
        updateScrollBars();
    }
    if (painted && !m_firstPaintReported) {
        m_firstPaintReported = true;
        Q_EMIT firstScreenPainted();
    }
}

void LargeTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LargeTextView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LargeTextView::keyPressEvent(QKeyEvent *event)
{
    const int page = visibleLineCapacity();
    qint64 target = m_currentLine;
    if (event->matches(QKeySequence::MoveToNextLine))
        target += 1;
    else if (event->matches(QKeySequence::MoveToPreviousLine))
        target -= 1;
    else if (event->matches(QKeySequence::MoveToNextPage))
        target += page;
    else if (event->matches(QKeySequence::MoveToPreviousPage))
        target -= page;
    else if (event->matches(QKeySequence::MoveToStartOfDocument))
        target = 0;
    else if (event->matches(QKeySequence::MoveToEndOfDocument))
        target = lineCount() - 1;
    else if (event->matches(QKeySequence::Copy)) {
        // The current line as displayed: controls stay visible symbols in the clipboard too.
        QGuiApplication::clipboard()->setText(displayedLine(m_currentLine));
        return;
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    goToLine(target);
}

void LargeTextView::mousePressEvent(QMouseEvent *event)
{
    const int y = event->position().toPoint().y();
    for (const VisibleRow &row : std::as_const(m_visibleRows)) {
        if (y >= row.top && y < row.top + row.height) {
            m_currentLine = row.line;
            viewport()->update();
            break;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void LargeTextView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateTheme();
    else if (event->type() == QEvent::FontChange)
        updateScrollBars();
}
