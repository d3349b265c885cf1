#include "ReportDocument.h"

#include "core/TextSanitizer.h"
#include "report/PdfInfo.h"
#include "report/ReportChartHandler.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qreal pt(qreal points)
{
    return ReportDocument::pt(points);
}

// Page geometry in millimetres: A4 with room above and below the text for the marking.
constexpr qreal mmPerInch = 25.4;
constexpr qreal marginSideMm = 18;
constexpr qreal marginTopMm = 22;
constexpr qreal marginBottomMm = 20;

qreal mm(qreal millimetres)
{
    return millimetres / mmPerInch * ReportDocument::dpi;
}

/// Report text for a text layout: controls and bidi overrides made visible, and the
/// characters QTextDocument gives a meaning of its own (object replacement, frame
/// markers) replaced, so hostile text cannot fake an image or a frame.
QString clean(const QString &text, bool multiLine)
{
    QString out = multiLine ? TextSanitizer::multiLine(text) : TextSanitizer::singleLine(text);
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u == QChar::ObjectReplacementCharacter || u == 0xFDD0 || u == 0xFDD1)
            c = QChar::ReplacementCharacter;
        else if (u == QChar::ParagraphSeparator || u == QChar::LineSeparator)
            c = multiLine ? QChar(u'\n') : QChar(u' ');
    }
    return out;
}

QTextCharFormat baseFormat()
{
    return QTextCharFormat();
}

constexpr qreal cellPaddingPt = 3;
constexpr qreal borderPt = 0.5;
constexpr qreal cellTextPt = 8.5;
constexpr int keepTogetherMaxPages = 40;
// Marks the empty rows keepTogether() inserts to push a row onto the next page.
constexpr int spacerProperty = QTextFormat::UserProperty + 100;

/// Column widths (percent of the table) near the wanted shares, but none narrower than
/// its widest header word: text breaks anywhere only inside a word that fits nowhere.
QList<qreal> columnPercents(const QList<qreal> &shares, const QList<qreal> &minimum, qreal total)
{
    const qsizetype n = shares.size();
    QList<qreal> width(n, 0);
    QList<bool> pinned(n, false);
    for (;;) {
        qreal freeWidth = total;
        qreal freeShare = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (pinned.at(i))
                freeWidth -= width.at(i);
            else
                freeShare += shares.at(i);
        }
        bool pinnedMore = false;
        for (qsizetype i = 0; i < n; ++i) {
            if (pinned.at(i))
                continue;
            width[i] = freeShare > 0 ? freeWidth * shares.at(i) / freeShare : 0;
            if (width.at(i) < minimum.at(i)) {
                width[i] = minimum.at(i);
                pinned[i] = true;
                pinnedMore = true;
            }
        }
        if (!pinnedMore)
            break;
    }
    QList<qreal> percents;
    for (const qreal w : width)
        percents.append(100.0 * w / total);
    return percents;
}

QTextTableFormat tableFormat(int columns)
{
    QTextTableFormat format;
    format.setBorder(pt(borderPt));
    format.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(pt(cellPaddingPt));
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(pt(4));
    format.setBottomMargin(pt(8));
    Q_UNUSED(columns);
    return format;
}

} // namespace

/// Draws a Devanagari word so that it looks shaped and reads back as typed. Qt's PDF writer
/// maps glyphs back to characters through the font's character map only: the conjuncts,
/// half forms and reordered vowel signs that shaping makes map to nothing, and a reader
/// copying "अमित शर्मा" gets "अ मत शमा". So the shaped word is drawn as outlines, and the same
/// characters in logical order, one nominal glyph each, are drawn invisibly on top of it,
/// squeezed to its width (as OCR software puts text over a scanned page): pdftotext,
/// copy and search see the word, the eye sees the outlines.
class ReportShapedTextHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ReportShapedTextHandler)

