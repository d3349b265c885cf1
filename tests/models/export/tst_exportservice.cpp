#include "ReportFixture.h"
#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "dashboard/DashboardData.h"
#include "demo/DemoGenerator.h"
#include "export/ExportService.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxProxyModel.h"
#include "intel/IntelStore.h"
#include "queue/QueueModel.h"
#include "sbom/SbomStore.h"
#include "session/Session.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"

#if PSIRTDESK_HAVE_ICALENDAR
#include "sla/DeadlineICalendar.h"
#endif

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Every format ExportService makes, from a real SQLite demo database opened as the window
// opens it (a Session): each document is non-empty and valid (PDFs read back with poppler,
// CSAF and CVE against the published schemas, iCalendar parsed back, CSV by its rows), and
// the reporter's identity follows the one disclosure decision.
class TestExportService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void disclosureDecision_data();
    void disclosureDecision();
    void caseReportWithholdsIdentityWithoutConsent();
    void caseReportOfAnUnknownCaseFails();
    void managementReport();
    void csafAndCveAreValid();
    void csafCreditsOnlyWithConsent();
    void disclosureCheckGuardsPublicDocuments();
    void thirdPartyProductsUnderTheirVendor();
    void productVexStatesUpstreamDecisions_data();
    void productVexStatesUpstreamDecisions();
    void deadlines();
    void inboxCsv();
    void queueAndDashboardCsv();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC); }
    /// Writes bytes to a new file in the temporary folder and returns its path.
    QString save(const QByteArray &bytes, const QString &suffix);
    /// The schema validator's complaint, or an empty string when the document is valid.
    QString validate(const QByteArray &document, const QString &schema, const QStringList &refs);
    /// A case id from the query's first column, or 0.
    qint64 firstCase(const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    int m_files = 0;
};

void TestExportService::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
    auto opened = TestSupport::demoSession(m_dir.filePath(u"demo.sqlite"_s), 150, now());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_session = std::move(opened.value());
}

