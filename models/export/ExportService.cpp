#include "ExportService.h"

#include "advisory/AdvisoryStore.h"
#include "dashboard/DashboardData.h"
#include "export/AdvisoryCase.h"
#include "queue/QueueModel.h"
#include "report/CaseReport.h"
#include "report/QueueReport.h"
#include "session/Session.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"

#if PSIRTDESK_HAVE_ICALENDAR
#include "sla/DeadlineICalendar.h"
#endif

#include <QCoreApplication>

ExportService::ExportService(
    const CaseStore &cases, const AdvisoryStore &advisories, const EvidenceStore &evidence)
    : m_cases(cases)
    , m_advisories(advisories)
    , m_evidence(evidence)
{ }

ExportService::ExportService(const Session &session)
    : ExportService(session.cases(), session.advisories(), session.evidence())
{ }

ExportService::ReporterDisclosure ExportService::reporterDisclosure(const Case &c)
{
    // Policy 000: identifying information leaves the team only with the reporter's consent.
    // Issue #14 (consent records, redaction) changes this function, and every format follows.
    return ReporterDisclosure {c.consentShareIdentity, c.consentCredit};
}

Result<ExportService::Pdf> ExportService::caseReport(qint64 caseId, const TimelineModel &deadlines,
    TlpLevel tlp, const QString &author, const QDateTime &now) const
{
    // The case's own policy sets its clocks; a closed case (not on the timeline) is shown
    // under the team's default.
    const TimelineModel::CaseEntry *entry = deadlines.caseEntry(caseId);
    const SlaEngine &engine = entry ? deadlines.engineFor(*entry) : deadlines.engine();
    Result<CaseReportData> data = CaseReportData::load(m_cases, caseId, engine, now, m_evidence);
    if (!data)
        return Result<Pdf>::failure(data.error());
    // The renderer leaves the reporter's name, address and organisation out (and redacts
    // them in the audit trail and in free text) unless this says they may be shared.
    data.value().caseData.consentShareIdentity = reporterDisclosure(data->caseData).identity;
    const Result<CaseReport::Output> report = CaseReport::render(*data, tlp, author);
    if (!report)
        return Result<Pdf>::failure(report.error());
    return Pdf {report->pdf, report->pageCount};
}

Result<ExportService::Pdf> ExportService::managementReport(const QueueModel &queue,
    const DashboardFigures &figures, TlpLevel tlp, const QString &author, const QDateTime &now)
{
    // Queue and dashboard name cases, owners and products, never reporters.
    const Result<QueueReport::Output> report = QueueReport::render(queue, figures, tlp, author, now);
    if (!report)
        return Result<Pdf>::failure(report.error());
    return Pdf {report->pdf, report->pageCount};
}

Result<QList<AdvisoryCase>> ExportService::advisoryCases(const QList<qint64> &caseIds) const
{
    Result<QList<AdvisoryCase>> cases = AdvisoryCase::load(m_cases, m_advisories, caseIds);
    if (!cases)
        return cases;
    // The advisories credit the reporter (AdvisoryCase::publishableAcknowledgments) only
    // when this says so; other acknowledgments carry their own consent.
    for (AdvisoryCase &c : cases.value())
        c.c.consentCredit = reporterDisclosure(c.c).credit;
    return cases;
}

Result<QByteArray> ExportService::csaf(
    const QList<qint64> &caseIds, const CsafDocument::Options &options) const
{
    if (caseIds.isEmpty())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("ExportService", "Name at least one case."));
    const auto cases = advisoryCases(caseIds);
    if (!cases)
        return Result<QByteArray>::failure(cases.error());
    return CsafDocument::build(*cases, m_advisories.publisher(), options);
}

Result<QByteArray> ExportService::cveRecord(qint64 caseId, const CveRecord::Options &options) const
{
    const auto cases = advisoryCases({caseId});
    if (!cases)
        return Result<QByteArray>::failure(cases.error());
    return CveRecord::build(cases->constFirst(), m_advisories.publisher(), options);
}

bool ExportService::hasICalendar()
{
#if PSIRTDESK_HAVE_ICALENDAR
    return true;
#else
    return false;
#endif
}

Result<QByteArray> ExportService::deadlines(const TimelineModel &timeline, const QList<qint64> &caseIds)
{
#if PSIRTDESK_HAVE_ICALENDAR
    // Titles stay out: calendars are synced to places an embargoed title must not reach.
    const Result<QString> ics = DeadlineICalendar::write(timeline, caseIds, DeadlineICalendar::Options {});
    if (!ics)
        return Result<QByteArray>::failure(ics.error());
    return ics->toUtf8();
#else
    Q_UNUSED(timeline)
    Q_UNUSED(caseIds)
    return Result<QByteArray>::failure(QCoreApplication::translate(
        "ExportService", "This build has no iCalendar support (KF6 CalendarCore)."));
#endif
}

QByteArray ExportService::tableCsv(
    const QAbstractItemModel &rows, const QList<int> &columns, const CsvWriter::Options &options)
{
    return CsvWriter(options).write(rows, columns);
}

QByteArray ExportService::queueCsv(const QueueModel &queue, const CsvWriter::Options &options)
{
    // The two group columns are headed as the queue pane heads them (its translations).
    QStringList headers {QCoreApplication::translate("QueuePane", "Severity"),
        QCoreApplication::translate("QueuePane", "SLA state")};
    for (int column = 0; column < QueueModel::ColumnCount; ++column)
        headers.append(queue.headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows;
    for (int b = 0; b < queue.rowCount(); ++b) {
        const QModelIndex band = queue.index(b, 0);
        const QString bandName
            = QueueModel::bandName(QueueModel::Band(band.data(QueueModel::BandRole).toInt()));
        for (int s = 0; s < queue.rowCount(band); ++s) {
            const QModelIndex state = queue.index(s, 0, band);
            const QString stateName
                = QueueModel::stateName(QueueModel::State(state.data(QueueModel::StateRole).toInt()));
            for (int c = 0; c < queue.rowCount(state); ++c) {
                QStringList row {bandName, stateName};
                for (int column = 0; column < QueueModel::ColumnCount; ++column)
                    row.append(queue.index(c, column, state).data().toString());
                rows.append(row);
            }
        }
    }
    return CsvWriter(options).write(headers, rows);
}

Result<QByteArray> ExportService::dashboardCsv(
    const DashboardFigures &figures, int table, const CsvWriter::Options &options)
{
    const QList<DashboardFigures::Table> tables = figures.tables();
    if (table < 0 || table >= tables.size())
        return Result<QByteArray>::failure(
            QCoreApplication::translate("ExportService", "The dashboard has no table %1.").arg(table));
    QList<QStringList> rows;
    for (const QList<QVariant> &row : tables.at(table).rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells.append(v.toString());
        rows.append(cells);
    }
    return CsvWriter(options).write(tables.at(table).headers, rows);
}
