// Over 600 lines: the store is the only writer of the evidence tables (one owner per
// table), and its add, export and verify share the chunk format kept private here.
#include "EvidenceStore.h"

#include "core/Analyst.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "core/TextSanitizer.h"
#include "evidence/EvidenceCrypto.h"
#include "evidence/EvidenceReader.h"
#include "jobs/JobControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StoredText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <optional>

namespace {

using StoredText::dec;
using StoredText::enc;
using StoredText::sqlError;

// Display names are kept as sent, minus what no file name needs: NUL and other controls.
QString displayName(const QString &name)
{
    QString clean;
    for (const QChar c : name) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean.append(c);
    }
    clean = clean.trimmed().left(EvidenceStore::maxFileNameLength);
    return clean.isEmpty() ? QCoreApplication::translate("EvidenceStore", "unnamed") : clean;
}

// The hash the attachment was made with (a.sha256): a row pointed at another body keeps it.
const char *kAttachmentColumns = "a.id, a.case_id, a.sha256, a.file_name, a.mime_type, a.size, a.added_by,"
                                 " a.added_at, a.note";

Attachment attachmentFromQuery(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.caseId = q.value(1).toLongLong();
    a.sha256 = q.value(2).toString();
    a.fileName = dec(q.value(3));
    a.mimeType = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.addedBy = dec(q.value(6));
    a.addedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), QTimeZone::UTC);
    a.note = dec(q.value(8));
    return a;
}

} // namespace

EvidenceStore::EvidenceStore(Database &db, AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
{
    Q_ASSERT(&audit.database() == &db);
}

EvidenceStore::~EvidenceStore()
{
    lock();
}

void EvidenceStore::lock()
{
    m_dataKey.fill('\0');
    m_dataKey.clear();
}

Result<bool> EvidenceStore::isInitialised() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM evidence_keys")) || !q.next())
        return Result<bool>::failure(sqlError(q));
    return q.value(0).toInt() > 0;
}

Result<int> EvidenceStore::iterations() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT iterations FROM evidence_keys WHERE id = 1")))
        return Result<int>::failure(sqlError(q));
    if (!q.next())
        return Result<int>::failure(tr("The evidence store has no passphrase yet."));
    return q.value(0).toInt();
}

Status EvidenceStore::initialise(const QString &passphrase, int iterations)
{
    if (passphrase.size() < 8)
        return Status::failure(tr("Choose a passphrase of at least 8 characters."));
    if (const QString missing = EvidenceCrypto::unavailableReason(); !missing.isEmpty())
        return Status::failure(missing);
    const int rounds = iterations > 0 ? iterations : EvidenceCrypto::calibrateIterations(targetDerivationMs);
    const QByteArray salt = EvidenceCrypto::randomBytes(16);
    const QByteArray dataKey = EvidenceCrypto::randomBytes(EvidenceCrypto::keySize);
    const QByteArray nonce = EvidenceCrypto::randomBytes(EvidenceCrypto::nonceSize);
    const QByteArray sealed
        = EvidenceCrypto::seal(EvidenceCrypto::deriveKey(passphrase, salt, rounds), nonce, dataKey);
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM evidence_keys")) || !q.next())
            return Status::failure(sqlError(q));
        if (q.value(0).toInt() > 0)
            return Status::failure(tr("The evidence store already has a passphrase."));
        q.prepare(QStringLiteral(
            "INSERT INTO evidence_keys (id, kdf, salt, iterations, nonce, sealed_key, changed_at)"
            " VALUES (1, 'pbkdf2-hmac-sha1', ?, ?, ?, ?, ?)"));
        q.addBindValue(salt);
        q.addBindValue(rounds);
        q.addBindValue(nonce);
        q.addBindValue(sealed);
        q.addBindValue(Clock::nowUtc().toMSecsSinceEpoch());
        if (!q.exec())
            return Status::failure(sqlError(q));
        return {};
    });
    if (s)
        m_dataKey = dataKey;
    return s;
}

Status EvidenceStore::adoptSessionKey(const QByteArray &key)
{
    const auto initialised = isInitialised();
    if (!initialised)
        return Status::failure(initialised.error());
    if (!*initialised || key.size() != EvidenceCrypto::keySize)
        return Status::failure(tr("The evidence store is locked: enter its passphrase first."));
    m_dataKey = key;
    return {};
}

