#pragma once

#include "core/Result.h"
#include "evidence/Attachment.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <memory>

class AuditLog;
class Database;
class JobControl;
class QIODevice;

/// Evidence (the files a reporter sends, and what the team produces reproducing them)
/// stored in the case database, encrypted at rest, on SQLite and PostgreSQL alike.
///
/// Bodies are split into 1 MiB chunks, each sealed with AES-256-GCM under the body's own
/// random key; the chunk's nonce is its index and whether it is the last, so a tampered,
/// reordered or truncated body fails authentication instead of being shown. Body keys are
/// sealed with the database's data key, and the data key with a key derived from the team's
/// passphrase (PBKDF2, salt and iteration count stored, calibrated to at least 250 ms), so a
/// new passphrase re-seals one key and no body. Bodies are addressed by the SHA-256 of their
/// content; identical content is stored once, however many cases it is attached to.
///
/// The database's bookkeeping is not trusted: a body's sealed key carries the body's SHA-256,
/// size and part count, and each attachment row the SHA-256 it was attached with, so a
/// changed size or hash, a body copied over another or an attachment pointed at another body
/// is refused before anything is shown or written (bodies stored before keys carried them
/// are checked in full on first read and then sealed the same way). Exports hash what they
/// write and refuse a mismatch.
///
/// The unlocked data key is kept in memory for the session (lock() forgets it). Every change
/// is audited in the case's log in the same transaction through the AuditLog, which
/// announces it as caseChanged(id, CaseField::Evidence) here and to other analysts. Use from
/// the thread that opened the database; readers from open() may be read from any thread.
class EvidenceStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceStore)

public:
    static constexpr qint64 chunkSize = 1 << 20;
    /// Largest body accepted: a full firmware image or packet capture fits, a disk image not.
    static constexpr qint64 maxSize = qint64(4) << 30;
    /// Whether a body of this many bytes is taken (at most maxSize).
    static constexpr bool sizeAccepted(qint64 bytes) { return bytes >= 0 && bytes <= maxSize; }
    static constexpr qsizetype maxNoteLength = 4000;
    static constexpr qsizetype maxFileNameLength = 255;
    static constexpr int targetDerivationMs = 250;

    /// audit must be the log of the same connection (CaseStore::auditLog()).
    EvidenceStore(Database &db, AuditLog &audit, QObject *parent = nullptr);
    ~EvidenceStore() override;

    /// Whether the database has a passphrase yet (else initialise() first).
    Result<bool> isInitialised() const;
    /// Sets the first passphrase. iterations 0 calibrates to targetDerivationMs; tests pass
    /// a small count to stay fast.
    Status initialise(const QString &passphrase, int iterations = 0);
    /// Checks the passphrase and keeps the data key for the session.
    Status unlock(const QString &passphrase);
    bool isUnlocked() const { return !m_dataKey.isEmpty(); }
    /// The unlocked data key, for another connection of this process to the same database
    /// (a background import) to adopt with adoptSessionKey(); never written anywhere.
    QByteArray sessionKey() const { return m_dataKey; }
    Status adoptSessionKey(const QByteArray &key);
    void lock();
    /// Re-seals the data key under a new passphrase; the bodies stay as they are.
    Status changePassphrase(const QString &current, const QString &next, int iterations = 0);
    /// The stored iteration count (for the settings and the tests).
    Result<int> iterations() const;

    /// Streams source (from its current position to its end) into the store and attaches it
    /// to the case, in one transaction. fileName is for display; note is the analyst's.
    /// With a control (an EvidenceJob), progress is reported per chunk and a cancel, seen
    /// up to the commit, rolls everything back.
    Result<Attachment> add(qint64 caseId, QIODevice &source, const QString &fileName,
        const QString &note = {}, JobControl *control = nullptr);
    Result<Attachment> addFile(
        qint64 caseId, const QString &path, const QString &note = {}, JobControl *control = nullptr);
    Result<Attachment> addData(qint64 caseId, const QByteArray &data, const QString &fileName,
        const QString &note = {}, JobControl *control = nullptr);

    Result<QList<Attachment>> attachments(qint64 caseId) const;
    Result<Attachment> attachment(qint64 id) const;
    /// Attachments of other cases with this content (to flag a report seen before).
    Result<QList<Attachment>> attachmentsWithHash(const QString &sha256) const;
    Status setNote(qint64 attachmentId, const QString &note);
    /// Detaches the evidence from its case; the body goes when nothing else refers to it.
    Status remove(qint64 attachmentId);

    /// A seekable read-only device over the decrypted body. Reads fail (with errorString())
    /// at the first chunk that does not authenticate; nothing unauthenticated is returned.
    Result<std::unique_ptr<QIODevice>> open(qint64 attachmentId) const;
    /// Writes the body to a file (QSaveFile: a failed or cancelled export leaves no partial
    /// file) after checking that what was written hashes to the recorded SHA-256 and size.
    Status exportTo(qint64 attachmentId, const QString &filePath, JobControl *control = nullptr) const;
    /// Writes all of a case's evidence into folder, with sanitised, unique file names and a
    /// SHA256SUMS manifest (sha256sum format) of what was written; returns the manifest's
    /// path. A new folder is written under a temporary name and renamed into place when
    /// everything verified; a failed or cancelled export leaves neither it nor (in an
    /// existing folder) any file it wrote.
    Result<QString> exportCase(qint64 caseId, const QString &folder, JobControl *control = nullptr) const;
    /// Decrypts and re-hashes every body (all cases when caseId is 0); one problem per
    /// attachment whose body does not authenticate or whose hash differs. progress(done,
    /// total) counts attachments; a control gets the fraction of bytes and may cancel.
    Result<QList<EvidenceProblem>> verify(qint64 caseId = 0,
        const std::function<void(int, int)> &progress = {}, JobControl *control = nullptr) const;

    /// A file name safe to create in a folder of ours: no separators, no "..", no control
    /// characters, not empty, at most 120 characters.
    static QString safeFileName(const QString &name);

    /// Announces changes of a case's attachments (CaseField::Evidence).
    AuditLog &auditLog() const { return m_audit; }

private:
    struct Body;
    Status requireUnlocked() const;
    /// The body an attachment refers to, with its key, after checking the bookkeeping.
    Result<Body> body(qint64 attachmentId) const;
    /// open(), with a reader that borrows this store's connection on this thread when
    /// `borrow` (for readers that do not outlive the call).
    /// `record`, when given, receives the checked body record (without a second query).
    Result<std::unique_ptr<QIODevice>> openBody(
        qint64 attachmentId, bool borrow, Body *record = nullptr) const;
    /// What a body's key is sealed with: the key, the body's SHA-256, size and part count.
    static QByteArray boundKey(const QByteArray &key, const QString &sha256, qint64 size, qint64 chunks);
    Status exportBody(
        qint64 attachmentId, const QString &filePath, JobControl *control, QString *writtenSha256) const;
    Result<QString> exportInto(qint64 caseId, const QString &folder, JobControl *control) const;
    Status audit(qint64 caseId, const QString &field, const QString &oldValue, const QString &newValue);

    Database &m_db;
    AuditLog &m_audit;
    QByteArray m_dataKey;
};
