#include "TestSupport.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "sla/PolicyStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#if PSIRTDESK_HAVE_ICALENDAR
#include "sla/DeadlineICalendar.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// `psirtdesk-cli deadlines` run as users run it, over a database made here.
class TestDeadlinesCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tsv();
    void json();
    void icalendar();
    void selectedCases();
    void errors_data();
    void errors();

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Output cli(const QStringList &arguments);
    QStringList base() const { return {u"--database"_s, m_path, u"--now"_s, u"2026-07-02T00:00:00Z"_s}; }

    QTemporaryDir m_dir;
    QString m_path;
};

TestDeadlinesCommand::Output TestDeadlinesCommand::cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QString::fromUtf8(PSIRTDESK_CLI), QStringList {u"deadlines"_s} + arguments);
    Output o;
    if (!p.waitForFinished(30000))
        return o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

void TestDeadlinesCommand::initTestCase()
{
    TestSupport::isolate();
    Analyst::setCurrent(u"tester"_s);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"cases.sqlite"_s);
    Database db;
    QVERIFY(db.open(m_path).ok());
    QVERIFY(PolicyStore(db).setTimeZoneId(u"UTC"_s).ok());
    CaseStore store(db);
    auto report = [](const QString &title, const QDateTime &received) {
        NewReport r;
        r.title = title;
        r.product = u"GigaSpire u6"_s;
        r.productVersion = u"23.4.1"_s;
        r.reporterName = u"Ada Researcher"_s;
        r.reporterEmail = u"ada@example.org"_s;
        r.description = u"A crafted request overflows a heap buffer."_s;
        r.stepsToReproduce = u"1. send it\n2. observe the crash"_s;
        r.receivedAt = received;
        return r;
    };
    Clock::setFixed(QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone::UTC));
    const auto fresh
        = store.createCase(report(u"fresh"_s, QDateTime(QDate(2026, 7, 1), QTime(10, 0), QTimeZone::UTC)));
    const auto acked
        = store.createCase(report(u"acked"_s, QDateTime(QDate(2026, 7, 1), QTime(11, 0), QTimeZone::UTC)));
    const auto spam
        = store.createCase(report(u"spam"_s, QDateTime(QDate(2026, 7, 1), QTime(11, 0), QTimeZone::UTC)));
    QVERIFY(fresh.ok() && acked.ok() && spam.ok());
    QVERIFY(store.transition(*acked, {CaseStatus::Acknowledged, 0, {}}).ok());
    QVERIFY(store.transition(*spam, {CaseStatus::Spam, 0, {}}).ok());
    Clock::setSource(nullptr);
}

void TestDeadlinesCommand::tsv()
{
    const Output o = cli(base());
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.isEmpty(), qPrintable(o.err));
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    // Case 1 is new (no tracking id yet), case 2 acknowledged, case 3 closed as spam.
    QCOMPARE(lines.mid(0, 4),
        QStringList({u"#1\tacknowledge\t2026-07-09T23:59:59.999Z\ton-track"_s,
            u"#1\tassess\t2026-07-23T23:59:59.999Z\ton-track"_s,
            u"#1\tdisclose\t2026-09-29T23:59:59.999Z\ton-track"_s,
            u"#1\tembargo\t2026-09-29T23:59:59.999Z\ton-track"_s}));
    QCOMPARE(lines.size(), 8);
    QVERIFY2(lines.at(4).startsWith(u"PSIRT-2026-"_s), qPrintable(lines.at(4)));
    QVERIFY2(
        lines.at(4).endsWith(u"\tacknowledge\t2026-07-09T23:59:59.999Z\tmet"_s), qPrintable(lines.at(4)));
    QVERIFY(!o.out.contains(u"#3"_s));

    // Later, the unacknowledged case is breached.
    const Output later = cli({u"--database"_s, m_path, u"--now"_s, u"2026-07-10T00:00:00Z"_s});
    QVERIFY(later.out.startsWith(u"#1\tacknowledge\t2026-07-09T23:59:59.999Z\tbreached\n"_s));
}

