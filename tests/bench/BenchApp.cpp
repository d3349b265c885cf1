// bench-app: the whole application as a user runs it, on demo databases of 10,000, 100,000
// and (with --sizes) 1,000,000 cases. Prints `BENCH <name> <value> <unit>` lines.
//
// Per size, two runs:
//  1. The real psirtdesk executable, started as a user starts it (offscreen platform,
//     PSIRTDESK_PROBE=1): process start to the main window's first paint with every pane it
//     builds at start; resident memory once the deadlines have loaded; CPU used by the idle
//     window over --idle-seconds (default 180: three of the SLA tracker's minute ticks); the
//     worst event-loop stall while idle.
//  2. The same MainWindow in this process, driven like a user: open a case, sort by title,
//     type a filter, switch to Queue, Dashboard and Timeline and back. An EventLoopProbe
//     measures the worst stall of the GUI thread over the whole walk and per step.
// Targets at 100,000 cases: first paint ≤ 1.5 s, ≤ 400 MB, idle ≤ 1 % of a core, no stall
// over 100 ms; at 1,000,000: first paint ≤ 10 s, no stall over 200 ms.
// A benchmark, not a test: it never fails on time. Databases are kept in --dir (default: a
// temporary folder) so that repeated runs skip generating them.

#include "dashboard/DashboardPane.h"
#include "demo/DemoGenerator.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "main/MainWindow.h"
#include "queue/QueuePane.h"
#include "settings/AppSettings.h"
#include "sla/SlaTracker.h"
#include "storage/Database.h"
#include "timeline/TimelinePane.h"
#include "widgets/EventLoopProbe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

