#include "intake/SimilarityIndex.h"

#include <QTest>

// The duplicate hint on intake: which reports count as close to an open case, and which not.
class TestSimilarityIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void tieGoesToOlderCase();
    void hostileTextIsBounded();
};

namespace {

const QString kLogin = QStringLiteral("The login form of the web interface copies the user name into a fixed"
                                      " buffer. A long user name overwrites the return address on the stack"
                                      " and the attacker controls execution.");
const QString kUpload
    = QStringLiteral("The firmware upload handler does not check the signature of the image,"
                     " so an attacker on the management network installs modified firmware.");

} // namespace

void TestSimilarityIndex::matches_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<int>("basis");

    const int title = int(SimilarityIndex::Basis::Title);
    const int description = int(SimilarityIndex::Basis::Description);
    const int none = int(SimilarityIndex::Basis::None);
    QTest::newRow("re-worded title") << QStringLiteral("SMx")
                                     << QStringLiteral("SMx web login buffer overflow") << QString()
                                     << qint64(1) << title;
    QTest::newRow("product case and spaces ignored")
        << QStringLiteral("  smx ") << QStringLiteral("Buffer overflow in the web login") << QString()
        << qint64(1) << title;
    QTest::newRow("new title, same description")
        << QStringLiteral("SMx") << QStringLiteral("Crash when signing in") << kLogin << qint64(1)
        << description;
    QTest::newRow("description with a paragraph added")
        << QStringLiteral("SMx") << QStringLiteral("Crash when signing in")
        << kLogin + QStringLiteral("\n\nTested on two units with the default configuration.") << qint64(1)
        << description;
    QTest::newRow("the other open case's text")
        << QStringLiteral("SMx") << QStringLiteral("Unsigned firmware accepted") << kUpload << qint64(2)
        << description;
    QTest::newRow("other finding, other words")
        << QStringLiteral("SMx") << QStringLiteral("Session cookie without Secure flag")
        << QStringLiteral("The session cookie lacks the Secure attribute, so a network attacker reads it over"
                          " plain HTTP.")
        << qint64(0) << none;
    QTest::newRow("same text, other product")
        << QStringLiteral("Router 9") << QStringLiteral("Web login buffer overflow") << kLogin << qint64(0)
        << none;
    QTest::newRow("empty report") << QStringLiteral("SMx") << QString() << QString() << qint64(0) << none;
}

void TestSimilarityIndex::matches()
{
    QFETCH(QString, product);
    QFETCH(QString, title);
    QFETCH(QString, description);
    QFETCH(qint64, expected);
    QFETCH(int, basis);

    SimilarityIndex index;
    index.add(1, QStringLiteral("SMx"), QStringLiteral("Web login buffer overflow"), kLogin);
    index.add(2, QStringLiteral("SMx"), QStringLiteral("Firmware signature not checked on upload"), kUpload);
    index.add(3, QStringLiteral("Router 9"), QStringLiteral("Telnet enabled by default"), QString());
    QCOMPARE(index.size(), 3);

    const SimilarityIndex::Match match = index.mostSimilar(product, title, description);
    QCOMPARE(match.caseId, expected);
    QCOMPARE(int(match.basis), basis);
    if (expected > 0)
        QVERIFY(match.score >= SimilarityIndex::kThreshold && match.score <= 1.0);
    else
        QCOMPARE(match.score, 0.0);
}

void TestSimilarityIndex::tieGoesToOlderCase()
{
    SimilarityIndex index;
    index.add(9, QStringLiteral("Hub"), QStringLiteral("Default password admin"), kUpload);
    index.add(4, QStringLiteral("Hub"), QStringLiteral("Default password admin"), kUpload);
    const auto match = index.mostSimilar(QStringLiteral("Hub"), QStringLiteral("Admin default password"));
    QCOMPARE(match.caseId, qint64(4));
    QCOMPARE(match.score, 1.0);
}

void TestSimilarityIndex::hostileTextIsBounded()
{
    QString words;
    for (int i = 0; i < 100000; ++i)
        words += QStringLiteral("w%1 ").arg(i);
    QCOMPARE(SimilarityIndex::tokens(words).size(), SimilarityIndex::kMaxTitleWords);
    QCOMPARE(SimilarityIndex::tokens(words, SimilarityIndex::kMaxDescriptionWords).size(),
        SimilarityIndex::kMaxDescriptionWords);

    // A common word used by more cases than kMaxPostings does not make candidates of them all;
    // the rare words still find the one it repeats.
    SimilarityIndex index;
    for (int i = 1; i <= 200; ++i)
        index.add(i, QStringLiteral("Hub"), QStringLiteral("overflow number%1").arg(i));
    const auto match = index.mostSimilar(QStringLiteral("Hub"), QStringLiteral("Overflow NUMBER77"));
    QCOMPARE(match.caseId, qint64(77));
}

QTEST_GUILESS_MAIN(TestSimilarityIndex)
#include "tst_similarityindex.moc"
