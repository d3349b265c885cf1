#include "ImportJob.h"

#include <QElapsedTimer>

ImportJob::ImportJob(
    Database::Location database, QStringList paths, ImportOptions options, Mode mode, QObject *parent)
    : BackgroundJob(parent)
    , m_database(std::move(database))
    , m_paths(std::move(paths))
    , m_options(std::move(options))
    , m_mode(mode)
{ }

ImportJob::ImportJob(Database::Location database, QList<ImportOutcome> reviewed, QList<qint64> duplicateOf,
    ImportOptions options, QObject *parent)
    : BackgroundJob(parent)
    , m_database(std::move(database))
    , m_reviewed(std::move(reviewed))
    , m_duplicateOf(std::move(duplicateOf))
    , m_options(std::move(options))
    , m_mode(Mode::Commit)
{ }

void ImportJob::start()
{
    launch([database = m_database, paths = m_paths, reviewed = m_reviewed, duplicateOf = m_duplicateOf,
               options = m_options, mode = m_mode](JobControl &control) -> Status {
        Database db;
        if (const Status s = db.open(database); !s)
            return s;
        MailImporter importer(db, options);
        if (const Status s = importer.prepare(); !s)
            return s;
        QList<ImportOutcome> batch;
        QElapsedTimer sinceDelivery;
        sinceDelivery.start();
        const auto deliver = [&] {
            control.post<ImportJob>(
                [b = std::exchange(batch, {})](ImportJob &job) { Q_EMIT job.outcomesReady(b); });
            sinceDelivery.restart();
        };
        const auto report = [&](ImportOutcome outcome, double fraction) {
            batch.append(std::move(outcome));
            // Batches keep the GUI thread from drowning in one event per message.
            if (batch.size() >= 200 || sinceDelivery.elapsed() >= 100)
                deliver();
            control.setProgress(fraction);
        };
        if (mode == Mode::Commit) {
            for (qsizetype i = 0; i < reviewed.size() && !control.isCancelled(); ++i)
                report(
                    importer.commit(reviewed.at(i), duplicateOf.value(i)), double(i + 1) / reviewed.size());
        } else {
            MailSource source(paths, options.limits);
            RawMessage raw;
            while (!control.isCancelled() && source.next(&raw)) {
                const double fraction
                    = source.totalBytes() > 0 ? double(source.bytesDone()) / source.totalBytes() : 1.0;
                report(mode == Mode::Import ? importer.import(raw) : importer.examine(raw), fraction);
            }
        }
        if (!batch.isEmpty())
            deliver();
        if (control.isCancelled())
            return Status::failure(JobControl::cancelledMessage());
        return {};
    });
}
