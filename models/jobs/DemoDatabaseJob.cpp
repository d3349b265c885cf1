#include "DemoDatabaseJob.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>

namespace {

void removeSqliteFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

Status generate(Database &db, const DemoOptions &options, JobControl &control)
{
    const Status s = DemoGenerator::generate(db, options, [&control, total = options.cases](int done) {
        control.setProgress(total > 0 ? double(done) / total : 1.0,
            QCoreApplication::translate("DemoDatabaseJob", "%1 of %2 cases").arg(done).arg(total));
    });
    if (s && control.isCancelled())
        return Status::failure(JobControl::cancelledMessage());
    return s;
}

} // namespace

DemoDatabaseJob::DemoDatabaseJob(Database::Location target, DemoOptions options, QObject *parent)
    : BackgroundJob(parent)
    , m_target(std::move(target))
    , m_options(std::move(options))
{ }

namespace {
Database::Location sqliteFile(const QString &path)
{
    Database::Location location;
    location.path = path;
    return location;
}
} // namespace

DemoDatabaseJob::DemoDatabaseJob(const QString &path, DemoOptions options, QObject *parent)
    : DemoDatabaseJob(sqliteFile(path), std::move(options), parent)
{ }

void DemoDatabaseJob::start()
{
    launch([target = m_target, options = m_options](
               JobControl &control) { return build(target, options, control); });
}

Status DemoDatabaseJob::build(const Database::Location &target, const DemoOptions &options)
{
    JobControl control;
    return build(target, options, control);
}

Status DemoDatabaseJob::build(
    const Database::Location &target, const DemoOptions &options, JobControl &control)
{
    if (target.backend == Database::Backend::PostgreSQL) {
        Database db;
        if (Status s = db.open(target); !s)
            return s;
        // The generator writes in one transaction: a cancel after it is too late to undo.
        return DemoGenerator::generate(db, options, [&control, total = options.cases](int done) {
            control.setProgress(total > 0 ? double(done) / total : 1.0);
        });
    }
    const QString path = target.path;
    if (QFileInfo(path).isDir())
        return Status::failure(QCoreApplication::translate("DemoDatabaseJob", "“%1” is a folder.").arg(path));
    const QString partial = path + QStringLiteral(".partial");
    removeSqliteFiles(partial);
    {
        Database db;
        Status s = db.open(partial);
        if (s) {
            // The file is new and deleted if anything fails, so it needs neither a journal
            // nor syncs while it is built.
            QSqlQuery q(db.connection());
            for (const char *pragma :
                {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-65536"}) {
                if (s && !q.exec(QString::fromLatin1(pragma)))
                    s = Status::failure(q.lastError().text());
            }
            if (s)
                s = generate(db, options, control);
            if (s && !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
                s = Status::failure(q.lastError().text());
        }
        db.close();
        if (!s) {
            removeSqliteFiles(partial);
            return s;
        }
    }
    // A stale write-ahead log of the replaced file must not be replayed into the new one.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    // Unlike QFile::rename, this replaces an existing file in one step.
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(partial.toStdU16String()), std::filesystem::path(path.toStdU16String()), ec);
    if (ec) {
        removeSqliteFiles(partial);
        return Status::failure(
            QCoreApplication::translate("DemoDatabaseJob", "Cannot move the new database to “%1”: %2")
                .arg(path, QString::fromLocal8Bit(ec.message())));
    }
    return {};
}
