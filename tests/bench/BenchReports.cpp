// bench-reports: the figures issue 6 names for reports.
// "BENCH report_pdf_30_pages_ms": rendering a case report of about 30 pages (long description,
// steps to reproduce and audit trail) to PDF bytes, from data already loaded; the median of
// several runs, with the page count.

#include "ReportFixture.h"
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
    const EvidenceStore evidence(db);
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
    return pdfMs < 0 ? 1 : 0;
}
