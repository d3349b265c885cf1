#include "Cli.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// A product-security analyst's day with the catalogue commands, in process (Cli::run with
// the output in strings): the product catalogue in and out (products), a release's SBOM and
// where a component is used (sbom, where-used), vulnerability records matched against it
// (feeds) and the alerts they raise turned into a case or dismissed (upstream). Every test
// starts from a fresh SQLite database in a temporary folder; the clock is fixed.
class TestCatalogCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void productsImportListExport();
    void malformedCatalogueChangesNothing();
    void sbomAndWhereUsed();
    void recordsRaiseAlertsThatBecomeCasesOrAreDismissed();
    void usageErrors_data();
    void usageErrors();

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Output cli(const QStringList &arguments);
    /// A fresh, migrated, closed SQLite database the commands can open.
    QString freshDatabase();
    /// A fresh database holding the catalogue of catalogueJson().
    QString catalogueDatabase();
    QString write(const QString &name, const QByteArray &bytes);
    static QString testData(const QString &relative)
    {
        return QStringLiteral(PSIRTDESK_TEST_DATA "/") + relative;
    }
    static QByteArray catalogueJson();
    static QByteArray ownSbom();
    /// products list, TSV, on the fixed day.
    static Output list(const QString &db)
    {
        return cli({u"products"_s, u"list"_s, u"-d"_s, db, u"--on"_s, u"2026-10-01"_s});
    }

    QTemporaryDir m_dir;
};

TestCatalogCommands::Output TestCatalogCommands::cli(const QStringList &arguments)
{
    Output o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    o.exitCode = Cli::run(QStringList {u"psirtdesk-cli"_s} + arguments, out, err);
    out.flush();
    err.flush();
    return o;
}

void TestCatalogCommands::initTestCase()
{
    TestSupport::isolate();
    // Tracking ids carry the year; the support status is judged on --on, not on today.
    Clock::setFixed(QDateTime(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::UTC));
    QVERIFY(m_dir.isValid());
}

QString TestCatalogCommands::freshDatabase()
{
    QString location;
    {
        const auto db = TestSupport::openFresh(Database::Backend::SQLite, m_dir, &location);
        if (!db)
            return {};
    }
    return location;
}

QString TestCatalogCommands::catalogueDatabase()
{
    const QString db = freshDatabase();
    if (db.isEmpty())
        return {};
    const QString file = write(u"catalogue.json"_s, catalogueJson());
    const Output o = cli({u"products"_s, u"import"_s, file, u"-d"_s, db});
    if (o.exitCode != ExitCode::Ok) {
        qWarning("products import: %s", qPrintable(o.err));
        return {};
    }
    return db;
}

QString TestCatalogCommands::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

// Two products: a cloud service (active, the product's purl filled in per release) and a
// residential gateway at end of life whose oldest firmware line is obsolete on its own.
QByteArray TestCatalogCommands::catalogueJson()
{
    return R"({"format": "psirtdesk-products", "version": 1, "products": [
  {"name": "Calix Support Cloud", "productLine": "Cloud", "vendor": "Calix", "lifecycle": "active",
   "cpe": "cpe:2.3:a:calix:support_cloud:*:*:*:*:*:*:*:*", "purl": "pkg:generic/calix/support-cloud",
   "releases": [
     {"version": "25.1", "releasedOn": "2025-01-15"},
     {"version": "25.2", "releasedOn": "2025-06-02", "purl": "pkg:npm/%40calix/support-cloud@25.2"}]},
  {"name": "GigaCenter 844G", "productLine": "Residential", "lifecycle": "end-of-life", "eolDate": "2026-03-01",
   "cpe": "cpe:2.3:h:calix:844g:*:*:*:*:*:*:*:*",
   "releases": [
     {"version": "11.1", "lifecycle": "obsolete", "eolDate": "2025-01-01", "obsoleteDate": "2025-06-01"},
     {"version": "12.2.13", "cpe": "cpe:2.3:o:calix:844g_firmware:12.2.13:*:*:*:*:*:*:*"}]}
]})"_ba;
}