Status EvidenceStore::unlock(const QString &passphrase)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT salt, iterations, nonce, sealed_key FROM evidence_keys WHERE id = 1")))
        return Status::failure(sqlError(q));
    if (!q.next())
        return Status::failure(tr("The evidence store has no passphrase yet."));
    const auto key = EvidenceCrypto::open(
        EvidenceCrypto::deriveKey(passphrase, q.value(0).toByteArray(), q.value(1).toInt()),
        q.value(2).toByteArray(), q.value(3).toByteArray());
    if (!key || key->size() != EvidenceCrypto::keySize)
        return Status::failure(tr("Wrong passphrase for the evidence store."));
    m_dataKey = *key;
    return {};
}

Status EvidenceStore::changePassphrase(const QString &current, const QString &next, int iterations)
{
    if (next.size() < 8)
        return Status::failure(tr("Choose a passphrase of at least 8 characters."));
    if (Status s = unlock(current); !s)
        return s;
    const int rounds = iterations > 0 ? iterations : EvidenceCrypto::calibrateIterations(targetDerivationMs);
    const QByteArray salt = EvidenceCrypto::randomBytes(16);
    const QByteArray nonce = EvidenceCrypto::randomBytes(EvidenceCrypto::nonceSize);
    const QByteArray sealed
        = EvidenceCrypto::seal(EvidenceCrypto::deriveKey(next, salt, rounds), nonce, m_dataKey);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE evidence_keys SET salt = ?, iterations = ?, nonce = ?, sealed_key = ?, "
                             "changed_at = ? WHERE id = 1"));
    q.addBindValue(salt);
    q.addBindValue(rounds);
    q.addBindValue(nonce);
    q.addBindValue(sealed);
    q.addBindValue(Clock::nowUtc().toMSecsSinceEpoch());
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Status EvidenceStore::requireUnlocked() const
{
    if (m_dataKey.isEmpty())
        return Status::failure(tr("The evidence store is locked: enter its passphrase first."));
    return {};
}

struct EvidenceStore::Body
{
    qint64 blobId = 0;
    QString sha256;
    qint64 size = 0;
    int chunks = 0;
    QByteArray key;
    bool bound = true; // false: sealed before keys carried the body's hash (checked in full)
};

QByteArray EvidenceStore::boundKey(const QByteArray &key, const QString &sha256, qint64 size, qint64 chunks)
{
    // key (32) || SHA-256 (32) || size (8, big-endian) || parts (4, big-endian): 76 bytes.
    QByteArray plain = key;
    plain += QByteArray::fromHex(sha256.toLatin1());
    for (int shift = 56; shift >= 0; shift -= 8)
        plain += char((quint64(size) >> shift) & 0xff);
    for (int shift = 24; shift >= 0; shift -= 8)
        plain += char((quint64(chunks) >> shift) & 0xff);
    return plain;
}

Result<EvidenceStore::Body> EvidenceStore::body(qint64 attachmentId) const
{
    using R = Result<Body>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT b.id, b.sha256, b.size, b.chunk_count, b.key_nonce, b.sealed_key,"
                             " a.sha256, a.size FROM case_attachments a"
                             " JOIN evidence_blobs b ON b.id = a.blob_id WHERE a.id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return R::failure(sqlError(q));
    if (!q.next())
        return R::failure(tr("There is no attachment %1.").arg(attachmentId));
    Body b;
    b.blobId = q.value(0).toLongLong();
    b.sha256 = q.value(1).toString();
    b.size = q.value(2).toLongLong();
    b.chunks = q.value(3).toInt();
    const QString attachedSha = q.value(6).toString();
    if (q.value(7).toLongLong() != b.size)
        return R::failure(tr("This evidence's body is damaged (the attachment and the body record different "
                             "sizes). It is not shown."));
    if (attachedSha != b.sha256)
        return R::failure(tr("This attachment refers to another body than the one attached (SHA-256 %1, "
                             "recorded %2). It is not shown.")
                .arg(b.sha256.left(64), attachedSha.left(64)));
    // The chunk count must fit the size: a body cut short in the table is refused here.
    if (b.size < 0 || b.chunks != std::max<qint64>(1, (b.size + chunkSize - 1) / chunkSize))
        return R::failure(
            tr("This evidence's body is damaged (its size and parts disagree). It is not shown."));
    const auto plain = EvidenceCrypto::open(m_dataKey, q.value(4).toByteArray(), q.value(5).toByteArray());
    if (!plain)
        return R::failure(tr("The evidence body's key does not authenticate: it was altered."));
    if (plain->size() == EvidenceCrypto::keySize) {
        b.key = *plain;
        b.bound = false;
    } else if (*plain == boundKey(plain->left(EvidenceCrypto::keySize), b.sha256, b.size, b.chunks)) {
        b.key = plain->left(EvidenceCrypto::keySize);
    } else {
        return R::failure(tr("This evidence's records (SHA-256, size or parts) are not those its key was "
                             "sealed with: they were altered. It is not shown."));
    }
    return b;
}

