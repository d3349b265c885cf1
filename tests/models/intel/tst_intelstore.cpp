#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "core/Clock.h"
#include "intel/IntelStore.h"
#include "sbom/SbomStore.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Vulnerability intelligence end to end: real OSV and CVE records matched against a
// release's SBOM, alerts raised once, opened as prefilled cases or dismissed with a VEX
// justification, EPSS and KEV attached; on both backends.
class TestIntelStore final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        Clock::setFixed(QDateTime(QDate(2026, 10, 1), QTime(10, 0), QTimeZone::UTC));
        QVERIFY(m_dir.isValid());
    }

    void upstreamAlerts_data() { TestSupport::addBackendRows(); }
    void upstreamAlerts()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        AdvisoryStore advisories(cases);
        ProductCatalogue catalogue(*db, &cases.auditLog());
        Product cloud;
        cloud.name = u"Calix Support Cloud"_s;
        ProductRelease r;
        r.version = u"25.1"_s;
        cloud.releases = {r};
        QVERIFY(catalogue.save(cloud));
        SbomStore sboms(*db, cases.auditLog());
        QVERIFY(sboms.import(u"Calix Support Cloud"_s, u"25.1"_s, sbom(u"7.5.1"_s)));
        IntelStore store(cases);

        // Real records (tests/data/intel): semver (npm), commons-text (Maven), urllib3 (PyPI,
        // the SBOM's version is the fixed one) and protobuf (a CVE record by product name).
        int raised = 0;
        for (const char *file : {"GHSA-c2qf-rxjj-qqgw.json", "GHSA-599f-7c49-w659.json",
                 "GHSA-g4mx-q9vg-27p4.json", "CVE-2025-4565.json"}) {
            const auto imported = store.importRecords(data(file));
            QVERIFY2(imported, qPrintable(imported.error()));
            QCOMPARE(imported->records, 1);
            raised += imported->newAlerts;
        }
        QCOMPARE(raised, 3);
        // Importing the same again changes nothing and raises nothing.
        auto again = store.importRecords(data("GHSA-c2qf-rxjj-qqgw.json"));
        QVERIFY(again);
        QCOMPARE(again->newAlerts, 0);
        auto feeds = store.feeds();
        QVERIFY(feeds);
        QCOMPARE(feeds->size(), 2); // osv and cve
        QCOMPARE(feeds->at(0).feed, u"cve"_s);
        // Counted over every file imported, not the last one: 1 CVE record, 3 OSV records.
        QCOMPARE(feeds->at(0).records, 1);
        QCOMPARE(feeds->at(1).feed, u"osv"_s);
        QCOMPARE(feeds->at(1).records, 3);

        // KEV and EPSS (files written here, in the formats the real ones have).
        const QString kev = m_dir.filePath(u"kev.json"_s);
        QVERIFY(write(kev,
            R"({"title": "CISA Catalog of Known Exploited Vulnerabilities", "catalogVersion": "2026.09.30",
            "dateReleased": "2026-09-30T14:00:00.000Z", "count": 1, "vulnerabilities": [
            {"cveID": "CVE-2022-42889", "vendorProject": "Apache", "product": "Commons Text",
             "vulnerabilityName": "Apache Commons Text Code Injection", "dateAdded": "2026-09-15",
             "shortDescription": "x", "requiredAction": "Apply updates.", "dueDate": "2026-10-06",
             "knownRansomwareCampaignUse": "Known", "notes": "", "cwes": ["CWE-94"]}]})"_ba));
        auto imported = store.importKev(kev);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->records, 1);
        const QString epss = m_dir.filePath(u"epss.csv"_s);
        QVERIFY(write(epss,
            "#model_version:v2026.06.15,score_date:2026-09-30T12:00:00Z\ncve,epss,percentile\n"
            "CVE-2022-25883,0.00514,0.77231\nCVE-2022-42889,0.94210,0.99917\n"_ba));
        imported = store.importEpss(epss);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->records, 2);

        auto alerts = store.alerts(true);
        QVERIFY(alerts);
        QCOMPARE(alerts->size(), 3);
        // On KEV first, then by EPSS.
        QCOMPARE(alerts->at(0).cve, u"CVE-2022-42889"_s);
        QVERIFY(alerts->at(0).intel.onKev);
        QVERIFY(alerts->at(0).intel.ransomware);
        QCOMPARE(alerts->at(0).intel.text(),
            u"EPSS 0.942 (99.9th percentile, 2026-09-30) · KEV since 2026-09-15, due 2026-10-06, used by ransomware"_s);
        QCOMPARE(alerts->at(0).component, u"org.apache.commons/commons-text 1.9"_s);
        QCOMPARE(alerts->at(0).releases, QStringList {u"Calix Support Cloud 25.1"_s});
        QCOMPARE(alerts->at(1).cve, u"CVE-2022-25883"_s);
        QCOMPARE(alerts->at(2).cve, u"CVE-2025-4565"_s);
        QVERIFY(alerts->at(2).cvssVector.startsWith(u"CVSS:4.0/"_s));

        // A prefilled case, in one step.
        const qint64 semverAlert = alerts->at(1).id;
        const auto caseId = store.openCase(semverAlert, cases, advisories);
        QVERIFY2(caseId, qPrintable(caseId.error()));
        const auto c = cases.caseById(*caseId);
        QVERIFY(c);
        QCOMPARE(c->product, u"Calix Support Cloud"_s);
        QCOMPARE(c->productVersion, u"25.1"_s);
        QVERIFY(c->title.startsWith(u"CVE-2022-25883 in semver 7.5.1"_s));
        const auto advisory = advisories.load(*caseId);
        QCOMPARE(advisory->data.vulnerabilities.at(0).cve, u"CVE-2022-25883"_s);
        QCOMPARE(advisory->data.vulnerabilities.at(0).products.at(0).version, u"25.1"_s);
        QVERIFY(!store.openCase(semverAlert, cases, advisories)); // decided once

        // Dismissed with a VEX justification; a reason is required.
        const qint64 protobufAlert = alerts->at(2).id;
        QVERIFY(!store.dismiss(protobufAlert, NotAffectedJustification::None, {}));
        QVERIFY(store.dismiss(protobufAlert, NotAffectedJustification::VulnerableCodeNotInExecutePath,
            u"The Python bindings are not shipped on the appliance."_s));
        auto all = store.alerts();
        QCOMPARE(all->size(), 3);
        QCOMPARE(store.alerts(true)->size(), 1);

        // Decided alerts are not raised again; a fixed SBOM drops the open one that no
        // longer matches but keeps the decided ones.
        QCOMPARE(*store.match(), 0);
        QVERIFY(sboms.import(u"Calix Support Cloud"_s, u"25.1"_s, sbom(u"7.5.2"_s, u"1.10.0"_s)));
        QCOMPARE(*store.match(), 0);
        all = store.alerts();
        QCOMPARE(all->size(), 2);
        QCOMPARE(store.alerts(true)->size(), 0);
        const auto trail = cases.auditLog().teamTrail(TeamTopic::Alerts);
        QVERIFY(trail->size() >= 3);

        // A hostile record file: refused with the reason, nothing stored.
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QVERIFY(write(bad, "{\"id\": \"GHSA-x\", \"affected\": [1, 2"_ba));
        QVERIFY(!store.importRecords(bad));
    }

