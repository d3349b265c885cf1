#pragma once

#include "core/Result.h"
#include "report/HighlightedText.h"
#include "report/ReportChart.h"
#include "report/TlpLevel.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextCursor>

#include <memory>

class QBuffer;
class QPdfWriter;
class QTextCharFormat;
class QTextDocument;
class QTextTable;
class ReportChartHandler;
class ReportShapedTextHandler;

/// What a PDF report says about itself: the PDF document properties, the text of every
/// page's header and the TLP marking printed in the header and footer of every page.
struct ReportProperties
{
    QString title;
    QString author;
    QString subject;
    QString creator; // the producing application
    QString headerText; // left side of each page header, e.g. the tracking id
    TlpLevel tlp = TlpLevel::Amber;
};

/// A paginated PDF report built from plain parts: headings, paragraphs, tables, highlighted
/// code, vector charts and images. Shared by the case report and the queue report so both
/// look alike and both mark every page.
///
/// Every piece of text goes in as plain text through QTextCursor (report text is hostile;
/// nothing is ever parsed as HTML), with control and bidi characters made visible
/// (TextSanitizer). The layout is done on the QPdfWriter itself, so the PDF holds real,
/// selectable text. render() adds a table of contents with page numbers when the report is
/// long, and page numbers ("Page 3 of 30") and the TLP label to every page.
///
/// Pure QtGui: may be built and rendered on any one thread (not shared between threads).
class ReportDocument final
{
public:
    ReportDocument();
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    /// The cover's lines: a small label above a large title, then the TLP label and its
    /// definition in the TLP colours.
    void addCover(const QString &kicker, const QString &title, TlpLevel tlp);
    /// Level 1 headings start a new page when startPage is set; levels 1 and 2 go into the
    /// table of contents.
    void addHeading(const QString &text, int level = 1, bool startPage = false);
    void addParagraph(const QString &text);
    /// A remark in italics, e.g. why something is absent.
    void addNote(const QString &text);
    /// A two-column table of labels and values.
    void addFields(const QList<QPair<QString, QString>> &fields);
    /// A table with a header row that repeats on every page it spans; a row is never split
    /// between two pages (unless it is taller than a page, or the report is longer than 40
    /// pages: see render()). rowColors (optional) tints the
    /// first cell of a row; widthPercent (optional, one per column) sets the columns' shares
    /// of the page width, widened where needed so that no header word is broken (header
    /// text wraps only at spaces; its size shrinks when the words cannot all fit).
    void addTable(const QStringList &headers, const QList<QStringList> &rows,
        const QList<QColor> &rowColors = {}, const QList<int> &widthPercent = {});
    /// Monospace text, wrapped anywhere, with its syntax highlighting.
    void addCode(const HighlightedText &code);
    void addChart(const ReportChart &chart, qreal heightPt);
    /// An image scaled to fit maxWidthPt x maxHeightPt (points), followed by a caption.
    void addImage(const QImage &image, qreal maxWidthPt, qreal maxHeightPt, const QString &caption);
    /// Where the table of contents goes if render() decides the report needs one.
    void markTableOfContents();

    /// Lays the report out and paints it into a PDF. A table of contents is added when the
    /// report has at least tocMinPages pages without it.
    Result<QByteArray> render(const ReportProperties &properties, int tocMinPages = 4);
    /// Pages of the last render().
    int pageCount() const { return m_pageCount; }

    /// The font families of every report, in order: Noto Sans for Latin, Greek and
    /// Cyrillic, then the Noto families of the other scripts reporters write names in
    /// (Devanagari, Arabic, Hebrew, CJK), DejaVu Sans last. Each is a real OpenType font
    /// for its script, so text is shaped and embedded with that font instead of falling
    /// back to one without the script's shaping rules. The packages that ship them
    /// (fonts-noto-core, fonts-noto-cjk) are dependencies of the application.
    static QStringList fontFamilies();
    /// fontFamilies() at a size, with the report's style strategy.
    static QFont font(qreal pointSize);

    /// The writer's resolution: lengths in the document are device pixels at this DPI.
    static constexpr int dpi = 300;
    static constexpr qreal pt(qreal points) { return points * dpi / 72.0; }

private:
    struct Heading
    {
        QString text;
        int level = 1;
        QTextCursor at; // follows the heading's block as text is inserted before it
    };
    void insertText(const QString &text, const QTextCharFormat &format);
    /// Inserts text at cursor, Devanagari words as ReportShapedTextHandler objects.
    static void insertText(QTextCursor &cursor, const QString &text, const QTextCharFormat &format);
    void insertTableOfContents();
    void numberTableOfContents();
    /// Moves every table row that the layout broke across a page boundary to the next page,
    /// whole, as Qt does by itself only with rows whose every cell starts on the next page;
    /// and every heading left at the foot of a page without what it heads.
    void keepTogether();

    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<ReportChartHandler> m_chartHandler;
    std::unique_ptr<ReportShapedTextHandler> m_shapedTextHandler;
    QTextCursor m_cursor;
    QList<QTextTable *> m_tables; // the data tables, in document order (owned by m_document)
    QTextTable *m_tocTable = nullptr; // the contents, once inserted
    QList<Heading> m_headings;
    int m_tocPosition = -1;
    bool m_building = true; // inside the edit block the constructor opened
    int m_pageCount = 0;
    int m_imageCount = 0;
};