Status EvidenceStore::audit(
    qint64 caseId, const QString &field, const QString &oldValue, const QString &newValue)
{
    const auto recorded = m_audit.record({caseId, CaseField::Evidence, {{field, oldValue, newValue}}});
    return recorded ? Status() : Status::failure(recorded.error());
}

Result<Attachment> EvidenceStore::add(
    qint64 caseId, QIODevice &source, const QString &fileName, const QString &note, JobControl *control)
{
    using R = Result<Attachment>;
    if (Status s = requireUnlocked(); !s)
        return R::failure(s.error());
    if (!source.isOpen() || !source.isReadable())
        return R::failure(tr("Cannot read “%1”: %2").arg(displayName(fileName), source.errorString()));
    if (note.size() > maxNoteLength)
        return R::failure(tr("The note is longer than %1 characters.").arg(maxNoteLength));
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id = ?"));
        q.addBindValue(caseId);
        if (!q.exec() || !q.next())
            return R::failure(sqlError(q));
        if (q.value(0).toInt() == 0)
            return R::failure(tr("There is no case %1.").arg(caseId));
    }
    const QString name = displayName(fileName);
    const auto tooLarge = [&name] {
        return tr("“%1” is larger than the evidence store takes (%2 GiB).").arg(name).arg(maxSize >> 30);
    };
    // A file that says its size is refused before anything is written; a stream is
    // counted as it comes.
    const qint64 expected = source.isSequential() ? 0 : source.size() - source.pos();
    if (!sizeAccepted(expected))
        return R::failure(tooLarge());
    Attachment added;
    const qint64 now = Clock::nowUtc().toMSecsSinceEpoch();
    const Status s = m_db.transaction([&]() -> Status {
        // The body goes in under its own key before its hash is known (one pass over the
        // source); if the content is stored already, this copy is dropped again.
        const QByteArray key = EvidenceCrypto::randomBytes(EvidenceCrypto::keySize);
        const QByteArray keyNonce = EvidenceCrypto::randomBytes(EvidenceCrypto::nonceSize);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO evidence_blobs (sha256, size, chunk_count, key_nonce, sealed_key, created_at)"
            " VALUES (?, 0, 0, ?, ?, ?) RETURNING id"));
        q.addBindValue(QString(
            QStringLiteral("pending-") + QString::fromLatin1(EvidenceCrypto::randomBytes(16).toHex())));
        q.addBindValue(keyNonce);
        q.addBindValue(EvidenceCrypto::seal(m_dataKey, keyNonce, key));
        q.addBindValue(now);
        if (!q.exec() || !q.next())
            return Status::failure(sqlError(q));
        qint64 blobId = q.value(0).toLongLong();
        q.finish();

        QSqlQuery chunk(m_db.connection());
        if (!chunk.prepare(
                QStringLiteral("INSERT INTO evidence_chunks (blob_id, idx, data) VALUES (?, ?, ?)")))
            return Status::failure(sqlError(chunk));
        EvidenceCrypto::Sha256 hash;
        QByteArray head; // the first bytes, for the MIME type
        qint64 size = 0;
        qint64 index = 0;
        QByteArray current = source.read(chunkSize);
        for (;;) {
            if (control && control->isCancelled())
                return Status::failure(JobControl::cancelledMessage());
            if (current.isEmpty() && source.bytesAvailable() == 0 && !source.atEnd())
                return Status::failure(tr("Cannot read “%1”: %2").arg(name, source.errorString()));
            // Read ahead: a chunk is sealed knowing whether it is the last.
            QByteArray following = current.size() == chunkSize ? source.read(chunkSize) : QByteArray();
            const bool last = following.isEmpty();
            size += current.size();
            if (!sizeAccepted(size))
                return Status::failure(tooLarge());
            if (head.isEmpty())
                head = current.left(4096);
            hash.addData(current);
            chunk.bindValue(0, blobId);
            chunk.bindValue(1, index);
            chunk.bindValue(2, EvidenceCrypto::seal(key, EvidenceCrypto::chunkNonce(index, last), current));
            if (!chunk.exec())
                return Status::failure(sqlError(chunk));
            if (control && expected > 0)
                control->setProgress(double(size) / double(expected));
            ++index;
            if (last)
                break;
            current = std::move(following);
        }
        const QString sha = hash.hexResult();
        q.prepare(QStringLiteral("SELECT id FROM evidence_blobs WHERE sha256 = ?"));
        q.addBindValue(sha);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.next()) {
            const qint64 existing = q.value(0).toLongLong();
            q.finish();
            q.prepare(QStringLiteral("DELETE FROM evidence_chunks WHERE blob_id = ?"));
            q.addBindValue(blobId);
            if (!q.exec())
                return Status::failure(sqlError(q));
            q.prepare(QStringLiteral("DELETE FROM evidence_blobs WHERE id = ?"));
            q.addBindValue(blobId);
            if (!q.exec())
                return Status::failure(sqlError(q));
            blobId = existing;
        } else {
            // Now that the hash is known, the key is sealed again with it, the size and the
            // part count (under a fresh nonce).
            const QByteArray boundNonce = EvidenceCrypto::randomBytes(EvidenceCrypto::nonceSize);
            q.prepare(QStringLiteral("UPDATE evidence_blobs SET sha256 = ?, size = ?, chunk_count = ?,"
                                     " key_nonce = ?, sealed_key = ? WHERE id = ?"));
            q.addBindValue(sha);
            q.addBindValue(size);
            q.addBindValue(index);
            q.addBindValue(boundNonce);
            q.addBindValue(EvidenceCrypto::seal(m_dataKey, boundNonce, boundKey(key, sha, size, index)));
            q.addBindValue(blobId);
            if (!q.exec())
                return Status::failure(sqlError(q));
        }
        // The type comes from the content, never from the name the reporter chose.
        const QString mime = QMimeDatabase().mimeTypeForData(head).name();
        q.prepare(QStringLiteral(
            "INSERT INTO case_attachments (case_id, blob_id, sha256, file_name, mime_type, size, added_by,"
            " added_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(caseId);
        q.addBindValue(blobId);
        q.addBindValue(sha);
        q.addBindValue(enc(name));
        q.addBindValue(mime);
        q.addBindValue(size);
        q.addBindValue(enc(Analyst::current()));
        q.addBindValue(now);
        q.addBindValue(enc(note));
        if (!q.exec() || !q.next())
            return Status::failure(sqlError(q));
        added = Attachment {q.value(0).toLongLong(), caseId, sha, name, mime, size, Analyst::current(),
            QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC), note};
        q.finish();
        // The last moment a cancel can still undo everything.
        if (control && control->isCancelled())
            return Status::failure(JobControl::cancelledMessage());
        return audit(caseId, QStringLiteral("evidence"), {}, tr("%1 (SHA-256 %2)").arg(name, sha));
    });
    if (!s)
        return R::failure(s.error());
    return added;
}

