#include "CliCommand.h"
#include "ExportCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Reports lay out text, which needs fonts and so a QGuiApplication; the command line has
    // no window, so on the offscreen platform unless the user chose one.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 2 && qstrcmp(argv[1], "export") == 0 && exportNeedsGui(QString::fromLocal8Bit(argv[2]))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("psirtdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PSIRT Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PSIRTDESK_VERSION));

    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("psirtdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QList<CliCommand> commands = cliCommands();

    auto usage = [&](QTextStream &stream) {
        stream << QCoreApplication::translate("cli", "Usage: %1 COMMAND [OPTIONS]")
                      .arg(QStringLiteral("psirtdesk-cli"))
               << "\n\n"
               << QCoreApplication::translate("cli", "Commands:") << '\n';
        for (const CliCommand &c : commands)
            stream << "  " << c.name.leftJustified(12) << c.summary << '\n';
        stream << '\n'
               << QCoreApplication::translate("cli", "Run “%1 COMMAND --help” for a command's options.")
                      .arg(QStringLiteral("psirtdesk-cli"))
               << '\n';
    };

    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h" || args.at(1) == u"help") {
        usage(args.size() < 2 ? err : out);
        return args.size() < 2 ? 2 : 0;
    }
    if (args.at(1) == u"--version") {
        out << "psirtdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const CliCommand &c : commands) {
        if (c.name == args.at(1)) {
            QStringList rest = args.mid(1);
            rest[0] = QStringLiteral("psirtdesk-cli ") + c.name;
            const int status = c.run(rest, out, err);
            out.flush();
            err.flush();
            return status;
        }
    }
    err << QCoreApplication::translate("cli", "Unknown command “%1”.").arg(args.at(1)) << "\n\n";
    usage(err);
    return 2;
}
