#include "ExportService.h"

#include "advisory/AdvisoryStore.h"
#include "core/ReporterIdentity.h"
#include "core/TextSanitizer.h"
#include "dashboard/DashboardData.h"
#include "export/AdvisoryCase.h"
#include "export/DisclosureCheck.h"
#include "intel/IntelStore.h"
#include "queue/QueueModel.h"
#include "report/CaseReport.h"
#include "report/QueueReport.h"
#include "session/Session.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/ProductCatalogue.h"

#if PSIRTDESK_HAVE_ICALENDAR
#include "sla/DeadlineICalendar.h"
#endif

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

ExportService::ExportService(
    const CaseStore &cases, const AdvisoryStore &advisories, const EvidenceStore &evidence)
    : m_cases(cases)
    , m_advisories(advisories)
    , m_evidence(evidence)
{ }

ExportService::ExportService(const Session &session)
    : ExportService(session.cases(), session.advisories(), session.evidence())
{ }

Result<AdvisoryPublisher> ExportService::publisher() const
{
    AdvisoryPublisher p = m_advisories.publisher();
    const auto products = ProductCatalogue(m_cases.database()).all();
    if (!products)
        return Result<AdvisoryPublisher>::failure(products.error());
    for (const Product &product : *products)
        p.products.insert(product.name.trimmed().toLower(), product);
    return p;
}

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
    const DashboardFigures &figures, TlpLevel tlp, const QString &author, const QDateTime &now) const
{
    // Queue and dashboard name cases, owners and products, never reporters; a case's title
    // may, when the report's text put the reporter in it ("… found by Jonas Quellfeld").
    const auto caseText = [this](qint64 caseId, const QString &text) {
        const auto c = m_cases.caseById(caseId);
        if (!c)
            return text;
        if (reporterDisclosure(*c).identity)
            return text;
        return IdentityScan::redact(text, ReporterIdentity::of(*c), CaseReport::redactedMarker());
    };
    const Result<QueueReport::Output> report
        = QueueReport::render(queue, figures, tlp, author, now, caseText);
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
    const auto by = publisher();
    if (!by)
        return Result<QByteArray>::failure(by.error());
    auto json = CsafDocument::build(*cases, *by, options);
    if (json) {
        if (const Status s = checkDisclosure(*json, *cases); !s)
            return Result<QByteArray>::failure(s.error());
    }
    return json;
}

Result<QList<ExportService::PublishedAdvisory>> ExportService::publishedAdvisories() const
{
    using R = Result<QList<PublishedAdvisory>>;
    const auto rows = m_cases.inboxRows();
    if (!rows)
        return R::failure(rows.error());
    QList<PublishedAdvisory> out;
    for (const InboxRow &row : *rows) {
        if (CaseStatuses::isClosingOutcome(row.status))
            continue;
        const auto stored = m_advisories.load(row.id);
        if (!stored)
            return R::failure(stored.error());
        if (!stored->data.revisions.isEmpty())
            out.append({row.id, row.trackingId, stored->data});
    }
    return out;
}

