#include "TestSupport.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `psirtdesk-cli export` run as scripts run it, on a demo database; PDFs read back with
// poppler as a product team's reader would.
class TestExportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfReport();
    void pdfRefusesBadArguments_data();
    void pdfRefusesBadArguments();
    void csafAndCveOfDemoCases();
    void csvOfTheInbox();
    void queueReport();

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Output run(const QString &program, const QStringList &arguments);
    Output cli(const QStringList &arguments) const
    {
        return run(QStringLiteral(PSIRTDESK_CLI), QStringList {u"export"_s} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_trackingId; // an acknowledged demo case
};

TestExportCommand::Output TestExportCommand::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    Output o;
    if (!p.waitForFinished(120000))
        return o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

void TestExportCommand::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.sqlite"_s);
    const Output demo = run(QStringLiteral(PSIRTDESK_CLI),
        {u"demo"_s, u"--out"_s, m_db, u"--cases"_s, u"60"_s, u"--seed"_s, u"7"_s, u"--now"_s,
            u"2026-12-01T09:00:00Z"_s}); // the same demo on every day the suite runs
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    Database db;
    QVERIFY(db.open(m_db).ok());
    CaseStore store(db);
    const auto rows = store.inboxRows();
    QVERIFY(rows);
    for (const InboxRow &row : *rows) {
        if (!row.trackingId.isEmpty()) {
            m_trackingId = row.trackingId;
            break;
        }
    }
    QVERIFY(!m_trackingId.isEmpty());
}

void TestExportCommand::pdfReport()
{
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    const Output o
        = cli({u"pdf"_s, m_trackingId, u"--database"_s, m_db, u"--out"_s, pdf, u"--tlp"_s, u"red"_s});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QRegularExpression wrote(u"\\((\\d+) page"_s);
    const QRegularExpressionMatch m = wrote.match(o.out);
    QVERIFY2(m.hasMatch(), qPrintable(o.out));
    const int pages = m.captured(1).toInt();
    QVERIFY(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        const QString n = QString::number(page);
        const Output text = run(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(u"TLP:RED"_s), page == 1 ? 3 : 2);
        QVERIFY(text.out.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
        if (page == 1)
            QVERIFY(text.out.contains(m_trackingId));
    }
}

void TestExportCommand::pdfRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown TLP") << QStringList {u"pdf"_s, u"1"_s, u"--tlp"_s, u"purple"_s} << 2
                                 << u"Unknown TLP label"_s;
    QTest::newRow("no such case") << QStringList {u"pdf"_s, u"PSIRT-1999-9999"_s} << 1
                                  << u"PSIRT-1999-9999"_s;
    QTest::newRow("two cases") << QStringList {u"pdf"_s, u"1"_s, u"2"_s} << 2 << u"exactly one"_s;
    QTest::newRow("unknown format") << QStringList {u"docx"_s, u"1"_s} << 2 << u"Unknown format"_s;
}

void TestExportCommand::pdfRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString pdf = m_dir.filePath(u"refused.pdf"_s);
    const Output o = cli(arguments + QStringList {u"--database"_s, m_db, u"--out"_s, pdf});
    QCOMPARE(o.exitCode, exitCode);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY(!QFile::exists(pdf));
}

