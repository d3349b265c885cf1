#include "ExportCommand.h"

#include "ExportAdvisoryCommand.h"
#include "ExportPdfCommand.h"

#include <QCoreApplication>

#include <algorithm>

QList<ExportFormat> exportFormats()
{
    return {
        exportPdfFormat(),
        exportQueueFormat(),
        exportCsafFormat(),
        exportCveFormat(),
        exportCsvFormat(),
    };
}

bool exportNeedsGui(const QString &format)
{
    const QList<ExportFormat> formats = exportFormats();
    return std::any_of(formats.cbegin(), formats.cend(),
        [&](const ExportFormat &f) { return f.name == format && f.needsGui; });
}

CliCommand exportCommand()
{
    CliCommand command;
    command.name = QStringLiteral("export");
    command.summary = QCoreApplication::translate("ExportCommand", "Export cases as reports or advisories");
    command.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        const QList<ExportFormat> formats = exportFormats();
        const QString format = arguments.value(1);
        const auto usage = [&](QTextStream &stream) {
            stream << QCoreApplication::translate("ExportCommand", "Usage: %1 FORMAT [OPTIONS]")
                          .arg(arguments.value(0))
                   << "\n\n"
                   << QCoreApplication::translate("ExportCommand", "Formats:") << '\n';
            for (const ExportFormat &f : formats)
                stream << "  " << f.name.leftJustified(12) << f.summary << '\n';
            stream << '\n'
                   << QCoreApplication::translate(
                          "ExportCommand", "Run “%1 FORMAT --help” for a format's options.")
                          .arg(arguments.value(0))
                   << '\n';
        };
        if (format.isEmpty()) {
            usage(err);
            return 2;
        }
        if (format == u"--help" || format == u"-h") {
            usage(out);
            return 0;
        }
        for (const ExportFormat &f : formats) {
            if (f.name == format) {
                QStringList rest = arguments.mid(1);
                rest[0] = arguments.value(0) + u' ' + f.name;
                return f.run(rest, out, err);
            }
        }
        err << QCoreApplication::translate("ExportCommand", "Unknown format “%1”.").arg(format.left(40))
            << "\n\n";
        usage(err);
        return 2;
    };
    return command;
}