// The SBOM of Calix Support Cloud 25.2: semver 7.5.1 (GHSA-c2qf-rxjj-qqgw, fixed in 7.5.2)
// and commons-text 1.9 (GHSA-599f-7c49-w659, fixed in 1.10.0), both direct.
QByteArray TestCatalogCommands::ownSbom()
{
    return R"({"bomFormat": "CycloneDX", "specVersion": "1.6",
  "metadata": {"component": {"bom-ref": "app", "type": "application", "name": "support-cloud", "version": "25.2"}},
  "components": [
    {"bom-ref": "semver", "type": "library", "name": "semver", "version": "7.5.1", "purl": "pkg:npm/semver@7.5.1"},
    {"bom-ref": "text", "type": "library", "group": "org.apache.commons", "name": "commons-text", "version": "1.9",
     "purl": "pkg:maven/org.apache.commons/commons-text@1.9"},
    {"bom-ref": "urllib3", "type": "library", "name": "urllib3", "version": "2.0.7", "purl": "pkg:pypi/urllib3@2.0.7"}
  ],
  "dependencies": [{"ref": "app", "dependsOn": ["semver", "text", "urllib3"]}]})"_ba;
}

// The list as the policy reads on 2026-10-01 with the default 12 months of security fixes.
static const QString kListed
    = u"Calix Support Cloud\t\tCloud\tActive\n"
      "Calix Support Cloud\t25.1\tCloud\tActive\t"
      "cpe:2.3:a:calix:support_cloud:25.1:*:*:*:*:*:*:*\tpkg:generic/calix/support-cloud@25.1\n"
      "Calix Support Cloud\t25.2\tCloud\tActive\t"
      "cpe:2.3:a:calix:support_cloud:25.2:*:*:*:*:*:*:*\tpkg:npm/%40calix/support-cloud@25.2\n"
      "GigaCenter 844G\t\tResidential\tEOL since 2026-03-01, security fixes until 2027-03-01\n"
      "GigaCenter 844G\t11.1\tResidential\tOBS since 2025-06-01, security fixes ended 2026-06-01\t"
      "cpe:2.3:h:calix:844g:11.1:*:*:*:*:*:*:*\t\n"
      "GigaCenter 844G\t12.2.13\tResidential\tEOL since 2026-03-01, security fixes until 2027-03-01\t"
      "cpe:2.3:o:calix:844g_firmware:12.2.13:*:*:*:*:*:*:*\t\n"_s;

