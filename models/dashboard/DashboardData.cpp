#include "DashboardData.h"

#include "queue/QueueModel.h"
#include "sla/SlaEngine.h"
#include "storage/CaseStore.h"
#include "storage/ProductCatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kMsPerDay = 24.0 * 3600 * 1000;

// Months are counted as integers while aggregating (a date-to-text conversion per clock and
// case costs more than the rest of the dashboard) and named once at the end.
int monthOf(const QDateTime &at)
{
    const QDate d = at.toUTC().date();
    return d.year() * 12 + d.month() - 1;
}

QString monthName(int month)
{
    return QStringLiteral("%1-%2")
        .arg(month / 12, 4, 10, QLatin1Char('0'))
        .arg(month % 12 + 1, 2, 10, QLatin1Char('0'));
}

} // namespace

QString DashboardFigures::milestoneName(Milestone m)
{
    switch (m) {
    case Acknowledge:
        return QCoreApplication::translate("DashboardData", "Acknowledge");
    case Assess:
        return QCoreApplication::translate("DashboardData", "Assess");
    case Fix:
        return QCoreApplication::translate("DashboardData", "Fix");
    case Disclose:
    case MilestoneCount:
        break;
    }
    return QCoreApplication::translate("DashboardData", "Disclose");
}

QString DashboardFigures::openPeriod() const
{
    const QString at = asOf.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return filter.productLine.isEmpty()
        ? QCoreApplication::translate("DashboardData", "open on %1 UTC").arg(at)
        : QCoreApplication::translate("DashboardData", "open on %1 UTC, product line %2")
              .arg(at, filter.productLine);
}

QString DashboardFigures::receivedPeriod() const
{
    const QString first = filter.from.toString(Qt::ISODate);
    // An open end is today: nothing was received after the figures were made.
    const QString last = (filter.to.isValid() ? filter.to : asOf.toUTC().date()).toString(Qt::ISODate);
    const QString period = filter.from.isValid()
        ? QCoreApplication::translate("DashboardData", "reports received %1 to %2").arg(first, last)
        : QCoreApplication::translate("DashboardData", "all reports received until %1").arg(last);
    return filter.productLine.isEmpty()
        ? period
        : QCoreApplication::translate("DashboardData", "%1, product line %2").arg(period, filter.productLine);
}

double DashboardFigures::percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    // Nearest rank: the smallest value with at least p of the values at or below it.
    const size_t rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

DashboardFigures DashboardFigures::compute(const QList<DashboardCase> &cases, const SlaEngine &engine,
    const DashboardFilter &filter, const QDateTime &now)
{
    DashboardFigures f;
    f.filter = filter;
    f.asOf = now.toUTC();
    const QDateTime from
        = filter.from.isValid() ? QDateTime(filter.from, QTime(0, 0), QTimeZone::UTC) : QDateTime();
    const QDateTime to
        = filter.to.isValid() ? QDateTime(filter.to.addDays(1), QTime(0, 0), QTimeZone::UTC) : QDateTime();
    const QList<ClockRule> clocks = engine.policy().clocks();
    for (const ClockRule &rule : clocks)
        f.clockNames.append(rule.displayName());
    std::vector<QHash<int, Compliance>> compliance(size_t(clocks.size()));
    std::vector<double> durations[MilestoneCount];
    QHash<QString, int> productTotals;
    QHash<int, QHash<QString, int>> intake;
    for (const DashboardCase &c : cases) {
        if (!filter.productLine.isEmpty() && c.productLine != filter.productLine)
            continue;
        // Open is a state as of now, counted as the queue counts it: a case received
        // before the period and still open is open.
        if (CaseStatuses::isOpen(c.status)) {
            ++f.openBySeverity[int(
                c.exploited ? QueueModel::Band::Exploited : QueueModel::bandOf(c.severity, c.score))];
            ++f.openByStatus[c.status];
        }
        const QDateTime &received = c.events.received;
        if ((from.isValid() && received < from) || (to.isValid() && received >= to))
            continue;
        ++f.cases;
        ++intake[monthOf(received)][c.product];
        ++productTotals[c.product];
        const QDateTime reached[MilestoneCount]
            = {c.events.acknowledged, c.events.assessed, c.events.resolved, c.events.disclosed};
        for (int m = 0; m < MilestoneCount; ++m) {
            if (reached[m].isValid() && reached[m] >= received)
                durations[m].push_back(double(received.msecsTo(reached[m])) / kMsPerDay);
        }
        for (qsizetype i = 0; i < clocks.size(); ++i) {
            const ClockStatus s = engine.evaluate(clocks.at(i), c.events, now);
            if (s.state == ClockState::Met)
                ++compliance[size_t(i)][monthOf(s.stoppedAt)].onTime;
            else if (s.state == ClockState::MetLate)
                ++compliance[size_t(i)][monthOf(s.stoppedAt)].late;
        }
    }
    for (const auto &perClock : compliance) {
        QMap<QString, Compliance> named;
        for (auto it = perClock.cbegin(); it != perClock.cend(); ++it)
            named.insert(monthName(it.key()), it.value());
        f.compliance.append(named);
    }
    for (auto it = intake.cbegin(); it != intake.cend(); ++it) {
        const QString month = monthName(it.key());
        f.months.append(month);
        QMap<QString, int> &byProduct = f.intake[month];
        for (auto p = it->cbegin(); p != it->cend(); ++p)
            byProduct.insert(p.key(), p.value());
    }
    for (int m = 0; m < MilestoneCount; ++m) {
        std::vector<double> &d = durations[m];
        std::sort(d.begin(), d.end());
        f.timeTo[m] = {int(d.size()), percentile(d, 0.5), percentile(d, 0.9)};
    }
    std::sort(f.months.begin(), f.months.end());
    f.products = productTotals.keys();
    std::sort(f.products.begin(), f.products.end(), [&](const QString &a, const QString &b) {
        const int x = productTotals.value(a);
        const int y = productTotals.value(b);
        return x != y ? x > y : a < b;
    });
    return f;
}

