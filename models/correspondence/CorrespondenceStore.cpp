#include "CorrespondenceStore.h"

#include "core/Analyst.h"
#include "core/Clock.h"
#include "core/TextSanitizer.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StoredText.h"
#include "storage/TeamSettings.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

using StoredText::enc;
using StoredText::sqlError;

// Header values are bounded too: a hostile message may carry megabytes in one.
constexpr qsizetype kMaxHeaderChars = 4096;
constexpr qsizetype kMaxReferences = 100;

QString header(const QString &text)
{
    return enc(text.left(kMaxHeaderChars));
}

QString headerBytes(const QByteArray &bytes)
{
    return header(QString::fromUtf8(bytes.left(kMaxHeaderChars)));
}

QVariant msOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

const char *kColumns = "id, case_id, direction, message_date, from_address, to_address, subject, message_id,"
                       " in_reply_to, message_references, body, body_truncated, raw_reference, content_hash,"
                       " encryption, signature, signer, template, sent_at, recorded_at, recorded_by";

CorrespondenceMessage fromQuery(const QSqlQuery &q, bool withRaw)
{
    const auto dec
        = [&q](int column) { return TextSanitizer::decodeFromStorage(q.value(column).toString()); };
    CorrespondenceMessage m;
    m.id = q.value(0).toLongLong();
    m.caseId = q.value(1).toLongLong();
    m.direction = MessageDirections::fromId(q.value(2).toString());
    m.date = fromMs(q.value(3));
    m.from = dec(4);
    m.to = dec(5);
    m.subject = dec(6);
    m.messageId = dec(7).toUtf8();
    m.inReplyTo = dec(8).toUtf8();
    m.references = dec(9).toUtf8().split(' ');
    m.references.removeAll(QByteArray());
    m.body = dec(10);
    m.bodyTruncated = q.value(11).toInt() != 0;
    m.rawReference = dec(12);
    m.contentHash = q.value(13).toString().toLatin1();
    m.encryption = MessageEncryptions::fromId(q.value(14).toString());
    m.signature = SignatureStates::fromId(q.value(15).toString());
    m.signer = dec(16);
    m.templateName = dec(17);
    m.sentAt = fromMs(q.value(18));
    m.recordedAt = fromMs(q.value(19));
    m.recordedBy = dec(20);
    if (withRaw)
        m.raw = q.value(21).toByteArray();
    return m;
}

// The audit trail names the message by direction and subject, so that the case's history
// shows the correspondence without opening it.
} // namespace

QString CorrespondenceStore::auditText(const CorrespondenceMessage &m)
{
    return QStringLiteral("%1: %2").arg(MessageDirections::id(m.direction), m.subject.left(200));
}