Result<Attachment> EvidenceStore::addFile(
    qint64 caseId, const QString &path, const QString &note, JobControl *control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Attachment>::failure(
            tr("Cannot read “%1”: %2").arg(TextSanitizer::singleLine(path), file.errorString()));
    return add(caseId, file, QFileInfo(path).fileName(), note, control);
}

Result<Attachment> EvidenceStore::addData(
    qint64 caseId, const QByteArray &data, const QString &fileName, const QString &note, JobControl *control)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return add(caseId, buffer, fileName, note, control);
}

Result<QList<Attachment>> EvidenceStore::attachments(qint64 caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM case_attachments a JOIN evidence_blobs b ON b.id = a.blob_id"
                             " WHERE a.case_id = ? ORDER BY a.added_at, a.id")
            .arg(QLatin1StringView(kAttachmentColumns)));
    q.addBindValue(caseId);
    if (!q.exec())
        return Result<QList<Attachment>>::failure(sqlError(q));
    QList<Attachment> list;
    while (q.next())
        list.append(attachmentFromQuery(q));
    return list;
}

Result<Attachment> EvidenceStore::attachment(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT %1 FROM case_attachments a JOIN evidence_blobs b ON b.id = a.blob_id WHERE a.id = ?")
            .arg(QLatin1StringView(kAttachmentColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Attachment>::failure(sqlError(q));
    if (!q.next())
        return Result<Attachment>::failure(tr("There is no attachment %1.").arg(id));
    return attachmentFromQuery(q);
}

Result<QList<Attachment>> EvidenceStore::attachmentsWithHash(const QString &sha256) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM case_attachments a JOIN evidence_blobs b ON b.id = a.blob_id"
                             " WHERE b.sha256 = ? ORDER BY a.case_id, a.id")
            .arg(QLatin1StringView(kAttachmentColumns)));
    q.addBindValue(sha256.toLower());
    if (!q.exec())
        return Result<QList<Attachment>>::failure(sqlError(q));
    QList<Attachment> list;
    while (q.next())
        list.append(attachmentFromQuery(q));
    return list;
}