QString TestExportService::save(const QByteArray &bytes, const QString &suffix)
{
    const QString path = m_dir.filePath(u"document-%1.%2"_s.arg(++m_files).arg(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString TestExportService::validate(
    const QByteArray &document, const QString &schema, const QStringList &refs)
{
    const QString path = save(document, u"json"_s);
    if (path.isEmpty())
        return u"cannot write the document"_s;
    QStringList arguments {QStringLiteral(PSIRTDESK_EXPORT_TEST_DATA "/../validate_json.py"), schema};
    for (const QString &ref : refs)
        arguments << u"--ref"_s << ref;
    arguments << path;
    QProcess p;
    p.start(u"python3"_s, arguments);
    if (!p.waitForFinished(60000))
        return u"the validator did not finish"_s;
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitCode() == 0 ? QString() : output + u" (exit "_s + QString::number(p.exitCode()) + u')';
}

qint64 TestExportService::firstCase(const QString &sql) const
{
    QSqlQuery q(m_session->database().connection());
    if (!q.exec(sql) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void TestExportService::disclosureDecision_data()
{
    QTest::addColumn<bool>("shareIdentity");
    QTest::addColumn<bool>("credit");
    QTest::newRow("no consent") << false << false;
    QTest::newRow("credit only") << false << true;
    QTest::newRow("identity only") << true << false;
    QTest::newRow("both") << true << true;
}

void TestExportService::disclosureDecision()
{
    QFETCH(bool, shareIdentity);
    QFETCH(bool, credit);
    Case c;
    c.reporterName = u"Ada Reporter"_s;
    c.consentShareIdentity = shareIdentity;
    c.consentCredit = credit;
    const ExportService::ReporterDisclosure decision = ExportService::reporterDisclosure(c);
    QCOMPARE(decision.identity, shareIdentity);
    QCOMPARE(decision.credit, credit);
}

// The same data, two cases: the reporter's name is in the PDF only where they consented.
void TestExportService::caseReportWithholdsIdentityWithoutConsent()
{
    const qint64 withheld
        = firstCase(u"SELECT id FROM cases WHERE consent_share_identity = 0"
                    " AND length(reporter_name) >= 5 AND tracking_id IS NOT NULL ORDER BY id"_s);
    const qint64 shared
        = firstCase(u"SELECT id FROM cases WHERE consent_share_identity = 1"
                    " AND length(reporter_name) >= 5 AND tracking_id IS NOT NULL ORDER BY id"_s);
    QVERIFY2(withheld > 0 && shared > 0, "the demo needs cases with and without consent");
    const ExportService service(*m_session);
    for (const qint64 id : {withheld, shared}) {
        const auto c = m_session->cases().caseById(id);
        QVERIFY(c.ok());
        const auto pdf
            = service.caseReport(id, *m_session->tracker().model(), TlpLevel::Red, u"Tester"_s, now());
        QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
        QVERIFY(pdf->bytes.startsWith("%PDF-"));
        QVERIFY(pdf->pageCount >= 2);
        const QString path = save(pdf->bytes, u"pdf"_s);
        QCOMPARE(ReportFixture::pdfInfo(path).value(u"Pages"_s).toInt(), pdf->pageCount);
        QString error;
        const QStringList pages = ReportFixture::pageTexts(path, pdf->pageCount, &error);
        QVERIFY2(!pages.isEmpty(), qPrintable(error));
        const QString text = pages.join(u'\n');
        QVERIFY(text.contains(c->trackingId));
        QVERIFY(text.contains(u"TLP:RED"_s));
        QCOMPARE(text.contains(c->reporterName, Qt::CaseInsensitive), id == shared);
    }
}

void TestExportService::caseReportOfAnUnknownCaseFails()
{
    const auto pdf
        = ExportService(*m_session)
              .caseReport(999999, *m_session->tracker().model(), TlpLevel::Amber, u"Tester"_s, now());
    QVERIFY(!pdf.ok());
    QVERIFY(!pdf.error().isEmpty());
}

void TestExportService::managementReport()
{
    // A report whose title names its reporter, who did not consent to share their identity,
    // and one whose reporter did: the first title is redacted, the second is not.
    NewReport withheld = TestSupport::minimalReport(u"RCE in the web UI found by Jonas Quellfeld"_s);
    withheld.reporterName = u"Jonas Quellfeld"_s;
    withheld.reporterEmail = u"jonas.quellfeld@example.org"_s;
    QVERIFY(m_session->cases().createCase(withheld).ok());
    NewReport shared = TestSupport::minimalReport(u"XSS in the portal found by Ada Okafor"_s);
    shared.reporterName = u"Ada Okafor"_s;
    shared.consentShareIdentity = true;
    QVERIFY(m_session->cases().createCase(shared).ok());
    InboxModel inbox(m_session->cases());
    QVERIFY(inbox.reload());
    inbox.setDeadlineSource(&m_session->tracker());
    QueueModel queue;
    queue.setInboxModel(&inbox);
    const auto cases = DashboardFigures::load(m_session->cases(), m_session->products());
    QVERIFY(cases.ok());
    const DashboardFigures figures
        = DashboardFigures::compute(*cases, m_session->tracker().model()->engine(), {}, now());
    const auto pdf
        = ExportService(*m_session).managementReport(queue, figures, TlpLevel::Green, u"Tester"_s, now());
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY(pdf->bytes.startsWith("%PDF-"));
    const QString path = save(pdf->bytes, u"pdf"_s);
    QString error;
    const QString text = ReportFixture::pageTexts(path, pdf->pageCount, &error).join(u'\n');
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    for (const QString &expected : {u"TLP:GREEN"_s, u"Severity queue"_s, u"Open cases by severity"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    const QString flat = QString(text).replace(u'\n', u' ').simplified();
    QVERIFY(!flat.contains(u"Quellfeld"_s, Qt::CaseInsensitive));
    QVERIFY2(flat.contains(u"found by [redacted]"_s), qPrintable(flat.left(3000)));
    QVERIFY(flat.contains(u"Okafor"_s));
}

void TestExportService::csafAndCveAreValid()
{
    QSqlQuery q(m_session->database().connection());
    QVERIFY(q.exec(
        u"SELECT case_id FROM case_advisories WHERE data LIKE '%CVE-%' AND data LIKE '%\"revisions\":[{%' ORDER BY case_id"_s));
    QList<qint64> ids;
    while (q.next() && ids.size() < 3)
        ids.append(q.value(0).toLongLong());
    QVERIFY2(ids.size() >= 2, "the demo has too few cases with a CVE id");
    const ExportService service(*m_session);

    CsafDocument::Options options;
    options.now = now();
    const auto csaf = service.csaf(ids, options);
    QVERIFY2(csaf.ok(), qPrintable(csaf.error()));
    const QJsonObject document = QJsonDocument::fromJson(*csaf).object();
    QCOMPARE(document.value(u"vulnerabilities"_s).toArray().size() >= ids.size(), true);
    const QString schemas = QStringLiteral(PSIRTDESK_CSAF_SCHEMAS "/");
    QString complaint = validate(*csaf, schemas + u"csaf_json_schema.json"_s,
        {schemas + u"cvss-v2.0.json"_s, schemas + u"cvss-v3.0.json"_s, schemas + u"cvss-v3.1.json"_s});
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));

    const auto cve = service.cveRecord(ids.constFirst(), {});
    QVERIFY2(cve.ok(), qPrintable(cve.error()));
    QCOMPARE(QJsonDocument::fromJson(*cve).object().value(u"dataType"_s).toString(), u"CVE_RECORD"_s);
    complaint = validate(
        *cve, QStringLiteral(PSIRTDESK_TEST_DATA "/cve-schema/CVE_Record_Format_bundled.json"), {});
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));

    QVERIFY(!service.csaf({}, options).ok());
    CveRecord::Options unknown;
    unknown.cveId = u"CVE-1999-0001"_s;
    QVERIFY(!service.cveRecord(ids.constFirst(), unknown).ok());
}

// A reporter who did not consent to be credited is not named in the advisory; one who did is.
void TestExportService::csafCreditsOnlyWithConsent()
{
    const qint64 credited = firstCase(
        u"SELECT id FROM cases WHERE consent_credit = 1"
        " AND length(reporter_name) >= 5 AND id IN (SELECT case_id FROM case_advisories WHERE data LIKE '%\"revisions\":[{%') ORDER BY id"_s);
    const qint64 anonymous = firstCase(
        u"SELECT id FROM cases WHERE consent_credit = 0"
        " AND length(reporter_name) >= 5 AND id IN (SELECT case_id FROM case_advisories WHERE data LIKE '%\"revisions\":[{%') ORDER BY id"_s);
    QVERIFY2(credited > 0 && anonymous > 0, "the demo needs cases with and without consent to credit");
    const ExportService service(*m_session);
    CsafDocument::Options options;
    options.now = now();
    for (const qint64 id : {credited, anonymous}) {
        const auto c = m_session->cases().caseById(id);
        QVERIFY(c.ok());
        const auto csaf = service.csaf({id}, options);
        QVERIFY2(csaf.ok(), qPrintable(csaf.error()));
        QCOMPARE(QString::fromUtf8(*csaf).contains(c->reporterName.trimmed()), id == credited);
    }
}

// Seed policy 000 at the door: public text that names a reporter who did not consent is
// refused however it is written, naming the field; the same text with consent to be credited
// under that name passes. The issue's examples, on a real demo case.
void TestExportService::disclosureCheckGuardsPublicDocuments()
{
    const qint64 id = firstCase(
        u"SELECT id FROM cases WHERE consent_credit = 0 AND consent_share_identity = 0"
        " AND reporter_name LIKE '% %' AND reporter_name NOT IN ('Network Operations', 'Coordination desk',"
        " 'Vulnerability coordination', 'Security Researcher', 'Product Security Testing', 'Firmware QA')" // teams
        " AND id IN (SELECT case_id FROM case_advisories WHERE data LIKE '%\"revisions\":[{%') ORDER BY id"_s);
    QVERIFY2(id > 0, "the demo needs a disclosed case whose reporter withheld consent");
    auto c = m_session->cases().caseById(id);
    QVERIFY(c.ok());
    const QString first = c->reporterName.section(u' ', 0, 0);
    const QString last = c->reporterName.section(u' ', -1);
    const QString handle = first.left(1).toLower() + last.toLower();
    const ExportService service(*m_session);
    CsafDocument::Options options;
    options.now = now();
    QVERIFY2(service.csaf({id}, options).ok(), "the demo's own public text must pass");
    auto stored = m_session->advisories().load(id);
    QVERIFY(stored.ok());
    int version = stored->rowVersion;
    for (const QString &text : {u"Found by %1 %2."_s.arg(first, last), u"Thanks to %1."_s.arg(last.toUpper()),
             u"Reported by %1\n%2."_s.arg(first, last), u"Regards,\n%1"_s.arg(first),
             u"Credit: %1 on the forum."_s.arg(handle), u"Contact %1."_s.arg(c->reporterEmail)}) {
        AdvisoryData changed = stored->data;
        changed.vulnerabilities[0].description = text;
        const auto saved = m_session->advisories().save(id, changed, version);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        version = *saved;
        const auto csaf = service.csaf({id}, options);
        QVERIFY2(!csaf.ok(), qPrintable(text));
        QVERIFY2(csaf.error().contains(u"vulnerabilities[0]/notes[1]/text"_s), qPrintable(csaf.error()));
        const auto cve = service.cveRecord(id, {});
        QVERIFY2(!cve.ok(), qPrintable(text));
        QVERIFY2(cve.error().contains(u"descriptions[0]/value"_s), qPrintable(cve.error()));
    }
    // With consent to be credited as the handle, the handle may appear; the name still not.
    AdvisoryData credited = stored->data;
    credited.creditName = handle;
    credited.vulnerabilities[0].description = u"Thanks to %1 for the report."_s.arg(handle);
    QVERIFY(m_session->advisories().save(id, credited, version).ok());
    Case consenting = *c;
    consenting.consentCredit = true;
    AdvisoryCase candidate {consenting, *m_session->cases().scores(id), credited};
    QVERIFY(ExportService::checkPublishable(candidate, m_session->advisories().publisher()).ok());
    const auto csaf = CsafDocument::build({candidate}, m_session->advisories().publisher(), options);
    QVERIFY(csaf.ok());
    QVERIFY(ExportService::checkDisclosure(*csaf, {candidate}).ok());
    QVERIFY(QString::fromUtf8(*csaf).contains(handle));
    candidate.advisory.vulnerabilities[0].impact = u"As %1 showed, …"_s.arg(c->reporterName);
    const auto named = ExportService::checkPublishable(candidate, m_session->advisories().publisher());
    QVERIFY(!named.ok());
    QVERIFY2(named.error().contains(last), qPrintable(named.error()));

    // A reporter who signs as a function ("Coordination desk") is not found in the program's
    // own name ("PSIRT Desk" in the generator), nor in everyday words; its address still is.
    Case desk = *c;
    desk.reporterName = u"Coordination desk"_s;
    desk.reporterEmail = u"cvd@ncsc.example"_s;
    desk.reporterOrganisation = u"NCSC-NL"_s;
    AdvisoryCase deskCase {desk, *m_session->cases().scores(id), stored->data};
    const auto deskCsaf = CsafDocument::build({deskCase}, m_session->advisories().publisher(), options);
    QVERIFY(deskCsaf.ok());
    QVERIFY(deskCsaf->contains("PSIRT Desk"));
    const Status deskCheck = ExportService::checkDisclosure(*deskCsaf, {deskCase});
    QVERIFY2(deskCheck.ok(), qPrintable(deskCheck.error()));
    deskCase.advisory.vulnerabilities[0].impact = u"Reported through cvd@ncsc.example."_s;
    QVERIFY(!ExportService::checkPublishable(deskCase, m_session->advisories().publisher()).ok());
}

// The demo's third-party components (OpenSSL, the Linux kernel, …) carry their maker in the
// product catalogue; their published advisories list them under it.
void TestExportService::thirdPartyProductsUnderTheirVendor()
{
    const qint64 id = firstCase(u"SELECT c.id FROM cases c JOIN products p ON p.name = c.product"
                                " WHERE p.vendor <> '' AND c.id IN (SELECT case_id FROM case_advisories"
                                " WHERE data LIKE '%\"revisions\":[{%') ORDER BY c.id"_s);
    QVERIFY2(id > 0, "the demo needs a published advisory about a third-party component");
    const auto c = m_session->cases().caseById(id);
    QVERIFY(c.ok());
    const auto vendors = m_session->products().vendors();
    QVERIFY(vendors.ok());
    const QString vendor = vendors->value(c->product.toLower());
    QVERIFY(!vendor.isEmpty());
    CsafDocument::Options options;
    options.now = now();
    const auto csaf = ExportService(*m_session).csaf({id}, options);
    QVERIFY2(csaf.ok(), qPrintable(csaf.error()));
    QStringList names;
    for (const QJsonValue v : QJsonDocument::fromJson(*csaf)
             .object()
             .value(u"product_tree"_s)
             .toObject()
             .value(u"branches"_s)
             .toArray())
        names.append(v.toObject().value(u"name"_s).toString());
    QVERIFY2(names.contains(vendor), qPrintable(names.join(u", "_s)));
    QVERIFY2(!csaf->contains((m_session->advisories().publisher().vendorName() + u' ' + c->product).toUtf8()),
        qPrintable(c->product));
}

void TestExportService::productVexStatesUpstreamDecisions_data()
{
    TestSupport::addBackendRows();
}

// A release's VEX states what the analysts decided on its upstream alerts: real OSV and
// CVE List records matched against the release's SBOM on a fresh database of each backend,
// one alert dismissed (known not affected, its justification as flag, the note as impact
// statement), one left open (under investigation), one made a case (left to the case),
// next to what the published advisory of a case says about the release.
void TestExportService::productVexStatesUpstreamDecisions()
{
    QFETCH(Database::Backend, backend);
    QString error;
    const QString location = TestSupport::freshLocation(backend, m_dir, &error);
    QVERIFY2(!location.isEmpty(), qPrintable(error));
    auto opened = Session::open(location);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const Session &session = **opened;

    AdvisoryPublisher publisher;
    publisher.name = u"Example PSIRT"_s;
    publisher.nameSpace = u"https://psirt.example.com"_s;
    QVERIFY(session.advisories().savePublisher(publisher).ok());
    Product cloud;
    cloud.name = u"Calix Support Cloud"_s;
    cloud.cpe = u"cpe:2.3:a:calix:support_cloud:*:*:*:*:*:*:*:*"_s;
    cloud.purl = u"pkg:generic/calix/support-cloud"_s;
    for (const QString &version : {u"25.1"_s, u"25.2"_s}) {
        ProductRelease r;
        r.version = version;
        cloud.releases.append(r);
    }
    QVERIFY(session.products().save(cloud).ok());
    const QByteArray sbom = R"({"bomFormat": "CycloneDX", "specVersion": "1.6",
  "metadata": {"component": {"bom-ref": "app", "type": "application", "name": "support-cloud", "version": "25.1"}},
  "components": [
    {"bom-ref": "semver", "type": "library", "name": "semver", "version": "7.5.1", "purl": "pkg:npm/semver@7.5.1"},
    {"bom-ref": "text", "type": "library", "group": "org.apache.commons", "name": "commons-text", "version": "1.9",
     "purl": "pkg:maven/org.apache.commons/commons-text@1.9"},
    {"bom-ref": "protobuf", "type": "library", "name": "Python-Protobuf", "version": "4.25.3"}],
  "dependencies": [{"ref": "app", "dependsOn": ["semver", "text", "protobuf"]}]})"_ba;
    QVERIFY(session.sboms().import(u"Calix Support Cloud"_s, u"25.1"_s, sbom).ok());
    IntelStore &intel = session.intel();
    for (const char *file : {"GHSA-c2qf-rxjj-qqgw.json", "GHSA-599f-7c49-w659.json", "CVE-2025-4565.json"}) {
        const auto imported
            = intel.importRecords(QStringLiteral(PSIRTDESK_TEST_DATA "/intel/") + QString::fromLatin1(file));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
    }
    const auto alerts = intel.alerts();
    QVERIFY(alerts.ok());
    QCOMPARE(alerts->size(), 3);
    const auto alertOf = [&alerts](const QString &cve) {
        for (const UpstreamAlert &a : *alerts) {
            if (a.cve == cve)
                return a.id;
        }
        return qint64(0);
    };
    const QString note = u"The Python bindings are not shipped on the appliance."_s;
    QVERIFY(intel
            .dismiss(
                alertOf(u"CVE-2025-4565"_s), NotAffectedJustification::VulnerableCodeNotInExecutePath, note)
            .ok());
    QVERIFY(intel.openCase(alertOf(u"CVE-2022-25883"_s), session.cases(), session.advisories()).ok());
    // CVE-2022-42889 (commons-text) stays open.

    // A published advisory of a case about the release: what the VEX said before.
    const auto caseId = session.cases().createCase(
        TestSupport::minimalReport(u"Session fixation in the portal"_s, u"Calix Support Cloud"_s, u"25.1"_s));
    QVERIFY(caseId.ok());
    AdvisoryData advisory;
    Vulnerability fixed = Vulnerability::withCve(u"CVE-2026-10001"_s);
    fixed.title = u"Session fixation in the portal"_s;
    fixed.summary = u"The portal kept the session id across the login."_s;
    fixed.products = {{u"Calix Support Cloud"_s, u"25.1"_s, QString(), ProductStatus::Fixed}};
    advisory.vulnerabilities = {fixed};
    advisory.revisions = {Revision {u"1"_s, now().addDays(-10), u"Initial release."_s}};
    const auto saved = session.advisories().save(*caseId, advisory, 0);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));

    CsafDocument::Options options;
    options.now = now();
    const auto vex = ExportService(session).productVex(u"calix support cloud"_s, u"25.1"_s, options);
    QVERIFY2(vex.ok(), qPrintable(vex.error()));
    const QJsonObject document = QJsonDocument::fromJson(*vex).object();
    QCOMPARE(document.value(u"document"_s).toObject().value(u"category"_s).toString(), u"csaf_vex"_s);
    QHash<QString, QJsonObject> byCve;
    for (const QJsonValue v : document.value(u"vulnerabilities"_s).toArray())
        byCve.insert(v.toObject().value(u"cve"_s).toString(), v.toObject());
    QCOMPARE(QSet<QString>(byCve.keyBegin(), byCve.keyEnd()),
        (QSet<QString> {u"CVE-2026-10001"_s, u"CVE-2025-4565"_s, u"CVE-2022-42889"_s}));
    // The product id of "Calix Support Cloud 25.1", shared by every statement.
    const QStringList fixedIds = byCve.value(u"CVE-2026-10001"_s)
                                     .value(u"product_status"_s)
                                     .toObject()
                                     .value(u"fixed"_s)
                                     .toVariant()
                                     .toStringList();
    QCOMPARE(fixedIds.size(), 1);
    const QString release = fixedIds.constFirst();

    const QJsonObject dismissed = byCve.value(u"CVE-2025-4565"_s);
    QCOMPARE(dismissed.value(u"product_status"_s).toObject().keys(), QStringList {u"known_not_affected"_s});
    QCOMPARE(dismissed.value(u"product_status"_s)
                 .toObject()
                 .value(u"known_not_affected"_s)
                 .toVariant()
                 .toStringList(),
        QStringList {release});
    const QJsonArray flags = dismissed.value(u"flags"_s).toArray();
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.at(0).toObject().value(u"label"_s).toString(), u"vulnerable_code_not_in_execute_path"_s);
    QCOMPARE(
        flags.at(0).toObject().value(u"product_ids"_s).toVariant().toStringList(), QStringList {release});
    const QJsonArray threats = dismissed.value(u"threats"_s).toArray();
    QCOMPARE(threats.size(), 1);
    QCOMPARE(threats.at(0).toObject().value(u"category"_s).toString(), u"impact"_s);
    QCOMPARE(threats.at(0).toObject().value(u"details"_s).toString(), note);

    const QJsonObject open = byCve.value(u"CVE-2022-42889"_s);
    QCOMPARE(
        open.value(u"product_status"_s).toObject().value(u"under_investigation"_s).toVariant().toStringList(),
        QStringList {release});
    QVERIFY(!open.contains(u"flags"_s));
    QCOMPARE(open.value(u"ids"_s).toArray().at(0).toObject().value(u"text"_s).toString(),
        u"GHSA-599f-7c49-w659"_s);

    // The decisions are a revision of their own, after the advisory's.
    const QJsonArray history = document.value(u"document"_s)
                                   .toObject()
                                   .value(u"tracking"_s)
                                   .toObject()
                                   .value(u"revision_history"_s)
                                   .toArray();
    QCOMPARE(history.size(), 2);
    QVERIFY(history.at(1)
            .toObject()
            .value(u"summary"_s)
            .toString()
            .contains(u"1 not affected, 1 under investigation"_s));
    const QString schemas = QStringLiteral(PSIRTDESK_CSAF_SCHEMAS "/");
    const QString complaint = validate(*vex, schemas + u"csaf_json_schema.json"_s,
        {schemas + u"cvss-v2.0.json"_s, schemas + u"cvss-v3.0.json"_s, schemas + u"cvss-v3.1.json"_s});
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));

    // Another release, with no SBOM and no advisory: nothing to state.
    QVERIFY(!ExportService(session).productVex(u"Calix Support Cloud"_s, u"25.2"_s, options).ok());
    // Without the advisory, the alerts alone make the release's VEX.
    QVERIFY(session.advisories().save(*caseId, AdvisoryData {}, *saved).ok());
    const auto alone = ExportService(session).productVex(u"Calix Support Cloud"_s, u"25.1"_s, options);
    QVERIFY2(alone.ok(), qPrintable(alone.error()));
    QCOMPARE(QJsonDocument::fromJson(*alone).object().value(u"vulnerabilities"_s).toArray().size(), 2);
}