void TestDeadlinesCommand::json()
{
    const Output o = cli(base() + QStringList {u"--format"_s, u"json"_s});
    QCOMPARE(o.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(o.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 8);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.value(u"caseId"_s).toInteger(), 1);
    QCOMPARE(first.value(u"trackingId"_s).toString(), QString());
    QCOMPARE(first.value(u"clock"_s).toString(), u"acknowledge"_s);
    QCOMPARE(first.value(u"deadline"_s).toString(), u"2026-07-09T23:59:59.999Z"_s);
    QCOMPARE(first.value(u"state"_s).toString(), u"on-track"_s);
    QVERIFY(array.at(4).toObject().value(u"trackingId"_s).toString().startsWith(u"PSIRT-2026-"_s));
}

void TestDeadlinesCommand::icalendar()
{
#if PSIRTDESK_HAVE_ICALENDAR
    const Output o = cli(base() + QStringList {u"--format"_s, u"ics"_s});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.startsWith(u"BEGIN:VCALENDAR"_s));
    const auto read = DeadlineICalendar::read(o.out);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    bool found = false;
    for (const ExportedDeadline &d : *read) {
        QVERIFY(d.caseId == 1 || d.caseId == 2);
        if (d.caseId == 1 && d.milestoneId == u"acknowledge") {
            QCOMPARE(d.deadline, QDateTime(QDate(2026, 7, 9), QTime(23, 59, 59), QTimeZone::UTC));
            found = true;
        }
    }
    QVERIFY(found);
    QVERIFY(!o.out.contains(u"fresh"_s)); // titles stay out of calendars
#else
    QSKIP("built without KF6 CalendarCore");
#endif
}

void TestDeadlinesCommand::selectedCases()
{
    // By database number and by tracking id; the tracking id's case is the fourth row's.
    const Output all = cli(base() + QStringList {u"--format"_s, u"json"_s});
    const QJsonArray rows = QJsonDocument::fromJson(all.out.toUtf8()).array();
    const QString trackingId = rows.at(4).toObject().value(u"trackingId"_s).toString();
    const qint64 trackedCase = rows.at(4).toObject().value(u"caseId"_s).toInteger();
    QVERIFY(!trackingId.isEmpty());

    const Output one = cli(base() + QStringList {u"--case"_s, u"#1"_s});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(!one.out.isEmpty());
    const QStringList lines = one.out.trimmed().split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(u"#1\t"_s), qPrintable(line));

    const Output byId
        = cli(base() + QStringList {u"--case"_s, trackingId.toLower(), u"--format"_s, u"json"_s});
    QCOMPARE(byId.exitCode, 0);
    const QJsonArray selected = QJsonDocument::fromJson(byId.out.toUtf8()).array();
    QVERIFY(!selected.isEmpty());
    for (const QJsonValue &v : selected) {
        QCOMPARE(v.toObject().value(u"caseId"_s).toInteger(), trackedCase);
        QCOMPARE(v.toObject().value(u"policy"_s).toString(), DisclosurePolicy::iso29147Id());
    }

    const Output unknown = cli(base() + QStringList {u"--case"_s, u"PSIRT-1999-9999"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY2(unknown.err.contains(u"PSIRT-1999-9999"_s), qPrintable(unknown.err));
}

void TestDeadlinesCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errContains");
    QTest::newRow("no database") << QStringList {} << 2 << u"--database"_s;
    QTest::newRow("bad format") << QStringList {u"--database"_s, u"x.sqlite"_s, u"--format"_s, u"xml"_s} << 2
                                << u"xml"_s;
    QTest::newRow("bad now") << QStringList {u"--database"_s, u"x.sqlite"_s, u"--now"_s, u"soon"_s} << 2
                             << u"soon"_s;
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << 2 << u"frobnicate"_s;
    QTest::newRow("unreachable server")
        << QStringList {u"--database"_s, u"postgresql://nobody@127.0.0.1:1/none"_s} << 1 << QString();
}

void TestDeadlinesCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, errContains);
    const Output o = cli(arguments);
    QCOMPARE(o.exitCode, exitCode);
    QVERIFY(o.out.isEmpty());
    QVERIFY(!o.err.isEmpty());
    QVERIFY2(o.err.contains(errContains), qPrintable(o.err));
}

QTEST_GUILESS_MAIN(TestDeadlinesCommand)
#include "tst_deadlinescommand.moc"