public:
    static constexpr int objectType = QTextFormat::UserObject + 2;
    static constexpr int textProperty = QTextFormat::UserProperty + 3;

    ReportShapedTextHandler() = default;

    /// True for the characters drawn this way: Devanagari, and the marks and joiners that
    /// continue a Devanagari word.
    static bool belongs(QChar c, bool inWord)
    {
        if (c.script() == QChar::Script_Devanagari)
            return true;
        return inWord
            && (c.script() == QChar::Script_Inherited || c.unicode() == 0x200C || c.unicode() == 0x200D);
    }

    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        const Geometry g = geometry(document, format);
        return QSizeF(g.advance * g.scale, g.ascent * g.scale);
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
        const QTextFormat &format) override
    {
        const Geometry g = geometry(document, format);
        const QString text = format.stringProperty(textProperty);
        const QTextCharFormat charFormat = format.toCharFormat();
        const QColor color = charFormat.foreground().style() == Qt::NoBrush ? QColor(Qt::black)
                                                                            : charFormat.foreground().color();
        painter->save();
        painter->translate(rect.left(), rect.bottom()); // the object stands on the baseline
        painter->scale(g.scale, g.scale);
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath outlines;
        outlines.addText(QPointF(0, 0), g.font, text);
        painter->fillPath(outlines, color);

        const QRawFont raw = QRawFont::fromFont(g.font, QFontDatabase::Devanagari);
        const QList<quint32> glyphs = raw.glyphIndexesForString(text);
        const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
        QList<QPointF> positions;
        qreal x = 0;
        for (const QPointF &advance : advances) {
            positions.append(QPointF(x, 0));
            x += advance.x();
        }
        if (x > 0) {
            QGlyphRun run;
            run.setRawFont(raw);
            run.setGlyphIndexes(glyphs);
            run.setPositions(positions);
            painter->scale(g.advance / x, 1);
            painter->setPen(QColor(0, 0, 0, 0));
            painter->drawGlyphRun(QPointF(0, 0), run);
        }
        painter->restore();
    }

private:
    struct Geometry
    {
        QFont font; // at referencePixels
        qreal advance = 0; // at referencePixels
        qreal ascent = 0;
        qreal scale = 1; // to the device
    };
    static constexpr int referencePixels = 100;

    static Geometry geometry(QTextDocument *document, const QTextFormat &format)
    {
        Geometry g;
        const QFont font = format.toCharFormat().font().resolve(document->defaultFont());
        g.font = font;
        g.font.setPixelSize(referencePixels);
        const QFontMetricsF metrics(g.font);
        g.advance = metrics.horizontalAdvance(format.stringProperty(textProperty));
        g.ascent = metrics.ascent();
        const QPaintDevice *device = document->documentLayout()->paintDevice();
        const qreal dpi = device ? device->logicalDpiY() : ReportDocument::dpi;
        g.scale = font.pointSizeF() * dpi / 72.0 / referencePixels;
        return g;
    }
};

ReportDocument::ReportDocument()
    : m_document(std::make_unique<QTextDocument>())
    , m_buffer(std::make_unique<QBuffer>())
    , m_chartHandler(std::make_unique<ReportChartHandler>())
    , m_shapedTextHandler(std::make_unique<ReportShapedTextHandler>())
{
    m_buffer->open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(m_buffer.get());
    m_writer->setResolution(dpi);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    // Laying out on the writer itself: font metrics are the PDF's, and the text stays text.
    m_document->documentLayout()->setPaintDevice(m_writer.get());
    m_document->documentLayout()->registerHandler(ReportChartHandler::objectType, m_chartHandler.get());
    m_document->documentLayout()->registerHandler(
        ReportShapedTextHandler::objectType, m_shapedTextHandler.get());
    const QRectF page = m_writer->pageLayout().fullRectPixels(dpi);
    m_document->setPageSize(
        QSizeF(page.width() - 2 * mm(marginSideMm), page.height() - mm(marginTopMm) - mm(marginBottomMm)));
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(font(9.5));
    m_document->setUndoRedoEnabled(false);
    QTextOption option = m_document->defaultTextOption();
    // Hostile text has 200 kB "words": wrap them anywhere rather than run off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_cursor = QTextCursor(m_document.get());
    // One edit block until render(): otherwise every insertion lays the whole document out
    // again, and a long audit table costs minutes instead of milliseconds.
    m_cursor.beginEditBlock();
}

ReportDocument::~ReportDocument() = default;

QStringList ReportDocument::fontFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Devanagari"),
        QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans Hebrew"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")};
}

