#include "ExportCveCommand.h"

#include <QCoreApplication>

ExportCveCommand::ExportCveCommand()
    : ExportFormatCommand(QStringLiteral("cve"))
    , m_cve(QStringLiteral("cve"),
          QCoreApplication::translate(
              "ExportAdvisoryCommand", "Which of the case's CVE ids (default: the first)."),
          QCoreApplication::translate("ExportAdvisoryCommand", "CVE-ID"))
{ }

QString ExportCveCommand::summary() const
{
    return QCoreApplication::translate("ExportAdvisoryCommand", "CVE JSON 5 record of a case's CVE id");
}

QString ExportCveCommand::description() const
{
    return QCoreApplication::translate("ExportAdvisoryCommand",
        "Writes the CVE record (CVE JSON 5, CNA container) for a CVE id of case ID.");
}

QString ExportCveCommand::positionalSyntax() const
{
    return QStringLiteral("ID");
}

void ExportCveCommand::addFormatOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"),
        QCoreApplication::translate("ExportAdvisoryCommand", "The case: id or tracking id."));
    parser.addOption(m_cve);
}

std::optional<int> ExportCveCommand::checkFormatArguments(const QCommandLineParser &parser)
{
    Q_UNUSED(parser)
    return std::nullopt;
}

int ExportCveCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    Stores stores(*db);
    const auto ids = namedCases(stores.cases, parser);
    if (!ids)
        return ExitCode::Failure;
    if (ids->size() != 1)
        return failure(QCoreApplication::translate("ExportAdvisoryCommand", "Give exactly one case id."));
    CveRecord::Options options;
    options.cveId = parser.value(m_cve).trimmed().toUpper();
    const auto json = stores.service.cveRecord(ids->constFirst(), options);
    if (!json)
        return failure(json.error());
    // Valid all the same; a CNA reviewer would flag these.
    for (const QString &warning : CveRecord::warnings(*json))
        err() << QCoreApplication::translate("ExportAdvisoryCommand", "warning: %1").arg(warning) << Qt::endl;
    return write(parser, *json);
}
