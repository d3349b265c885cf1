#include "DemoCommand.h"

#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <filesystem>
#include <system_error>

namespace {

void removeSqliteFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

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

    const auto target = Database::Location::parse(parser.value(m_output));
    if (!target)
        return usageError(target.error());
    if (target->backend == Database::Backend::SQLite)
        return writeSqlite(target->path, options, parser.isSet(m_force));
    QElapsedTimer timer;
    timer.start();
    Database db;
    if (Status s = db.open(*target); !s)
        return failure(s.error());
    if (Status s = DemoGenerator::generate(db, options); !s)
        return failure(s.error());
    out() << wroteMessage(options.cases, target->displayString(), timer) << '\n';
    return ExitCode::Ok;
}

int DemoCommand::writeSqlite(const QString &path, const DemoOptions &options, bool force)
{
    QElapsedTimer timer;
    timer.start();
    if (QFileInfo::exists(path) && !force)
        return failure(
            QCoreApplication::translate("CaseCommands", "“%1” exists; use --force to replace it.").arg(path));
    if (QFileInfo(path).isDir())
        return failure(QCoreApplication::translate("CaseCommands", "“%1” is a folder.").arg(path));
    // Built beside the target and renamed at the end, so a failed or interrupted run never
    // leaves a half-written database under the requested name.
    const QString partial = path + QStringLiteral(".partial");
    removeSqliteFiles(partial);
    {
        Database db;
        Status s = db.open(partial);
        if (s) {
            // The file is new and deleted if anything fails, so it needs neither a journal
            // nor syncs while it is built; that makes generation several times faster.
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("PRAGMA journal_mode=OFF"));
            q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
            q.exec(QStringLiteral("PRAGMA cache_size=-65536"));
            s = DemoGenerator::generate(db, options);
            if (s && !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
                s = Status::failure(q.lastError().text());
        }
        db.close();
        if (!s) {
            removeSqliteFiles(partial);
            return failure(s.error());
        }
    }
    // A stale write-ahead log of the replaced file must not be replayed into the new one.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(partial.toStdU16String()), std::filesystem::path(path.toStdU16String()), ec);
    if (ec) {
        removeSqliteFiles(partial);
        return failure(QCoreApplication::translate("CaseCommands", "Cannot move the new database to “%1”: %2")
                .arg(path, QString::fromLocal8Bit(ec.message())));
    }
    out() << wroteMessage(options.cases, QDir::toNativeSeparators(path), timer) << '\n';
    return ExitCode::Ok;
}
