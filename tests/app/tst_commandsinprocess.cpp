#include "Cli.h"
#include "DatabaseCommand.h"
#include "MailCorpus.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceSettings.h"
#include "correspondence/CorrespondenceStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Every command family of the psirtdesk_cli library run in process, as the executable runs
// it (Cli::run) but with the output in strings: the same exit statuses, the same output, and
// the one meaning of --database for every command that takes it.
class TestCommandsInProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsCommandsAndExitStatuses();
    void unknownCommandIsAUsageError();
    void everyCommandHasHelp();
    void missingDatabaseIsRefusedByEveryCommand_data();
    void missingDatabaseIsRefusedByEveryCommand();
    void listAndShow();
    void sla();
    void cvss();
    void deadlines();
    void reply();
    void importCreatesTheDatabase();
    void evidence();
    void exports();

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Output cli(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_trackingId;
};

TestCommandsInProcess::Output TestCommandsInProcess::cli(const QStringList &arguments)
{
    Output o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    o.exitCode = Cli::run(QStringList {u"psirtdesk-cli"_s} + arguments, out, err);
    out.flush();
    err.flush();
    return o;
}

void TestCommandsInProcess::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.sqlite"_s);
    const Output demo = cli({u"demo"_s, u"--out"_s, m_db, u"--cases"_s, u"40"_s, u"--seed"_s, u"3"_s,
        u"--now"_s, u"2026-11-23T12:00:00Z"_s});
    QVERIFY2(demo.exitCode == ExitCode::Ok, qPrintable(demo.err));
    QVERIFY(demo.out.contains(u"Wrote 40 demo cases"_s));
    QVERIFY(QFileInfo(m_db).isFile());
    const Output again = cli({u"demo"_s, u"--out"_s, m_db, u"--cases"_s, u"5"_s});
    QCOMPARE(again.exitCode, ExitCode::Failure); // exists; --force would replace it

    Database db;
    QVERIFY(db.open(m_db).ok());
    const auto rows = CaseStore(db).inboxRows();
    QVERIFY(rows.ok());
    for (const InboxRow &row : *rows) {
        if (!row.trackingId.isEmpty()) {
            m_trackingId = row.trackingId;
            break;
        }
    }
    QVERIFY(!m_trackingId.isEmpty());
}

void TestCommandsInProcess::helpListsCommandsAndExitStatuses()
{
    const Output o = cli({u"--help"_s});
    QCOMPARE(o.exitCode, ExitCode::Ok);
    for (const auto &command : Cli::commands())
        QVERIFY2(o.out.contains(u"  "_s + command->name()), qPrintable(command->name()));
    QVERIFY(o.out.contains(Command::exitCodeHelp()));
    QCOMPARE(cli({}).exitCode, ExitCode::Usage);
}

void TestCommandsInProcess::unknownCommandIsAUsageError()
{
    const Output o = cli({u"frobnicate"_s});
    QCOMPARE(o.exitCode, ExitCode::Usage);
    QVERIFY(o.err.contains(u"frobnicate"_s));
    QVERIFY(o.out.isEmpty());
}

void TestCommandsInProcess::everyCommandHasHelp()
{
    for (const auto &command : Cli::commands()) {
        const Output o = cli({command->name(), u"--help"_s});
        QCOMPARE(o.exitCode, ExitCode::Ok);
        QVERIFY2(o.out.startsWith(u"Usage: psirtdesk-cli "_s + command->name()), qPrintable(o.out));
        QVERIFY2(o.out.contains(Command::exitCodeHelp()), qPrintable(command->name()));
        QVERIFY(o.err.isEmpty());
    }
    const Output pdf = cli({u"export"_s, u"pdf"_s, u"--help"_s});
    QCOMPARE(pdf.exitCode, ExitCode::Ok);
    QVERIFY2(pdf.out.startsWith(u"Usage: psirtdesk-cli export pdf [options] ID\n"_s), qPrintable(pdf.out));
    QVERIFY(pdf.out.contains(u"--database"_s));
    QVERIFY(pdf.out.contains(u"--tlp"_s));
}