Status EvidenceStore::setNote(qint64 attachmentId, const QString &note)
{
    if (note.size() > maxNoteLength)
        return Status::failure(tr("The note is longer than %1 characters.").arg(maxNoteLength));
    const auto current = attachment(attachmentId);
    if (!current)
        return Status::failure(current.error());
    if (current->note == note)
        return {};
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE case_attachments SET note = ? WHERE id = ?"));
        q.addBindValue(enc(note));
        q.addBindValue(attachmentId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        return audit(current->caseId, QStringLiteral("evidence_note"), current->note,
            tr("%1: %2").arg(current->fileName, note));
    });
}

Status EvidenceStore::remove(qint64 attachmentId)
{
    const auto current = attachment(attachmentId);
    if (!current)
        return Status::failure(current.error());
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT blob_id FROM case_attachments WHERE id = ?"));
        q.addBindValue(attachmentId);
        if (!q.exec() || !q.next())
            return Status::failure(sqlError(q));
        const qint64 blobId = q.value(0).toLongLong();
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM case_attachments WHERE id = ?"));
        q.addBindValue(attachmentId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        // The body goes with its last reference.
        q.prepare(QStringLiteral("DELETE FROM evidence_chunks WHERE blob_id = ?"
                                 " AND NOT EXISTS (SELECT 1 FROM case_attachments WHERE blob_id = ?)"));
        q.addBindValue(blobId);
        q.addBindValue(blobId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        q.prepare(QStringLiteral("DELETE FROM evidence_blobs WHERE id = ?"
                                 " AND NOT EXISTS (SELECT 1 FROM case_attachments WHERE blob_id = ?)"));
        q.addBindValue(blobId);
        q.addBindValue(blobId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        return audit(current->caseId, QStringLiteral("evidence"),
            tr("%1 (SHA-256 %2)").arg(current->fileName, current->sha256), {});
    });
}

Result<std::unique_ptr<QIODevice>> EvidenceStore::open(qint64 attachmentId) const
{
    return openBody(attachmentId, false);
}

Result<std::unique_ptr<QIODevice>> EvidenceStore::openBody(
    qint64 attachmentId, bool borrow, Body *record) const
{
    using R = Result<std::unique_ptr<QIODevice>>;
    if (Status s = requireUnlocked(); !s)
        return R::failure(s.error());
    const auto b = body(attachmentId);
    if (!b)
        return R::failure(b.error());
    const auto reader = [&](bool borrowing) {
        return borrowing
            ? std::make_unique<EvidenceReader>(m_db, b->blobId, b->size, b->chunks, b->key)
            : std::make_unique<EvidenceReader>(m_db.location(), b->blobId, b->size, b->chunks, b->key);
    };
    if (!b->bound) {
        // Stored before keys carried the hash: read it all once, and seal its key with what
        // was found (best effort: a read-only database stays as it is and is checked again).
        auto check = reader(true);
        EvidenceCrypto::Sha256 hash;
        qint64 read = 0;
        while (read < check->size()) {
            const QByteArray block = check->read(chunkSize);
            if (block.isEmpty())
                return R::failure(check->errorString());
            hash.addData(block);
            read += block.size();
        }
        if (const QString sha = hash.hexResult(); sha != b->sha256)
            return R::failure(tr("The content's SHA-256 is %1, not the recorded %2. It is not shown.")
                    .arg(sha, b->sha256.left(64)));
        const QByteArray nonce = EvidenceCrypto::randomBytes(EvidenceCrypto::nonceSize);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE evidence_blobs SET key_nonce = ?, sealed_key = ? WHERE id = ?"));
        q.addBindValue(nonce);
        q.addBindValue(
            EvidenceCrypto::seal(m_dataKey, nonce, boundKey(b->key, b->sha256, b->size, b->chunks)));
        q.addBindValue(b->blobId);
        static_cast<void>(q.exec());
    }
    if (record)
        *record = *b;
    return std::unique_ptr<QIODevice>(reader(borrow));
}

Status EvidenceStore::exportTo(qint64 attachmentId, const QString &filePath, JobControl *control) const
{
    return exportBody(attachmentId, filePath, control, nullptr);
}

Status EvidenceStore::exportBody(
    qint64 attachmentId, const QString &filePath, JobControl *control, QString *writtenSha256) const
{
    Body recorded;
    auto reader = openBody(attachmentId, true, &recorded);
    if (!reader)
        return Status::failure(reader.error());
    QSaveFile out(filePath);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(filePath, out.errorString()));
    QIODevice &in = **reader;
    EvidenceCrypto::Sha256 hash;
    qint64 written = 0;
    while (!in.atEnd()) {
        if (control && control->isCancelled()) {
            out.cancelWriting();
            return Status::failure(JobControl::cancelledMessage());
        }
        const QByteArray block = in.read(chunkSize);
        if (block.isEmpty()) {
            out.cancelWriting();
            return Status::failure(in.errorString());
        }
        if (out.write(block) != block.size()) {
            out.cancelWriting();
            return Status::failure(tr("Cannot write %1: %2").arg(filePath, out.errorString()));
        }
        hash.addData(block);
        written += block.size();
        if (control && in.size() > 0)
            control->setProgress(double(in.pos()) / double(in.size()));
    }
    // What goes out is what was attached, or nothing.
    const QString sha = hash.hexResult();
    if (sha != recorded.sha256 || written != recorded.size) {
        out.cancelWriting();
        return Status::failure(tr("The exported content (SHA-256 %1, %2 bytes) is not the recorded evidence "
                                  "(SHA-256 %3, %4 bytes). Nothing was written.")
                .arg(sha)
                .arg(written)
                .arg(recorded.sha256.left(64))
                .arg(recorded.size));
    }
    if (!out.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(filePath, out.errorString()));
    if (writtenSha256)
        *writtenSha256 = sha;
    return {};
}

