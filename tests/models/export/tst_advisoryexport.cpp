#include "AdvisoryFixture.h"
#include "TestSupport.h"
#include "export/CsafDocument.h"
#include "export/CsvWriter.h"
#include "export/CveRecord.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// CSAF 2.0 and CVE JSON 5 from a case's advisory data, compared with golden files and
// validated against the published schemas (python3-jsonschema, offline); CSV as RFC 4180.
class TestAdvisoryExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csafGolden();
    void csafStructure();
    void csafTlp();
    void csafRevisions();
    void csafRefusals_data();
    void csafRefusals();
    void csafVex();
    void thirdPartyVendors();
    void productReleaseVex();
    void textRule();
    void cveGolden();
    void cveRefusals();
    void hostileTextStaysValid_data();
    void hostileTextStaysValid();
    void csvFields_data();
    void csvFields();
    void csvFromModel();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 9, 3), QTime(10, 0), QTimeZone::UTC); }
    static CsafDocument::Options csafOptions()
    {
        CsafDocument::Options o;
        o.now = now();
        o.generatorVersion = u"TEST"_s;
        return o;
    }
    /// Compares with data/NAME, or rewrites it when PSIRTDESK_UPDATE_GOLDEN is set.
    static void compareGolden(const QByteArray &actual, const QString &name);
    /// Runs the schema validator on the document; an empty string when it is valid.
    QString validate(const QByteArray &document, const QString &schema, const QStringList &refs);

    QTemporaryDir m_dir;
    int m_documents = 0;
};

void TestAdvisoryExport::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
}