private:
    static QString data(const char *file)
    {
        return QStringLiteral(PSIRTDESK_INTEL_TEST_DATA "/") + QString::fromLatin1(file);
    }
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }
    static QByteArray sbom(const QString &semver, const QString &commonsText = u"1.9"_s)
    {
        return uR"({"bomFormat": "CycloneDX", "specVersion": "1.6",
  "metadata": {"component": {"bom-ref": "app", "type": "application", "name": "support-cloud", "version": "25.1"}},
  "components": [
    {"bom-ref": "semver", "type": "library", "name": "semver", "version": "%1", "purl": "pkg:npm/semver@%1"},
    {"bom-ref": "text", "type": "library", "group": "org.apache.commons", "name": "commons-text", "version": "%2",
     "purl": "pkg:maven/org.apache.commons/commons-text@%2"},
    {"bom-ref": "urllib3", "type": "library", "name": "urllib3", "version": "2.0.7", "purl": "pkg:pypi/urllib3@2.0.7"},
    {"bom-ref": "protobuf", "type": "library", "name": "Python-Protobuf", "version": "4.25.3"}
  ],
  "dependencies": [{"ref": "app", "dependsOn": ["semver", "text", "urllib3", "protobuf"]}]})"_s
            .arg(semver, commonsText)
            .toUtf8();
    }
};

QTEST_GUILESS_MAIN(TestIntelStore)
#include "tst_intelstore.moc"
