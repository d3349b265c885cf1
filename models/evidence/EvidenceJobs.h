#pragma once

#include "evidence/Attachment.h"
#include "jobs/Job.h"

#include <QByteArray>
#include <QList>
#include <QString>

class EvidenceStore;

/// Evidence work off the GUI thread, as jobs: adding a body (hash and encrypt, up to
/// 4 GiB), exporting one or all of a case's, and verifying them, each with progress and
/// cancel. store must be unlocked when the job is made; the job adopts its session key.
///
/// Each job opens its own connection to the store's database and an EvidenceStore on it,
/// and does all of its work there: an add writes the body's chunks and the attachment in
/// one transaction, so a cancel (seen up to the commit) or a failure rolls everything back
/// and leaves no row and no chunk. Doing only the hashing and encryption in the worker and
/// the insert on the GUI thread's connection would mean holding up to 4 GiB of sealed
/// chunks in memory, or in a file, until then. The price on SQLite: the worker holds the
/// write lock while it adds, so a write from the GUI thread meanwhile waits for it (up to
/// the connection's busy timeout). A committed add is announced on store's audit log, so
/// the attachment list and every other view follow as for a change made on the GUI thread:
/// on SQLite by AuditLog::announceCommitted() before the job's succeeded(), on PostgreSQL
/// by the worker's NOTIFY, which store's connection hears as from another analyst.
namespace EvidenceJobs {

Job<Attachment> *addFile(EvidenceStore &store, qint64 caseId, const QString &path, QObject *parent);
Job<Attachment> *addData(
    EvidenceStore &store, qint64 caseId, const QByteArray &data, const QString &fileName, QObject *parent);
/// The result is the file written.
Job<QString> *exportAttachment(
    EvidenceStore &store, qint64 attachmentId, const QString &file, QObject *parent);
/// The result is the manifest written.
Job<QString> *exportCase(EvidenceStore &store, qint64 caseId, const QString &folder, QObject *parent);
/// All cases' evidence when caseId is 0.
Job<QList<EvidenceProblem>> *verify(EvidenceStore &store, qint64 caseId, QObject *parent);
/// Unlocks store with the passphrase, or (create) sets it as the first one: the key
/// derivation takes EvidenceStore::targetDerivationMs or more by design, so it runs here.
/// On success the data key goes to store (adoptSessionKey(), before the job's succeeded())
/// and is not kept in the job; store need not be unlocked for this one.
Job<QByteArray> *unlock(EvidenceStore &store, const QString &passphrase, bool create, QObject *parent);

} // namespace EvidenceJobs
