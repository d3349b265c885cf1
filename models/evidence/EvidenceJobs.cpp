#include "EvidenceJobs.h"

#include "evidence/EvidenceStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

namespace {

// A job running fn(store, control) on a store of its own connection, unlocked with the
// session key of the store given.
template<typename R, typename Fn>
Job<R> *onWorkerStore(EvidenceStore &store, QObject *parent, Fn fn)
{
    return new Job<R>(
        [location = store.auditLog().database().location(), key = store.sessionKey(), fn](
            JobControl &control) -> Result<R> {
            Database db;
            if (const Status s = db.openExisting(location); !s)
                return Result<R>::failure(s.error());
            AuditLog audit(db);
            EvidenceStore worker(db, audit);
            if (const Status s = worker.adoptSessionKey(key); !s)
                return Result<R>::failure(s.error());
            return fn(worker, control);
        },
        parent);
}

Job<Attachment> *announced(EvidenceStore &store, Job<Attachment> *job)
{
    // Connected first, so the store's listeners hear of it before the job's.
    QObject::connect(job, &BackgroundJob::succeeded, &store,
        [&store, job] { store.auditLog().announceCommitted(job->result().caseId, CaseField::Evidence); });
    return job;
}

} // namespace

namespace EvidenceJobs {

Job<Attachment> *addFile(EvidenceStore &store, qint64 caseId, const QString &path, QObject *parent)
{
    return announced(store,
        onWorkerStore<Attachment>(store, parent, [caseId, path](EvidenceStore &worker, JobControl &control) {
            return worker.addFile(caseId, path, {}, &control);
        }));
}

Job<Attachment> *addData(
    EvidenceStore &store, qint64 caseId, const QByteArray &data, const QString &fileName, QObject *parent)
{
    return announced(store,
        onWorkerStore<Attachment>(
            store, parent, [caseId, data, fileName](EvidenceStore &worker, JobControl &control) {
                return worker.addData(caseId, data, fileName, {}, &control);
            }));
}

Job<QString> *exportAttachment(
    EvidenceStore &store, qint64 attachmentId, const QString &file, QObject *parent)
{
    return onWorkerStore<QString>(
        store, parent, [attachmentId, file](EvidenceStore &worker, JobControl &control) -> Result<QString> {
            if (const Status s = worker.exportTo(attachmentId, file, &control); !s)
                return Result<QString>::failure(s.error());
            return file;
        });
}

Job<QString> *exportCase(EvidenceStore &store, qint64 caseId, const QString &folder, QObject *parent)
{
    return onWorkerStore<QString>(
        store, parent, [caseId, folder](EvidenceStore &worker, JobControl &control) {
            return worker.exportCase(caseId, folder, &control);
        });
}

Job<QList<EvidenceProblem>> *verify(EvidenceStore &store, qint64 caseId, QObject *parent)
{
    return onWorkerStore<QList<EvidenceProblem>>(store, parent,
        [caseId](EvidenceStore &worker, JobControl &control) { return worker.verify(caseId, {}, &control); });
}

Job<QByteArray> *unlock(EvidenceStore &store, const QString &passphrase, bool create, QObject *parent)
{
    auto *job = new Job<QByteArray>(
        [location = store.auditLog().database().location(), passphrase, create](
            JobControl &) -> Result<QByteArray> {
            Database db;
            if (const Status s = db.openExisting(location); !s)
                return Result<QByteArray>::failure(s.error());
            AuditLog audit(db);
            EvidenceStore worker(db, audit);
            if (const Status s = create ? worker.initialise(passphrase) : worker.unlock(passphrase); !s)
                return Result<QByteArray>::failure(s.error());
            return worker.sessionKey();
        },
        parent);
    QObject::connect(job, &BackgroundJob::succeeded, &store, [&store, job] {
        QByteArray key = job->takeResult();
        // A store that refuses the key stays locked; the caller sees that.
        if (!store.adoptSessionKey(key))
            store.lock();
        key.fill('\0');
    });
    return job;
}

} // namespace EvidenceJobs