void TestAdvisoryExport::compareGolden(const QByteArray &actual, const QString &name)
{
    const QString path = QStringLiteral(PSIRTDESK_EXPORT_TEST_DATA "/") + name;
    if (qEnvironmentVariableIsSet("PSIRTDESK_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(golden.readAll()));
}

QString TestAdvisoryExport::validate(
    const QByteArray &document, const QString &schema, const QStringList &refs)
{
    const QString path = m_dir.filePath(u"document-%1.json"_s.arg(++m_documents));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size())
        return u"cannot write the document"_s;
    file.close();
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

namespace {

const QString kCsafSchema = QStringLiteral(PSIRTDESK_CSAF_SCHEMAS "/csaf_json_schema.json");
const QStringList kCvssSchemas {QStringLiteral(PSIRTDESK_CSAF_SCHEMAS "/cvss-v2.0.json"),
    QStringLiteral(PSIRTDESK_CSAF_SCHEMAS "/cvss-v3.0.json"),
    QStringLiteral(PSIRTDESK_CSAF_SCHEMAS "/cvss-v3.1.json")};
const QString kCveSchema = QStringLiteral(PSIRTDESK_TEST_DATA "/cve-schema/CVE_Record_Format_bundled.json");

} // namespace

void TestAdvisoryExport::csafGolden()
{
    const auto json = CsafDocument::build({AdvisoryFixture::sampleCase(), AdvisoryFixture::secondCase()},
        AdvisoryFixture::publisher(), csafOptions());
    QVERIFY2(json, qPrintable(json.error()));
    compareGolden(*json, u"csaf-group.json"_s);
    const QString problems = validate(*json, kCsafSchema, kCvssSchemas);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // The validator is not a rubber stamp: a CVSS object off its schema is caught.
    QByteArray broken = *json;
    broken.replace("\"attackVector\": \"NETWORK\"", "\"attackVector\": \"INTERNET\"");
    QVERIFY(broken != *json);
    QVERIFY(validate(broken, kCsafSchema, kCvssSchemas).contains(u"INTERNET"_s));
}

// What the CSAF mandatory tests check, on the document itself: every product id used is
// defined once, one status per product, the version is the last revision, consent respected;
// and per vulnerability its own CWE, products, scores and remediations.
void TestAdvisoryExport::csafStructure()
{
    const auto json
        = CsafDocument::build({AdvisoryFixture::sampleCase()}, AdvisoryFixture::publisher(), csafOptions());
    QVERIFY2(json, qPrintable(json.error()));
    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    QSet<QString> defined;
    std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &branches) {
        for (const QJsonValue b : branches) {
            const QJsonObject o = b.toObject();
            if (o.contains(u"product"_s)) {
                const QString id = o.value(u"product"_s).toObject().value(u"product_id"_s).toString();
                QVERIFY2(!defined.contains(id), qPrintable(id));
                defined.insert(id);
            }
            walk(o.value(u"branches"_s).toArray());
        }
    };
    walk(root.value(u"product_tree"_s).toObject().value(u"branches"_s).toArray());
    QCOMPARE(defined.size(), 5);
    const QJsonArray vulnerabilities = root.value(u"vulnerabilities"_s).toArray();
    QCOMPARE(vulnerabilities.size(), 2); // one per vulnerability of the case
    for (const QJsonValue v : vulnerabilities) {
        const QJsonObject status = v.toObject().value(u"product_status"_s).toObject();
        QSet<QString> seen;
        for (const QString &key : status.keys()) {
            for (const QJsonValue id : status.value(key).toArray()) {
                QVERIFY(defined.contains(id.toString()));
                QVERIFY2(!seen.contains(id.toString()), "a product with two statuses");
                seen.insert(id.toString());
            }
        }
        // Scores and remediations name exactly the known affected products (6.2.2, 6.2.3).
        const QJsonArray affected = status.value(u"known_affected"_s).toArray();
        QCOMPARE(affected.size(), 1);
        const QJsonObject score = v.toObject().value(u"scores"_s).toArray().at(0).toObject();
        QCOMPARE(score.value(u"products"_s).toArray(), affected);
        QCOMPARE(score.value(u"cvss_v3"_s).toObject().value(u"attackVector"_s).toString(), u"NETWORK"_s);
        QCOMPARE(score.value(u"cvss_v3"_s).toObject().value(u"baseSeverity"_s).toString(), u"CRITICAL"_s);
        QCOMPARE(score.value(u"cvss_v2"_s).toObject().value(u"authentication"_s).toString(), u"NONE"_s);
        for (const QJsonValue r : v.toObject().value(u"remediations"_s).toArray())
            QCOMPARE(r.toObject().value(u"product_ids"_s).toArray(), affected);
    }
    const QJsonObject first = vulnerabilities.at(0).toObject();
    const QJsonObject second = vulnerabilities.at(1).toObject();
    QCOMPARE(first.value(u"cve"_s).toString(), u"CVE-2026-31337"_s);
    QCOMPARE(first.value(u"cwe"_s).toObject().value(u"id"_s).toString(), u"CWE-122"_s);
    QCOMPARE(second.value(u"cwe"_s).toObject().value(u"id"_s).toString(), u"CWE-787"_s);
    QCOMPARE(first.value(u"product_status"_s).toObject().size(), 4);
    QCOMPARE(second.value(u"product_status"_s).toObject().size(), 1); // its own products only
    // The public text, each vulnerability its own; the second one's from the template.
    QCOMPARE(first.value(u"title"_s).toString(),
        u"Heap-based buffer overflow in the GigaSpire u6 management API"_s);
    QCOMPARE(second.value(u"title"_s).toString(), u"Out-of-bounds Write in GigaSpire u6"_s);
    const QJsonArray notes = first.value(u"notes"_s).toArray();
    QCOMPARE(notes.at(1).toObject().value(u"text"_s).toString(),
        u"The management API copies the HTTP Host header into a fixed-size heap buffer.\nA request with a long Host header overflows it."_s);
    QCOMPARE(notes.at(2).toObject().value(u"title"_s).toString(), u"Impact"_s);
    const QString text = QString::fromUtf8(*json);
    QVERIFY(!text.contains(u"overflows a heap buffer"_s)); // the report's description
    QVERIFY(text.contains(u"\"aokafor\""_s)); // the reporter consented, under their credit name
    QVERIFY(!text.contains(u"Ada Okafor"_s));
    QVERIFY(text.contains(u"Jonas Weber"_s));
    QVERIFY(!text.contains(u"Someone Private"_s)); // no consent: not named
    QVERIFY(!text.contains(u"ada.okafor@example.org"_s)); // never an address
    QVERIFY(!text.contains(u"Northwind"_s)); // never an organisation
    QVERIFY(!text.contains(u"Fabrikam"_s));
    const QJsonObject document = root.value(u"document"_s).toObject();
    const QJsonObject tracking = document.value(u"tracking"_s).toObject();
    QCOMPARE(tracking.value(u"version"_s).toString(), u"2"_s);
    QCOMPARE(tracking.value(u"current_release_date"_s).toString(), u"2026-09-02T09:00:00Z"_s);
    QCOMPARE(
        tracking.value(u"generator"_s).toObject().value(u"date"_s).toString(), u"2026-09-02T09:00:00Z"_s);
    // 6.2.11: a self reference in the publisher's namespace, named by the standard's rule.
    const QJsonObject self = document.value(u"references"_s).toArray().at(0).toObject();
    QCOMPARE(self.value(u"category"_s).toString(), u"self"_s);
    QCOMPARE(self.value(u"url"_s).toString(),
        u"https://psirt.example.com/.well-known/csaf/2026/psirt-2026-0042.json"_s);
    QCOMPARE(
        document.value(u"distribution"_s).toObject().value(u"tlp"_s).toObject().value(u"label"_s).toString(),
        u"WHITE"_s);
}

// The TLP comes from the case (a disclosed case's advisory is for everyone; one still under
// embargo for partners), or from the export's choice; CSAF 2.0's labels.
void TestAdvisoryExport::csafTlp()
{
    const auto label = [](const Result<QByteArray> &json) {
        return QJsonDocument::fromJson(*json)
            .object()
            .value(u"document"_s)
            .toObject()
            .value(u"distribution"_s)
            .toObject()
            .value(u"tlp"_s)
            .toObject()
            .value(u"label"_s)
            .toString();
    };
    AdvisoryCase embargoed = AdvisoryFixture::sampleCase();
    embargoed.c.status = CaseStatus::Remediation;
    CsafDocument::Options options = csafOptions();
    auto json = CsafDocument::build({embargoed}, AdvisoryFixture::publisher(), options);
    QVERIFY2(json, qPrintable(json.error()));
    QCOMPARE(label(json), u"AMBER"_s);

    options.tlp = TlpLevel::Green;
    QCOMPARE(label(CsafDocument::build({embargoed}, AdvisoryFixture::publisher(), options)), u"GREEN"_s);
    options.tlp = TlpLevel::Red;
    QCOMPARE(label(CsafDocument::build({embargoed}, AdvisoryFixture::publisher(), options)), u"RED"_s);
    options.tlp = TlpLevel::AmberStrict;
    const auto strict = CsafDocument::build({embargoed}, AdvisoryFixture::publisher(), options);
    QVERIFY(!strict);
    QVERIFY(strict.error().contains(u"AMBER+STRICT"_s));
}

// Publishing is a step of its own: the same revision exported twice, at different times,
// gives the same bytes; a draft needs no revision.
void TestAdvisoryExport::csafRevisions()
{
    CsafDocument::Options early = csafOptions();
    CsafDocument::Options late = csafOptions();
    late.now = early.now.addDays(30);
    const auto a = CsafDocument::build({AdvisoryFixture::sampleCase()}, AdvisoryFixture::publisher(), early);
    const auto b = CsafDocument::build({AdvisoryFixture::sampleCase()}, AdvisoryFixture::publisher(), late);
    QVERIFY(a && b);
    QCOMPARE(*a, *b);

    AdvisoryCase unpublished = AdvisoryFixture::sampleCase();
    unpublished.advisory.revisions.clear();
    const auto refused = CsafDocument::build({unpublished}, AdvisoryFixture::publisher(), early);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"no published revision"_s), qPrintable(refused.error()));
    CsafDocument::Options draft = early;
    draft.status = u"draft"_s;
    const auto json = CsafDocument::build({unpublished}, AdvisoryFixture::publisher(), draft);
    QVERIFY2(json, qPrintable(json.error()));
    const QJsonObject tracking = QJsonDocument::fromJson(*json)
                                     .object()
                                     .value(u"document"_s)
                                     .toObject()
                                     .value(u"tracking"_s)
                                     .toObject();
    QCOMPARE(tracking.value(u"version"_s).toString(), u"0"_s); // 6.1.17: a draft is version 0
    QCOMPARE(tracking.value(u"status"_s).toString(), u"draft"_s);
    QString problems = validate(*json, kCsafSchema, kCvssSchemas);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// What a published advisory must not be: each refused with the reason.
