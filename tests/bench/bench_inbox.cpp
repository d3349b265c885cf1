// bench-inbox: how the inbox holds up on large databases. Builds 10,000- and 100,000-case
// SQLite databases with the demo generator, then measures, per size, the figures the
// foundation issue names and prints them as `BENCH <name> <value> <unit>`.
// Targets at 100,000 cases: first paint ≤ 300 ms, sort ≤ 200 ms, filter keystroke
// ≤ 50 ms, search ≤ 50 ms, memory ≤ 300 MB. A benchmark, not a test: it never fails on time.

#include "demo/DemoGenerator.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxProxyModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void print(const char *name, const char *suffix, double value, const char *unit)
{
    std::printf("BENCH %s%s %.1f %s\n", name, suffix, value, unit);
    std::fflush(stdout);
}

// Waits until the pane shows its result (a large inbox loads, sorts and filters on a
// worker), then paints the view's visible rows now, as the next frame would. The figures
// are the time until the analyst sees the result; how long the window is blocked on the
// way is bench-app's stall figure.
void paint(InboxPane &pane)
{
    while (pane.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    pane.view()->viewport()->repaint();
}

bool run(int cases, const char *suffix, const QString &dir)
{
    const QString path = dir + QStringLiteral("/bench-%1.psirtdesk").arg(cases);
    {
        QElapsedTimer t;
        t.start();
        Database db;
        if (const Status s = db.open(path); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return false;
        }
        DemoOptions options;
        options.cases = cases;
        options.seed = 42;
        options.now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC);
        if (const Status s = DemoGenerator::generate(db, options); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return false;
        }
        std::fprintf(stderr, "generated %d cases in %lld ms\n", cases, t.elapsed());
    }

    QElapsedTimer t;
    t.start();
    Database db;
    if (!db.open(path))
        return false;
    CaseStore store(db);
    QElapsedTimer rowsTimer;
    rowsTimer.start();
    InboxPane pane(store);
    pane.resize(1300, 800);
    if (!pane.reload())
        return false;
    const double loadMs = rowsTimer.nsecsElapsed() / 1e6;
    pane.show();
    paint(pane);
    print("inbox_first_paint", suffix, t.nsecsElapsed() / 1e6, "ms");
    std::fprintf(
        stderr, "  of which reload() (a large inbox then reads in the background): %.1f ms\n", loadMs);
    {
        QElapsedTimer again;
        again.start();
        const auto rows = store.inboxRows();
        std::fprintf(stderr, "  (breakdown, warm) inboxRows alone: %.1f ms for %lld rows\n",
            again.nsecsElapsed() / 1e6, qlonglong(rows ? rows->size() : 0));
    }
    print("inbox_rss", suffix, residentMegabytes(), "MB");

    t.restart();
    pane.view()->sortByColumn(InboxModel::Title, Qt::AscendingOrder);
    paint(pane);
    print("inbox_sort", suffix, t.nsecsElapsed() / 1e6, "ms");

    // One more character in the quick filter: the first narrows, the timed one refines.
    QTest::keyClick(pane.quickFilter(), Qt::Key_O);
    paint(pane);
    t.restart();
    QTest::keyClick(pane.quickFilter(), Qt::Key_V);
    paint(pane);
    print("inbox_filter_keystroke", suffix, t.nsecsElapsed() / 1e6, "ms");
    pane.quickFilter()->clear();
    paint(pane);

    t.restart();
    const auto hits = store.search(QStringLiteral("overflow"));
    const double queryMs = t.nsecsElapsed() / 1e6;
    if (!hits)
        return false;
    print("fts_search", suffix, queryMs, "ms");
    t.restart();
    pane.searchField()->setText(QStringLiteral("overflow"));
    pane.applySearchNow();
    paint(pane);
    print("fts_search_to_view", suffix, t.nsecsElapsed() / 1e6, "ms");
    std::fprintf(stderr, "search matched %lld of %d cases, %d shown\n", qlonglong(hits->size()), cases,
        pane.shownCount());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    if (!run(10'000, "_10k", dir.path()))
        return 1;
    if (!run(100'000, "_100k", dir.path()))
        return 1;
    return 0;
}