// "Must exist" means the same in every command that opens a database: a missing SQLite file
// is refused (exit 1) and not created.
void TestCommandsInProcess::missingDatabaseIsRefusedByEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("list") << QStringList {u"list"_s};
    QTest::newRow("show") << QStringList {u"show"_s, u"1"_s};
    QTest::newRow("deadlines") << QStringList {u"deadlines"_s};
    QTest::newRow("sla") << QStringList {u"sla"_s, u"--list"_s};
    QTest::newRow("reply") << QStringList {
        u"reply"_s, u"1"_s, u"--template"_s, u"status-update"_s, u"--out"_s, m_dir.filePath(u"x.eml"_s)};
    QTest::newRow("evidence") << QStringList {u"evidence"_s, u"list"_s, u"1"_s};
    QTest::newRow("export pdf") << QStringList {u"export"_s, u"pdf"_s, u"1"_s, u"--out"_s, u"-"_s};
    QTest::newRow("export queue") << QStringList {u"export"_s, u"queue"_s, u"--out"_s, u"-"_s};
    QTest::newRow("export csaf") << QStringList {u"export"_s, u"csaf"_s, u"1"_s, u"--out"_s, u"-"_s};
    QTest::newRow("export cve") << QStringList {u"export"_s, u"cve"_s, u"1"_s, u"--out"_s, u"-"_s};
    QTest::newRow("export csv") << QStringList {u"export"_s, u"csv"_s, u"--out"_s, u"-"_s};
}

void TestCommandsInProcess::missingDatabaseIsRefusedByEveryCommand()
{
    QFETCH(QStringList, arguments);
    const QString missing = m_dir.filePath(u"typo.sqlite"_s);
    qputenv("PSIRTDESK_EVIDENCE_PASSPHRASE", "never used");
    const Output o = cli(arguments + QStringList {u"--database"_s, missing});
    qunsetenv("PSIRTDESK_EVIDENCE_PASSPHRASE");
    QCOMPARE(o.exitCode, ExitCode::Failure);
    QVERIFY2(o.err.contains(missing), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));

    // And without --database at all it is a usage error that names the option.
    const Output none = cli(arguments);
    QCOMPARE(none.exitCode, arguments.constFirst() == u"sla" ? ExitCode::Ok : ExitCode::Usage);
    if (arguments.constFirst() != u"sla")
        QVERIFY2(none.err.contains(u"--database"_s), qPrintable(none.err));
}

void TestCommandsInProcess::listAndShow()
{
    const Output tsv = cli({u"list"_s, u"-d"_s, m_db});
    QCOMPARE(tsv.exitCode, ExitCode::Ok);
    const QStringList lines = tsv.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 41);
    QVERIFY(lines.constFirst().startsWith(u"tracking_id\treceived\tstatus"_s));

    const Output json
        = cli({u"list"_s, u"--database"_s, m_db, u"--format"_s, u"json"_s, u"--status"_s, u"open"_s});
    QCOMPARE(json.exitCode, ExitCode::Ok);
    const QJsonArray open = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY(!open.isEmpty());
    QVERIFY(open.size() < 40);
    QCOMPARE(cli({u"list"_s, u"--database"_s, m_db, u"--status"_s, u"bogus"_s}).exitCode, ExitCode::Usage);

    // show finds a case the way every command does (CliSupport::resolveCase): tracking id in
    // any letter case, number, or #number.
    const Output byTrackingId
        = cli({u"show"_s, m_trackingId.toLower(), u"--database"_s, m_db, u"-f"_s, u"json"_s});
    QCOMPARE(byTrackingId.exitCode, ExitCode::Ok);
    const QJsonObject shown = QJsonDocument::fromJson(byTrackingId.out.toUtf8()).object();
    QCOMPARE(shown.value(u"tracking_id"_s).toString(), m_trackingId);
    const QString number = QString::number(shown.value(u"id"_s).toInteger());
    const Output byHash = cli({u"show"_s, u'#' + number, u"--database"_s, m_db});
    QCOMPARE(byHash.exitCode, ExitCode::Ok);
    QVERIFY(byHash.out.contains(m_trackingId));
    const Output unknown = cli({u"show"_s, u"PSIRT-1999-9999"_s, u"--database"_s, m_db});
    QCOMPARE(unknown.exitCode, ExitCode::Failure);
    QVERIFY(unknown.err.contains(u"PSIRT-1999-9999"_s));
}