void TestAdvisoryExport::csafRefusals_data()
{
    QTest::addColumn<QList<AdvisoryCase>>("cases");
    QTest::addColumn<QString>("reason");

    AdvisoryCase sameCve = AdvisoryFixture::secondCase();
    sameCve.advisory.vulnerabilities[0].cve = u"CVE-2026-31337"_s;
    QTest::newRow("one CVE in two cases")
        << QList {AdvisoryFixture::sampleCase(), sameCve} << u"CVE-2026-31337 is a vulnerability of both"_s;
    for (const CaseStatus status : {CaseStatus::Spam, CaseStatus::Duplicate, CaseStatus::OutOfScope,
             CaseStatus::Informative, CaseStatus::NotReproducible}) {
        AdvisoryCase closed = AdvisoryFixture::sampleCase();
        closed.c.status = status;
        QTest::newRow(qPrintable(CaseStatuses::id(status))) << QList {closed} << u"no vulnerability"_s;
    }
    AdvisoryCase noRemedy = AdvisoryFixture::sampleCase();
    noRemedy.advisory.vulnerabilities[1].remediations.clear();
    QTest::newRow("affected without remediation")
        << QList {noRemedy} << u"CVE-2026-31338 has affected products but no remediation"_s;
    AdvisoryCase onlyV4 = AdvisoryFixture::sampleCase();
    onlyV4.scores = {{u"4.0"_s, u"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"_s, 9.3,
        u"Critical"_s, true, QDateTime(), QString()}};
    QTest::newRow("CVSS 4.0 only") << QList {onlyV4} << u"cannot carry CVSS 4.0"_s;
}

