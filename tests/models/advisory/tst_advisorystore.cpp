#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "advisory/CweCatalog.h"
#include "core/Clock.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The advisory data of a case: what is accepted, how it is stored (both backends), audited
// and protected against a lost update.
class TestAdvisoryStore final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validation_data();
    void validation();
    void jsonRoundTripAndHostileInput();
    void cweCatalog();
    void storeAuditsAndVersions_data() { TestSupport::addBackendRows(); }
    void storeAuditsAndVersions();
    void publisherSettings_data() { TestSupport::addBackendRows(); }
    void publisherSettings();

private:
    static AdvisoryData sample();
};

void TestAdvisoryStore::initTestCase()
{
    TestSupport::isolate();
    Clock::setFixed(QDateTime(QDate(2026, 9, 3), QTime(10, 0), QTimeZone::UTC));
    QVERIFY(m_dir.isValid());
}

AdvisoryData TestAdvisoryStore::sample()
{
    AdvisoryData a;
    a.cves = {u"CVE-2026-31337"_s};
    a.cwes = {787};
    a.products = {{u"GigaSpire u6"_s, u"23.1"_s, u"23.4.2"_s, ProductStatus::KnownAffected},
        {u"GigaSpire u6"_s, u"23.4.2"_s, QString(), ProductStatus::Fixed}};
    a.remediations = {
        {RemediationCategory::VendorFix, u"Update to 23.4.2."_s, u"23.4.2"_s, u"https://example.com/fw"_s}};
    a.acknowledgments = {{u"Ada Okafor"_s, u"Northwind"_s, true}};
    a.revisions
        = {{u"1"_s, QDateTime(QDate(2026, 8, 20), QTime(9, 0), QTimeZone::UTC), u"Initial release."_s}};
    return a;
}

void TestAdvisoryStore::validation_data()
{
    QTest::addColumn<AdvisoryData>("data");
    QTest::addColumn<QString>("problem"); // empty: valid

    QTest::newRow("sample") << sample() << QString();
    QTest::newRow("empty") << AdvisoryData() << QString();
    AdvisoryData a = sample();
    a.cves = {u"CVE-26-1"_s};
    QTest::newRow("short CVE id") << a << u"not a CVE id"_s;
    a = sample();
    a.cves = {u"CVE-2026-31337"_s, u"CVE-2026-31337"_s};
    QTest::newRow("CVE twice") << a << u"listed twice"_s;
    a = sample();
    a.cwes = {99999};
    QTest::newRow("unknown CWE") << a << u"CWE-99999"_s;
    a = sample();
    a.products[0].product = u"  "_s;
    QTest::newRow("nameless product") << a << u"no name"_s;
    a = sample();
    a.products[1].version.clear();
    QTest::newRow("no version") << a << u"needs a version"_s;
    a = sample();
    a.remediations[0].url = u"javascript:alert(1)"_s;
    QTest::newRow("script URL") << a << u"http(s)"_s;
    a = sample();
    a.revisions.append({u"3"_s, a.revisions[0].date.addDays(1), u"Skipped two."_s});
    QTest::newRow("revision gap") << a << u"count up by one"_s;
    a = sample();
    a.revisions.append({u"2"_s, a.revisions[0].date.addDays(-1), u"Earlier."_s});
    QTest::newRow("revision before the last") << a << u"no earlier"_s;
    a = sample();
    for (int i = 0; i <= AdvisoryData::maxItems; ++i)
        a.acknowledgments.append({u"n%1"_s.arg(i), QString(), false});
    QTest::newRow("too many") << a << u"at most"_s;
}

void TestAdvisoryStore::validation()
{
    QFETCH(AdvisoryData, data);
    QFETCH(QString, problem);
    const Status s = data.validate();
    if (problem.isEmpty()) {
        QVERIFY2(s, qPrintable(s.error()));
    } else {
        QVERIFY(!s);
        QVERIFY2(s.error().contains(problem), qPrintable(s.error()));
    }
}