void TestExportService::deadlines()
{
    const TimelineModel &timeline = *m_session->tracker().model();
    const auto ics = ExportService::deadlines(timeline, {});
    QCOMPARE(ics.ok(), ExportService::hasICalendar());
#if PSIRTDESK_HAVE_ICALENDAR
    QVERIFY(ics->startsWith("BEGIN:VCALENDAR"));
    const auto read = DeadlineICalendar::read(QString::fromUtf8(*ics));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(!read->isEmpty());
    // Titles stay out of calendars.
    const qint64 someCase = read->constFirst().caseId;
    const auto c = m_session->cases().caseById(someCase);
    QVERIFY(c.ok());
    QVERIFY(!QString::fromUtf8(*ics).contains(c->title));
    // A selection exports only its cases.
    const auto one = ExportService::deadlines(timeline, {someCase});
    QVERIFY(one.ok());
    const auto readOne = DeadlineICalendar::read(QString::fromUtf8(*one));
    QVERIFY(readOne.ok() && !readOne->isEmpty());
    for (const ExportedDeadline &d : *readOne)
        QCOMPARE(d.caseId, someCase);
#else
    QVERIFY(!ics.error().isEmpty());
#endif
}

void TestExportService::inboxCsv()
{
    InboxModel inbox(m_session->cases());
    QVERIFY(inbox.reload());
    InboxProxyModel view;
    view.setInboxModel(&inbox);
    InboxFilter all;
    all.statusScope = InboxFilter::StatusScope::All;
    view.setFilter(all);
    CsvWriter::Options options;
    options.byteOrderMark = true;
    const QByteArray csv = ExportService::tableCsv(
        view, {InboxModel::TrackingId, InboxModel::Title, InboxModel::Status}, options);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFTracking ID,Title,Status\r\n"));
    QCOMPARE(csv.count("\r\n") >= 61, true); // the header and every case (titles may hold line breaks)
}