QString EvidenceStore::safeFileName(const QString &name)
{
    QString clean;
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            clean.append(u'_');
        else
            clean.append(c);
    }
    clean = clean.trimmed();
    while (clean.startsWith(u'.'))
        clean.remove(0, 1); // no "..", no hidden files
    clean = clean.left(120);
    return clean.isEmpty() ? QStringLiteral("evidence") : clean;
}

Result<QString> EvidenceStore::exportCase(qint64 caseId, const QString &folder, JobControl *control) const
{
    using R = Result<QString>;
    const QFileInfo target(folder);
    if (target.exists())
        return exportInto(caseId, folder, control); // removes what it wrote on failure
    // A new folder appears whole or not at all: written beside its place under a temporary
    // name, renamed when everything verified.
    QDir parent = target.absoluteDir();
    if (!parent.mkpath(QStringLiteral(".")))
        return R::failure(tr("Cannot create the folder %1.").arg(parent.path()));
    QTemporaryDir staging(parent.filePath(QStringLiteral(".psirtdesk-export-XXXXXX")));
    if (!staging.isValid())
        return R::failure(tr("Cannot create the folder %1: %2").arg(folder, staging.errorString()));
    const auto manifest = exportInto(caseId, staging.path(), control);
    if (!manifest)
        return manifest; // the temporary folder goes with `staging`
    if (!QDir().rename(staging.path(), target.absoluteFilePath()))
        return R::failure(tr("Cannot create the folder %1.").arg(folder));
    staging.setAutoRemove(false);
    return QDir(target.absoluteFilePath()).filePath(QStringLiteral("SHA256SUMS"));
}

