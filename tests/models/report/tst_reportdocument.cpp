#include "ReportFixture.h"
#include "TestSupport.h"
#include "report/ReportDocument.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The tables every PDF report is made of, read back with poppler: a row is never split
// between two pages, and header words are never broken inside.
class TestReportDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsNeverSplit();
    void headerWordsWhole_data();
    void headerWordsWhole();

private:
    /// Renders doc, saves it and returns the text of each page (raw, or with its layout).
    QStringList render(ReportDocument &doc, const QString &name, bool layout = false);

    QTemporaryDir m_dir;
};

void TestReportDocument::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
}

QStringList TestReportDocument::render(ReportDocument &doc, const QString &name, bool layout)
{
    ReportProperties properties;
    properties.title = name;
    const Result<QByteArray> pdf = doc.render(properties);
    if (!pdf) {
        qWarning() << pdf.error();
        return {};
    }
    const QString path = m_dir.filePath(name + u".pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size())
        return {};
    file.close();
    if (const QString look = qEnvironmentVariable("PSIRTDESK_REPORT_LOOK_DIR"); !look.isEmpty())
        QFile::copy(path, look + u'/' + name + u".pdf"_s);
    QString error;
    const QStringList texts = layout ? ReportFixture::pageLayoutTexts(path, doc.pageCount(), &error)
                                     : ReportFixture::pageTexts(path, doc.pageCount(), &error);
    if (texts.isEmpty())
        qWarning() << error;
    return texts;
}

// Rows of one to nine lines over several pages: every row starts and ends on one page, so
// its first and last words are on the same page (Qt moves a row on only when no cell of
// it fits; a row whose first lines fit used to continue on the next page).
void TestReportDocument::rowsNeverSplit()
{
    ReportDocument doc;
    doc.addHeading(u"Rows"_s);
    QList<QStringList> rows;
    for (int r = 0; r < 160; ++r) {
        QStringList words;
        for (int w = 0; w < 1 + (r * 7) % 40; ++w)
            words.append(u"r%1w%2"_s.arg(r).arg(w));
        rows.append({u"r%1first"_s.arg(r), words.join(u' '), u"r%1last"_s.arg(r)});
    }
    doc.addTable({u"Id"_s, u"Text"_s, u"End"_s}, rows, {}, {15, 70, 15});
    const QStringList pages = render(doc, u"rows"_s);
    QVERIFY(pages.size() >= 4);
    const auto pageOf = [&](const QString &word) {
        const QRegularExpression whole(u"(^|\\s)"_s + word + u"(\\s|$)"_s);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (pages.at(p).contains(whole))
                return int(p);
        }
        return -1;
    };
    for (int r = 0; r < rows.size(); ++r) {
        const int first = pageOf(u"r%1first"_s.arg(r));
        QVERIFY2(first >= 0, qPrintable(rows.at(r).constFirst()));
        const int words = 1 + (r * 7) % 40;
        for (const QString &word :
            {u"r%1w0"_s.arg(r), u"r%1w%2"_s.arg(r).arg(words - 1), u"r%1last"_s.arg(r)})
            QVERIFY2(pageOf(word) == first,
                qPrintable(
                    u"%1 on page %2, row starts on %3"_s.arg(word).arg(pageOf(word) + 1).arg(first + 1)));
    }
}

void TestReportDocument::headerWordsWhole_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<int>>("widths");
    QTest::newRow("queue") << QStringList {u"SLA state"_s, u"Case"_s, u"Priority"_s, u"Owner"_s, u"Product"_s,
        u"Age"_s, u"Next deadline"_s}
                           << QList<int> {13, 31, 8, 12, 13, 10, 13};
    // A translation's longer words, with the queue's shares of the width.
    QTest::newRow("long words") << QStringList {u"Bearbeitungsstand"_s, u"Fall"_s, u"Priorität"_s,
        u"Zuständigkeit"_s, u"Produkt"_s, u"Alter"_s, u"Nächste Frist"_s}
                                << QList<int> {13, 31, 8, 12, 13, 10, 13};
}

// Issue #14: "Priority" in an 8% column came out as "Prior" and "ity". A column is at least
// as wide as its longest header word; headers wrap at spaces only. (Where the words cannot
// all fit side by side even at 6.5 pt, Qt breaks them: nine columns of German compounds.)
void TestReportDocument::headerWordsWhole()
{
    QFETCH(QStringList, headers);
    QFETCH(QList<int>, widths);
    ReportDocument doc;
    QList<QStringList> rows;
    for (int r = 0; r < 3; ++r) {
        QStringList row;
        for (qsizetype c = 0; c < headers.size(); ++c)
            row.append(u"v%1"_s.arg(c));
        rows.append(row);
    }
    doc.addTable(headers, rows, {}, widths);
    const QStringList pages
        = render(doc, u"headers-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QCOMPARE(pages.size(), 1);
    const QStringList tokens = pages.constFirst().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString &header : headers) {
        for (const QString &word : header.split(u' '))
            QVERIFY2(tokens.contains(word), qPrintable(word + u" in "_s + tokens.join(u' ')));
    }
}

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
