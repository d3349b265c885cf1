#include "ExportCommand.h"

#include "ExportCsafCommand.h"
#include "ExportCsvCommand.h"
#include "ExportCveCommand.h"
#include "ExportPdfCommand.h"
#include "ExportQueueCommand.h"

#include <QCoreApplication>

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"))
{ }

ExportCommand::~ExportCommand() = default;

std::vector<std::unique_ptr<ExportFormatCommand>> ExportCommand::formats()
{
    std::vector<std::unique_ptr<ExportFormatCommand>> all;
    all.push_back(std::make_unique<ExportPdfCommand>());
    all.push_back(std::make_unique<ExportQueueCommand>());
    all.push_back(std::make_unique<ExportCsafCommand>());
    all.push_back(std::make_unique<ExportCveCommand>());
    all.push_back(std::make_unique<ExportCsvCommand>());
    return all;
}

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("ExportCommand", "Export cases as reports or advisories");
}

bool ExportCommand::needsGui(const QStringList &arguments) const
{
    for (const auto &format : formats()) {
        if (format->name() == arguments.value(1))
            return format->needsGui(arguments.mid(1));
    }
    return false;
}

QString ExportCommand::description() const
{
    QString text;
    QTextStream stream(&text);
    listFormats(stream);
    return text.trimmed();
}

QString ExportCommand::positionalSyntax() const
{
    return QStringLiteral("FORMAT [OPTIONS]");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    // Everything from the format on is the format's, parsed by its own command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(QStringLiteral("FORMAT"),
        QCoreApplication::translate("ExportCommand", "The format (see above), then its options."));
}

void ExportCommand::listFormats(QTextStream &stream) const
{
    stream << QCoreApplication::translate("ExportCommand", "Formats:") << '\n';
    for (const auto &f : formats())
        stream << "  " << f->name().leftJustified(12) << f->summary() << '\n';
    stream << '\n'
           << QCoreApplication::translate("ExportCommand", "Run “%1 FORMAT --help” for a format's options.")
                  .arg(invocation())
           << '\n';
}

int ExportCommand::execute(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString format = arguments.value(0);
    if (format.isEmpty()) {
        err() << QCoreApplication::translate("ExportCommand", "Usage: %1 FORMAT [OPTIONS]").arg(invocation())
              << "\n\n";
        listFormats(err());
        return ExitCode::Usage;
    }
    for (const auto &f : formats()) {
        if (f->name() == format) {
            QStringList rest = arguments;
            rest[0] = invocation() + u' ' + f->name();
            return f->run(rest, out(), err());
        }
    }
    err() << QCoreApplication::translate("ExportCommand", "Unknown format “%1”.").arg(format.left(40))
          << "\n\n";
    listFormats(err());
    return ExitCode::Usage;
}