void TestAdvisoryExport::csafRefusals()
{
    QFETCH(QList<AdvisoryCase>, cases);
    QFETCH(QString, reason);
    const auto refused = CsafDocument::build(cases, AdvisoryFixture::publisher(), csafOptions());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(reason), qPrintable(refused.error()));
}

// The VEX profile: the same vulnerabilities, each product's status, and for the products
// not affected the flag and the impact statement that scanners act on (profile tests
// 6.1.27.7 to 6.1.27.11); a product not affected without a reason is refused.
void TestAdvisoryExport::csafVex()
{
    CsafDocument::Options options = csafOptions();
    options.profile = CsafDocument::Profile::Vex;
    const auto json
        = CsafDocument::build({AdvisoryFixture::sampleCase()}, AdvisoryFixture::publisher(), options);
    QVERIFY2(json, qPrintable(json.error()));
    compareGolden(*json, u"csaf-vex.json"_s);
    const QString problems = validate(*json, kCsafSchema, kCvssSchemas);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    QCOMPARE(root.value(u"document"_s).toObject().value(u"category"_s).toString(), u"csaf_vex"_s);
    const QJsonObject first = root.value(u"vulnerabilities"_s).toArray().at(0).toObject();
    const QJsonArray notAffected
        = first.value(u"product_status"_s).toObject().value(u"known_not_affected"_s).toArray();
    QCOMPARE(notAffected.size(), 1);
    const QJsonArray flags = first.value(u"flags"_s).toArray();
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.at(0).toObject().value(u"label"_s).toString(), u"component_not_present"_s);
    QCOMPARE(flags.at(0).toObject().value(u"product_ids"_s).toArray(), notAffected);
    const QJsonObject threat = first.value(u"threats"_s).toArray().at(0).toObject();
    QCOMPARE(threat.value(u"category"_s).toString(), u"impact"_s);
    QCOMPARE(threat.value(u"details"_s).toString(), u"BLAST u4 firmware has no management API."_s);
    QCOMPARE(threat.value(u"product_ids"_s).toArray(), notAffected);
    // Every vulnerability names its known-affected products' remediation (6.1.27.10).
    for (const QJsonValue v : root.value(u"vulnerabilities"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"product_status"_s).toObject().value(u"known_affected"_s).toArray().isEmpty())
            QVERIFY(!o.value(u"remediations"_s).toArray().isEmpty());
    }

    // Either reason alone is enough; neither is refused, naming the product.
    AdvisoryCase flagOnly = AdvisoryFixture::sampleCase();
    flagOnly.advisory.vulnerabilities[0].products[3].impactStatement.clear();
    QVERIFY(CsafDocument::build({flagOnly}, AdvisoryFixture::publisher(), options));
    AdvisoryCase noReason = flagOnly;
    noReason.advisory.vulnerabilities[0].products[3].justification = NotAffectedJustification::None;
    const auto refused = CsafDocument::build({noReason}, AdvisoryFixture::publisher(), options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"“BLAST u4 22.0” is marked not affected without saying why"_s),
        qPrintable(refused.error()));
    // A security advisory does not need the reason, and a draft VEX may still lack it.
    QVERIFY(CsafDocument::build({noReason}, AdvisoryFixture::publisher(), csafOptions()));
    options.status = u"draft"_s;
    QVERIFY(CsafDocument::build({noReason}, AdvisoryFixture::publisher(), options));
    // A justification on a product that is affected is not exported as a flag.
    AdvisoryCase stale = AdvisoryFixture::sampleCase();
    stale.advisory.vulnerabilities[0].products[0].justification
        = NotAffectedJustification::VulnerableCodeNotPresent;
    const auto withStale = CsafDocument::build({stale}, AdvisoryFixture::publisher(), csafOptions());
    QVERIFY(withStale);
    QVERIFY(!withStale->contains("vulnerable_code_not_present"));
}