// The demo's fixed cases carry advisory data: their CSAF and CVE records validate against
// the published schemas (python3-jsonschema, offline).
void TestExportCommand::csafAndCveOfDemoCases()
{
    Database db;
    QVERIFY(db.open(m_db).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT case_id FROM case_advisories WHERE data LIKE '%CVE-%' AND data LIKE "
                   "'%\"revisions\":[{%' ORDER BY case_id"_s));
    QStringList ids;
    while (q.next() && ids.size() < 3)
        ids.append(q.value(0).toString());
    QVERIFY2(ids.size() >= 2, "the demo has too few published cases with a CVE id");
    QVERIFY(q.exec(
        u"SELECT case_id FROM case_advisories WHERE data NOT LIKE '%\"revisions\":[{%' ORDER BY case_id"_s));
    QVERIFY(q.next());
    const QString unpublished = q.value(0).toString();
    db.close();

    // Not published yet: refused as final, written as a draft with the TLP asked for.
    const QString draft = m_dir.filePath(u"draft.json"_s);
    Output refused = cli({u"csaf"_s, unpublished, u"--database"_s, m_db, u"--out"_s, draft});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"no published revision"_s), qPrintable(refused.err));
    refused = cli({u"csaf"_s, unpublished, u"--status"_s, u"draft"_s, u"--tlp"_s, u"amber"_s, u"--database"_s,
        m_db, u"--out"_s, draft});
    QVERIFY2(refused.exitCode == 0, qPrintable(refused.err));
    QFile written(draft);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray draftJson = written.readAll();
    QVERIFY(draftJson.contains("\"label\": \"AMBER\""));
    QVERIFY(draftJson.contains("\"status\": \"draft\""));

    const QString csaf = m_dir.filePath(u"advisory.json"_s);
    Output o = cli(QStringList {u"csaf"_s} + ids + QStringList {u"--database"_s, m_db, u"--out"_s, csaf});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QString schemas = QStringLiteral(PSIRTDESK_SOURCE_DIR "/tests/data/csaf/");
    const QString validator = QStringLiteral(PSIRTDESK_SOURCE_DIR "/tests/models/export/validate_json.py");
    o = run(u"python3"_s,
        {validator, schemas + u"csaf_json_schema.json"_s, u"--ref"_s, schemas + u"cvss-v2.0.json"_s,
            u"--ref"_s, schemas + u"cvss-v3.0.json"_s, u"--ref"_s, schemas + u"cvss-v3.1.json"_s, csaf});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));

    // The same cases as a VEX document, valid against the same schema.
    const QString vex = m_dir.filePath(u"vex.json"_s);
    o = cli(QStringList {u"csaf"_s} + ids
        + QStringList {u"--profile"_s, u"vex"_s, u"--database"_s, m_db, u"--out"_s, vex});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QFile vexFile(vex);
    QVERIFY(vexFile.open(QIODevice::ReadOnly));
    QVERIFY(vexFile.readAll().contains("\"category\": \"csaf_vex\""));
    o = run(u"python3"_s,
        {validator, schemas + u"csaf_json_schema.json"_s, u"--ref"_s, schemas + u"cvss-v2.0.json"_s,
            u"--ref"_s, schemas + u"cvss-v3.0.json"_s, u"--ref"_s, schemas + u"cvss-v3.1.json"_s, vex});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    // A VEX for one product, from every published advisory that names it.
    QString productName;
    {
        Database named;
        QVERIFY(named.open(m_db).ok());
        QSqlQuery product(named.connection());
        QVERIFY(
            product.exec(u"SELECT product FROM cases WHERE id = %1"_s.arg(ids.constFirst().toLongLong())));
        QVERIFY(product.next());
        productName = product.value(0).toString();
    }
    o = cli({u"csaf"_s, u"--product"_s, productName, u"--database"_s, m_db, u"--out"_s, vex});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QFile productVex(vex);
    QVERIFY(productVex.open(QIODevice::ReadOnly));
    const QByteArray productJson = productVex.readAll();
    QVERIFY(productJson.contains("\"category\": \"csaf_vex\""));
    QVERIFY(QString::fromUtf8(productJson).contains(u"VEX for "_s + productName));
    o = cli(
        {u"csaf"_s, ids.constFirst(), u"--product"_s, productName, u"--database"_s, m_db, u"--out"_s, vex});
    QCOMPARE(o.exitCode, 1);
    o = cli({u"csaf"_s, ids.constFirst(), u"--profile"_s, u"sbom"_s, u"--database"_s, m_db, u"--out"_s, vex});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"Unknown profile"_s), qPrintable(o.err));

    const QString cve = m_dir.filePath(u"cve.json"_s);
    o = cli({u"cve"_s, ids.constFirst(), u"--database"_s, m_db, u"--out"_s, cve});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    o = run(u"python3"_s,
        {validator, QStringLiteral(PSIRTDESK_TEST_DATA "/cve-schema/CVE_Record_Format_bundled.json"), cve});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));

    o = cli(
        {u"cve"_s, ids.constFirst(), u"--cve"_s, u"CVE-1999-0001"_s, u"--database"_s, m_db, u"--out"_s, cve});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(o.err.contains(u"CVE-1999-0001"_s));
}

void TestExportCommand::csvOfTheInbox()
{
    Output o = cli({u"csv"_s, u"--database"_s, m_db, u"--out"_s, u"-"_s, u"--all"_s});
    QCOMPARE(o.exitCode, 0);
    const QStringList lines = o.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 61); // the header and every demo case
    QVERIFY(lines.constFirst().startsWith(u"Tracking ID,Received,Severity"_s));
    QVERIFY(o.out.contains(m_trackingId));

    const QString file = m_dir.filePath(u"open.csv"_s);
    o = cli({u"csv"_s, u"--database"_s, m_db, u"--out"_s, file, u"--bom"_s, u"--separator"_s, u";"_s});
    QCOMPARE(o.exitCode, 0);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFTracking ID;Received;"));
    QVERIFY(bytes.count("\r\n") < 61); // open cases only

    QCOMPARE(cli({u"csv"_s, u"--database"_s, m_db, u"--out"_s, file, u"--separator"_s, u"|"_s}).exitCode, 1);
}

// The management report: every band of the queue and every dashboard figure, TLP marked.
void TestExportCommand::queueReport()
{
    const QString pdf = m_dir.filePath(u"queue.pdf"_s);
    Output o = cli({u"queue"_s, u"--database"_s, m_db, u"--out"_s, pdf, u"--tlp"_s, u"amber+strict"_s,
        u"--days"_s, u"0"_s});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    o = run(u"pdfinfo"_s, {pdf});
    const QRegularExpression pagesLine(u"Pages:\\s+(\\d+)"_s);
    const int pages = pagesLine.match(o.out).captured(1).toInt();
    QVERIFY(pages >= 2);
    QString all;
    for (int page = 1; page <= pages; ++page) {
        const QString n = QString::number(page);
        const Output text = run(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s});
        QCOMPARE(text.out.count(u"TLP:AMBER+STRICT"_s), page == 1 ? 3 : 2);
        all += text.out;
    }
    for (const QString &expected : {u"Severity queue"_s, u"Breached"_s, u"Open cases by severity"_s,
             u"SLA compliance per month"_s, u"Time to milestone"_s, u"Intake per month by product"_s})
        QVERIFY2(all.contains(expected), qPrintable(expected));
    QVERIFY(all.contains(QRegularExpression(u"PSIRT-20\\d\\d-\\d{4} — "_s))); // the queue's cases
    QCOMPARE(cli({u"queue"_s, u"--database"_s, m_db, u"--out"_s, pdf, u"--days"_s, u"soon"_s}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