QFont ReportDocument::font(qreal pointSize)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(pointSize);
    // No ligatures: "overflow" must stay searchable as typed (pdftotext and viewers' search
    // see a ligature as one other character); shaping stays on where a script needs it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void ReportDocument::insertText(const QString &text, const QTextCharFormat &format)
{
    insertText(m_cursor, text, format);
}

void ReportDocument::insertText(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    // A word is at most this long as one object: a hostile 200 kB "word" still wraps.
    constexpr qsizetype maxWord = 40;
    qsizetype plain = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!ReportShapedTextHandler::belongs(text.at(i), false)) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && end - i < maxWord && ReportShapedTextHandler::belongs(text.at(end), true))
            ++end;
        if (i > plain)
            cursor.insertText(text.mid(plain, i - plain), format);
        QTextCharFormat word = format;
        word.setObjectType(ReportShapedTextHandler::objectType);
        word.setProperty(ReportShapedTextHandler::textProperty, text.mid(i, end - i));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), word);
        i = plain = end;
    }
    if (plain < text.size())
        cursor.insertText(plain == 0 ? text : text.mid(plain), format);
}

void ReportDocument::addCover(const QString &kicker, const QString &title, TlpLevel tlp)
{
    QTextBlockFormat block;
    block.setTopMargin(pt(120));
    m_cursor.setBlockFormat(block);
    QTextCharFormat small = baseFormat();
    small.setFontPointSize(12);
    small.setForeground(QColor(0x55, 0x55, 0x55));
    insertText(clean(kicker, false), small);

    QTextBlockFormat titleBlock;
    titleBlock.setTopMargin(pt(8));
    titleBlock.setBottomMargin(pt(24));
    m_cursor.insertBlock(titleBlock);
    QTextCharFormat big = baseFormat();
    big.setFontPointSize(22);
    big.setFontWeight(QFont::Bold);
    insertText(clean(title, false), big);

    m_cursor.insertBlock(QTextBlockFormat());
    QTextCharFormat label = baseFormat();
    label.setFontPointSize(16);
    label.setFontWeight(QFont::Bold);
    label.setForeground(TlpLevels::textColor(tlp));
    label.setBackground(TlpLevels::backgroundColor());
    insertText(u' ' + TlpLevels::label(tlp) + u' ', label);
    QTextBlockFormat definitionBlock;
    definitionBlock.setTopMargin(pt(6));
    definitionBlock.setBottomMargin(pt(12));
    m_cursor.insertBlock(definitionBlock);
    insertText(TlpLevels::definition(tlp), baseFormat());
}

void ReportDocument::addHeading(const QString &text, int level, bool startPage)
{
    QTextBlockFormat block;
    block.setTopMargin(pt(level == 1 ? 14 : 10));
    block.setBottomMargin(pt(4));
    block.setHeadingLevel(level);
    if (startPage)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_cursor.insertBlock(block);
    QTextCharFormat format = baseFormat();
    format.setFontPointSize(level == 1 ? 15 : level == 2 ? 12 : 10.5);
    format.setFontWeight(QFont::Bold);
    const QString cleaned = clean(text, false);
    insertText(cleaned, format);
    if (level <= 2)
        m_headings.append(Heading {cleaned, level, QTextCursor(m_cursor.block())});
}

void ReportDocument::addParagraph(const QString &text)
{
    QTextBlockFormat block;
    block.setBottomMargin(pt(4));
    m_cursor.insertBlock(block);
    insertText(clean(text, true), baseFormat());
}

void ReportDocument::addNote(const QString &text)
{
    QTextBlockFormat block;
    block.setBottomMargin(pt(4));
    m_cursor.insertBlock(block);
    QTextCharFormat format = baseFormat();
    format.setFontItalic(true);
    format.setForeground(QColor(0x44, 0x44, 0x44));
    insertText(clean(text, true), format);
}

