// bench-sla: time to compute every clock of a policy for 100,000 cases.
// Prints "BENCH sla_all_clocks_100k <ms> ms" (the median of several runs, each with a fresh
// engine so its day caches are rebuilt), plus the same for the second preset.
// "BENCH timeline_layout_10k <ms> ms": the timeline chart's geometry for 10,000 open cases:
// reading the rows out of the TimelineModel (TimelineLayout::rowsFromModel), setRows and
// laying out every bar and marker at once (the whole content, not one screenful).

#include "sla/SlaEngine.h"
#include "sla/TimelineModel.h"
#include "timeline/TimelineLayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

namespace {

constexpr int kCases = 100000;
constexpr int kRuns = 7;

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

// Deterministic synthetic cases over 2025–2026: most acknowledged, some assessed, resolved,
// disclosed; a fifth waited on the reporter once, a few are waiting now.
QList<CaseEvents> makeCases(const QDateTime &now)
{
    std::mt19937_64 random(20260701);
    const qint64 from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    const qint64 span = now.toMSecsSinceEpoch() - from;
    constexpr qint64 hour = 3600 * 1000;
    auto after = [&](qint64 t, qint64 maxHours) { return t + qint64(random() % quint64(maxHours * hour)); };
    auto utc = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC); };
    QList<CaseEvents> cases;
    cases.reserve(kCases);
    for (int i = 0; i < kCases; ++i) {
        CaseEvents e;
        const qint64 received = from + qint64(random() % quint64(span));
        e.received = utc(received);
        const unsigned roll = unsigned(random() % 100);
        if (roll < 90) {
            const qint64 ack = after(received, 24 * 9);
            e.acknowledged = utc(ack);
            e.status = CaseStatus::Acknowledged;
            if (roll < 20) {
                const qint64 p = after(ack, 24 * 5);
                const bool open = roll < 3;
                e.pauses.append(PauseInterval {utc(p), open ? QDateTime() : utc(after(p, 24 * 6))});
                if (open)
                    e.status = CaseStatus::NeedsMoreInfo;
            }
            if (roll < 70 && roll >= 3) {
                e.assessed = utc(after(ack, 24 * 25));
                e.status = CaseStatus::Confirmed;
            }
            if (roll < 45 && roll >= 3) {
                e.resolved = utc(after(ms(e.assessed), 24 * 120));
                e.status = CaseStatus::Resolved;
            }
            if (roll < 30 && roll >= 3)
                e.disclosed = utc(after(ms(e.resolved), 24 * 14));
        }
        cases.append(e);
    }
    return cases;
}

double runOnce(const DisclosurePolicy &policy, const BusinessCalendar &calendar, const QTimeZone &zone,
    const QList<CaseEvents> &cases, const QDateTime &now, qint64 *checksum)
{
    QElapsedTimer timer;
    timer.start();
    const SlaEngine engine(policy, calendar, zone);
    qint64 sum = 0;
    for (const CaseEvents &e : cases) {
        const QList<ClockStatus> clocks = engine.evaluate(e, now);
        for (const ClockStatus &c : clocks)
            sum += int(c.state) + (c.deadline.isValid() ? c.deadline.toMSecsSinceEpoch() % 1000 : 0);
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    *checksum = sum;
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC);
    const QList<CaseEvents> cases = makeCases(now);

    struct Setup
    {
        const char *name;
        DisclosurePolicy policy;
        BusinessCalendar calendar;
        QTimeZone zone;
    };
    const Setup setups[] = {
        {"sla_all_clocks_100k", DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(),
            QTimeZone("America/New_York")},
        {"sla_all_clocks_100k_psirt790_cn", DisclosurePolicy::psirt790(), BusinessCalendar::china(),
            QTimeZone("Asia/Shanghai")},
    };
    for (const Setup &s : setups) {
        std::vector<double> times;
        qint64 checksum = 0;
        for (int run = 0; run < kRuns; ++run)
            times.push_back(runOnce(s.policy, s.calendar, s.zone, cases, now, &checksum));
        std::sort(times.begin(), times.end());
        out << "BENCH " << s.name << ' ' << QString::number(times[times.size() / 2], 'f', 1) << " ms"
            << "  (median of " << kRuns << ", min " << QString::number(times.front(), 'f', 1) << " ms, "
            << s.policy.clocks().size() << " clocks/case, checksum " << checksum << ")\n";
    }

    // The timeline pane's model: load 100,000 cases, then move `now` (re-evaluates all).
    QList<TimelineModel::CaseEntry> entries;
    entries.reserve(cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i)
        entries.append(
            TimelineModel::CaseEntry {i + 1, QStringLiteral("Case %1").arg(i + 1), cases.at(i), {}, {}});
    std::vector<double> loads;
    std::vector<double> ticks;
    for (int run = 0; run < 3; ++run) {
        TimelineModel model(SlaEngine(
            DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone("America/New_York")));
        QElapsedTimer timer;
        timer.start();
        model.setNow(now);
        model.setCases(entries);
        loads.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        model.setNow(now.addSecs(3600));
        ticks.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(loads.begin(), loads.end());
    std::sort(ticks.begin(), ticks.end());
    out << "BENCH sla_timeline_model_load_100k " << QString::number(loads[1], 'f', 1)
        << " ms  (median of 3)\n";
    out << "BENCH sla_timeline_model_set_now_100k " << QString::number(ticks[1], 'f', 1)
        << " ms  (median of 3)\n";

    // The chart's layout over 10,000 open cases (the first 10,000 not yet disclosed).
    QList<TimelineModel::CaseEntry> open;
    for (const TimelineModel::CaseEntry &e : std::as_const(entries)) {
        if (!e.events.disclosed.isValid() && open.size() < 10000)
            open.append(e);
    }
    TimelineModel timeline(SlaEngine(
        DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone("America/New_York")));
    timeline.setNow(now);
    timeline.setCases(open);
    std::vector<double> layouts;
    qsizetype items = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        TimelineLayout layout;
        layout.setRows(TimelineLayout::rowsFromModel(timeline));
        layout.setPixelsPerDay(8);
        layout.includeInstant(now.toMSecsSinceEpoch());
        const TimelineLayout::Geometry g
            = layout.layout(QRectF(0, 0, layout.contentWidth(), layout.contentHeight()));
        layouts.push_back(double(timer.nsecsElapsed()) / 1e6);
        items = g.bars.size() + g.markers.size();
    }
    std::sort(layouts.begin(), layouts.end());
    out << "BENCH timeline_layout_10k " << QString::number(layouts[layouts.size() / 2], 'f', 1) << " ms"
        << "  (median of " << kRuns << ", min " << QString::number(layouts.front(), 'f', 1) << " ms, "
        << open.size() << " cases, " << items << " bars and markers)\n";
    return 0;
}
