#include "ExportFormatCommand.h"

#include "CliSupport.h"
#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QIODevice>

ExportFormatCommand::ExportFormatCommand(QString format)
    : DatabaseCommand(std::move(format))
    , m_output(QStringLiteral("out"),
          QCoreApplication::translate("ExportAdvisoryCommand", "The file to write; - for standard output."),
          QCoreApplication::translate("ExportAdvisoryCommand", "FILE"))
{ }

ExportFormatCommand::~ExportFormatCommand() = default;

ExportFormatCommand::Stores::Stores(Database &db)
    : cases(db)
    , advisories(cases)
    , evidence(db, cases.auditLog())
    , service(cases, advisories, evidence)
{ }

void ExportFormatCommand::addFormatOptions(QCommandLineParser &parser)
{
    Q_UNUSED(parser)
}

std::optional<int> ExportFormatCommand::checkFormatArguments(const QCommandLineParser &parser)
{
    return refuseArguments(parser);
}

bool ExportFormatCommand::onlyReads(const QCommandLineParser &) const
{
    return true;
}

void ExportFormatCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_output);
    addFormatOptions(parser);
}

std::optional<int> ExportFormatCommand::checkArguments(const QCommandLineParser &parser)
{
    if (const auto stop = checkFormatArguments(parser))
        return stop;
    if (!parser.isSet(m_output))
        return usageError(QCoreApplication::translate("cli", "--out is required."));
    return std::nullopt;
}

std::optional<QList<qint64>> ExportFormatCommand::namedCases(
    const CaseStore &store, const QCommandLineParser &parser)
{
    QList<qint64> ids;
    const QStringList named = parser.positionalArguments();
    for (const QString &text : named) {
        const auto id = CliSupport::resolveCase(store, text);
        if (!id) {
            err() << id.error() << '\n';
            return std::nullopt;
        }
        ids.append(*id);
    }
    return ids;
}

int ExportFormatCommand::write(const QCommandLineParser &parser, const QByteArray &bytes, int pageCount)
{
    const QString path = parser.value(m_output);
    if (path == u"-") {
        // Bytes as they are (a PDF is no text); a stream on a string (in process) gets text.
        out().flush();
        if (QIODevice *device = out().device())
            device->write(bytes);
        else
            out() << QString::fromUtf8(bytes);
        return ExitCode::Ok;
    }
    if (const Status s = AtomicFile::write(path, bytes); !s)
        return failure(s.error());
    if (pageCount >= 0)
        out() << QCoreApplication::translate("ExportPdfCommand", "Wrote %1 (%n page(s)).", nullptr, pageCount)
                     .arg(path)
              << '\n';
    else
        out() << QCoreApplication::translate("ExportAdvisoryCommand", "Wrote %1.").arg(path) << '\n';
    return ExitCode::Ok;
}