void print(const QString &name, double value, const char *unit)
{
    std::printf("BENCH %s %.1f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

QString suffix(int cases)
{
    return cases >= 1'000'000 ? u"%1m"_s.arg(cases / 1'000'000) : u"%1k"_s.arg(cases / 1000);
}

// /proc/PID/stat: utime and stime (fields 14 and 15) in clock ticks.
double cpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime is field 14 → index 11.
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / 100.0;
}

double residentMegabytes(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

bool ensureDemo(const QString &path, int cases)
{
    if (QFileInfo::exists(path))
        return true;
    QElapsedTimer t;
    t.start();
    Database db;
    if (const Status s = db.open(path + u".partial"_s); !s) {
        note(s.error());
        return false;
    }
    DemoOptions options;
    options.cases = cases;
    options.seed = 42;
    options.now = QDateTime::currentDateTimeUtc();
    if (const Status s = DemoGenerator::generate(db, options); !s) {
        note(s.error());
        return false;
    }
    db.close();
    note(u"generated %1 demo cases in %2 s"_s.arg(cases).arg(t.elapsed() / 1000.0, 0, 'f', 1));
    return QFile::rename(path + u".partial"_s, path);
}

// Run 1: the real executable.
void measureProcess(const QString &executable, const QString &database, int cases, int idleSeconds)
{
    const QString s = suffix(cases);
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, env.value(u"QT_QPA_PLATFORM"_s, u"offscreen"_s));
    env.insert(u"PSIRTDESK_PROBE"_s, u"1"_s);
    // Its own settings: the benchmark neither reads nor changes the user's.
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);

    QElapsedTimer clock;
    clock.start();
    app.start(executable, {database, u"--analyst"_s, u"bench"_s});
    if (!app.waitForStarted(10'000)) {
        note(u"cannot start %1: %2"_s.arg(executable, app.errorString()));
        return;
    }
    double firstPaint = -1;
    double deadlinesApplied = -1;
    double inboxApplied = cases < InboxPane::backgroundLoadCases ? 0 : -1; // smaller: read before paint
    double worstIdleStall = 0;
    int stallsOver100 = 0;
    QByteArray pending;
    const auto readProbe = [&] {
        pending += app.readAllStandardError();
        qsizetype nl = 0;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            const QList<QByteArray> f = line.split(' ');
            if (f.value(0) != "PROBE") {
                if (!line.isEmpty())
                    note(u"  psirtdesk: %1"_s.arg(QString::fromUtf8(line)));
                continue;
            }
            if (f.value(1) == "first-paint" && firstPaint < 0)
                firstPaint = clock.nsecsElapsed() / 1e6;
            if (f.value(1) == "mark" && f.value(2) == "deadlines-applied" && deadlinesApplied < 0)
                deadlinesApplied = clock.nsecsElapsed() / 1e6;
            if (f.value(1) == "mark" && f.value(2) == "inbox-applied" && inboxApplied < 0)
                inboxApplied = clock.nsecsElapsed() / 1e6;
        }
    };
    while (firstPaint < 0 && app.state() == QProcess::Running && clock.elapsed() < 600'000) {
        app.waitForReadyRead(100);
        readProbe();
    }
    if (firstPaint < 0) {
        note(u"psirtdesk did not paint (exit code %1)"_s.arg(app.exitCode()));
        app.kill();
        app.waitForFinished();
        return;
    }
    print(u"app_first_paint_"_s + s, firstPaint, "ms");

    // What the window reads after its first paint (a large inbox, every open case's
    // deadlines) arrives from the background; the idle period starts after that.
    const qint64 pid = app.processId();
    while ((deadlinesApplied < 0 || inboxApplied < 0) && app.state() == QProcess::Running
        && clock.elapsed() < 600'000) {
        app.waitForReadyRead(100);
        readProbe();
    }
    print(u"app_everything_shown_"_s + s, std::max(deadlinesApplied, inboxApplied), "ms");
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 3000) {
        app.waitForReadyRead(100);
        readProbe();
    }
    print(u"app_rss_"_s + s, residentMegabytes(pid), "MB");

    // Idle: nothing happens but the minute ticks.
    const auto stallLines = [&](const std::function<void(double, int)> &take) {
        // "PROBE stall <worst ms> <count over 100 ms>" once a second.
        pending += app.readAllStandardError();
        qsizetype nl = 0;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> f = pending.left(nl).trimmed().split(' ');
            pending.remove(0, nl + 1);
            if (f.value(0) == "PROBE" && f.value(1) == "stall")
                take(f.value(2).toDouble(), f.value(3).toInt());
        }
    };
    stallLines([](double, int) { }); // what came before the idle period does not count
    const double cpuBefore = cpuSeconds(pid);
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < qint64(idleSeconds) * 1000 && app.state() == QProcess::Running) {
        app.waitForReadyRead(500);
        stallLines([&](double worst, int over) {
            worstIdleStall = std::max(worstIdleStall, worst);
            stallsOver100 += over;
        });
    }
    const double cpuAfter = cpuSeconds(pid);
    const double wall = idle.nsecsElapsed() / 1e9;
    print(u"app_idle_cpu_"_s + s, 100.0 * (cpuAfter - cpuBefore) / wall, "%core");
    print(u"app_idle_worst_stall_"_s + s, worstIdleStall, "ms");
    note(u"  idle %1 s; event-loop turns over 100 ms while idle: %2"_s.arg(wall, 0, 'f', 0)
            .arg(stallsOver100));
    app.terminate();
    if (!app.waitForFinished(10'000)) {
        app.kill();
        app.waitForFinished();
    }
}

// Waits while the event loop runs, up to ms or until done() holds.
void runFor(int ms, const std::function<bool()> &done = {})
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && !(done && done()))
        QTest::qWait(10);
}