void TestExportService::queueAndDashboardCsv()
{
    InboxModel inbox(m_session->cases());
    QVERIFY(inbox.reload());
    inbox.setDeadlineSource(&m_session->tracker());
    QueueModel queue;
    queue.setInboxModel(&inbox);
    int cases = 0;
    for (int b = 0; b < queue.rowCount(); ++b)
        cases += queue.index(b, 0).data(QueueModel::CountRole).toInt();
    QVERIFY(cases > 0);
    const QByteArray csv = ExportService::queueCsv(queue, {});
    QVERIFY(csv.startsWith("Severity,SLA state,"));
    const QStringList lines = QString::fromUtf8(csv).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= cases + 1);

    const auto loaded = DashboardFigures::load(m_session->cases(), m_session->products());
    QVERIFY(loaded.ok());
    const DashboardFigures figures
        = DashboardFigures::compute(*loaded, m_session->tracker().model()->engine(), {}, now());
    const QList<DashboardFigures::Table> tables = figures.tables();
    QVERIFY(!tables.isEmpty());
    for (int t = 0; t < tables.size(); ++t) {
        const auto table = ExportService::dashboardCsv(figures, t, {});
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QVERIFY(table->startsWith(tables.at(t).headers.constFirst().toUtf8()));
        QCOMPARE(table->count("\r\n"), tables.at(t).rows.size() + 1);
    }
    QVERIFY(!ExportService::dashboardCsv(figures, int(tables.size()), {}).ok());
}

QTEST_MAIN(TestExportService)
#include "tst_exportservice.moc"
