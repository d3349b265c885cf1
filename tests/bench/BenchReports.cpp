// bench-reports: the figures issue 6 names for reports.
// "BENCH report_pdf_30_pages_ms": rendering a case report of about 30 pages (long description,
// steps to reproduce and audit trail) to PDF bytes, from data already loaded; the median of
// several runs, with the page count.
// "BENCH dashboard_100k_ms": the management dashboard's figures (open by severity and
// status, SLA compliance per clock and month, time-to-milestone percentiles, intake per month
// and product) for 100,000 synthetic cases already in memory; the median of several runs.

#include "ReportFixture.h"
#include "dashboard/DashboardData.h"
#include "evidence/EvidenceStore.h"
#include "report/CaseReport.h"
#include "sla/SlaEngine.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <random>

namespace {

constexpr int kRuns = 5;

template<typename Fn>
qint64 medianMs(Fn run)
{
    QList<qint64> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return -1;
        times.append(timer.elapsed());
    }
    std::sort(times.begin(), times.end());
    return times.at(kRuns / 2);
}

// 100,000 cases over 2025–2026 in twenty products of four lines: most acknowledged within
// days, many assessed, some fixed and disclosed; a fifth still open.
QList<DashboardCase> syntheticCases(const QDateTime &now)
{
    std::mt19937_64 random(20261124);
    const qint64 from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    const qint64 span = now.toMSecsSinceEpoch() - from;
    constexpr qint64 hour = 3600 * 1000;
    const auto utc = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC); };
    const QStringList severities {QStringLiteral("Critical"), QStringLiteral("High"),
        QStringLiteral("Medium"), QStringLiteral("Low"), QString()};
    QList<DashboardCase> cases;
    cases.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        DashboardCase c;
        c.id = i + 1;
        c.product = QStringLiteral("Product %1").arg(i % 20);
        c.productLine = QStringLiteral("Line %1").arg(i % 4);
        c.severity = severities.at(int(random() % 5));
        c.score = c.severity.isEmpty() ? -1 : 5.0;
        const qint64 received = from + qint64(random() % quint64(span));
        c.events.received = utc(received);
        const unsigned roll = unsigned(random() % 100);
        c.status = CaseStatus::New;
        if (roll < 90) {
            const qint64 ack = received + qint64(random() % quint64(24 * 9 * hour));
            c.events.acknowledged = utc(ack);
            c.status = CaseStatus::Acknowledged;
            if (roll < 70) {
                const qint64 assessed = ack + qint64(random() % quint64(24 * 25 * hour));
                c.events.assessed = utc(assessed);
                c.status = CaseStatus::Confirmed;
                if (roll < 50) {
                    c.events.resolved = utc(assessed + qint64(random() % quint64(24 * 60 * hour)));
                    c.events.disclosed = utc(c.events.resolved.toMSecsSinceEpoch() + 24 * 7 * hour);
                    c.status = roll < 40 ? CaseStatus::Closed : CaseStatus::Disclosed;
                }
            }
        }
        c.events.status = c.status;
        cases.append(std::move(c));
    }
    return cases;
}

} // namespace

int main(int argc, char **argv)
{
    // Fonts are laid out through the platform's font database: a GUI application (offscreen).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    Database db;
    if (const Status s = db.open(dir.filePath(QStringLiteral("report.sqlite"))); !s) {
        out << "# " << s.error() << Qt::endl;
        return 1;
    }
    CaseStore store(db);
    QList<AuditEntry> trail;
    // The fixture's size unit gives about 1.5 pages each; argv[1] overrides it for profiling.
    const int size = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    const Case c = ReportFixture::longCase(size, &trail);
    const qint64 id = ReportFixture::store(store, c, trail);
    const SlaEngine engine(DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone::UTC);
    const EvidenceStore evidence(db, store.auditLog());
    const auto data = CaseReportData::load(
        store, id, engine, QDateTime(QDate(2026, 6, 20), QTime(12, 0), QTimeZone::UTC), evidence);
    if (id == 0 || !data) {
        out << "# could not load the case: " << (data ? QString() : data.error()) << Qt::endl;
        return 1;
    }
    int pages = 0;
    const qint64 pdfMs = medianMs([&] {
        const auto report = CaseReport::render(*data, TlpLevel::Amber, QStringLiteral("Bench"));
        pages = report ? report->pageCount : 0;
        return bool(report);
    });
    out << "# case report of " << pages << " pages, median of " << kRuns << " renders" << Qt::endl;
    out << "BENCH report_pdf_30_pages_ms " << pdfMs << " ms (target <= 1000)" << Qt::endl;

    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::UTC);
    const QList<DashboardCase> cases = syntheticCases(now);
    int counted = 0;
    const qint64 dashboardMs = medianMs([&] {
        const DashboardFigures f = DashboardFigures::compute(cases, engine, {}, now);
        counted = f.cases;
        return f.cases == int(cases.size());
    });
    out << "# dashboard over " << counted << " cases, median of " << kRuns << " runs" << Qt::endl;
    out << "BENCH dashboard_100k_ms " << dashboardMs << " ms (target <= 300)" << Qt::endl;
    return pdfMs < 0 || dashboardMs < 0 ? 1 : 0;
}