// Run 2: a user's walk through the window, in this process.
void measureUse(const QString &database, int cases, const QString &settingsFile)
{
    const QString s = suffix(cases);
    AppSettings settings(settingsFile);
    MainWindow window(settings);
    window.resize(1366, 768);
    if (const Status st = window.openDatabase(database); !st) {
        note(st.error());
        return;
    }
    EventLoopProbe probe;
    bool painted = false;
    probe.watchFirstPaint(&window);
    QObject::connect(&probe, &EventLoopProbe::firstPainted, [&painted] { painted = true; });
    window.show();
    runFor(600'000, [&] { return painted; });
    // A user waits for "Loading cases…" to go; the deadlines arrive after the first paint.
    runFor(600'000, [&] {
        return window.inbox() && !window.inbox()->isLoading() && window.slaTracker()
            && !window.slaTracker()->isLoading();
    });
    runFor(2000);
    probe.reset();

    double worst = 0;
    const auto step = [&](const QString &name, const std::function<void()> &action, int settleMs) {
        probe.reset();
        // The action runs from the event loop, as a click's handler would.
        QTimer::singleShot(0, &window, action);
        runFor(settleMs);
        print(u"app_use_stall_%1_%2"_s.arg(name, s), probe.worstStallMs(), "ms");
        worst = std::max(worst, probe.worstStallMs());
    };
    InboxPane *inbox = window.inbox();
    if (!inbox) {
        note(u"no inbox"_s);
        return;
    }
    auto *tabs = window.findChild<QTabWidget *>(u"mainViews"_s);
    step(u"open_case"_s, [inbox] { inbox->view()->selectRow(3); }, 1000);
    step(
        u"sort_title"_s, [inbox] { inbox->view()->sortByColumn(InboxModel::Title, Qt::AscendingOrder); },
        1000);
    // Typing: one key per event-loop turn, as from a keyboard.
    probe.reset();
    double typing = 0;
    for (const QChar c : u"router"_s) {
        QTimer::singleShot(0, inbox, [inbox, c] { QTest::keyClick(inbox->quickFilter(), c.toLatin1()); });
        runFor(150);
        typing = std::max(typing, probe.worstStallMs());
    }
    print(u"app_use_stall_type_filter_"_s + s, typing, "ms");
    worst = std::max(worst, typing);
    step(u"clear_filter"_s, [inbox] { inbox->quickFilter()->clear(); }, 1000);
    if (tabs) {
        for (const auto &[name, widget] : {std::pair {u"queue"_s, static_cast<QWidget *>(window.queue())},
                 std::pair {u"dashboard"_s, static_cast<QWidget *>(window.dashboard())},
                 std::pair {u"timeline"_s, static_cast<QWidget *>(window.timeline())},
                 std::pair {u"inbox"_s, static_cast<QWidget *>(inbox)}}) {
            QWidget *page = widget;
            step(
                u"tab_"_s + name, [tabs, page] { tabs->setCurrentWidget(page); },
                name == u"dashboard" ? 5000 : 1500);
        }
    }
    print(u"app_use_worst_stall_"_s + s, worst, "ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the whole PSIRT Desk application on large demo databases."_s);
    parser.addHelpOption();
    const QCommandLineOption sizes(
        u"sizes"_s, u"Case counts, comma-separated (default 10000,100000)."_s, u"N,..."_s, u"10000,100000"_s);
    const QCommandLineOption idle(
        u"idle-seconds"_s, u"How long to watch the idle window (default 180)."_s, u"SECONDS"_s, u"180"_s);
    const QCommandLineOption dir(
        u"dir"_s, u"Where the demo databases are kept (default: a temporary folder)."_s, u"DIR"_s);
    const QCommandLineOption executable(
        u"executable"_s, u"The psirtdesk to start (default: beside bench-app)."_s, u"FILE"_s);
    parser.addOptions({sizes, idle, dir, executable});
    parser.process(app);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    QDir().mkpath(folder);
    const QString exe = parser.isSet(executable) ? parser.value(executable)
                                                 : QCoreApplication::applicationDirPath() + u"/psirtdesk"_s;
    for (const QString &n : parser.value(sizes).split(u',')) {
        const int cases = n.trimmed().toInt();
        if (cases <= 0)
            continue;
        const QString database = folder + u"/demo-%1.psirtdesk"_s.arg(cases);
        if (!ensureDemo(database, cases))
            return 1;
        measureProcess(exe, database, cases, parser.value(idle).toInt());
        measureUse(database, cases, temporary.filePath(u"settings-%1.ini"_s.arg(cases)));
    }
    QThreadPool::globalInstance()->waitForDone();
    return 0;
}
