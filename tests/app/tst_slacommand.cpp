#include "TestSupport.h"
#include "sla/PolicyStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSlaCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void run_data();
    void run();
    void listed();
    void help();
    void icalendar();
    void customPolicyFromDatabase();

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Output cli(const QStringList &arguments);
};

TestSlaCommand::Output TestSlaCommand::cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QString::fromUtf8(PSIRTDESK_CLI), QStringList {QStringLiteral("sla")} + arguments);
    Output o;
    if (!p.waitForFinished(30000))
        return o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

void TestSlaCommand::run_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("errContains");

    const QStringList iso
        = {QStringLiteral("--policy"), QStringLiteral("iso29147-5-15-90"), QStringLiteral("--calendar"),
            QStringLiteral("US"), QStringLiteral("--tz"), QStringLiteral("America/New_York")};
    QTest::newRow("policy 000, New York") << iso
            + QStringList {u"--received"_s, u"2026-07-01T10:00:00-04:00"_s, u"--now"_s,
                u"2026-07-02T00:00:00Z"_s} << 0
                                          << u"acknowledge\t2026-07-10T03:59:59.999Z\ton-track\n"
                                             u"assess\t2026-07-24T03:59:59.999Z\ton-track\n"
                                             u"disclose\t2026-09-30T03:59:59.999Z\ton-track\n"_s
                                          << QString();
    // Without an offset, a time is local to --tz.
    QTest::newRow("local time without offset") << iso
            + QStringList {u"--received"_s, u"2026-07-01T10:00:00"_s, u"--now"_s, u"2026-07-02T00:00:00Z"_s}
                                               << 0
                                               << u"acknowledge\t2026-07-10T03:59:59.999Z\ton-track\n"
                                                  u"assess\t2026-07-24T03:59:59.999Z\ton-track\n"
                                                  u"disclose\t2026-09-30T03:59:59.999Z\ton-track\n"_s
                                               << QString();
    QTest::newRow("met, paused, breached") << iso
            + QStringList {u"--received"_s, u"2026-07-01T10:00:00-04:00"_s, u"--acknowledged"_s,
                u"2026-07-13T10:00:00-04:00"_s, u"--paused"_s, u"2026-07-06T10:00:00-04:00/"_s, u"--now"_s,
                u"2026-07-08T00:00:00Z"_s} << 0
                                           << u"acknowledge\t2026-07-10T03:59:59.999Z\ton-track\n"
                                              u"assess\t2026-07-27T13:59:59.999Z\tpaused\n"
                                              u"disclose\t2026-09-30T03:59:59.999Z\ton-track\n"_s
                                           << QString();
    QTest::newRow("met late and resolution") << iso
            + QStringList {u"--received"_s, u"2026-07-01T10:00:00-04:00"_s, u"--acknowledged"_s,
                u"2026-07-13T10:00:00-04:00"_s, u"--resolved"_s, u"2026-08-01T12:00:00Z"_s, u"--now"_s,
                u"2026-08-20T00:00:00Z"_s} << 0
                                             << u"acknowledge\t2026-07-10T03:59:59.999Z\tmet-late\n"
                                                u"assess\t2026-07-24T03:59:59.999Z\tbreached\n"
                                                u"disclose\t2026-08-01T12:00:00.000Z\tbreached\n"_s
                                             << QString();
    QTest::newRow("policy 001, China") << QStringList {u"--policy"_s, u"psirt-7-90"_s, u"--calendar"_s,
        u"CN"_s, u"--tz"_s, u"Asia/Shanghai"_s, u"--received"_s, u"2026-09-30T10:00:00+08:00"_s, u"--now"_s,
        u"2026-10-15T00:00:00Z"_s} << 0
                                       << u"respond\t2026-10-15T15:59:59.999Z\tdue-soon\n"
                                          u"remediate\t2026-12-29T15:59:59.999Z\ton-track\n"_s
                                       << QString();
    // Policy 001's expedited bulletin: 7 calendar days from when the team knows it is
    // exploited, in the team's zone (2026-10-10 Shanghai, end of day = 15:59:59.999 UTC).
    QTest::newRow("policy 001, exploited") << QStringList {u"--policy"_s, u"psirt-7-90"_s, u"--calendar"_s,
        u"CN"_s, u"--tz"_s, u"Asia/Shanghai"_s, u"--received"_s, u"2026-09-30T10:00:00+08:00"_s,
        u"--exploited"_s, u"2026-10-03T09:00:00+08:00"_s, u"--now"_s, u"2026-10-09T00:00:00Z"_s}
                                           << 0
                                           << u"respond\t2026-10-15T15:59:59.999Z\ton-track\n"
                                              u"remediate\t2026-12-29T15:59:59.999Z\ton-track\n"
                                              u"expedite\t2026-10-10T15:59:59.999Z\tdue-soon\n"_s
                                           << QString();
    QTest::newRow("embargo override")
        << QStringList {u"--policy"_s, u"iso29147-5-15-90"_s, u"--calendar"_s, u"US"_s, u"--tz"_s,
               u"Europe/Berlin"_s, u"--received"_s, u"2026-03-01"_s, u"--embargo"_s,
               u"2026-06-15T09:00:00+02:00"_s, u"--embargo-reason"_s, u"firmware respin"_s,
               u"--show-embargo"_s, u"--now"_s, u"2026-03-02T00:00:00Z"_s}
        << 0
        << u"acknowledge\t2026-03-06T22:59:59.999Z\ton-track\n"
           u"assess\t2026-03-20T22:59:59.999Z\ton-track\n"
           u"disclose\t2026-06-15T07:00:00.000Z\ton-track\n"
           u"embargo\t2026-06-15T07:00:00.000Z\t2026-06-15 09:00 CEST (2026-06-15 07:00 UTC)\tnegotiated\n"_s
        << QString();
    QTest::newRow("due-soon override") << iso
            + QStringList {u"--received"_s, u"2026-07-01T10:00:00-04:00"_s, u"--now"_s,
                u"2026-07-07T00:00:00Z"_s, u"--due-soon"_s, u"96"_s}
                                       << 0
                                       << u"acknowledge\t2026-07-10T03:59:59.999Z\tdue-soon\n"
                                          u"assess\t2026-07-24T03:59:59.999Z\ton-track\n"
                                          u"disclose\t2026-09-30T03:59:59.999Z\ton-track\n"_s
                                       << QString();
    QTest::newRow("uncovered year warns") << QStringList {u"--policy"_s, u"psirt-7-90"_s, u"--calendar"_s,
        u"CN"_s, u"--tz"_s, u"Asia/Shanghai"_s, u"--received"_s, u"2027-03-01T10:00:00+08:00"_s, u"--now"_s,
        u"2027-03-01T10:00:00+08:00"_s} << 0
                                          << u"respond\t2027-03-10T15:59:59.999Z\ton-track\n"
                                             u"remediate\t2027-05-30T15:59:59.999Z\ton-track\n"_s
                                          << u"2025–2026"_s;
    QTest::newRow("unknown policy") << QStringList {u"--policy"_s, u"nope"_s, u"--calendar"_s, u"US"_s,
        u"--tz"_s, u"UTC"_s, u"--received"_s, u"2026-01-01"_s}
                                    << 2 << QString() << u"nope"_s;
    QTest::newRow("unknown calendar") << iso.mid(0, 2)
            + QStringList {u"--calendar"_s, u"XX"_s, u"--tz"_s, u"UTC"_s, u"--received"_s, u"2026-01-01"_s}
                                      << 2 << QString() << u"XX"_s;
    QTest::newRow("unknown zone") << iso.mid(0, 4)
            + QStringList {u"--tz"_s, u"Mars/Olympus"_s, u"--received"_s, u"2026-01-01"_s}
                                  << 2 << QString() << u"Mars/Olympus"_s;
    QTest::newRow("bad instant") << iso + QStringList {u"--received"_s, u"yesterday"_s} << 2 << QString()
                                 << u"yesterday"_s;
    QTest::newRow("missing received") << iso << 2 << QString() << u"--received"_s;
    // The last deadline would fall in the year 10000: no date format writes it.
    QTest::newRow("deadline past 9999") << iso
            + QStringList {u"--received"_s, u"9999-11-15T00:00:00Z"_s, u"--now"_s, u"9999-11-16T00:00:00Z"_s}
                                        << 2 << QString() << u"9999"_s;
    QTest::newRow("backwards pause") << iso
            + QStringList {u"--received"_s, u"2026-07-01"_s, u"--paused"_s,
                u"2026-07-05T00:00:00Z/2026-07-04T00:00:00Z"_s}
                                     << 2 << QString() << u"--paused"_s;
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << 2 << QString() << u"frobnicate"_s;
    // Issue 13, defect 8: an empty zone was taken as UTC, an acknowledgement before the
    // report was scored as met.
    QTest::newRow("empty zone") << iso.mid(0, 4)
            + QStringList {u"--tz"_s, u""_s, u"--received"_s, u"2026-01-01"_s}
                                << 2 << QString() << u"--tz"_s;
    QTest::newRow("acknowledged before received") << iso
            + QStringList {u"--received"_s, u"2026-11-02T10:00:00Z"_s, u"--acknowledged"_s,
                u"2026-11-01T10:00:00Z"_s} << 2 << QString()
                                                  << u"before --received"_s;
}