Result<QByteArray> ExportService::productVex(
    const QString &product, const QString &release, CsafDocument::Options options) const
{
    using R = Result<QByteArray>;
    const QString name = product.trimmed();
    if (name.isEmpty())
        return R::failure(QCoreApplication::translate("ExportService", "Name the product."));
    const auto published = publishedAdvisories();
    if (!published)
        return R::failure(published.error());
    QList<qint64> ids;
    const auto names = [&name](const Vulnerability &v) {
        return std::any_of(v.products.cbegin(), v.products.cend(), [&name](const AffectedProduct &p) {
            return p.product.trimmed().compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    for (const PublishedAdvisory &a : *published) {
        if (std::any_of(a.data.vulnerabilities.cbegin(), a.data.vulnerabilities.cend(), names))
            ids.append(a.caseId);
    }
    options.profile = CsafDocument::Profile::Vex;
    options.product = name;
    options.release = release.trimmed();
    options.upstream.clear();
    if (!options.release.isEmpty()) {
        const auto upstream = upstreamStatements(name, options.release);
        if (!upstream)
            return R::failure(upstream.error());
        options.upstream = upstream->first;
        options.upstreamDecided = upstream->second;
    }
    if (ids.isEmpty() && options.upstream.isEmpty())
        return R::failure(options.release.isEmpty()
                ? QCoreApplication::translate("ExportService", "No published advisory names “%1”.")
                      .arg(TextSanitizer::singleLine(name.left(200)))
                : QCoreApplication::translate(
                      "ExportService", "No published advisory and no upstream alert names “%1 %2”.")
                      .arg(TextSanitizer::singleLine(name.left(200)),
                          TextSanitizer::singleLine(options.release.left(100))));
    QList<AdvisoryCase> cases;
    if (!ids.isEmpty()) {
        auto loaded = advisoryCases(ids);
        if (!loaded)
            return R::failure(loaded.error());
        cases = std::move(loaded.value());
    }
    const auto by = publisher();
    if (!by)
        return R::failure(by.error());
    auto json = CsafDocument::build(cases, *by, options);
    if (json) {
        if (const Status s = checkDisclosure(*json, cases); !s)
            return R::failure(s.error());
    }
    return json;
}

Result<std::pair<QList<CsafDocument::UpstreamStatement>, QDateTime>> ExportService::upstreamStatements(
    const QString &product, const QString &release) const
{
    using R = Result<std::pair<QList<CsafDocument::UpstreamStatement>, QDateTime>>;
    const auto alerts = IntelStore::releaseAlerts(m_cases.database(), m_cases.auditLog(), product, release);
    if (!alerts)
        return R::failure(alerts.error());
    // One statement per vulnerability (its CVE, else the record's id), however many of the
    // release's components it hit.
    QStringList order;
    QHash<QString, QList<std::pair<UpstreamAlert, QDateTime>>> byVulnerability;
    for (const auto &entry : *alerts) {
        const QString key = entry.first.cve.isEmpty() ? entry.first.recordId : entry.first.cve;
        if (!byVulnerability.contains(key))
            order.append(key);
        byVulnerability[key].append(entry);
    }
    const QString wanted = QString(product + u' ' + release);
    std::pair<QList<CsafDocument::UpstreamStatement>, QDateTime> out;
    for (const QString &key : std::as_const(order)) {
        const auto &group = byVulnerability[key];
        const auto inState = [&group](UpstreamAlert::State state) {
            return std::any_of(group.cbegin(), group.cend(),
                [state](const auto &entry) { return entry.first.state == state; });
        };
        // An alert made into a case is the case's: its advisory says what it says once published.
        if (inState(UpstreamAlert::State::Case))
            continue;
        const UpstreamAlert &first = group.constFirst().first;
        CsafDocument::UpstreamStatement u;
        u.cve = first.cve;
        u.recordId = first.recordId;
        u.title = first.title;
        // The product as the catalogue (and so the alert) names it.
        for (const QString &r : first.releases) {
            if (r.compare(wanted, Qt::CaseInsensitive) == 0)
                u.product.product = r.left(r.size() - release.size() - 1);
        }
        if (u.product.product.isEmpty())
            u.product.product = product;
        u.product.version = release;
        QStringList notes;
        for (const auto &[a, at] : group) {
            u.components.append(a.component);
            if (!out.second.isValid() || at > out.second)
                out.second = at;
            if (!a.note.trimmed().isEmpty())
                notes.append(group.size() > 1 ? a.component + QStringLiteral(": ") + a.note.trimmed()
                                              : a.note.trimmed());
        }
        // Affected until every component it hit is shown not to be.
        if (inState(UpstreamAlert::State::Open)) {
            u.product.status = ProductStatus::UnderInvestigation;
        } else {
            // One justification per product (CSAF 6.1.33): the first decision's; every
            // analyst's note is in the impact statement.
            u.product = u.product.notAffectedBecause(first.justification, notes.join(u'\n'));
        }
        out.first.append(u);
    }
    return out;
}

Result<QByteArray> ExportService::cveRecord(qint64 caseId, const CveRecord::Options &options) const
{
    const auto cases = advisoryCases({caseId});
    if (!cases)
        return Result<QByteArray>::failure(cases.error());
    const auto by = publisher();
    if (!by)
        return Result<QByteArray>::failure(by.error());
    auto json = CveRecord::build(cases->constFirst(), *by, options);
    if (json) {
        if (const Status s = checkDisclosure(*json, *cases); !s)
            return Result<QByteArray>::failure(s.error());
    }
    return json;
}

Status ExportService::checkDisclosure(const QByteArray &json, const QList<AdvisoryCase> &cases)
{
    // The words of the document, not its vocabulary: scores, statuses, categories, languages,
    // dates and identifiers are the formats' own values.
    static const QStringList vocabulary {QStringLiteral("category"), QStringLiteral("lang"),
        QStringLiteral("status"), QStringLiteral("version"), QStringLiteral("csaf_version"),
        QStringLiteral("label"), QStringLiteral("type"), QStringLiteral("state"), QStringLiteral("dataType"),
        QStringLiteral("dataVersion"), QStringLiteral("defaultStatus"), QStringLiteral("versionType"),
        QStringLiteral("cveId"), QStringLiteral("cve"), QStringLiteral("product_id"), QStringLiteral("orgId"),
        QStringLiteral("assignerOrgId"), QStringLiteral("date"), QStringLiteral("datePublic"),
        QStringLiteral("datePublished"), QStringLiteral("dateUpdated"),
        QStringLiteral("initial_release_date"), QStringLiteral("current_release_date")};
    QList<DisclosureCheck::Field> fields;
    for (const DisclosureCheck::Field &f : DisclosureCheck::jsonFields(QJsonDocument::fromJson(json))) {
        QString key = f.name.section(u'/', -1);
        key.truncate(key.indexOf(u'[') < 0 ? key.size() : key.indexOf(u'['));
        const bool score
            = f.name.contains(QStringLiteral("/cvss_v")) || f.name.contains(QStringLiteral("/cvssV"));
        if (!score && !vocabulary.contains(key) && !f.name.contains(QStringLiteral("product_status"))
            && !f.name.endsWith(QStringLiteral("product_ids"))
            && !f.name.contains(QStringLiteral("/products["))
            // The program that wrote the document ("PSIRT Desk"), not words about anyone.
            && !f.name.contains(QStringLiteral("/generator/")))
            fields.append(f);
    }
    for (const AdvisoryCase &ac : cases) {
        QStringList aliases = ac.advisory.reporterAliases;
        if (!ac.advisory.creditName.trimmed().isEmpty())
            aliases.append(ac.advisory.creditName.trimmed());
        const ReporterIdentity who = ReporterIdentity::of(ac.c, aliases);
        QStringList allowed;
        if (reporterDisclosure(ac.c).credit) {
            for (const AdvisoryCase::Credit &credit : ac.credits())
                allowed.append(credit.name);
        }
        if (const Status s = DisclosureCheck::check(fields, who, allowed); !s)
            return s;
    }
    return {};
}

Status ExportService::checkPublishable(const AdvisoryCase &candidate, const AdvisoryPublisher &publisher)
{
    AdvisoryCase c = candidate;
    c.c.consentCredit = reporterDisclosure(c.c).credit;
    CsafDocument::Options options;
    options.now = c.advisory.revisions.isEmpty() ? QDateTime() : c.advisory.revisions.constLast().date;
    const auto csaf = CsafDocument::build({c}, publisher, options);
    if (!csaf)
        return Status::failure(csaf.error());
    if (const Status s = checkDisclosure(*csaf, {c}); !s)
        return s;
    if (!publisher.validateForCve())
        return {}; // the team is no CNA: it publishes no CVE records
    for (const QString &cve : c.advisory.cves()) {
        CveRecord::Options cveOptions;
        cveOptions.cveId = cve;
        const auto record = CveRecord::build(c, publisher, cveOptions);
        if (!record)
            return Status::failure(record.error());
        if (const Status s = checkDisclosure(*record, {c}); !s)
            return s;
    }
    return {};
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
