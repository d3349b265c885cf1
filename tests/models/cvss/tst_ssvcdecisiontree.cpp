#include "TestSupport.h"
#include "cvss/SsvcDecisionTree.h"

#include <QTest>

// Rows taken from CERT/CC's SSVC CSV tables (resources/data/ssvc), plus the vector string.
class TestSsvcDecisionTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void supplier_data();
    void supplier();
    void deployer_data();
    void deployer();
    void utility();
    void vectorRoundTrip();
    void badVectors_data();
    void badVectors();
};

using Outcome = SsvcDecisionTree::Outcome;
Q_DECLARE_METATYPE(Outcome)

void TestSsvcDecisionTree::supplier_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<Outcome>("outcome");
    // Exploitation, Utility, Technical Impact, Public Safety Impact.
    QTest::newRow("row 0") << QList<int> {0, 0, 0, 0} << Outcome::Defer;
    QTest::newRow("row 3") << QList<int> {0, 0, 1, 1} << Outcome::OutOfCycle;
    QTest::newRow("row 15") << QList<int> {1, 0, 1, 1} << Outcome::Immediate;
    QTest::newRow("row 18") << QList<int> {1, 1, 1, 0} << Outcome::OutOfCycle;
    QTest::newRow("row 24") << QList<int> {2, 0, 0, 0} << Outcome::OutOfCycle;
    QTest::newRow("row 32") << QList<int> {2, 2, 0, 0} << Outcome::Immediate;
    QTest::newRow("row 35") << QList<int> {2, 2, 1, 1} << Outcome::Immediate;
}

void TestSsvcDecisionTree::supplier()
{
    QFETCH(QList<int>, values);
    QFETCH(Outcome, outcome);
    QCOMPARE(SsvcDecisionTree::supplier().decide(values), outcome);
}

void TestSsvcDecisionTree::deployer_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<Outcome>("outcome");
    // Exploitation, System Exposure, Automatable, Human Impact.
    QTest::newRow("row 0") << QList<int> {0, 0, 0, 0} << Outcome::Defer;
    QTest::newRow("row 2") << QList<int> {0, 0, 0, 2} << Outcome::Scheduled;
    QTest::newRow("row 12") << QList<int> {0, 1, 1, 0} << Outcome::Scheduled;
    QTest::newRow("row 16") << QList<int> {0, 2, 0, 0} << Outcome::Defer;
    QTest::newRow("active open yes very high") << QList<int> {2, 2, 1, 3} << Outcome::Immediate;
}

void TestSsvcDecisionTree::deployer()
{
    QFETCH(QList<int>, values);
    QFETCH(Outcome, outcome);
    QCOMPARE(SsvcDecisionTree::deployer().decide(values), outcome);
}

void TestSsvcDecisionTree::utility()
{
    QCOMPARE(SsvcDecisionTree::utilityFrom(0, 0), 0);
    QCOMPARE(SsvcDecisionTree::utilityFrom(1, 0), 1);
    QCOMPARE(SsvcDecisionTree::utilityFrom(0, 1), 1);
    QCOMPARE(SsvcDecisionTree::utilityFrom(1, 1), 2);
}

void TestSsvcDecisionTree::vectorRoundTrip()
{
    const QDateTime when(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::UTC);
    const SsvcDecisionTree &tree = SsvcDecisionTree::supplier();
    const QString vector = tree.vectorString({2, 2, 1, 1}, when);
    QCOMPARE(vector, QStringLiteral("SSVCv2/E:A/U:S/T:T/P:S/D:I/2024-05-06T07:08:09Z/"));
    const auto parsed = tree.parseVector(vector);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->first, (QList<int> {2, 2, 1, 1}));
    QCOMPARE(parsed->second, when);
    QCOMPARE(SsvcDecisionTree::deployer().vectorString({0, 0, 0, 0}, when),
        QStringLiteral("SSVCv2/E:N/X:S/A:N/H:L/D:D/2024-05-06T07:08:09Z/"));
}

void TestSsvcDecisionTree::badVectors_data()
{
    QTest::addColumn<QString>("vector");
    QTest::newRow("prefix") << QStringLiteral("SSVC/E:A/U:S/T:T/P:S/D:I/2024-05-06T07:08:09Z/");
    QTest::newRow("no trailing slash") << QStringLiteral("SSVCv2/E:A/U:S/T:T/P:S/D:I/2024-05-06T07:08:09Z");
    QTest::newRow("deployer vector") << QStringLiteral("SSVCv2/E:N/X:S/A:N/H:L/D:D/2024-05-06T07:08:09Z/");
    QTest::newRow("wrong decision") << QStringLiteral("SSVCv2/E:A/U:S/T:T/P:S/D:D/2024-05-06T07:08:09Z/");
    QTest::newRow("unknown value") << QStringLiteral("SSVCv2/E:Q/U:S/T:T/P:S/D:I/2024-05-06T07:08:09Z/");
    QTest::newRow("bad time") << QStringLiteral("SSVCv2/E:A/U:S/T:T/P:S/D:I/yesterday/");
}

void TestSsvcDecisionTree::badVectors()
{
    QFETCH(QString, vector);
    const auto parsed = SsvcDecisionTree::supplier().parseVector(vector);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestSsvcDecisionTree)
#include "tst_ssvcdecisiontree.moc"
