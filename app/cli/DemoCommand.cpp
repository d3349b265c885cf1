#include "DemoCommand.h"

#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "jobs/DemoDatabaseJob.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimeZone>

namespace {

QString wroteMessage(int cases, const QString &where, const QElapsedTimer &timer)
{
    return QCoreApplication::translate("CaseCommands", "Wrote %1 demo cases to %2 in %3 s.")
        .arg(cases)
        .arg(where)
        .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
}

} // namespace

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"))
    , m_cases(QStringList {QStringLiteral("n"), QStringLiteral("cases")},
          QCoreApplication::translate("CaseCommands", "Number of cases (1 to %1).")
              .arg(DemoGenerator::maxCases),
          QCoreApplication::translate("CaseCommands", "count"))
    , m_output(QStringList {QStringLiteral("o"), QStringLiteral("out")},
          QCoreApplication::translate("CaseCommands",
              "The SQLite file to create, or an empty PostgreSQL database (postgresql:// URL)."),
          QCoreApplication::translate("CaseCommands", "file"))
    , m_seed(QStringLiteral("seed"),
          QCoreApplication::translate(
              "CaseCommands", "Random seed; the same seed and --now give the same data."),
          QCoreApplication::translate("CaseCommands", "seed"), QStringLiteral("1"))
    , m_now(QStringLiteral("now"),
          QCoreApplication::translate("CaseCommands",
              "The instant the data is as of, ISO 8601 (default: the current time; UTC if no offset is "
              "given)."),
          QCoreApplication::translate("CaseCommands", "time"))
    , m_force(
          QStringLiteral("force"), QCoreApplication::translate("CaseCommands", "Replace an existing file."))
{ }

QString DemoCommand::summary() const
{
    return QCoreApplication::translate("CaseCommands", "Create a demo case database.");
}

QString DemoCommand::description() const
{
    return QCoreApplication::translate(
        "CaseCommands", "Creates a demo case database with realistic, reproducible data.");
}

void DemoCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_cases, m_output, m_seed, m_now, m_force});
}

std::optional<int> DemoCommand::checkArguments(const QCommandLineParser &parser)
{
    if (const auto stop = refuseArguments(parser))
        return stop;
    if (!parser.isSet(m_cases) || !parser.isSet(m_output))
        return usageError(QCoreApplication::translate("CaseCommands", "--cases and --out are required."));
    return std::nullopt;
}

int DemoCommand::execute(const QCommandLineParser &parser)
{
    DemoOptions options;
    bool ok = false;
    options.cases = parser.value(m_cases).toInt(&ok);
    if (!ok || options.cases < 1 || options.cases > DemoGenerator::maxCases)
        return usageError(
            QCoreApplication::translate("CaseCommands", "--cases must be a whole number from 1 to %1.")
                .arg(DemoGenerator::maxCases));
    options.seed = parser.value(m_seed).toUInt(&ok);
    if (!ok)
        return usageError(QCoreApplication::translate(
            "CaseCommands", "--seed must be a whole number from 0 to 4294967295."));
    if (parser.isSet(m_now)) {
        QDateTime t = QDateTime::fromString(parser.value(m_now), Qt::ISODateWithMs);
        if (!t.isValid())
            return usageError(QCoreApplication::translate(
                "CaseCommands", "--now must be an ISO 8601 date and time, e.g. 2026-11-23T12:00:00Z."));
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeZone(QTimeZone::UTC);
        options.now = t.toUTC();
    } else {
        options.now = Clock::nowUtc();
    }
    if (const Status s = DemoGenerator::check(options); !s)
        return usageError(s.error());

    const auto target = Database::Location::parse(parser.value(m_output));
    if (!target)
        return usageError(target.error());
    if (target->backend == Database::Backend::SQLite && QFileInfo::exists(target->path)
        && !parser.isSet(m_force))
        return failure(QCoreApplication::translate("CaseCommands", "“%1” exists; use --force to replace it.")
                .arg(target->path));
    QElapsedTimer timer;
    timer.start();
    // The one builder the start page uses too: an SQLite file is built beside the target
    // and renamed at the end, so a failed or interrupted run leaves nothing half-written.
    if (const Status s = DemoDatabaseJob::build(*target, options); !s)
        return failure(s.error());
    const QString where = target->backend == Database::Backend::SQLite
        ? QDir::toNativeSeparators(target->path)
        : target->displayString();
    out() << wroteMessage(options.cases, where, timer) << '\n';
    return ExitCode::Ok;
}
