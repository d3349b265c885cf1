#include "AdvisoryFixture.h"
#include "TestSupport.h"
#include "export/CsafDocument.h"
#include "export/CsvWriter.h"
#include "export/CveRecord.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
// defined once, one status per product, the version is the last revision, consent respected.
void TestAdvisoryExport::csafStructure()
{
    const auto json
        = CsafDocument::build({AdvisoryFixture::sampleCase()}, AdvisoryFixture::publisher(), csafOptions());
    QVERIFY(json);
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
    QCOMPARE(defined.size(), 4);
    const QJsonArray vulnerabilities = root.value(u"vulnerabilities"_s).toArray();
    QCOMPARE(vulnerabilities.size(), 2); // one per CVE
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
        QCOMPARE(status.value(u"known_affected"_s).toArray().size(), 1);
        QCOMPARE(status.value(u"fixed"_s).toArray().size(), 1);
        const QJsonObject cvss
            = v.toObject().value(u"scores"_s).toArray().at(0).toObject().value(u"cvss_v3"_s).toObject();
        QCOMPARE(cvss.value(u"attackVector"_s).toString(), u"NETWORK"_s);
        QCOMPARE(cvss.value(u"baseSeverity"_s).toString(), u"CRITICAL"_s);
    }
    const QString text = QString::fromUtf8(*json);
    QVERIFY(text.contains(u"Ada Okafor"_s)); // the reporter consented to credit
    QVERIFY(text.contains(u"Jonas Weber"_s));
    QVERIFY(!text.contains(u"Someone Private"_s)); // no consent: not named
    QVERIFY(!text.contains(u"ada.okafor@example.org"_s)); // never an address
    const QJsonObject tracking = root.value(u"document"_s).toObject().value(u"tracking"_s).toObject();
    QCOMPARE(tracking.value(u"version"_s).toString(), u"2"_s);
    QCOMPARE(tracking.value(u"current_release_date"_s).toString(), u"2026-09-02T09:00:00Z"_s);
}

void TestAdvisoryExport::cveGolden()
{
    CveRecord::Options options;
    options.published = QDateTime(QDate(2026, 8, 20), QTime(9, 0), QTimeZone::UTC);
    const auto json = CveRecord::build(AdvisoryFixture::sampleCase(), AdvisoryFixture::publisher(), options);
    QVERIFY2(json, qPrintable(json.error()));
    compareGolden(*json, u"cve-record.json"_s);
    const QString problems = validate(*json, kCveSchema, {});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QByteArray broken = *json;
    broken.replace("\"state\": \"PUBLISHED\"", "\"state\": \"SECRET\"");
    QVERIFY(broken != *json);
    QVERIFY(!validate(broken, kCveSchema, {}).isEmpty());

    options.cveId = u"CVE-2026-31338"_s;
    const auto second
        = CveRecord::build(AdvisoryFixture::sampleCase(), AdvisoryFixture::publisher(), options);
    QVERIFY(second);
    QVERIFY(second->contains("\"cveId\": \"CVE-2026-31338\""));
}

void TestAdvisoryExport::cveRefusals()
{
    AdvisoryCase noCve = AdvisoryFixture::sampleCase();
    noCve.advisory.cves.clear();
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
    ac.advisory.products[0].product = text.left(500);
    ac.advisory.remediations[1].details = text;
    ac.advisory.acknowledgments[0].organization = text.left(200);
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