// A VEX for one release of a product: every vulnerability's statement about that release,
// ranges resolved to it, other products left out, the cases' revisions as its history.
void TestAdvisoryExport::productReleaseVex()
{
    CsafDocument::Options options = csafOptions();
    options.profile = CsafDocument::Profile::Vex;
    options.product = u"gigaspire U6"_s; // names match without regard to case
    options.release = u"23.2"_s;
    const QList<AdvisoryCase> cases {AdvisoryFixture::sampleCase(), AdvisoryFixture::secondCase()};
    const auto json = CsafDocument::build(cases, AdvisoryFixture::publisher(), options);
    QVERIFY2(json, qPrintable(json.error()));
    QVERIFY2(validate(*json, kCsafSchema, kCvssSchemas).isEmpty(), "schema");
    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    const QJsonObject document = root.value(u"document"_s).toObject();
    QCOMPARE(document.value(u"category"_s).toString(), u"csaf_vex"_s);
    QCOMPARE(document.value(u"title"_s).toString(), u"VEX for gigaspire U6 23.2"_s);
    const QJsonObject tracking = document.value(u"tracking"_s).toObject();
    QCOMPARE(tracking.value(u"id"_s).toString(), u"VEX-gigaspire-U6-23.2"_s);
    // Two revisions of the first case, and the second case's, in date order.
    const QJsonArray history = tracking.value(u"revision_history"_s).toArray();
    QVERIFY(history.size() >= 3);
    QCOMPARE(tracking.value(u"version"_s).toString(), QString::number(history.size()));
    for (qsizetype i = 1; i < history.size(); ++i)
        QVERIFY(history.at(i - 1).toObject().value(u"date"_s).toString()
            <= history.at(i).toObject().value(u"date"_s).toString());
    // One product in the tree: the release itself; each vulnerability says it is affected.
    const QJsonArray products = root.value(u"product_tree"_s)
                                    .toObject()
                                    .value(u"branches"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"branches"_s)
                                    .toArray();
    QCOMPARE(products.size(), 1);
    const QJsonArray versions = products.at(0).toObject().value(u"branches"_s).toArray();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.at(0).toObject().value(u"name"_s).toString(), u"23.2"_s);
    const QJsonArray vulnerabilities = root.value(u"vulnerabilities"_s).toArray();
    QVERIFY(vulnerabilities.size() >= 2);
    for (const QJsonValue v : vulnerabilities) {
        const QJsonObject status = v.toObject().value(u"product_status"_s).toObject();
        QCOMPARE(status.keys(), QStringList {u"known_affected"_s});
    }
    // The fixed release is fixed; a release nobody wrote about is refused with the reason.
    options.release = u"23.4.2"_s;
    const auto fixed = CsafDocument::build(cases, AdvisoryFixture::publisher(), options);
    QVERIFY2(fixed, qPrintable(fixed.error()));
    QVERIFY(fixed->contains("\"fixed\""));
    options.product = u"BLAST u4"_s;
    options.release = u"9.9"_s;
    const auto none = CsafDocument::build(cases, AdvisoryFixture::publisher(), options);
    QVERIFY(!none);
    QVERIFY2(none.error().contains(u"says anything about BLAST u4 9.9"_s), qPrintable(none.error()));
}

