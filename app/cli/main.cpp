#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

// psirtdesk-cli: the application object, the translation, and the command line handed to
// the psirtdesk_cli library.
int main(int argc, char *argv[])
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    // Reports lay out text, which needs fonts and so a QGuiApplication; the command line has
    // no window, so on the offscreen platform unless the user chose one.
    std::unique_ptr<QCoreApplication> app;
    if (Cli::needsGui(raw)) {
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
    return Cli::run(QCoreApplication::arguments(), out, err);
}