QList<DashboardFigures::Table> DashboardFigures::tables() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("DashboardData", text); };
    QList<Table> out;
    Table severity {tr(QT_TRANSLATE_NOOP("DashboardData", "Open cases by severity")),
        {tr(QT_TRANSLATE_NOOP("DashboardData", "Severity")),
            tr(QT_TRANSLATE_NOOP("DashboardData", "Open cases"))},
        {}, openPeriod()};
    for (int b = 0; b < QueueModel::bandCount; ++b)
        severity.rows.append({QueueModel::bandName(QueueModel::Band(b)), openBySeverity.value(b)});
    out.append(severity);
    Table status {tr(QT_TRANSLATE_NOOP("DashboardData", "Open cases by status")),
        {tr(QT_TRANSLATE_NOOP("DashboardData", "Status")),
            tr(QT_TRANSLATE_NOOP("DashboardData", "Open cases"))},
        {}, openPeriod()};
    for (auto it = openByStatus.cbegin(); it != openByStatus.cend(); ++it)
        status.rows.append({CaseStatuses::displayName(it.key()), it.value()});
    out.append(status);
    Table compliant {tr(QT_TRANSLATE_NOOP("DashboardData", "SLA compliance per month")),
        {tr(QT_TRANSLATE_NOOP("DashboardData", "Clock")), tr(QT_TRANSLATE_NOOP("DashboardData", "Month")),
            tr(QT_TRANSLATE_NOOP("DashboardData", "Met on time")),
            tr(QT_TRANSLATE_NOOP("DashboardData", "Late")),
            tr(QT_TRANSLATE_NOOP("DashboardData", "On time (%)"))},
        {}, receivedPeriod()};
    for (qsizetype i = 0; i < compliance.size(); ++i) {
        for (auto it = compliance.at(i).cbegin(); it != compliance.at(i).cend(); ++it) {
            const int total = it->onTime + it->late;
            compliant.rows.append({clockNames.value(i), it.key(), it->onTime, it->late,
                total ? std::round(1000.0 * it->onTime / total) / 10.0 : 0.0});
        }
    }
    out.append(compliant);
    Table times {tr(QT_TRANSLATE_NOOP("DashboardData", "Time to milestone (days from the report)")),
        {tr(QT_TRANSLATE_NOOP("DashboardData", "Milestone")), tr(QT_TRANSLATE_NOOP("DashboardData", "Cases")),
            tr(QT_TRANSLATE_NOOP("DashboardData", "Median")),
            tr(QT_TRANSLATE_NOOP("DashboardData", "90th percentile"))},
        {}, receivedPeriod()};
    for (int m = 0; m < MilestoneCount; ++m)
        times.rows.append({milestoneName(Milestone(m)), timeTo[m].cases,
            std::round(timeTo[m].medianDays * 10) / 10, std::round(timeTo[m].p90Days * 10) / 10});
    out.append(times);
    Table intakeTable {tr(QT_TRANSLATE_NOOP("DashboardData", "Intake per month by product")),
        {tr(QT_TRANSLATE_NOOP("DashboardData", "Month")), tr(QT_TRANSLATE_NOOP("DashboardData", "Product")),
            tr(QT_TRANSLATE_NOOP("DashboardData", "Reports"))},
        {}, receivedPeriod()};
    for (const QString &month : months) {
        const QMap<QString, int> &byProduct = intake.value(month);
        for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it)
            intakeTable.rows.append({month, it.key(), it.value()});
    }
    out.append(intakeTable);
    return out;
}

Result<QList<DashboardCase>> DashboardFigures::load(const CaseStore &store, const ProductCatalogue &catalogue)
{
    const auto rows = store.inboxRows();
    if (!rows)
        return Result<QList<DashboardCase>>::failure(rows.error());
    const auto history = store.statusHistory();
    if (!history)
        return Result<QList<DashboardCase>>::failure(history.error());
    QHash<QString, QString> lineOf;
    if (const auto products = catalogue.all()) {
        for (const Product &p : *products)
            lineOf.insert(p.name, p.productLine);
    }
    QList<DashboardCase> cases;
    cases.reserve(rows->size());
    for (const InboxRow &r : *rows) {
        DashboardCase c;
        c.id = r.id;
        c.product = r.product;
        c.productLine = lineOf.value(r.product);
        c.severity = r.severity;
        c.score = r.cvssScore;
        c.status = r.status;
        c.exploited = r.exploited();
        c.events = CaseEvents::of(r, history->value(r.id));
        cases.append(std::move(c));
    }
    return cases;
}
