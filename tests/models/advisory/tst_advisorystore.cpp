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
    void firstFormatIsReadAsVulnerabilities();
    void cweCatalog();
    void versionOrder_data();
    void versionOrder();
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
    Vulnerability v;
    v.cve = u"CVE-2026-31337"_s;
    v.cwes = {787};
    v.title = u"Out-of-bounds write in GigaSpire u6"_s;
    v.summary = u"GigaSpire u6 before 23.4.2 is affected."_s;
    v.products = {{u"GigaSpire u6"_s, u"23.1"_s, u"23.4.2"_s, ProductStatus::KnownAffected},
        {u"GigaSpire u6"_s, u"23.4.2"_s, QString(), ProductStatus::Fixed},
        AffectedProduct {u"BLAST u4"_s, u"22.0"_s, QString(), ProductStatus::KnownNotAffected}
            .notAffectedBecause(
                NotAffectedJustification::ComponentNotPresent, u"BLAST u4 has no management API."_s)};
    v.remediations = {
        {RemediationCategory::VendorFix, u"Update to 23.4.2."_s, u"23.4.2"_s, u"https://example.com/fw"_s}};
    AdvisoryData a;
    a.vulnerabilities = {v};
    a.creditName = u"aokafor"_s;
    a.creditType = CreditType::Reporter;
    a.reporterAliases = {u"ada@northwind.example"_s};
    a.acknowledgments = {{u"Ada Okafor"_s, u"Northwind"_s, true, CreditType::Analyst}};
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
    a.vulnerabilities[0].cve = u"CVE-26-1"_s;
    QTest::newRow("short CVE id") << a << u"not a CVE id"_s;
    a = sample();
    a.vulnerabilities.append(a.vulnerabilities[0]);
    QTest::newRow("CVE twice") << a << u"listed twice"_s;
    a = sample();
    a.vulnerabilities.append(Vulnerability {});
    a.vulnerabilities.append(Vulnerability {});
    QTest::newRow("two without a CVE yet") << a << QString();
    a = sample();
    a.vulnerabilities[0].cwes = {99999};
    QTest::newRow("unknown CWE") << a << u"CWE-99999"_s;
    a = sample();
    a.vulnerabilities[0].products[0].product = u"  "_s;
    QTest::newRow("nameless product") << a << u"no name"_s;
    a = sample();
    a.vulnerabilities[0].products[1].version.clear();
    QTest::newRow("no version") << a << u"needs a version"_s;
    // Versions are versions: a range written in words is refused with how to write it.
    a = sample();
    a.vulnerabilities[0].products[1].version = u"prior to 2.3"_s;
    QTest::newRow("prior to 2.3") << a << u"leave the first version empty"_s;
    a = sample();
    a.vulnerabilities[0].products[1].version = u"2.3 and later"_s;
    QTest::newRow("2.3 and later") << a << u"is not a version"_s;
    a = sample();
    a.vulnerabilities[0].products[0].lessThan = u"<2.3"_s;
    QTest::newRow("comparison in the range end") << a << u"is not a version"_s;
    a = sample();
    a.vulnerabilities[0].remediations[0].fixedVersion = u"the next release"_s;
    QTest::newRow("fixed in words") << a << u"is not a version"_s;
    a = sample();
    a.vulnerabilities[0].remediations[0].url = u"javascript:alert(1)"_s;
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
    a = sample();
    a.acknowledgments[0].name.clear();
    QTest::newRow("acknowledgment without a name") << a << u"name to credit"_s;
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

void TestAdvisoryStore::versionOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("numbers, not text") << u"2.10"_s << u"2.9"_s << 1;
    QTest::newRow("equal") << u"23.4.1"_s << u"23.4.1"_s << 0;
    QTest::newRow("leading zeros") << u"1.02"_s << u"1.2"_s << 0;
    QTest::newRow("shorter first") << u"2.3"_s << u"2.3.1"_s << -1;
    QTest::newRow("suffix before number") << u"2.3-rc1"_s << u"2.3.1"_s << -1;
    QTest::newRow("rc order") << u"2.3-rc1"_s << u"2.3-rc2"_s << -1;
    QTest::newRow("letters, case-insensitive") << u"R24.1"_s << u"r24.1"_s << 0;
    QTest::newRow("long numbers") << u"20260101120000"_s << u"9"_s << 1;
}

void TestAdvisoryStore::versionOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(AdvisoryData::compareVersions(a, b), order);
    QCOMPARE(AdvisoryData::compareVersions(b, a), -order);
    // A range covers its first version and what lies before its end, nothing else.
    const AffectedProduct range {u"GigaSpire u6"_s, u"23.1"_s, u"23.4.2"_s, ProductStatus::KnownAffected};
    QVERIFY(range.covers(u"23.1"_s));
    QVERIFY(range.covers(u"23.4.1.9"_s));
    QVERIFY(!range.covers(u"23.4.2"_s));
    QVERIFY(!range.covers(u"23.0.9"_s));
    const AffectedProduct before {u"GigaSpire u6"_s, QString(), u"2.0"_s, ProductStatus::KnownAffected};
    QVERIFY(before.covers(u"0.1"_s));
    QVERIFY(!before.covers(u"2.0"_s));
    const AffectedProduct one {u"GigaSpire u6"_s, u"23.4.2"_s, QString(), ProductStatus::Fixed};
    QVERIFY(one.covers(u"23.4.2"_s));
    QVERIFY(!one.covers(u"23.4.20"_s));
}