void TestSlaCommand::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, errContains);
    const Output o = cli(arguments);
    QCOMPARE(o.exitCode, exitCode);
    QCOMPARE(o.out, out);
    if (errContains.isEmpty())
        QVERIFY2(o.err.isEmpty(), qPrintable(o.err));
    else
        QVERIFY2(o.err.contains(errContains), qPrintable(o.err));
}

void TestSlaCommand::listed()
{
    const Output o = cli({QStringLiteral("--list")});
    QCOMPARE(o.exitCode, 0);
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"policy\tiso29147-5-15-90\t"));
    QVERIFY(lines.at(1).startsWith(u"policy\tpsirt-7-90\t"));
    QVERIFY(lines.at(2).startsWith(u"calendar\tUS\t"));
    QVERIFY(lines.at(3).startsWith(u"calendar\tCN\t"));
}

void TestSlaCommand::help()
{
    const Output o = cli({QStringLiteral("--help")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.startsWith(u"Usage: psirtdesk-cli sla [options]\n"), qPrintable(o.out));
    QVERIFY(o.out.contains(u"--paused"));
}

void TestSlaCommand::icalendar()
{
#if PSIRTDESK_HAVE_ICALENDAR
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("deadlines.ics"));
    const QStringList args = {u"--policy"_s, u"iso29147-5-15-90"_s, u"--calendar"_s, u"US"_s, u"--tz"_s,
        u"America/New_York"_s, u"--received"_s, u"2026-07-01T10:00:00-04:00"_s, u"--now"_s,
        u"2026-07-02T00:00:00Z"_s, u"--case"_s, u"42"_s, u"--ics"_s};
    const Output o = cli(args + QStringList {path});
    QCOMPARE(o.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    QCOMPARE(ics.count(u"BEGIN:VEVENT"_s), 4);
    // A name-based UUID per case and milestone (tst_deadlineicalendar checks which).
    QCOMPARE(ics.count(QRegularExpression(u"UID:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-"_s)), 4);
    QVERIFY(ics.contains(u"DTSTART:20260710T035959Z"_s));

    const Output failed = cli(args + QStringList {dir.filePath(QStringLiteral("missing/deadlines.ics"))});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(!failed.err.isEmpty());
#else
    QSKIP("Built without KF6 CalendarCore");
#endif
}

void TestSlaCommand::customPolicyFromDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
        PolicyStore store(db);
        DisclosurePolicy p;
        p.setId(QStringLiteral("team-48h"));
        p.setName(QStringLiteral("Team 48 hours"));
        p.addClock(ClockRule {QStringLiteral("triage"), QStringLiteral("Triage"), QString(), 48,
            ClockRule::Unit::Hours, SlaEvent::Received, {SlaEvent::Triaged}, {}, true, 4});
        QVERIFY(store.savePolicy(p).ok());
    }
    const Output o
        = cli({QStringLiteral("--database"), path, QStringLiteral("--policy"), QStringLiteral("team-48h"),
            QStringLiteral("--calendar"), QStringLiteral("US"), QStringLiteral("--tz"), QStringLiteral("UTC"),
            QStringLiteral("--received"), QStringLiteral("2026-07-01T10:00:00Z"), QStringLiteral("--now"),
            QStringLiteral("2026-07-03T08:00:00Z")});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.out, QStringLiteral("triage\t2026-07-03T10:00:00.000Z\tdue-soon\n"));
}

QTEST_GUILESS_MAIN(TestSlaCommand)
#include "tst_slacommand.moc"
