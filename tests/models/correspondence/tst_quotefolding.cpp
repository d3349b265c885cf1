#include "correspondence/QuoteFolding.h"

#include <QTest>

// Quoted text is recognised ("> " lines, with the "On … wrote:" line that introduces them)
// and folded to one marker line.
class TestQuoteFolding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QList<bool>>("quoted");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("no quote") << QStringLiteral("a\nb\n") << QList<bool> {false} << QList<int> {2};
        QTest::newRow("quote between")
            << QStringLiteral("a\n> q1\n> q2\nb") << QList<bool> {false, true, false} << QList<int> {1, 2, 1};
        QTest::newRow("attribution") << QStringLiteral("a\nOn Mon, 2 Nov 2026, Ada <a@b> wrote:\n> q\nb")
                                     << QList<bool> {false, true, false} << QList<int> {1, 2, 1};
        QTest::newRow("attribution, blank line") << QStringLiteral("On Mon, Ada wrote:\n\n> q")
                                                 << QList<bool> {true, false, true} << QList<int> {1, 1, 1};
        QTest::newRow("German attribution")
            << QStringLiteral("Am 2.11.2026 schrieb Ada:\n> q") << QList<bool> {true} << QList<int> {2};
        QTest::newRow("wrote without quote") << QStringLiteral("On Monday she wrote:\nnothing quoted")
                                             << QList<bool> {false} << QList<int> {2};
        QTest::newRow("CRLF") << QStringLiteral("a\r\n> q\r\n") << QList<bool> {false, true}
                              << QList<int> {1, 1};
        QTest::newRow("empty") << QString() << QList<bool> {} << QList<int> {};
    }
    void split()
    {
        QFETCH(QString, body);
        QFETCH(QList<bool>, quoted);
        QFETCH(QList<int>, lines);
        const auto blocks = QuoteFolding::split(body);
        QList<bool> gotQuoted;
        QList<int> gotLines;
        for (const auto &b : blocks) {
            gotQuoted.append(b.quoted);
            gotLines.append(b.lines);
        }
        QCOMPARE(gotQuoted, quoted);
        QCOMPARE(gotLines, lines);
    }

    void render()
    {
        const auto blocks = QuoteFolding::split(QStringLiteral("new\n> old 1\n> old 2\nend"));
        QCOMPARE(QuoteFolding::render(blocks, true), QStringLiteral("new\n> old 1\n> old 2\nend"));
        QCOMPARE(QuoteFolding::render(blocks, false), QStringLiteral("new\n[… 2 quoted lines hidden]\nend"));
    }

    void longLinesStayBounded()
    {
        // A 10 MB "attribution" line must not make the pattern work for long.
        const QString huge
            = QStringLiteral("On ") + QString(10 * 1024 * 1024, QLatin1Char('x')) + QStringLiteral(" wrote:");
        const auto blocks = QuoteFolding::split(huge + QStringLiteral("\n> q"));
        QCOMPARE(blocks.size(), 2);
        QVERIFY(!blocks.constFirst().quoted);
    }
};

QTEST_GUILESS_MAIN(TestQuoteFolding)
#include "tst_quotefolding.moc"