CorrespondenceStore::CorrespondenceStore(Database &db, AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
{
    Q_ASSERT(&audit.database() == &db);
}

CorrespondenceStore::~CorrespondenceStore() = default;

CorrespondenceSettings CorrespondenceStore::settings() const
{
    return CorrespondenceSettings::load(TeamSettings(m_db));
}

Status CorrespondenceStore::saveSettings(const CorrespondenceSettings &settings)
{
    TeamSettings team(m_db);
    return settings.save(team);
}

Status CorrespondenceStore::checkBounds(const CorrespondenceMessage &message)
{
    if (message.caseId <= 0)
        return Status::failure(
            QCoreApplication::translate("CorrespondenceStore", "The message belongs to no case."));
    if (message.raw.size() > maxRawBytes)
        return Status::failure(QCoreApplication::translate("CorrespondenceStore",
            "The message is larger than %1 MiB; keep it as evidence and record a reference to it.")
                .arg(maxRawBytes / (1024 * 1024)));
    return {};
}

Result<qint64> CorrespondenceStore::insert(
    const CorrespondenceMessage &message, qint64 recordedAt, const QString &by)
{
    const bool truncated = message.bodyTruncated || message.body.size() > maxBodyChars;
    QByteArrayList references;
    for (const QByteArray &ref :
        message.references.mid(qMax(0, message.references.size() - kMaxReferences))) {
        const QByteArray id = CorrespondenceMessage::normalizedMessageId(ref);
        // A space would split the stored list; such an id is malformed anyway.
        if (!id.isEmpty() && !id.contains(' '))
            references.append(id);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO correspondence (case_id, direction, message_date, from_address, to_address, subject,"
        " message_id, in_reply_to, message_references, body, body_truncated, raw_message, raw_reference,"
        " content_hash, encryption, signature, signer, template, sent_at, recorded_at, recorded_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(message.caseId);
    q.addBindValue(MessageDirections::id(message.direction));
    q.addBindValue(msOrNull(message.date));
    q.addBindValue(header(message.from));
    q.addBindValue(header(message.to));
    q.addBindValue(header(message.subject));
    q.addBindValue(headerBytes(CorrespondenceMessage::normalizedMessageId(message.messageId)));
    q.addBindValue(headerBytes(CorrespondenceMessage::normalizedMessageId(message.inReplyTo)));
    q.addBindValue(enc(QString::fromUtf8(references.join(' '))));
    q.addBindValue(enc(message.body.left(maxBodyChars)));
    q.addBindValue(truncated ? 1 : 0);
    q.addBindValue(
        message.raw.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(message.raw));
    q.addBindValue(header(message.rawReference));
    q.addBindValue(enc(QString::fromLatin1(message.contentHash.left(128))));
    q.addBindValue(MessageEncryptions::id(message.encryption));
    q.addBindValue(SignatureStates::id(message.signature));
    q.addBindValue(header(message.signer));
    q.addBindValue(header(message.templateName));
    q.addBindValue(msOrNull(message.sentAt));
    q.addBindValue(recordedAt);
    q.addBindValue(enc(by));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(sqlError(q));
    return q.value(0).toLongLong();
}

Result<qint64> CorrespondenceStore::record(const CorrespondenceMessage &message)
{
    if (const Status bounded = checkBounds(message); !bounded)
        return Result<qint64>::failure(bounded.error());
    // Imports and demo data record old messages as of when they were recorded then.
    const qint64 now
        = (message.recordedAt.isValid() ? message.recordedAt : Clock::nowUtc()).toMSecsSinceEpoch();
    qint64 id = 0;
    const Status s = m_db.transaction([&]() -> Status {
        const auto inserted = insert(message, now, Analyst::current());
        if (!inserted)
            return Status::failure(inserted.error());
        id = *inserted;
        const auto recorded = m_audit.record({message.caseId, CaseField::Correspondence,
            {{QStringLiteral("correspondence"), {}, auditText(message)}}, -1,
            QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC)});
        return recorded ? Status() : Status::failure(recorded.error());
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status CorrespondenceStore::importMessages(const QList<CorrespondenceMessage> &messages)
{
    for (const CorrespondenceMessage &m : messages) {
        if (!m.recordedAt.isValid() || m.recordedBy.isEmpty())
            return Status::failure(QCoreApplication::translate(
                "CorrespondenceStore", "An imported message needs the time and analyst that recorded it."));
        if (const Status bounded = checkBounds(m); !bounded)
            return bounded;
    }
    return m_db.transaction([&]() -> Status {
        for (const CorrespondenceMessage &m : messages) {
            if (const auto inserted = insert(m, m.recordedAt.toMSecsSinceEpoch(), m.recordedBy); !inserted)
                return Status::failure(inserted.error());
        }
        return {};
    });
}

Status CorrespondenceStore::markSent(qint64 messageId, const QDateTime &sentAt)
{
    if (!sentAt.isValid())
        return Status::failure(QCoreApplication::translate("CorrespondenceStore", "No time of sending."));
    const auto existing = message(messageId);
    if (!existing)
        return Status::failure(existing.error());
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE correspondence SET sent_at = ? WHERE id = ?"));
        q.addBindValue(sentAt.toMSecsSinceEpoch());
        q.addBindValue(messageId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        const auto recorded = m_audit.record({existing->caseId, CaseField::Correspondence,
            {{QStringLiteral("correspondence"), auditText(*existing),
                QCoreApplication::translate("CorrespondenceStore", "sent %1")
                    .arg(sentAt.toUTC().toString(Qt::ISODate))}}});
        return recorded ? Status() : Status::failure(recorded.error());
    });
}

Result<QList<CorrespondenceMessage>> CorrespondenceStore::select(
    const QString &where, const QVariant &key, bool withRaw) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Messages without a Date header sort by when they were recorded.
    q.prepare(QStringLiteral("SELECT %1%2 FROM correspondence WHERE %3"
                             " ORDER BY COALESCE(message_date, recorded_at), id")
            .arg(
                QString::fromLatin1(kColumns), withRaw ? QStringLiteral(", raw_message") : QString(), where));
    q.addBindValue(key);
    if (!q.exec())
        return Result<QList<CorrespondenceMessage>>::failure(sqlError(q));
    QList<CorrespondenceMessage> list;
    while (q.next())
        list.append(fromQuery(q, withRaw));
    return list;
}

Result<QList<CorrespondenceMessage>> CorrespondenceStore::messages(qint64 caseId) const
{
    return select(QStringLiteral("case_id = ?"), caseId, false);
}

Result<CorrespondenceMessage> CorrespondenceStore::message(qint64 messageId) const
{
    const auto found = select(QStringLiteral("id = ?"), messageId, true);
    if (!found)
        return Result<CorrespondenceMessage>::failure(found.error());
    if (found->isEmpty())
        return Result<CorrespondenceMessage>::failure(
            QCoreApplication::translate("CorrespondenceStore", "No message %1.").arg(messageId));
    return found->constFirst();
}

Result<qint64> CorrespondenceStore::caseForMessageId(const QByteArray &messageId) const
{
    const QByteArray id = CorrespondenceMessage::normalizedMessageId(messageId);
    if (id.isEmpty())
        return qint64(0);
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT case_id FROM correspondence WHERE message_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(headerBytes(id));
    if (!q.exec())
        return Result<qint64>::failure(sqlError(q));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> CorrespondenceStore::caseForReferences(const QByteArrayList &messageIds) const
{
    for (qsizetype i = messageIds.size() - 1; i >= qMax<qsizetype>(0, messageIds.size() - kMaxReferences);
        --i) {
        const auto found = caseForMessageId(messageIds.at(i));
        if (!found || *found > 0)
            return found;
    }
    return qint64(0);
}

Result<qint64> CorrespondenceStore::messageWithContentHash(const QByteArray &contentHash) const
{
    if (contentHash.isEmpty())
        return qint64(0);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM correspondence WHERE content_hash = ? ORDER BY id LIMIT 1"));
    q.addBindValue(QString::fromLatin1(contentHash.left(128)));
    if (!q.exec())
        return Result<qint64>::failure(sqlError(q));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}
