#include "ImportJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

ImportJob::ImportJob(
    Database::Location database, QStringList paths, ImportOptions options, Mode mode, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_paths(std::move(paths))
    , m_options(std::move(options))
    , m_mode(mode)
{ }

ImportJob::ImportJob(Database::Location database, QList<ImportOutcome> reviewed, QList<qint64> duplicateOf,
    ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_reviewed(std::move(reviewed))
    , m_duplicateOf(std::move(duplicateOf))
    , m_options(std::move(options))
    , m_mode(Mode::Commit)
{ }

ImportJob::~ImportJob()
{
    // The worker only touches the job through queued calls guarded by QPointer.
    *m_cancelled = true;
}

void ImportJob::start()
{
    if (m_running.exchange(true))
        return;
    QPointer<ImportJob> self(this);
    std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    QThread *worker = QThread::create([self, cancelled, database = m_database, paths = m_paths,
                                          reviewed = m_reviewed, duplicateOf = m_duplicateOf,
                                          options = m_options, mode = m_mode] {
        const auto deliver = [self](auto &&signalCall) {
            QMetaObject::invokeMethod(
                qApp,
                [self, signalCall] {
                    if (self)
                        signalCall(self.data());
                },
                Qt::QueuedConnection);
        };
        Database db;
        if (const Status s = db.open(database); !s) {
            deliver([error = s.error()](ImportJob *job) { Q_EMIT job->failed(error); });
            return;
        }
        MailImporter importer(db, options);
        if (const Status s = importer.prepare(); !s) {
            deliver([error = s.error()](ImportJob *job) { Q_EMIT job->failed(error); });
            return;
        }
        QList<ImportOutcome> batch;
        QElapsedTimer sinceDelivery;
        sinceDelivery.start();
        int lastPercent = -1;
        const auto report = [&](ImportOutcome outcome, int percent, bool force) {
            batch.append(std::move(outcome));
            // Batches keep the GUI thread from drowning in one event per message.
            if (force || batch.size() >= 200 || sinceDelivery.elapsed() >= 100) {
                deliver([b = std::move(batch)](ImportJob *job) { Q_EMIT job->outcomesReady(b); });
                batch.clear();
                sinceDelivery.restart();
            }
            if (percent != lastPercent) {
                lastPercent = percent;
                deliver([percent](ImportJob *job) { Q_EMIT job->progress(percent); });
            }
        };
        if (mode == Mode::Commit) {
            for (qsizetype i = 0; i < reviewed.size() && !*cancelled; ++i)
                report(importer.commit(reviewed.at(i), duplicateOf.value(i)),
                    int((i + 1) * 100 / reviewed.size()), false);
        } else {
            MailSource source(paths, options.limits);
            RawMessage raw;
            while (!*cancelled && source.next(&raw)) {
                const int percent
                    = source.totalBytes() > 0 ? int(source.bytesDone() * 100 / source.totalBytes()) : 100;
                report(mode == Mode::Import ? importer.import(raw) : importer.examine(raw), percent, false);
            }
        }
        if (!batch.isEmpty())
            deliver([b = std::move(batch)](ImportJob *job) { Q_EMIT job->outcomesReady(b); });
        const bool wasCancelled = *cancelled;
        deliver([wasCancelled](ImportJob *job) {
            if (!wasCancelled)
                Q_EMIT job->progress(100);
            Q_EMIT job->finished(wasCancelled);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}
