#include "ExportPdfCommand.h"

#include "core/Analyst.h"
#include "core/Clock.h"
#include "sla/SlaTracker.h"
#include "storage/Database.h"

#include <QCoreApplication>

ExportPdfCommand::ExportPdfCommand()
    : ExportFormatCommand(QStringLiteral("pdf"))
    , m_tlp(QStringLiteral("tlp"),
          QCoreApplication::translate(
              "ExportPdfCommand", "TLP 2.0 label: clear, green, amber (default), amber+strict or red."),
          QCoreApplication::translate("ExportPdfCommand", "LEVEL"), QStringLiteral("amber"))
{ }

QString ExportPdfCommand::summary() const
{
    return QCoreApplication::translate("ExportPdfCommand", "PDF case report for product teams");
}

bool ExportPdfCommand::needsGui(const QStringList &arguments) const
{
    Q_UNUSED(arguments)
    return true;
}

QString ExportPdfCommand::description() const
{
    return QCoreApplication::translate("ExportPdfCommand",
        "Writes the PDF case report of case ID (a number or a tracking id). The reporter's "
        "identity appears only when they consented to sharing it.");
}

QString ExportPdfCommand::positionalSyntax() const
{
    return QStringLiteral("ID");
}

void ExportPdfCommand::addFormatOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"),
        QCoreApplication::translate("ExportPdfCommand", "The case: id or tracking id."));
    parser.addOption(m_tlp);
}

std::optional<int> ExportPdfCommand::checkFormatArguments(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("ExportPdfCommand", "Give exactly one case id."));
    TlpLevel tlp = TlpLevel::Amber;
    if (!TlpLevels::fromId(parser.value(m_tlp), &tlp))
        return usageError(QCoreApplication::translate(
            "ExportPdfCommand", "Unknown TLP label “%1”; use clear, green, amber, amber+strict or red.")
                .arg(parser.value(m_tlp).left(40)));
    return std::nullopt;
}

int ExportPdfCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    TlpLevel tlp = TlpLevel::Amber;
    TlpLevels::fromId(parser.value(m_tlp), &tlp);
    Stores stores(*db);
    const auto ids = namedCases(stores.cases, parser);
    if (!ids)
        return ExitCode::Failure;
    // The tracker knows the team's policies, calendar and zone, as the GUI uses them; the
    // case's own policy, if it has one, sets its clocks.
    const SlaTracker tracker(stores.cases, *db);
    if (!tracker.errorString().isEmpty())
        return failure(tracker.errorString());
    // Evidence is listed always; image thumbnails need the store unlocked, which a script
    // does with PSIRTDESK_EVIDENCE_PASSPHRASE (never asked for here: a report must not wait
    // on a terminal).
    const QString passphrase = qEnvironmentVariable("PSIRTDESK_EVIDENCE_PASSPHRASE");
    if (!passphrase.isEmpty()) {
        if (const Status unlocked = stores.evidence.unlock(passphrase); !unlocked)
            return failure(unlocked.error());
    }
    const auto report = stores.service.caseReport(
        ids->constFirst(), *tracker.model(), tlp, Analyst::current(), Clock::nowUtc());
    if (!report)
        return failure(report.error());
    return write(parser, report->bytes, report->pageCount);
}