void TestCatalogCommands::productsImportListExport()
{
    const QString db = freshDatabase();
    QVERIFY(!db.isEmpty());
    const QString file = write(u"catalogue.json"_s, catalogueJson());
    QVERIFY(!file.isEmpty());
    Output o = cli({u"products"_s, u"import"_s, file, u"--database"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(o.out, u"Imported 2 product(s), 4 release(s).\n"_s);
    QVERIFY(o.err.isEmpty());

    o = list(db);
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(o.out, kListed);
    // A year later the gateway's fixes have ended too.
    o = cli({u"products"_s, u"list"_s, u"-d"_s, db, u"--on"_s, u"2027-03-02"_s, u"--format"_s, u"json"_s});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    const QJsonArray products = QJsonDocument::fromJson(o.out.toUtf8()).array();
    QCOMPARE(products.size(), 2);
    const QJsonObject gateway = products.at(1).toObject();
    QCOMPARE(gateway.value(u"name"_s).toString(), u"GigaCenter 844G"_s);
    QCOMPARE(gateway.value(u"supported"_s).toBool(), false);
    QCOMPARE(
        gateway.value(u"status"_s).toString(), u"EOL since 2026-03-01, security fixes ended 2027-03-01"_s);
    QCOMPARE(gateway.value(u"securityFixesUntil"_s).toString(), u"2027-03-01"_s);
    QCOMPARE(gateway.value(u"releases"_s).toArray().size(), 2);
    QCOMPARE(products.at(0).toObject().value(u"supported"_s).toBool(), true);

    // Out as CSV and back in, into a fresh database and into the same one: the same list.
    const QString csv = m_dir.filePath(u"exported.csv"_s);
    o = cli({u"products"_s, u"export"_s, u"-d"_s, db, u"--format"_s, u"csv"_s, u"--out"_s, csv});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    QVERIFY2(csvBytes.startsWith("product,product_line,vendor,third_party,lifecycle,eol_date,"),
        csvBytes.constData());
    QCOMPARE(csvBytes.count('\n'), 5); // the header and one row per release
    const QString other = freshDatabase();
    QVERIFY(!other.isEmpty());
    o = cli({u"products"_s, u"import"_s, csv, u"-d"_s, other});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(o.out, u"Imported 2 product(s), 4 release(s).\n"_s);
    QCOMPARE(list(other).out, kListed);
    o = cli({u"products"_s, u"import"_s, csv, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(list(db).out, kListed);

    // JSON to standard output: the format the catalogue was written in, the same values.
    o = cli({u"products"_s, u"export"_s, u"-d"_s, other});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    const QJsonObject exported = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(exported.value(u"format"_s).toString(), u"psirtdesk-products"_s);
    const QJsonArray exportedProducts = exported.value(u"products"_s).toArray();
    QCOMPARE(exportedProducts.size(), 2);
    const QJsonObject exportedGateway = exportedProducts.at(1).toObject();
    QCOMPARE(exportedGateway.value(u"lifecycle"_s).toString(), u"end-of-life"_s);
    QCOMPARE(exportedGateway.value(u"eolDate"_s).toString(), u"2026-03-01"_s);
    const QJsonObject obsolete = exportedGateway.value(u"releases"_s).toArray().at(0).toObject();
    QCOMPARE(obsolete.value(u"version"_s).toString(), u"11.1"_s);
    QCOMPARE(obsolete.value(u"obsoleteDate"_s).toString(), u"2025-06-01"_s);
}

void TestCatalogCommands::malformedCatalogueChangesNothing()
{
    const QString db = catalogueDatabase();
    QVERIFY(!db.isEmpty());
    // The first product would change and a third would be added; the bad date comes last.
    QByteArray bad = catalogueJson();
    bad.replace("\"productLine\": \"Cloud\"", "\"productLine\": \"SaaS\"");
    bad.replace("\"obsoleteDate\": \"2025-06-01\"", "\"obsoleteDate\": \"2025-02-30\"");
    bad.replace("\n]}", ",\n  {\"name\": \"Axos E9\", \"releases\": [{\"version\": \"24.1\"}]}\n]}");
    const QString file = write(u"bad.json"_s, bad);
    QVERIFY(!file.isEmpty());
    Output o = cli({u"products"_s, u"import"_s, file, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY(o.out.isEmpty());
    QVERIFY2(o.err.contains(u"products[1].releases[0].obsoleteDate"_s), qPrintable(o.err));
    QVERIFY2(o.err.contains(u"“2025-02-30” is not a date"_s), qPrintable(o.err));
    QCOMPARE(list(db).out, kListed);

    // A JSON syntax error is placed by line and column.
    const QString broken
        = write(u"broken.json"_s, "{\"format\": \"psirtdesk-products\",\n \"products\": [}\n"_ba);
    o = cli({u"products"_s, u"import"_s, broken, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(u"line 2, column"_s), qPrintable(o.err));
    // And a CSV one by line.
    const QString badCsv = write(u"bad.csv"_s,
        "product,version,release_eol_date\nCalix Support Cloud,25.3,\nAxos E9,24.1,2026-13-01\n"_ba);
    o = cli({u"products"_s, u"import"_s, badCsv, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(u"line 3"_s), qPrintable(o.err));
    QVERIFY2(o.err.contains(u"2026-13-01"_s), qPrintable(o.err));
    QCOMPARE(list(db).out, kListed);
}

void TestCatalogCommands::sbomAndWhereUsed()
{
    const QString db = catalogueDatabase();
    QVERIFY(!db.isEmpty());
    const QString laravel = testData(u"sbom/laravel-7.12.0.cdx-1.4.json"_s);
    Output o = cli({u"sbom"_s, u"import"_s, u"Calix Support Cloud"_s, u"25.1"_s, laravel, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QVERIFY2(o.out.startsWith(u"Calix Support Cloud 25.1: CycloneDX"_s), qPrintable(o.out));
    QVERIFY2(o.out.endsWith(u" with 62 component(s)\n"_s), qPrintable(o.out));

    o = cli({u"sbom"_s, u"list"_s, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QStringList fields = lines.constFirst().split(u'\t');
    QCOMPARE(fields.size(), 7);
    QCOMPARE(fields.at(0), u"Calix Support Cloud"_s);
    QCOMPARE(fields.at(1), u"25.1"_s);
    QCOMPARE(fields.at(3), u"62"_s);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(fields.at(4)).hasMatch());
    QCOMPARE(fields.at(5), u"2026-10-01T09:00:00Z"_s);
    QCOMPARE(fields.at(6), u"tester"_s);

    // symfony/console comes in through laravel/framework, which the application requires.
    const QString console
        = u"Calix Support Cloud\t25.1\tsymfony/console\tv5.4.16\t3\tlaravel/framework v7.30.6\n"_s;
    o = cli({u"where-used"_s, u"pkg:composer/symfony/console"_s, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(o.out, console);
    // A version with or without Composer's "v", a name, a range that holds it.
    QCOMPARE(cli({u"where-used"_s, u"pkg:composer/symfony/console@5.4.16"_s, u"-d"_s, db}).out, console);
    QCOMPARE(cli({u"where-used"_s, u"pkg:composer/symfony/console@v5.4.16"_s, u"-d"_s, db}).out, console);
    QCOMPARE(cli({u"where-used"_s, u"symfony/console"_s, u"-d"_s, db}).out, console);
    o = cli({u"where-used"_s, u"pkg:composer/symfony/console"_s, u"--range"_s,
        u"vers:composer/>=5.0|<5.4.17"_s, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(o.out, console);
    // Not found is not an error.
    o = cli({u"where-used"_s, u"pkg:composer/symfony/console"_s, u"--range"_s, u"vers:composer/>=6.0"_s,
        u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Ok);
    QVERIFY(o.out.isEmpty());
    QCOMPARE(cli({u"where-used"_s, u"pkg:composer/symfony/console@5.4.17"_s, u"-d"_s, db}).out, QString());

    o = cli({u"where-used"_s, u"pkg:composer/symfony/console"_s, u"--range"_s, u"vers:composer/<5.4.17"_s,
        u"--format"_s, u"json"_s, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    const QJsonArray hits = QJsonDocument::fromJson(o.out.toUtf8()).array();
    QCOMPARE(hits.size(), 1);
    const QJsonObject hit = hits.at(0).toObject();
    QCOMPARE(hit.value(u"product"_s).toString(), u"Calix Support Cloud"_s);
    QCOMPARE(hit.value(u"release"_s).toString(), u"25.1"_s);
    QCOMPARE(hit.value(u"component"_s).toString(), u"symfony/console"_s);
    QCOMPARE(hit.value(u"version"_s).toString(), u"v5.4.16"_s);
    QCOMPARE(hit.value(u"purl"_s).toString(), u"pkg:composer/symfony/console@v5.4.16"_s);
    QCOMPARE(hit.value(u"depth"_s).toInt(), 3);
    QCOMPARE(hit.value(u"via"_s).toString(), u"laravel/framework v7.30.6"_s);

    // A malformed range is refused with the reason.
    o = cli({u"where-used"_s, u"pkg:composer/symfony/console"_s, u"--range"_s, u"<5"_s, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(u"vers:"_s), qPrintable(o.err));

    // A release the catalogue does not list gets no SBOM; nothing is stored.
    o = cli({u"sbom"_s, u"import"_s, u"Calix Support Cloud"_s, u"26.1"_s, laravel, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(u"26.1"_s), qPrintable(o.err));
    o = cli({u"sbom"_s, u"import"_s, u"Calix Cloud"_s, u"25.1"_s, laravel, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(u"“Calix Cloud” is not in the product catalogue"_s), qPrintable(o.err));
    QCOMPARE(cli({u"sbom"_s, u"list"_s, u"-d"_s, db}).out.count(u'\n'), 1);

    // The SPDX firmware SBOM on the gateway: two SBOMs listed; removing one forgets its components.
    o = cli({u"sbom"_s, u"import"_s, u"GigaCenter 844G"_s, u"12.2.13"_s,
        testData(u"sbom/spdx-2.3-firmware.spdx.json"_s), u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QVERIFY2(o.out.startsWith(u"GigaCenter 844G 12.2.13: SPDX"_s), qPrintable(o.out));
    QCOMPARE(cli({u"sbom"_s, u"list"_s, u"-d"_s, db}).out.count(u'\n'), 2);
    o = cli({u"sbom"_s, u"remove"_s, u"Calix Support Cloud"_s, u"25.1"_s, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(cli({u"where-used"_s, u"pkg:composer/symfony/console"_s, u"-d"_s, db}).out, QString());
    o = cli({u"sbom"_s, u"list"_s, u"-d"_s, db});
    QCOMPARE(o.out.count(u'\n'), 1);
    QVERIFY(o.out.startsWith(u"GigaCenter 844G\t12.2.13\t"_s));
    o = cli({u"sbom"_s, u"remove"_s, u"Calix Support Cloud"_s, u"25.1"_s, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(u"has no SBOM"_s), qPrintable(o.err));
}

void TestCatalogCommands::recordsRaiseAlertsThatBecomeCasesOrAreDismissed()
{
    const QString db = catalogueDatabase();
    QVERIFY(!db.isEmpty());
    const QString sbom = write(u"support-cloud-25.2.cdx.json"_s, ownSbom());
    QVERIFY(!sbom.isEmpty());
    Output o = cli({u"sbom"_s, u"import"_s, u"Calix Support Cloud"_s, u"25.2"_s, sbom, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(o.out, u"Calix Support Cloud 25.2: CycloneDX 1.6 with 3 component(s)\n"_s); // no records yet

    // Real records: semver and commons-text are in the SBOM; urllib3 2.0.7 is the fixed version.
    o = cli(
        {u"feeds"_s, u"import"_s, u"records"_s, testData(u"intel/GHSA-c2qf-rxjj-qqgw.json"_s), u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(o.out, u"osv: 1 record(s) imported, 1 new upstream alert(s)\n"_s);
    o = cli(
        {u"feeds"_s, u"import"_s, u"records"_s, testData(u"intel/GHSA-599f-7c49-w659.json"_s), u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(o.out, u"osv: 1 record(s) imported, 1 new upstream alert(s)\n"_s);
    o = cli(
        {u"feeds"_s, u"import"_s, u"records"_s, testData(u"intel/GHSA-g4mx-q9vg-27p4.json"_s), u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(o.out, u"osv: 1 record(s) imported\n"_s);
    // The same record again raises nothing new.
    o = cli(
        {u"feeds"_s, u"import"_s, u"records"_s, testData(u"intel/GHSA-c2qf-rxjj-qqgw.json"_s), u"-d"_s, db});
    QCOMPARE(o.out, u"osv: 1 record(s) imported\n"_s);
    // A file that holds no record is refused.
    const QString notARecord = write(u"not-a-record.json"_s, "{\"id\": \"GHSA-x\", \"affected\": [1, 2"_ba);
    o = cli({u"feeds"_s, u"import"_s, u"records"_s, notARecord, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(u"not-a-record.json"_s), qPrintable(o.err));

    o = cli({u"feeds"_s, u"status"_s, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    const QStringList feeds = o.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(feeds.size(), 1);
    QVERIFY2(feeds.constFirst().startsWith(u"osv\t"_s), qPrintable(o.out));
    QVERIFY2(feeds.constFirst().endsWith(u"\t2026-10-01T09:00:00Z\ttester"_s), qPrintable(o.out));

    // Open alerts: commons-text (critical) and semver, one row each, for release 25.2.
    o = cli({u"upstream"_s, u"list"_s, u"-d"_s, db, u"--format"_s, u"json"_s});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    const QJsonArray alerts = QJsonDocument::fromJson(o.out.toUtf8()).array();
    QCOMPARE(alerts.size(), 2);
    qint64 semverAlert = 0;
    qint64 textAlert = 0;
    for (const QJsonValue &v : alerts) {
        const QJsonObject a = v.toObject();
        QCOMPARE(a.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(a.value(u"releases"_s).toArray(), QJsonArray {u"Calix Support Cloud 25.2"_s});
        if (a.value(u"cve"_s).toString() == u"CVE-2022-25883") {
            semverAlert = a.value(u"id"_s).toInteger();
            QCOMPARE(a.value(u"record"_s).toString(), u"GHSA-c2qf-rxjj-qqgw"_s);
            QCOMPARE(a.value(u"component"_s).toString(), u"semver 7.5.1"_s);
            QCOMPARE(a.value(u"cvss"_s).toString(), u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L"_s);
        } else {
            QCOMPARE(a.value(u"cve"_s).toString(), u"CVE-2022-42889"_s);
            textAlert = a.value(u"id"_s).toInteger();
            QCOMPARE(a.value(u"component"_s).toString(), u"org.apache.commons/commons-text 1.9"_s);
        }
    }
    QVERIFY(semverAlert > 0);
    QVERIFY(textAlert > 0);
    o = cli({u"upstream"_s, u"list"_s, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QCOMPARE(o.out.count(u'\n'), 2);
    QVERIFY2(o.out.contains(
                 u"%1\tCVE-2022-25883\tsemver 7.5.1\tCalix Support Cloud 25.2\topen\t"_s.arg(semverAlert)),
        qPrintable(o.out));

    // A prefilled case from the semver alert, found again by list and show.
    o = cli({u"upstream"_s, u"case"_s, QString::number(semverAlert), u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    const Output after = cli({u"upstream"_s, u"list"_s, u"--all"_s, u"-d"_s, db, u"-f"_s, u"json"_s});
    qint64 caseId = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(after.out.toUtf8()).array()) {
        if (v.toObject().value(u"id"_s).toInteger() == semverAlert)
            caseId = v.toObject().value(u"case"_s).toInteger();
    }
    QVERIFY2(caseId > 0, qPrintable(after.out));
    // The analyst is told which case was opened: its number until a tracking id is issued
    // on acknowledgement.
    QCOMPARE(o.out, u"#%1\n"_s.arg(caseId));
    o = cli({u"list"_s, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    const QStringList cases = o.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(cases.size(), 2); // the header and the one case
    QVERIFY2(cases.at(1).contains(u"\tnew\t"_s), qPrintable(o.out));
    QVERIFY2(
        cases.at(1).contains(u"\tCalix Support Cloud\tCVE-2022-25883 in semver 7.5.1"_s), qPrintable(o.out));
    o = cli({u"show"_s, u"#%1"_s.arg(caseId), u"-d"_s, db, u"--format"_s, u"json"_s});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    const QJsonObject shown = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(shown.value(u"id"_s).toInteger(), caseId);
    QCOMPARE(shown.value(u"status"_s).toString(), u"new"_s);
    QCOMPARE(shown.value(u"channel"_s).toString(), u"internal"_s);
    QCOMPARE(shown.value(u"product"_s).toString(), u"Calix Support Cloud"_s);
    QCOMPARE(shown.value(u"product_version"_s).toString(), u"25.2"_s);
    QCOMPARE(shown.value(u"reporter_name"_s).toString(), u"Upstream: GHSA-c2qf-rxjj-qqgw"_s);
    QCOMPARE(shown.value(u"cvss_vector"_s).toString(), u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L"_s);
    QCOMPARE(shown.value(u"cvss_score"_s).toDouble(), 5.3);
    // Decided once.
    o = cli({u"upstream"_s, u"case"_s, QString::number(semverAlert), u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(u"already"_s), qPrintable(o.err));

    // The commons-text alert dismissed with a VEX justification; a wrong one is a usage error.
    o = cli({u"upstream"_s, u"dismiss"_s, QString::number(textAlert), u"not_affected"_s, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Usage);
    QVERIFY2(o.err.contains(u"--help"_s), qPrintable(o.err));
    o = cli(
        {u"upstream"_s, u"dismiss"_s, QString::number(textAlert), u"vulnerable_code_not_in_execute_path"_s,
            u"--note"_s, u"StringSubstitutor is never given user input."_s, u"-d"_s, db});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
    o = cli(
        {u"upstream"_s, u"dismiss"_s, QString::number(textAlert), u"component_not_present"_s, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(u"already"_s), qPrintable(o.err));
    o = cli({u"upstream"_s, u"dismiss"_s, u"99999"_s, u"component_not_present"_s, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(u"99999"_s), qPrintable(o.err));

    // Nothing open any more; --all shows both decisions.
    o = cli({u"upstream"_s, u"list"_s, u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Ok);
    QVERIFY2(o.out.isEmpty(), qPrintable(o.out));
    o = cli({u"upstream"_s, u"list"_s, u"--all"_s, u"-d"_s, db, u"-f"_s, u"json"_s});
    QCOMPARE(o.exitCode, ExitCode::Ok);
    const QJsonArray decided = QJsonDocument::fromJson(o.out.toUtf8()).array();
    QCOMPARE(decided.size(), 2);
    for (const QJsonValue &v : decided) {
        const QJsonObject a = v.toObject();
        if (a.value(u"id"_s).toInteger() == semverAlert) {
            QCOMPARE(a.value(u"state"_s).toString(), u"case"_s);
            QCOMPARE(a.value(u"case"_s).toInteger(), shown.value(u"id"_s).toInteger());
        } else {
            QCOMPARE(a.value(u"state"_s).toString(), u"dismissed"_s);
            QCOMPARE(a.value(u"justification"_s).toString(), u"vulnerable_code_not_in_execute_path"_s);
        }
    }
}

void TestCatalogCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("products frobnicate")
        << QStringList {u"products"_s, u"frobnicate"_s} << u"list, import or export"_s;
    QTest::newRow("products import without a file")
        << QStringList {u"products"_s, u"import"_s} << u"catalogue file"_s;
    QTest::newRow("products list --on a non-date")
        << QStringList {u"products"_s, u"list"_s, u"--on"_s, u"tomorrow"_s} << u"--on"_s;
    QTest::newRow("products export as tsv")
        << QStringList {u"products"_s, u"export"_s, u"--format"_s, u"tsv"_s} << u"tsv"_s;
    QTest::newRow("where-used without a query") << QStringList {u"where-used"_s} << u"package URL"_s;
    QTest::newRow("where-used two queries")
        << QStringList {u"where-used"_s, u"semver"_s, u"lodash"_s} << u"package URL"_s;
    QTest::newRow("sbom import without a file") << QStringList {u"sbom"_s, u"import"_s,
        u"Calix Support Cloud"_s, u"25.1"_s} << u"import PRODUCT RELEASE FILE"_s;
    QTest::newRow("feeds import nvd")
        << QStringList {u"feeds"_s, u"import"_s, u"nvd"_s, u"x.json"_s} << u"kev|epss|records"_s;
    QTest::newRow("upstream case without a number")
        << QStringList {u"upstream"_s, u"case"_s, u"semver"_s} << u"case ID"_s;
    QTest::newRow("upstream dismiss without a justification")
        << QStringList {u"upstream"_s, u"dismiss"_s, u"1"_s} << u"dismiss ID JUSTIFICATION"_s;
}

// Refused before anything is opened or read, with a pointer to --help.
void TestCatalogCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString db = freshDatabase();
    QVERIFY(!db.isEmpty());
    const Output o = cli(arguments + QStringList {u"-d"_s, db});
    QCOMPARE(o.exitCode, ExitCode::Usage);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY2(
        o.err.contains(u"Run “psirtdesk-cli %1 --help”"_s.arg(arguments.constFirst())), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogCommands)
#include "tst_catalogcommands.moc"