void TestCommandsInProcess::sla()
{
    const Output o = cli({u"sla"_s, u"--policy"_s, u"iso29147-5-15-90"_s, u"--calendar"_s, u"US"_s, u"--tz"_s,
        u"UTC"_s, u"--received"_s, u"2026-07-01T10:00:00Z"_s, u"--now"_s, u"2026-07-01T11:00:00Z"_s});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QCOMPARE(line.split(u'\t').size(), 3);
    const Output listed = cli({u"sla"_s, u"--list"_s, u"--database"_s, m_db});
    QCOMPARE(listed.exitCode, ExitCode::Ok);
    QVERIFY(listed.out.contains(u"policy\tiso29147-5-15-90"_s));
    QCOMPARE(cli({u"sla"_s, u"--policy"_s, u"nope"_s}).exitCode, ExitCode::Usage);
}

void TestCommandsInProcess::cvss()
{
    const Output o = cli({u"cvss"_s, u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"_s});
    QCOMPARE(o.exitCode, ExitCode::Ok);
    QCOMPARE(o.out, u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\t9.8\tCritical\n"_s);
    const Output invalid = cli({u"cvss"_s, u"--json"_s, u"CVSS:3.1/AV:X"_s});
    QCOMPARE(invalid.exitCode, ExitCode::Failure);
    QCOMPARE(QJsonDocument::fromJson(invalid.out.toUtf8()).object().value(u"valid"_s).toBool(true), false);
    QCOMPARE(cli({u"cvss"_s}).exitCode, ExitCode::Usage);
}

void TestCommandsInProcess::deadlines()
{
    const Output all = cli({u"deadlines"_s, u"--database"_s, m_db, u"--now"_s, u"2026-11-23T12:00:00Z"_s});
    QVERIFY2(all.exitCode == ExitCode::Ok, qPrintable(all.err));
    QVERIFY(!all.out.isEmpty());
    const Output one = cli({u"deadlines"_s, u"--database"_s, m_db, u"--case"_s, m_trackingId, u"--format"_s,
        u"json"_s, u"--now"_s, u"2026-11-23T12:00:00Z"_s});
    QCOMPARE(one.exitCode, ExitCode::Ok);
    for (const QJsonValue &v : QJsonDocument::fromJson(one.out.toUtf8()).array())
        QCOMPARE(v.toObject().value(u"trackingId"_s).toString(), m_trackingId);
    // --now fixed the models' clock for the run only.
    QVERIFY(qAbs(Clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 600);
    const Output unknown = cli({u"deadlines"_s, u"--database"_s, m_db, u"--case"_s, u"PSIRT-1999-9999"_s});
    QCOMPARE(unknown.exitCode, ExitCode::Failure);
    QVERIFY(unknown.err.contains(u"PSIRT-1999-9999"_s));
}

void TestCommandsInProcess::reply()
{
    const QString location = m_dir.filePath(u"reply.sqlite"_s);
    qint64 caseId = 0;
    {
        Database db;
        QVERIFY(db.open(location).ok());
        CaseStore store(db);
        NewReport report = TestSupport::minimalReport(u"Overflow"_s);
        report.reporterEmail = u"ada@example.org"_s;
        caseId = *store.createCase(report);
        CorrespondenceSettings settings;
        settings.teamAddress = u"psirt@example.com"_s;
        settings.teamName = u"Example PSIRT"_s;
        TeamSettings team(db);
        QVERIFY(settings.save(team).ok());
    }
    const QString eml = m_dir.filePath(u"status.eml"_s);
    const Output o = cli({u"reply"_s, QString::number(caseId), u"--template"_s, u"status-update"_s,
        u"--out"_s, eml, u"--no-sign"_s, u"--database"_s, location});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QVERIFY(o.out.contains(u"not signed"_s));
    QFile file(eml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("To: "));
    Database db;
    QVERIFY(db.open(location).ok());
    CaseStore store(db);
    QCOMPARE(CorrespondenceStore(db, store.auditLog()).messages(caseId)->size(), 1);
    QCOMPARE(cli({u"reply"_s, u"1"_s, u"--template"_s, u"../x"_s, u"--out"_s, eml, u"--database"_s, location})
                 .exitCode,
        ExitCode::Usage);
}

// import is the one command that makes a missing SQLite database (IfMissing::Create).
void TestCommandsInProcess::importCreatesTheDatabase()
{
    using namespace MailCorpus;
    const QString message = writeFile(m_dir.filePath(u"report.eml"_s), plain(Headers {}, reportBody()));
    QVERIFY(!message.isEmpty());
    const QString location = m_dir.filePath(u"intake.sqlite"_s);
    QVERIFY(!QFileInfo::exists(location));
    const Output o = cli({u"import"_s, u"--database"_s, location, message});
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    QVERIFY2(o.out.contains(u"imported as new report #1"_s), qPrintable(o.out));
    QVERIFY(o.err.contains(u"1 new reports"_s));
    const Output again = cli({u"import"_s, u"--database"_s, location, message});
    QCOMPARE(again.exitCode, ExitCode::Ok);
    QVERIFY(again.out.contains(u"duplicate"_s));
    QCOMPARE(cli({u"import"_s, u"--database"_s, location}).exitCode, ExitCode::Usage);
}

void TestCommandsInProcess::evidence()
{
    const QString location = m_dir.filePath(u"evidence.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(location).ok());
        QVERIFY(CaseStore(db).createCase(TestSupport::minimalReport(u"With evidence"_s)).ok());
    }
    const QString poc = MailCorpus::writeFile(m_dir.filePath(u"poc.txt"_s), "proof of concept\n");
    qputenv("PSIRTDESK_EVIDENCE_PASSPHRASE", "correct horse battery staple");
    const QStringList db {u"--database"_s, location};
    Output o = cli(QStringList {u"evidence"_s, u"init"_s} + db);
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    o = cli(QStringList {u"evidence"_s, u"add"_s, u"#1"_s, poc} + db);
    QVERIFY2(o.exitCode == ExitCode::Ok, qPrintable(o.err));
    o = cli(QStringList {u"evidence"_s, u"list"_s, u"1"_s, u"--format"_s, u"json"_s} + db);
    QCOMPARE(o.exitCode, ExitCode::Ok);
    QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).array().size(), 1);
    o = cli(QStringList {u"evidence"_s, u"verify"_s} + db);
    QCOMPARE(o.exitCode, ExitCode::Ok);
    QVERIFY(o.out.isEmpty());
    qunsetenv("PSIRTDESK_EVIDENCE_PASSPHRASE");
    QCOMPARE(cli(QStringList {u"evidence"_s} + db).exitCode, ExitCode::Usage);
}

void TestCommandsInProcess::exports()
{
    // To standard output (here: the string) as text.
    const Output csv = cli({u"export"_s, u"csv"_s, u"--database"_s, m_db, u"--out"_s, u"-"_s, u"--all"_s});
    QCOMPARE(csv.exitCode, ExitCode::Ok);
    QCOMPARE(csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size() >= 41, true);
    QVERIFY(csv.out.startsWith(u"Tracking ID,"_s));

    const QString pdf = m_dir.filePath(u"case.pdf"_s);
    const Output report = cli({u"export"_s, u"pdf"_s, m_trackingId, u"--database"_s, m_db, u"--out"_s, pdf});
    QVERIFY2(report.exitCode == ExitCode::Ok, qPrintable(report.err));
    QVERIFY(report.out.startsWith(u"Wrote "_s + pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString queue = m_dir.filePath(u"queue.pdf"_s);
    const Output management = cli({u"export"_s, u"queue"_s, u"--database"_s, m_db, u"--out"_s, queue});
    QVERIFY2(management.exitCode == ExitCode::Ok, qPrintable(management.err));
    QVERIFY(QFileInfo(queue).size() > 1000);

    const Output csaf = cli({u"export"_s, u"csaf"_s, u"--database"_s, m_db, u"--out"_s, u"-"_s});
    QCOMPARE(csaf.exitCode, ExitCode::Failure); // no case named

    QCOMPARE(cli({u"export"_s}).exitCode, ExitCode::Usage);
    const Output unknown = cli({u"export"_s, u"docx"_s});
    QCOMPARE(unknown.exitCode, ExitCode::Usage);
    QVERIFY(unknown.err.contains(u"Unknown format"_s));
    QVERIFY(Cli::needsGui({u"psirtdesk-cli"_s, u"export"_s, u"pdf"_s}));
    QVERIFY(!Cli::needsGui({u"psirtdesk-cli"_s, u"export"_s, u"csv"_s}));
    QVERIFY(!Cli::needsGui({u"psirtdesk-cli"_s, u"list"_s}));
}

QTEST_MAIN(TestCommandsInProcess)
#include "tst_commandsinprocess.moc"
