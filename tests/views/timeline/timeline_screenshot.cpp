// timeline-screenshot FILE: renders the timeline pane over 300 demo cases (fixed seed and
// "now") to a PNG, for docs/screenshots/timeline.png. Not a test: it writes where it is told.

#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "sla/PolicyStore.h"
#include "sla/SlaTracker.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelinePane.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: timeline-screenshot FILE.png\n";
        return 2;
    }
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC);
    Clock::setFixed(now);
    QTemporaryDir dir;
    Database db;
    if (const Status s = db.open(dir.filePath(QStringLiteral("demo.psirtdesk"))); !s) {
        err << s.error() << '\n';
        return 1;
    }
    if (const Status s = PolicyStore(db).setTimeZoneId(QStringLiteral("Europe/Berlin")); !s) {
        err << s.error() << '\n';
        return 1;
    }
    if (const Status s = DemoGenerator::generate(db, DemoOptions {300, 1, now}); !s) {
        err << s.error() << '\n';
        return 1;
    }
    CaseStore store(db);
    SlaTracker tracker(store, db);
    TimelinePane pane(tracker.model());
    pane.resize(1400, 900);
    pane.show();
    pane.chart()->setPixelsPerDay(6);
    pane.chart()->scrollToNow();
    if (!pane.grab().save(QString::fromLocal8Bit(argv[1]))) {
        err << "cannot write " << argv[1] << '\n';
        return 1;
    }
    return 0;
}