// A third-party product is listed under its maker, the team's products under the team's
// vendor: "OpenSSL 3.0.13", not "Example Networks OpenSSL 3.0.13".
void TestAdvisoryExport::thirdPartyVendors()
{
    AdvisoryCase ac = AdvisoryFixture::sampleCase();
    ac.advisory.vulnerabilities[1].products.append(
        AffectedProduct {u"OpenSSL"_s, u"3.0.13"_s, QString(), ProductStatus::KnownAffected});
    AdvisoryPublisher publisher = AdvisoryFixture::publisher();
    Product opensslProduct;
    opensslProduct.name = u"OpenSSL"_s;
    opensslProduct.vendor = u"OpenSSL"_s;
    publisher.products = {{u"openssl"_s, opensslProduct}};
    const auto json = CsafDocument::build({ac}, publisher, csafOptions());
    QVERIFY2(json, qPrintable(json.error()));
    QVERIFY2(validate(*json, kCsafSchema, kCvssSchemas).isEmpty(), "schema");
    const QJsonArray vendors = QJsonDocument::fromJson(*json)
                                   .object()
                                   .value(u"product_tree"_s)
                                   .toObject()
                                   .value(u"branches"_s)
                                   .toArray();
    QStringList names;
    for (const QJsonValue v : vendors)
        names.append(v.toObject().value(u"name"_s).toString());
    QCOMPARE(names, (QStringList {publisher.vendorName(), u"OpenSSL"_s}));
    const QJsonObject openssl = vendors.at(1).toObject().value(u"branches"_s).toArray().at(0).toObject();
    QCOMPARE(openssl.value(u"name"_s).toString(), u"OpenSSL"_s);
    QCOMPARE(openssl.value(u"branches"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"product"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
        u"OpenSSL 3.0.13"_s);
    for (const QJsonValue v : vendors.at(0).toObject().value(u"branches"_s).toArray())
        QVERIFY(v.toObject().value(u"name"_s).toString() != u"OpenSSL"_s);

    CveRecord::Options options;
    options.cveId = u"CVE-2026-31338"_s;
    const auto cve = CveRecord::build(ac, publisher, options);
    QVERIFY2(cve, qPrintable(cve.error()));
    QMap<QString, QString> vendorOf;
    for (const QJsonValue a : QJsonDocument::fromJson(*cve)
             .object()
             .value(u"containers"_s)
             .toObject()
             .value(u"cna"_s)
             .toObject()
             .value(u"affected"_s)
             .toArray())
        vendorOf.insert(
            a.toObject().value(u"product"_s).toString(), a.toObject().value(u"vendor"_s).toString());
    QCOMPARE(vendorOf.value(u"OpenSSL"_s), u"OpenSSL"_s);
    QCOMPARE(vendorOf.value(u"GigaSpire u6"_s), publisher.vendorName());
}

// One rule for every text of every exporter: real line breaks, tabs kept, controls gone,
// nothing turned into visible markers; bidi formatting kept as written.
void TestAdvisoryExport::textRule()
{
    AdvisoryCase ac = AdvisoryFixture::sampleCase();
    Vulnerability &v = ac.advisory.vulnerabilities[0];
    v.description = u"Line one\r\nLine two\tindented\u0007\u001b[31m"_s;
    v.title = u"Title\nwith a break and \u202Ebidi"_s;
    v.products[0].product = u"GigaSpire \u202Eu6"_s;
    const auto csaf = CsafDocument::build({ac}, AdvisoryFixture::publisher(), csafOptions());
    QVERIFY2(csaf, qPrintable(csaf.error()));
    const QJsonObject first
        = QJsonDocument::fromJson(*csaf).object().value(u"vulnerabilities"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"notes"_s).toArray().at(1).toObject().value(u"text"_s).toString(),
        u"Line one\nLine two\tindented[31m"_s);
    QCOMPARE(first.value(u"title"_s).toString(), u"Title with a break and \u202Ebidi"_s);
    const QString text = QString::fromUtf8(*csaf);
    for (const QString &marker : {u"␊"_s, u"␉"_s, u"⟦U+"_s, u"␛"_s})
        QVERIFY2(!text.contains(marker), qPrintable(marker));
    QVERIFY(text.contains(u"GigaSpire \u202Eu6"_s)); // the product's name follows the same rule
    const auto cve = CveRecord::build(ac, AdvisoryFixture::publisher(), {});
    QVERIFY2(cve, qPrintable(cve.error()));
    QVERIFY(QString::fromUtf8(*cve).contains(u"Line one\\nLine two\\tindented[31m"_s));
}