void TestAdvisoryStore::jsonRoundTripAndHostileInput()
{
    AdvisoryData a = sample();
    for (const auto &[name, text] : TestSupport::hostileTexts()) {
        a.vulnerabilities[0].products[0].product = text.left(500);
        a.vulnerabilities[0].remediations[0].details = text.left(AdvisoryData::maxTextChars);
        a.vulnerabilities[0].description = text.left(AdvisoryData::maxTextChars);
        a.vulnerabilities[0].title = text.left(AdvisoryData::maxTitleChars);
        a.vulnerabilities[0].products[2].impactStatement = text.left(AdvisoryData::maxTextChars);
        a.acknowledgments[0].name = text.left(200);
        a.creditName = text.left(200);
        const auto back = AdvisoryData::fromJson(a.toJson());
        QVERIFY2(back, qPrintable(name + u": "_s + back.error()));
        QCOMPARE(*back, a);
    }
    // Stored text that is not what this version writes is refused with a reason, not guessed.
    for (const QByteArray &bad : {QByteArray("not json"), QByteArray("[1,2]"),
             QByteArray(R"({"products":[{"product":"x","version":"1","status":"pwned"}]})"),
             QByteArray(R"({"cves":["CVE-1-1"]})"), QByteArray(R"({"vulnerabilities":[{"cve":"x"}]})"),
             QByteArray(R"({"creditType":"hero"})"),
             QByteArray(R"({"vulnerabilities":[{"products":[{"product":"x","version":"1",)"
                        R"("status":"known_not_affected","justification":"trust_me"}]}]})")}) {
        const auto refused = AdvisoryData::fromJson(bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"unreadable"_s));
    }
}

void TestAdvisoryStore::firstFormatIsReadAsVulnerabilities()
{
    // Advisory data stored before vulnerabilities existed: one list of each for the case.
    // Every CVE becomes a vulnerability with the shared data; nothing is lost.
    const QByteArray old
        = R"({"cves":["CVE-2026-1000","CVE-2026-1001"],"cwes":[787],)"
          R"("products":[{"product":"SMx","version":"","lessThan":"25.3","status":"known_affected"}],)"
          R"("remediations":[{"category":"vendor_fix","details":"Update.","fixedVersion":"25.3","url":""}],)"
          R"("acknowledgments":[{"name":"","organization":"Northwind","consent":true}],)"
          R"("revisions":[{"number":"1","date":"2026-08-20T09:00:00Z","summary":"Initial release."}]})";
    const auto read = AdvisoryData::fromJson(old);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->cves(), (QStringList {u"CVE-2026-1000"_s, u"CVE-2026-1001"_s}));
    for (const Vulnerability &v : read->vulnerabilities) {
        QCOMPARE(v.cwes, QList<int> {787});
        QCOMPARE(v.products.constFirst().versionText(), u"before 25.3"_s);
        QCOMPARE(v.remediations.constFirst().fixedVersion, u"25.3"_s);
        QVERIFY(!v.hasPublicText());
    }
    QCOMPARE(read->acknowledgments.constFirst().name, u"Northwind"_s);
    QCOMPARE(read->revisions.size(), 1);
    // Without CVEs, the shared data is one vulnerability.
    const auto noCve = AdvisoryData::fromJson(R"({"cwes":[79]})");
    QVERIFY(noCve);
    QCOMPARE(noCve->vulnerabilities.size(), 1);
    QCOMPARE(noCve->cwes(), QList<int> {79});
    // And what this version writes reads back the same.
    QCOMPARE(*AdvisoryData::fromJson(read->toJson()), *read);
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
    AdvisoryStore store(cases);
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
    other.vulnerabilities[0].cve = u"CVE-2026-1111"_s;
    const auto stale = store.save(*id, other, 0);
    QVERIFY(!stale);
    QVERIFY(stale.error().contains(u"meanwhile"_s));
    QCOMPARE(store.load(*id)->data, sample());
    QVERIFY(store.save(*id, other, 1));

    // Invalid data is refused before anything is written.
    AdvisoryData bad = other;
    bad.vulnerabilities[0].cwes = {5};
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
    QVERIFY2(advisoryEntries.at(0).startsWith(u" -> 1 vulnerability(s), 1 CVE(s)"_s),
        qPrintable(advisoryEntries.at(0)));
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
        u"b3476cb9-2e3d-41a6-98d0-0f47421a65b6"_s, u"Example"_s, u"Example Networks"_s, {}};
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