void TestAdvisoryStore::jsonRoundTripAndHostileInput()
{
    AdvisoryData a = sample();
    for (const auto &[name, text] : TestSupport::hostileTexts()) {
        a.products[0].product = text.left(500);
        a.remediations[0].details = text.left(AdvisoryData::maxTextChars);
        a.acknowledgments[0].name = text.left(200);
        const auto back = AdvisoryData::fromJson(a.toJson());
        QVERIFY2(back, qPrintable(name + u": "_s + back.error()));
        QCOMPARE(*back, a);
    }
    // Stored text that is not what this version writes is refused with a reason, not guessed.
    for (const QByteArray &bad : {QByteArray("not json"), QByteArray("[1,2]"),
             QByteArray(R"({"products":[{"product":"x","version":"1","status":"pwned"}]})"),
             QByteArray(R"({"cves":["CVE-1-1"]})")}) {
        const auto refused = AdvisoryData::fromJson(bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"unreadable"_s));
    }
}

void TestAdvisoryStore::cweCatalog()
{
    const auto entries = CweCatalog::entries();
    QVERIFY(entries.size() >= 40);
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).id < entries.at(i).id); // sorted: looked up by bisection
    QCOMPARE(CweCatalog::name(787), u"Out-of-bounds Write"_s);
    QCOMPARE(CweCatalog::name(79),
        u"Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')"_s);
    QVERIFY(CweCatalog::name(4).isEmpty());
    int id = 0;
    QVERIFY(CweCatalog::parse(u"cwe-122"_s, &id) && id == 122);
    QVERIFY(!CweCatalog::parse(u"CWE-x"_s, &id));
}

void TestAdvisoryStore::storeAuditsAndVersions()
{
    QFETCH(Database::Backend, backend);
    auto db = open(backend);
    QVERIFY(db);
    CaseStore cases(*db);
    const auto id = cases.createCase(TestSupport::minimalReport(u"Heap overflow"_s));
    QVERIFY(id);
    AdvisoryStore store(*db, cases.auditLog());
    QSignalSpy changed(&cases, &CaseStore::caseChanged);
    auto loaded = store.load(*id);
    QVERIFY(loaded);
    QCOMPARE(loaded->rowVersion, 0);
    QVERIFY(loaded->data.isEmpty());

    const auto v1 = store.save(*id, sample(), 0);
    QVERIFY2(v1, qPrintable(v1.error()));
    QCOMPARE(*v1, 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).value<CaseFields>(), CaseFields(CaseField::Advisory));
    loaded = store.load(*id);
    QCOMPARE(loaded->data, sample());
    QCOMPARE(loaded->rowVersion, 1);

    // A second analyst saving on top of version 0 loses nothing of the first's work.
    AdvisoryData other = sample();
    other.cves = {u"CVE-2026-1111"_s};
    const auto stale = store.save(*id, other, 0);
    QVERIFY(!stale);
    QVERIFY(stale.error().contains(u"meanwhile"_s));
    QCOMPARE(store.load(*id)->data, sample());
    QVERIFY(store.save(*id, other, 1));

    // Invalid data is refused before anything is written.
    AdvisoryData bad = other;
    bad.cwes = {5};
    QVERIFY(!store.save(*id, bad, 2));
    QCOMPARE(store.load(*id)->rowVersion, 2);

    const auto log = cases.auditLog(*id);
    QVERIFY(log);
    QStringList advisoryEntries;
    for (const AuditEntry &e : *log) {
        if (e.field == u"advisory")
            advisoryEntries.append(e.oldValue + u" -> "_s + e.newValue);
    }
    QCOMPARE(advisoryEntries.size(), 2);
    QVERIFY(advisoryEntries.at(0).startsWith(u" -> 1 CVE"_s));
}

void TestAdvisoryStore::publisherSettings()
{
    QFETCH(Database::Backend, backend);
    auto db = open(backend);
    QVERIFY(db);
    AdvisoryPublisher p = AdvisoryPublisher::load(TeamSettings(*db));
    QVERIFY(!p.validateForCsaf());
    QVERIFY(!p.validateForCve());
    p = {u"Example PSIRT"_s, u"https://psirt.example.com"_s, u"psirt@example.com"_s,
        u"b3476cb9-2e3d-41a6-98d0-0f47421a65b6"_s, u"Example"_s, u"Example Networks"_s};
    TeamSettings settings(*db);
    QVERIFY(p.save(settings));
    const AdvisoryPublisher back = AdvisoryPublisher::load(TeamSettings(*db));
    QCOMPARE(back.nameSpace, p.nameSpace);
    QCOMPARE(back.cveOrgId, p.cveOrgId);
    QCOMPARE(back.vendorName(), u"Example Networks"_s);
    QVERIFY(back.validateForCsaf());
    QVERIFY(back.validateForCve());
}

QTEST_GUILESS_MAIN(TestAdvisoryStore)
#include "tst_advisorystore.moc"
