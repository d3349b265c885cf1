#include "core/TextSanitizer.h"
#include "storage/SearchQuery.h"
#include "storage/TrackingIdPattern.h"

#include <QTest>

class TestTextSanitizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storageRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("plain");
        QTest::newRow("nul") << (QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b"));
        QTest::newRow("escape") << (QStringLiteral("x") + QChar(char16_t(0xFFFF)) + QStringLiteral("0"));
        QTest::newRow("escape-at-end") << (QStringLiteral("x") + QChar(char16_t(0xFFFF)));
        QTest::newRow("both") << (QString(QChar(u'\0')) + QChar(char16_t(0xFFFF)) + QChar(u'\0'));
        QTest::newRow("private-use escape")
            << (QString(QChar(char16_t(0xE000))) + QStringLiteral("0") + QChar(char16_t(0xE000)));
        QTest::newRow("fffe") << QString(QChar(char16_t(0xFFFE)));
        QTest::newRow("empty") << QString();
    }
    void storageRoundTrip()
    {
        QFETCH(QString, text);
        const QString stored = TextSanitizer::encodeForStorage(text);
        QVERIFY(!stored.contains(QChar(u'\0')));
        QVERIFY(!stored.contains(QChar(char16_t(0xFFFF))));
        QCOMPARE(TextSanitizer::decodeFromStorage(stored), text);
    }

    void visibleControls()
    {
        QCOMPARE(TextSanitizer::singleLine(QStringLiteral("a\nb")), QStringLiteral("a\u240Ab"));
        QCOMPARE(TextSanitizer::multiLine(QStringLiteral("a\nb\tc")), QStringLiteral("a\nb\tc"));
        QCOMPARE(
            TextSanitizer::singleLine(QStringLiteral("x\u202Ey")), QStringLiteral("x\u27E6U+202E\u27E7y"));
        QVERIFY(TextSanitizer::hasInvisibleControls(QString(QChar(u'\0'))));
        QVERIFY(!TextSanitizer::hasInvisibleControls(
            QStringLiteral("\u05E9\u05DC\u05D5\u05DD emoji \U0001F525")));
    }

    void searchQueryIsSanitised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fts5");
        QTest::addColumn<QString>("tsquery");
        QTest::newRow("words") << QStringLiteral("Heap Overfl") << QStringLiteral("\"heap\" \"overfl\"*")
                               << QStringLiteral("'heap' & 'overfl':*");
        QTest::newRow("injection") << QStringLiteral("\") OR 1=1 -- 'x'")
                                   << QStringLiteral("\"or\" \"1\" \"1\" \"x\"*")
                                   << QStringLiteral("'or' & '1' & '1' & 'x':*");
        QTest::newRow("syntax only") << QStringLiteral("*:&|!()") << QString() << QString();
        QTest::newRow("unicode") << QStringLiteral("Überlauf 漏洞")
                                 << QStringLiteral("\"überlauf\" \"漏洞\"*")
                                 << QStringLiteral("'überlauf' & '漏洞':*");
    }
    void searchQueryIsSanitised()
    {
        QFETCH(QString, input);
        QFETCH(QString, fts5);
        QFETCH(QString, tsquery);
        QCOMPARE(SearchQuery::toFts5(input), fts5);
        QCOMPARE(SearchQuery::toTsQuery(input), tsquery);
    }

    void trackingIdPattern_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("scope");
        QTest::newRow("default") << QStringLiteral("PSIRT-{YYYY}-{NNNN}") << qint64(7)
                                 << QStringLiteral("PSIRT-2026-0007") << QStringLiteral("2026");
        QTest::newRow("grows") << QStringLiteral("PSIRT-{YYYY}-{NNNN}") << qint64(12345)
                               << QStringLiteral("PSIRT-2026-12345") << QStringLiteral("2026");
        QTest::newRow("no year") << QStringLiteral("SEC/{NNNNNN}") << qint64(42)
                                 << QStringLiteral("SEC/000042") << QStringLiteral("all");
        QTest::newRow("short year") << QStringLiteral("V{YY}.{NNN}") << qint64(3) << QStringLiteral("V26.003")
                                    << QStringLiteral("2026");
    }
    void trackingIdPattern()
    {
        QFETCH(QString, pattern);
        QFETCH(qint64, number);
        QFETCH(QString, expected);
        QFETCH(QString, scope);
        const auto p = TrackingIdPattern::parse(pattern);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->format(QDate(2026, 11, 23), number), expected);
        QCOMPARE(p->scope(QDate(2026, 11, 23)), scope);
    }

    void badTrackingIdPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("no sequence") << QStringLiteral("PSIRT-{YYYY}");
        QTest::newRow("two sequences") << QStringLiteral("{NN}-{NN}");
        QTest::newRow("unknown token") << QStringLiteral("{MM}-{NN}");
        QTest::newRow("quote") << QStringLiteral("x'{NN}");
        QTest::newRow("too long") << (QString(70, u'A') + QStringLiteral("{NN}"));
    }
    void badTrackingIdPatterns()
    {
        QFETCH(QString, pattern);
        const auto p = TrackingIdPattern::parse(pattern);
        QVERIFY(!p.ok());
        QVERIFY(!p.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextSanitizer)
#include "tst_textsanitizer.moc"
