#include "core/Analyst.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "sla/SlaTracker.h"
#include "storage/CaseStore.h"
#include "widgets/EventLoopProbe.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

// The executable stays thin: arguments, translations, settings, the main window.
int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    EventLoopProbe::mark("main");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("psirtdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PSIRT Desk"));
    QApplication::setOrganizationName(QStringLiteral("PSIRT Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PSIRTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("psirtdesk"));

    // The UI follows the locale: our strings, then Qt's own (dialog buttons and the like).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("psirtdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop workstation for PSIRT analysts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"),
        QApplication::translate(
            "main", "A case database: SQLite file or postgresql:// URL. Default: the last one used."),
        QStringLiteral("[DATABASE]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Render the main window to a PNG file and exit (works without a display)."),
        QStringLiteral("FILE"));
    const QCommandLineOption analyst(QStringLiteral("analyst"),
        QApplication::translate("main", "Analyst name written to the audit log (default: your user name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption view(QStringLiteral("view"),
        QApplication::translate(
            "main", "The view to show first: inbox, timeline, queue, dashboard, products or upstream."),
        QStringLiteral("NAME"));
    parser.addOption(screenshot);
    parser.addOption(view);
    parser.addOption(analyst);
    parser.process(app);

    AppSettings settings;
    if (parser.isSet(analyst))
        settings.setAnalystName(parser.value(analyst));
    if (!settings.analystName().isEmpty())
        Analyst::setCurrent(settings.analystName());

    MainWindow window(settings);
    QString location = parser.positionalArguments().value(0);
    if (location.isEmpty())
        location = settings.lastDatabase();
    if (!location.isEmpty()) {
        if (const Status s = window.openDatabase(location); !s)
            window.messageBar()->showMessage(MessageBar::Kind::Error, s.error());
    }
    // Diagnostics for bench-app (README, Benchmarks): the first paint and, once a second,
    // the worst event-loop stall, on stderr.
    std::unique_ptr<EventLoopProbe> probe;
    if (qEnvironmentVariableIntValue("PSIRTDESK_PROBE") > 0) {
        probe = std::make_unique<EventLoopProbe>();
        probe->watchFirstPaint(&window);
        QObject::connect(probe.get(), &EventLoopProbe::firstPainted,
            [&sinceStart] { std::fprintf(stderr, "PROBE first-paint %lld\n", sinceStart.elapsed()); });
        auto *report = new QTimer(probe.get());
        QObject::connect(report, &QTimer::timeout, probe.get(), [p = probe.get()] {
            std::fprintf(stderr, "PROBE stall %.1f %d\n", p->worstStallMs(), p->stallsOver100Ms());
            p->reset();
        });
        report->start(1000);
    }
    // Without a database the window shows its start page: create, open, connect or demo.
    window.show();
    if (parser.isSet(view) && !window.showView(parser.value(view)))
        window.messageBar()->showMessage(MessageBar::Kind::Warning,
            QApplication::translate("main", "There is no view “%1”.").arg(parser.value(view)));

    if (parser.isSet(screenshot)) {
        // The picture shows the window as a user sees it once the cases are in: a large
        // inbox and the deadlines arrive from the background after the first paint.
        const QString file = parser.value(screenshot);
        auto *waitForData = new QTimer(&window);
        waitForData->setInterval(50);
        QObject::connect(waitForData, &QTimer::timeout, &window, [&window, waitForData, file] {
            InboxPane *inbox = window.inbox();
            const SlaTracker *tracker = window.slaTracker();
            if ((inbox && inbox->isLoading()) || (tracker && tracker->isLoading()))
                return;
            waitForData->stop();
            if (inbox)
                inbox->view()->selectRow(0);
            QTimer::singleShot(100, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                if (!saved)
                    std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
                QApplication::exit(saved ? 0 : 1);
            });
        });
        waitForData->start();
    }
    const int exitCode = app.exec();
    // Background readers (deadlines, dashboard) open their own connections: they finish
    // while the application object still exists.
    QThreadPool::globalInstance()->waitForDone();
    return exitCode;
}
