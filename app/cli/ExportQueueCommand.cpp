#include "ExportQueueCommand.h"

#include "advisory/AdvisoryStore.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "dashboard/DashboardData.h"
#include "evidence/EvidenceStore.h"
#include "inbox/InboxModel.h"
#include "queue/QueueModel.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"

#include <QCoreApplication>

ExportQueueCommand::ExportQueueCommand()
    : ExportFormatCommand(QStringLiteral("queue"))
    , m_tlp(QStringLiteral("tlp"),
          QCoreApplication::translate(
              "ExportAdvisoryCommand", "TLP label: clear, green, amber (default), amber+strict or red."),
          QCoreApplication::translate("ExportAdvisoryCommand", "LEVEL"), QStringLiteral("amber"))
    , m_days(QStringLiteral("days"),
          QCoreApplication::translate(
              "ExportAdvisoryCommand", "The dashboard's period: the last DAYS days (default 365; 0: all)."),
          QCoreApplication::translate("ExportAdvisoryCommand", "DAYS"), QStringLiteral("365"))
    , m_line(QStringLiteral("product-line"),
          QCoreApplication::translate(
              "ExportAdvisoryCommand", "Only this product line's cases in the dashboard."),
          QCoreApplication::translate("ExportAdvisoryCommand", "LINE"))
{ }

QString ExportQueueCommand::summary() const
{
    return QCoreApplication::translate("ExportAdvisoryCommand", "PDF management report: queue and dashboard");
}

bool ExportQueueCommand::needsGui(const QStringList &arguments) const
{
    Q_UNUSED(arguments)
    return true;
}

QString ExportQueueCommand::description() const
{
    return QCoreApplication::translate("ExportAdvisoryCommand",
        "Writes the management report: the open cases grouped by severity and SLA state, and the "
        "dashboard's figures for the period, with a TLP 2.0 label on every page.");
}

void ExportQueueCommand::addFormatOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_tlp, m_days, m_line});
}

std::optional<int> ExportQueueCommand::checkFormatArguments(const QCommandLineParser &parser)
{
    return refuseArguments(parser);
}

int ExportQueueCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    // Bad values fail (1) rather than being usage errors, as scripts have always seen them.
    TlpLevel level = TlpLevel::Amber;
    if (!TlpLevels::fromId(parser.value(m_tlp), &level))
        return failure(QCoreApplication::translate("ExportAdvisoryCommand", "Unknown TLP label “%1”.")
                .arg(parser.value(m_tlp).left(40)));
    bool ok = false;
    const int period = parser.value(m_days).toInt(&ok);
    if (!ok || period < 0)
        return failure(
            QCoreApplication::translate("ExportAdvisoryCommand", "--days takes a number of days."));
    CaseStore store(*db);
    InboxModel inbox(store);
    if (!inbox.reload())
        return failure(inbox.errorString());
    const SlaTracker tracker(store, *db);
    if (!tracker.errorString().isEmpty())
        return failure(tracker.errorString());
    inbox.setDeadlineSource(&tracker);
    QueueModel queue;
    queue.setInboxModel(&inbox);
    const auto cases = DashboardFigures::load(store, ProductCatalogue(*db));
    if (!cases)
        return failure(cases.error());
    const QDateTime now = Clock::nowUtc();
    DashboardFilter filter;
    if (period > 0)
        filter.from = now.date().addDays(-period + 1);
    filter.productLine = parser.value(m_line);
    const DashboardFigures figures
        = DashboardFigures::compute(*cases, tracker.model()->engine(), filter, now);
    const AdvisoryStore advisories(store);
    const EvidenceStore evidence(*db, store.auditLog());
    const auto report = ExportService(store, advisories, evidence)
                            .managementReport(queue, figures, level, Analyst::current(), now);
    return report ? write(parser, report->bytes) : failure(report.error());
}