void TestAdvisoryExport::cveGolden()
{
    CveRecord::Options options;
    const auto json = CveRecord::build(AdvisoryFixture::sampleCase(), AdvisoryFixture::publisher(), options);
    QVERIFY2(json, qPrintable(json.error()));
    compareGolden(*json, u"cve-record.json"_s);
    const QString problems = validate(*json, kCveSchema, {});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QByteArray broken = *json;
    broken.replace("\"state\": \"PUBLISHED\"", "\"state\": \"SECRET\"");
    QVERIFY(broken != *json);
    QVERIFY(!validate(broken, kCveSchema, {}).isEmpty());
    // CWE-122 and CWE-787 are fine; a CWE that MITRE discourages for mapping is warned about.
    QVERIFY(CveRecord::warnings(*json).isEmpty());
    AdvisoryCase abstract = AdvisoryFixture::sampleCase();
    abstract.advisory.vulnerabilities[0].cwes = {400, 787};
    const auto discouraged = CveRecord::build(abstract, AdvisoryFixture::publisher(), options);
    QVERIFY(discouraged);
    const QStringList warnings = CveRecord::warnings(*discouraged);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(u"CWE-400"_s), qPrintable(warnings.constFirst()));
    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    const QJsonObject cna = root.value(u"containers"_s).toObject().value(u"cna"_s).toObject();
    // Dated by the published revisions; every score; credits with their types; tagged.
    QCOMPARE(cna.value(u"datePublic"_s).toString(), u"2026-08-20T09:00:00.000Z"_s);
    QCOMPARE(cna.value(u"providerMetadata"_s).toObject().value(u"dateUpdated"_s).toString(),
        u"2026-09-02T09:00:00.000Z"_s);
    QStringList metrics;
    for (const QJsonValue m : cna.value(u"metrics"_s).toArray())
        metrics += m.toObject().keys();
    QCOMPARE(metrics, (QStringList {u"cvssV3_1"_s, u"cvssV4_0"_s, u"cvssV2_0"_s}));
    const QJsonArray credits = cna.value(u"credits"_s).toArray();
    QCOMPARE(credits.size(), 2);
    QCOMPARE(credits.at(0).toObject().value(u"value"_s).toString(), u"aokafor"_s);
    QCOMPARE(credits.at(0).toObject().value(u"type"_s).toString(), u"finder"_s);
    QCOMPARE(credits.at(1).toObject().value(u"type"_s).toString(), u"remediation verifier"_s);
    QCOMPARE(
        cna.value(u"references"_s).toArray().at(0).toObject().value(u"tags"_s).toArray().at(0).toString(),
        u"vendor-advisory"_s);
    QCOMPARE(
        cna.value(u"title"_s).toString(), u"Heap-based buffer overflow in the GigaSpire u6 management API"_s);

    // The second CVE is its own vulnerability: its CWE, its products, not a copy.
    options.cveId = u"CVE-2026-31338"_s;
    const auto second
        = CveRecord::build(AdvisoryFixture::sampleCase(), AdvisoryFixture::publisher(), options);
    QVERIFY(second);
    QVERIFY(second->contains("\"cveId\": \"CVE-2026-31338\""));
    QVERIFY(second->contains("\"cweId\": \"CWE-787\""));
    QVERIFY(!second->contains("CWE-122"));
    QVERIFY(!second->contains("BLAST u4"));
    QVERIFY(validate(*second, kCveSchema, {}).isEmpty());
}

void TestAdvisoryExport::cveRefusals()
{
    AdvisoryCase noCve = AdvisoryFixture::sampleCase();
    for (Vulnerability &v : noCve.advisory.vulnerabilities)
        v.cve.clear();
    QVERIFY(!CveRecord::build(noCve, AdvisoryFixture::publisher(), {}));
    CveRecord::Options other;
    other.cveId = u"CVE-2026-99999"_s;
    QVERIFY(!CveRecord::build(AdvisoryFixture::sampleCase(), AdvisoryFixture::publisher(), other));
    AdvisoryPublisher noOrg = AdvisoryFixture::publisher();
    noOrg.cveOrgId = u"not-a-uuid"_s;
    const auto refused = CveRecord::build(AdvisoryFixture::sampleCase(), noOrg, {});
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"UUID"_s));
    AdvisoryPublisher noName = AdvisoryFixture::publisher();
    noName.nameSpace = u"http://insecure.example"_s;
    QVERIFY(!CsafDocument::build({AdvisoryFixture::sampleCase()}, noName, csafOptions()));
    // Nothing affected: nothing to record.
    AdvisoryCase unaffected = AdvisoryFixture::sampleCase();
    for (AffectedProduct &p : unaffected.advisory.vulnerabilities[0].products) {
        if (p.status == ProductStatus::KnownAffected)
            p.status = ProductStatus::UnderInvestigation;
    }
    const auto nothing = CveRecord::build(unaffected, AdvisoryFixture::publisher(), {});
    QVERIFY(!nothing);
    QVERIFY2(nothing.error().contains(u"No product is known affected"_s), qPrintable(nothing.error()));
    // Not published yet: no record.
    AdvisoryCase unpublished = AdvisoryFixture::sampleCase();
    unpublished.advisory.revisions.clear();
    QVERIFY(!CveRecord::build(unpublished, AdvisoryFixture::publisher(), {}));
}

