#include "DemoDatabaseJob.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

DemoDatabaseJob::DemoDatabaseJob(QString path, DemoOptions options, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_options(std::move(options))
{ }

DemoDatabaseJob::~DemoDatabaseJob()
{
    // The worker only touches the job through queued calls guarded by QPointer.
    *m_cancelled = true;
}

void DemoDatabaseJob::start()
{
    if (m_running.exchange(true))
        return;
    QPointer<DemoDatabaseJob> self(this);
    const QString target = m_path;
    const QString partial = m_path + QStringLiteral(".partial");
    const DemoOptions options = m_options;
    std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    QThread *worker = QThread::create([self, target, partial, options, cancelled] {
        const auto deliver = [self](auto &&signalCall) {
            QMetaObject::invokeMethod(
                qApp,
                [self, signalCall] {
                    if (self)
                        signalCall(self.data());
                },
                Qt::QueuedConnection);
        };
        QFile::remove(partial);
        QString error;
        {
            Database db;
            Status s = db.open(partial);
            if (s) {
                s = DemoGenerator::generate(db, options, [&](int done) {
                    if (self && !*cancelled)
                        deliver([done, total = options.cases](DemoDatabaseJob *job) {
                            Q_EMIT job->progress(total > 0 ? done * 100 / total : 100);
                        });
                });
            }
            if (!s)
                error = s.error();
        }
        if (error.isEmpty() && *cancelled)
            error = QCoreApplication::translate("DemoDatabaseJob", "Cancelled.");
        if (error.isEmpty() && !QFile::rename(partial, target))
            error = QCoreApplication::translate("DemoDatabaseJob", "Cannot create “%1”.").arg(target);
        if (!error.isEmpty()) {
            QFile::remove(partial);
            deliver([error](DemoDatabaseJob *job) { Q_EMIT job->failed(error); });
        } else {
            deliver([target](DemoDatabaseJob *job) { Q_EMIT job->finished(target); });
        }
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}