Result<QString> EvidenceStore::exportInto(qint64 caseId, const QString &folder, JobControl *control) const
{
    using R = Result<QString>;
    const auto list = attachments(caseId);
    if (!list)
        return R::failure(list.error());
    QDir dir(folder);
    QSet<QString> taken {QStringLiteral("sha256sums")}; // lower case: names compare case-insensitively
    QString manifest;
    QStringList written;
    const auto failed = [&written](const QString &message) {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        return R::failure(message);
    };
    qint64 total = 0;
    for (const Attachment &a : *list)
        total += a.size;
    qint64 done = 0;
    for (const Attachment &a : *list) {
        QString name = safeFileName(a.fileName);
        const QString base = QFileInfo(name).completeBaseName();
        const QString suffix = QFileInfo(name).suffix();
        for (int n = 2; taken.contains(name.toLower()) || dir.exists(name); ++n)
            name = suffix.isEmpty() ? QStringLiteral("%1 (%2)").arg(base).arg(n)
                                    : QStringLiteral("%1 (%2).%3").arg(base).arg(n).arg(suffix);
        taken.insert(name.toLower());
        if (control && control->isCancelled())
            return failed(JobControl::cancelledMessage());
        // Each file's progress as its share of all the bytes.
        std::optional<JobControl> fileControl;
        if (control && total > 0)
            fileControl = control->part(double(done) / double(total), double(done + a.size) / double(total));
        QString sha;
        if (Status s = exportBody(a.id, dir.filePath(name), fileControl ? &*fileControl : control, &sha); !s)
            return failed(tr("%1: %2").arg(a.fileName, s.error()));
        written.append(dir.filePath(name));
        done += a.size;
        manifest += sha + QStringLiteral("  ") + name + u'\n';
    }
    if (control && control->isCancelled())
        return failed(JobControl::cancelledMessage());
    const QString manifestPath = dir.filePath(QStringLiteral("SHA256SUMS"));
    if (const Status s = AtomicFile::write(manifestPath, manifest.toUtf8()); !s)
        return failed(s.error());
    return manifestPath;
}

Result<QList<EvidenceProblem>> EvidenceStore::verify(
    qint64 caseId, const std::function<void(int, int)> &progress, JobControl *control) const
{
    using R = Result<QList<EvidenceProblem>>;
    if (Status s = requireUnlocked(); !s)
        return R::failure(s.error());
    QList<Attachment> all;
    if (caseId > 0) {
        const auto list = attachments(caseId);
        if (!list)
            return R::failure(list.error());
        all = *list;
    } else {
        QSqlQuery q(m_db.connection());
        if (!q.exec(
                QStringLiteral("SELECT %1 FROM case_attachments a JOIN evidence_blobs b ON b.id = a.blob_id"
                               " ORDER BY a.case_id, a.id")
                    .arg(QLatin1StringView(kAttachmentColumns))))
            return R::failure(sqlError(q));
        while (q.next())
            all.append(attachmentFromQuery(q));
    }
    QList<EvidenceProblem> problems;
    qint64 total = 0;
    for (const Attachment &a : std::as_const(all))
        total += a.size;
    qint64 done = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Attachment &a = all.at(i);
        if (progress)
            progress(int(i), int(all.size()));
        if (control && control->isCancelled())
            return R::failure(JobControl::cancelledMessage());
        auto reader = openBody(a.id, true);
        QString message;
        if (!reader) {
            message = reader.error();
        } else {
            EvidenceCrypto::Sha256 hash;
            qint64 read = 0;
            QIODevice &in = **reader;
            while (read < in.size()) {
                if (control && control->isCancelled())
                    return R::failure(JobControl::cancelledMessage());
                const QByteArray block = in.read(chunkSize);
                if (block.isEmpty()) {
                    message = in.errorString();
                    break;
                }
                hash.addData(block);
                read += block.size();
                if (control && total > 0)
                    control->setProgress(double(done + read) / double(total));
            }
            if (message.isEmpty()) {
                const QString sha = hash.hexResult();
                if (sha != a.sha256)
                    message = tr("The content's SHA-256 is %1, not the recorded %2.").arg(sha, a.sha256);
            }
        }
        if (!message.isEmpty())
            problems.append(EvidenceProblem {a.id, a.caseId, a.fileName, a.sha256, message});
        done += a.size;
    }
    if (progress)
        progress(int(all.size()), int(all.size()));
    return problems;
}