void TestAdvisoryExport::hostileTextStaysValid_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : TestSupport::hostileTexts())
        QTest::newRow(qPrintable(name)) << text;
}

// Hostile report text in every field the exports copy: still valid JSON, still valid against
// both schemas.
void TestAdvisoryExport::hostileTextStaysValid()
{
    QFETCH(QString, text);
    AdvisoryCase ac = AdvisoryFixture::sampleCase();
    ac.c.title = text.left(500);
    ac.c.description = text;
    ac.c.reporterName = text.left(200);
    ac.advisory.vulnerabilities[0].products[0].product = text.left(500);
    ac.advisory.vulnerabilities[0].remediations[1].details = text;
    ac.advisory.vulnerabilities[0].description = text;
    ac.advisory.vulnerabilities[0].title = text.left(AdvisoryData::maxTitleChars);
    ac.advisory.acknowledgments[0].name = text.left(200);
    ac.advisory.revisions[1].summary = text;
    if (!ac.advisory.validate())
        QSKIP("the data itself is refused (as the Advisory tab would)");
    const auto csaf = CsafDocument::build({ac}, AdvisoryFixture::publisher(), csafOptions());
    QVERIFY2(csaf, qPrintable(csaf.error()));
    QVERIFY(QJsonDocument::fromJson(*csaf).isObject());
    QString problems = validate(*csaf, kCsafSchema, kCvssSchemas);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.left(2000)));
    const auto cve = CveRecord::build(ac, AdvisoryFixture::publisher(), {});
    QVERIFY2(cve, qPrintable(cve.error()));
    problems = validate(*cve, kCveSchema, {});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.left(2000)));
}

void TestAdvisoryExport::csvFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"Heap overflow"_s << u"Heap overflow"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line break") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("formula") << u"=HYPERLINK(\"http://evil\")"_s << u"\"'=HYPERLINK(\"\"http://evil\"\")\""_s;
    QTest::newRow("plus formula") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("negative number stays") << u"-5.5"_s << u"-5.5"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestAdvisoryExport::csvFields()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter({}).field(text), field);
}

void TestAdvisoryExport::csvFromModel()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({u"Tracking id"_s, u"Hidden"_s, u"Title"_s});
    model.setItem(0, 0, new QStandardItem(u"PSIRT-2026-0042"_s));
    model.setItem(0, 2, new QStandardItem(u"Überlauf, \"heap\""_s));
    model.setItem(1, 0, new QStandardItem(u"PSIRT-2026-0043"_s));
    model.setItem(1, 2, new QStandardItem(u"=1+1"_s));
    const QByteArray plain = CsvWriter({}).write(model, {0, 2});
    QCOMPARE(plain,
        QByteArray("Tracking id,Title\r\nPSIRT-2026-0042,\"\xC3\x9C"
                   "berlauf, \"\"heap\"\"\"\r\n"
                   "PSIRT-2026-0043,'=1+1\r\n"));
    CsvWriter::Options withBom;
    withBom.byteOrderMark = true;
    withBom.separator = u';';
    const QByteArray bom = CsvWriter(withBom).write(model, {0, 2});
    QVERIFY(bom.startsWith("\xEF\xBB\xBFTracking id;Title\r\n"));
    QVERIFY(bom.contains("PSIRT-2026-0042;\xC3\x9C"
                         "berlauf, \"\"heap\"\"\r\n")
        == false); // quoted: has a quote
    QVERIFY(bom.contains("PSIRT-2026-0042;\"\xC3\x9C"
                         "berlauf, \"\"heap\"\"\"\r\n"));
}

QTEST_GUILESS_MAIN(TestAdvisoryExport)
#include "tst_advisoryexport.moc"