void ReportDocument::addFields(const QList<QPair<QString, QString>> &fields)
{
    if (fields.isEmpty())
        return;
    m_cursor.insertBlock(QTextBlockFormat());
    QTextTableFormat format = tableFormat(2);
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 28), QTextLength(QTextLength::PercentageLength, 72)});
    QTextTable *table = m_cursor.insertTable(int(fields.size()), 2, format);
    QTextCharFormat label = baseFormat();
    label.setFontWeight(QFont::Bold);
    for (int row = 0; row < fields.size(); ++row) {
        QTextCursor labelCursor = table->cellAt(row, 0).firstCursorPosition();
        insertText(labelCursor, clean(fields.at(row).first, false), label);
        QTextCursor valueCursor = table->cellAt(row, 1).firstCursorPosition();
        insertText(valueCursor, clean(fields.at(row).second, true), baseFormat());
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportDocument::addTable(const QStringList &headers, const QList<QStringList> &rows,
    const QList<QColor> &rowColors, const QList<int> &widthPercent)
{
    if (headers.isEmpty())
        return;
    m_cursor.insertBlock(QTextBlockFormat());
    QTextTableFormat format = tableFormat(int(headers.size()));
    format.setHeaderRowCount(1);
    QTextCharFormat header = baseFormat();
    header.setFontWeight(QFont::Bold);
    if (widthPercent.size() == headers.size()) {
        // Qt scales table borders and padding from 96 dpi to the device's resolution.
        const qreal frameScale = m_writer->logicalDpiY() / 96.0;
        const qreal total
            = m_document->pageSize().width() - pt(borderPt) * frameScale * qreal(headers.size() + 1);
        const qreal padding = pt(2 * cellPaddingPt) * frameScale + pt(2);
        QList<qreal> shares;
        for (const int w : widthPercent)
            shares.append(w);
        // Body words (dates, ids) kept whole too where they are not absurdly long: a column
        // takes at most a quarter of the table for them.
        QFont bodyFont = m_document->defaultFont();
        bodyFont.setPointSizeF(cellTextPt);
        const QFontMetricsF bodyMetrics(bodyFont, m_writer.get());
        QList<qreal> bodyMinimum(headers.size(), 0);
        for (const QStringList &row : rows) {
            for (qsizetype column = 0; column < headers.size(); ++column) {
                for (const QString &word : row.value(column).split(u' ', Qt::SkipEmptyParts)) {
                    if (word.size() < 40)
                        bodyMinimum[column]
                            = std::max(bodyMinimum.at(column), bodyMetrics.horizontalAdvance(word));
                }
            }
        }
        // The header's size: the default, or smaller until the longest words fit side by side.
        QList<qreal> percents;
        for (const qreal size : {9.5, 8.5, 7.5, 6.5}) {
            QFont font = m_document->defaultFont();
            font.setPointSizeF(size);
            font.setBold(true);
            const QFontMetricsF metrics(font, m_writer.get());
            QList<qreal> minimum;
            qreal needed = 0;
            for (qsizetype column = 0; column < headers.size(); ++column) {
                qreal widest = 0;
                for (const QString &word : clean(headers.at(column), false).split(u' ', Qt::SkipEmptyParts))
                    widest = std::max(widest, metrics.horizontalAdvance(word));
                minimum.append(widest + padding);
                needed += minimum.constLast();
            }
            header.setFontPointSize(size);
            QList<qreal> withBody = minimum;
            qreal neededWithBody = 0;
            for (qsizetype column = 0; column < headers.size(); ++column) {
                withBody[column]
                    = std::max(minimum.at(column), std::min(bodyMinimum.at(column) + padding, total / 4));
                neededWithBody += withBody.at(column);
            }
            percents = columnPercents(shares, neededWithBody <= total ? withBody : minimum, total);
            if (needed <= total)
                break;
        }
        QList<QTextLength> widths;
        for (const qreal p : percents)
            widths.append(QTextLength(QTextLength::PercentageLength, p));
        format.setColumnWidthConstraints(widths);
    }
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(headers.size()), format);
    m_tables.append(table);
    QTextCharFormat cellText = baseFormat();
    cellText.setFontPointSize(cellTextPt);
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextCharFormat cellFormat = cell.format();
        cellFormat.setBackground(QColor(0xe8, 0xe8, 0xe8));
        cell.setFormat(cellFormat);
        QTextCursor headerCursor = cell.firstCursorPosition();
        insertText(headerCursor, clean(headers.at(column), false), header);
    }
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &values = rows.at(row);
        for (int column = 0; column < headers.size(); ++column) {
            QTextTableCell cell = table->cellAt(row + 1, column);
            if (column == 0 && row < rowColors.size() && rowColors.at(row).isValid()) {
                QTextCharFormat cellFormat = cell.format();
                cellFormat.setBackground(rowColors.at(row));
                cell.setFormat(cellFormat);
            }
            QTextCursor cellCursor = cell.firstCursorPosition();
            insertText(cellCursor, clean(values.value(column), true), cellText);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportDocument::addCode(const HighlightedText &code)
{
    QTextFrameFormat frame;
    frame.setBackground(QColor(0xf6, 0xf6, 0xf6));
    frame.setBorder(pt(0.5));
    frame.setBorderBrush(QColor(0xc8, 0xc8, 0xc8));
    frame.setPadding(pt(5));
    frame.setTopMargin(pt(4));
    frame.setBottomMargin(pt(8));
    m_cursor.insertBlock(QTextBlockFormat());
    m_cursor.insertFrame(frame);
    QTextCharFormat mono = baseFormat();
    mono.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    mono.setFontFamilies(
        QStringList {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono")} + fontFamilies());
    mono.setFontPointSize(8);
    bool first = true;
    for (const HighlightedText::Line &line : code.lines) {
        if (!first)
            m_cursor.insertBlock(QTextBlockFormat());
        first = false;
        // Runs index the original line; cleaning keeps the length for everything but the
        // characters it makes visible, so clean each piece on its own.
        int at = 0;
        const auto emit = [&](int start, int length, const QTextCharFormat &format) {
            if (length > 0)
                insertText(clean(line.text.mid(start, length), true), format);
        };
        for (const HighlightedText::Run &run : line.runs) {
            if (run.start < at || run.start >= line.text.size())
                continue;
            emit(at, run.start - at, mono);
            QTextCharFormat format = mono;
            if (run.color.isValid())
                format.setForeground(run.color);
            if (run.bold)
                format.setFontWeight(QFont::Bold);
            format.setFontItalic(run.italic);
            emit(run.start, run.length, format);
            at = run.start + run.length;
        }
        emit(at, int(line.text.size()) - at, mono);
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportDocument::addChart(const ReportChart &chart, qreal heightPt)
{
    QTextBlockFormat block;
    block.setTopMargin(pt(4));
    block.setBottomMargin(pt(8));
    m_cursor.insertBlock(block);
    QTextCharFormat format;
    format.setObjectType(ReportChartHandler::objectType);
    format.setProperty(ReportChartHandler::ChartProperty, QVariant::fromValue(chart));
    format.setProperty(
        ReportChartHandler::SizeProperty, QSizeF(m_document->pageSize().width() - pt(2), pt(heightPt)));
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

void ReportDocument::addImage(
    const QImage &image, qreal maxWidthPt, qreal maxHeightPt, const QString &caption)
{
    if (image.isNull())
        return;
    const QString name = QStringLiteral("report-image:%1").arg(++m_imageCount);
    m_document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    const QSizeF size
        = QSizeF(image.size()).scaled(QSizeF(pt(maxWidthPt), pt(maxHeightPt)), Qt::KeepAspectRatio);
    QTextBlockFormat block;
    block.setTopMargin(pt(4));
    m_cursor.insertBlock(block);
    QTextImageFormat format;
    format.setName(name);
    format.setWidth(size.width());
    format.setHeight(size.height());
    m_cursor.insertImage(format);
    QTextBlockFormat captionBlock;
    captionBlock.setBottomMargin(pt(6));
    m_cursor.insertBlock(captionBlock);
    QTextCharFormat small = baseFormat();
    small.setFontPointSize(8);
    insertText(clean(caption, false), small);
}

void ReportDocument::markTableOfContents()
{
    m_cursor.insertBlock(QTextBlockFormat());
    m_tocPosition = m_cursor.position();
}

void ReportDocument::insertTableOfContents()
{
    QTextCursor cursor(m_document.get());
    cursor.setPosition(m_tocPosition);
    cursor.beginEditBlock(); // laid out once, when the entries are in
    QTextBlockFormat title;
    title.setBottomMargin(pt(6));
    title.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(title);
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(15);
    titleFormat.setFontWeight(QFont::Bold);
    cursor.insertText(QCoreApplication::translate("ReportDocument", "Contents"), titleFormat);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(pt(1.5));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
    QTextTable *table = cursor.insertTable(int(m_headings.size()), 2, format);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    for (int row = 0; row < m_headings.size(); ++row) {
        const Heading &heading = m_headings.at(row);
        QTextCharFormat entry;
        if (heading.level == 1)
            entry.setFontWeight(QFont::Bold);
        QTextCursor text = table->cellAt(row, 0).firstCursorPosition();
        QTextBlockFormat indent;
        indent.setIndent(heading.level - 1);
        text.setBlockFormat(indent);
        insertText(text, heading.text, entry);
        QTextCursor number = table->cellAt(row, 1).firstCursorPosition();
        number.setBlockFormat(right);
        // A placeholder as wide as any real page number, so filling them in moves nothing.
        number.insertText(QStringLiteral("0000"), entry);
    }
    cursor.endEditBlock();
    m_tocTable = table;
}

void ReportDocument::numberTableOfContents()
{
    // The numbers are known only now that the contents take their room and the pages are
    // final (keepTogether()).
    const qreal pageHeight = m_document->pageSize().height();
    QTextCursor cursor(m_document.get());
    cursor.beginEditBlock();
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (int row = 0; row < m_headings.size(); ++row) {
        const QRectF box = layout->blockBoundingRect(m_headings.at(row).at.block());
        QTextCursor number = m_tocTable->cellAt(row, 1).firstCursorPosition();
        number.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        number.insertText(QString::number(int(box.top() / pageHeight) + 1));
    }
    cursor.endEditBlock();
}

void ReportDocument::keepTogether()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const qreal pageHeight = m_document->pageSize().height();
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    // In document order, one fix at a time, laid out again after each: moving a row or a
    // heading moves everything after it, so what follows is judged on the new layout.
    // A heading at the foot of a page, with what it heads on the next, starts that page.
    qsizetype heading = 0;
    const auto keepHeadingsBefore = [&](int position) {
        for (; heading < m_headings.size(); ++heading) {
            const QTextBlock block = m_headings.at(heading).at.block();
            if (block.position() >= position)
                return;
            if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            QTextBlock next = block.next();
            while (next.isValid() && next.text().isEmpty())
                next = next.next();
            if (!next.isValid() || !next.layout() || next.layout()->lineCount() == 0)
                continue;
            const QTextLine line = next.layout()->lineAt(0);
            const qreal nextLineBottom = layout->blockBoundingRect(next).top() + line.y() + line.height();
            if (pageOf(layout->blockBoundingRect(block).top()) != pageOf(nextLineBottom - 1)) {
                QTextBlockFormat format;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).mergeBlockFormat(format);
            }
        }
    };
    qsizetype from = 0;
    int fromRow = 0;
    while (from < m_tables.size()) {
        QTextTable *table = m_tables.at(from);
        if (fromRow == 0)
            keepHeadingsBefore(table->firstPosition());
        int split = -1;
        qreal splitTop = 0;
        for (int row = std::max(fromRow, 1); row < table->rows() && split < 0; ++row) {
            if (table->cellAt(row, 0).format().boolProperty(spacerProperty))
                continue;
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = std::numeric_limits<qreal>::lowest();
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom
                    = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            top -= pt(cellPaddingPt + borderPt) * m_writer->logicalDpiY() / 96.0;
            // A row taller than a page breaks wherever it must.
            if (pageOf(top) != pageOf(bottom - 1) && bottom - top < pageHeight * 0.8) {
                split = row;
                splitTop = top;
            }
        }
        if (split < 0) {
            ++from;
            fromRow = 0;
            continue;
        }
        // An empty row without borders in its place, reaching the page's end, pushes it on.
        // (Its cells are not merged: inserting rows under merged cells crashes Qt 6.8's layout.)
        QTextCursor edit(m_document.get());
        edit.beginEditBlock(); // one layout for the row and its formats
        table->insertRows(split, 1);
        const qreal room = (pageOf(splitTop) + 1) * pageHeight - splitTop;
        QTextCharFormat tiny;
        tiny.setFontPointSize(1);
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell spacer = table->cellAt(split, column);
            QTextTableCellFormat format = spacer.format().toTableCellFormat();
            format.setProperty(spacerProperty, true);
            format.setLeftBorder(0);
            format.setRightBorder(0);
            format.setBottomBorder(0);
            format.setTopPadding(0);
            format.setBottomPadding(std::max<qreal>(0, room - pt(2)));
            spacer.setFormat(format);
            spacer.firstCursorPosition().setBlockCharFormat(tiny);
        }
        edit.endEditBlock();
        fromRow = split + 1;
    }
    keepHeadingsBefore(std::numeric_limits<int>::max());
}

Result<QByteArray> ReportDocument::render(const ReportProperties &properties, int tocMinPages)
{
    if (m_building) {
        m_cursor.endEditBlock();
        m_building = false;
    }
    // The contents go in first (with placeholder numbers): they move everything after them,
    // which keepTogether() must see.
    if (m_tocPosition >= 0 && !m_headings.isEmpty() && m_document->pageCount() >= tocMinPages)
        insertTableOfContents();
    // Each fix lays the rest of the document out again, so the cost grows with the square of
    // the length (management reports from the CLI, measured: 28 pages 1.1 s in all, 35
    // pages 2.4 s, 118 pages 27 s instead of 1.7 s). Longer reports keep Qt's own
    // pagination (a row may continue on the next page) until the pages are computed from
    // row heights instead of laid out and looked at.
    if (m_document->pageCount() <= keepTogetherMaxPages)
        keepTogether();
    if (m_tocTable)
        numberTableOfContents();

    m_writer->setTitle(properties.title);
    m_writer->setCreator(properties.creator);
    const QRectF page = m_writer->pageLayout().fullRectPixels(dpi);
    const QRectF body(
        mm(marginSideMm), mm(marginTopMm), m_document->pageSize().width(), m_document->pageSize().height());
    const qreal pageHeight = body.height();
    m_pageCount = m_document->pageCount();

    QPainter painter;
    if (!painter.begin(m_writer.get()))
        return Result<QByteArray>::failure(
            QCoreApplication::translate("ReportDocument", "Cannot start the PDF document."));
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    QFont markFont = font(12);
    markFont.setBold(true);
    const QFont smallFont = font(8);
    const QString tlpText = TlpLevels::label(properties.tlp);
    const QFontMetricsF markMetrics(markFont, m_writer.get());
    const QSizeF markSize(markMetrics.horizontalAdvance(tlpText) + pt(10), markMetrics.height() + pt(4));

    for (int index = 0; index < m_pageCount; ++index) {
        if (index > 0)
            m_writer->newPage();
        painter.save();
        painter.translate(body.left(), body.top() - index * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, index * pageHeight, body.width(), pageHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        layout->draw(&painter, context);
        painter.restore();

        // TLP 2.0: the label right-aligned in the header and in the footer of every page,
        // in its colour on black.
        const QRectF headerMark(
            page.width() - mm(marginSideMm) - markSize.width(), mm(7), markSize.width(), markSize.height());
        const QRectF footerMark(headerMark.left(), page.height() - mm(7) - markSize.height(),
            markSize.width(), markSize.height());
        for (const QRectF &mark : {headerMark, footerMark}) {
            painter.fillRect(mark, TlpLevels::backgroundColor());
            painter.setPen(TlpLevels::textColor(properties.tlp));
            painter.setFont(markFont);
            painter.drawText(mark, Qt::AlignCenter, tlpText);
        }
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.setFont(smallFont);
        const qreal textWidth = headerMark.left() - mm(marginSideMm) - pt(10);
        const QFontMetricsF smallMetrics(smallFont, m_writer.get());
        painter.drawText(QRectF(mm(marginSideMm), headerMark.top(), textWidth, headerMark.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(clean(properties.headerText, false), Qt::ElideRight, textWidth));
        painter.drawText(QRectF(mm(marginSideMm), footerMark.top(), textWidth, footerMark.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("ReportDocument", "Page %1 of %2").arg(index + 1).arg(m_pageCount));
        painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), pt(0.5)));
        painter.drawLine(QPointF(mm(marginSideMm), headerMark.bottom() + pt(4)),
            QPointF(page.width() - mm(marginSideMm), headerMark.bottom() + pt(4)));
        painter.drawLine(QPointF(mm(marginSideMm), footerMark.top() - pt(4)),
            QPointF(page.width() - mm(marginSideMm), footerMark.top() - pt(4)));
    }
    if (!painter.end())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("ReportDocument", "Cannot finish the PDF document."));
    return PdfInfo::withDocumentInfo(
        m_buffer->data(), properties.title, properties.author, properties.subject, properties.creator);
}

#include "ReportDocument.moc"
