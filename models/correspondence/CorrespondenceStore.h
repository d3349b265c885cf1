#pragma once

#include "CorrespondenceMessage.h"
#include "CorrespondenceSettings.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

class AuditLog;
class Database;

/// The correspondence log: every message exchanged with a case's reporter, incoming
/// (recorded by the e-mail intake) and outgoing (replies made from templates). Every write
/// is parameterised, in a transaction, and audited in the same transaction (audit field
/// "correspondence") through the AuditLog, which announces it as caseChanged(id,
/// CaseField::Correspondence) here and to other analysts; bodies and raw messages are bounded. Inside a
/// caller's transaction (an import writing a case and its first message) it runs in a savepoint of that one.
class CorrespondenceStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrespondenceStore)

public:
    /// What the log keeps of a body; the raw message keeps the rest.
    static constexpr qsizetype maxBodyChars = 1024 * 1024;
    /// Larger raw messages must be kept elsewhere and referenced (rawReference).
    static constexpr qsizetype maxRawBytes = 32 * 1024 * 1024;

    /// audit must be the log of the same connection (CaseStore::auditLog()).
    CorrespondenceStore(Database &db, AuditLog &audit, QObject *parent = nullptr);
    ~CorrespondenceStore() override;

    /// Records a message of message.caseId (its id and recordedBy are set here, recordedAt
    /// too unless given, as an import of old messages does;
    /// a body over maxBodyChars is cut and marked truncated). Returns the new message's id.
    Result<qint64> record(const CorrespondenceMessage &message);
    /// Writes messages recorded earlier elsewhere (demo data, another tool's log), each as of
    /// its recordedAt and recordedBy, in one transaction and WITHOUT audit entries: the
    /// caller's audit trail already holds them, at their place in time (see auditText()).
    Status importMessages(const QList<CorrespondenceMessage> &messages);
    /// The audit entry's text for recording a message ("in: <subject>").
    static QString auditText(const CorrespondenceMessage &message);

    /// Notes that an outgoing message was handed over for sending. Audited.
    Status markSent(qint64 messageId, const QDateTime &sentAt);

    /// The case's messages in the order they were exchanged (date, then recording order),
    /// without their raw bytes.
    Result<QList<CorrespondenceMessage>> messages(qint64 caseId) const;
    /// One message with its raw bytes.
    Result<CorrespondenceMessage> message(qint64 messageId) const;

    /// The case a message with this Message-ID (angle brackets optional) was recorded in;
    /// 0 when none was. Intake uses it to attach a reply to its case.
    Result<qint64> caseForMessageId(const QByteArray &messageId) const;
    /// The case of the newest of these Message-IDs that was recorded (In-Reply-To and
    /// References of a reply); 0 when none was.
    Result<qint64> caseForReferences(const QByteArrayList &messageIds) const;
    /// The id of a message already recorded with this content hash; 0 when none was.
    Result<qint64> messageWithContentHash(const QByteArray &contentHash) const;

    /// Announces a case's recorded and changed messages (CaseField::Correspondence).
    AuditLog &auditLog() const { return m_audit; }

    /// The team's correspondence settings in this database (see CorrespondenceSettings).
    CorrespondenceSettings settings() const;
    Status saveSettings(const CorrespondenceSettings &settings);

private:
    static Status checkBounds(const CorrespondenceMessage &message);
    Result<qint64> insert(const CorrespondenceMessage &message, qint64 recordedAt, const QString &by);
    Result<QList<CorrespondenceMessage>> select(
        const QString &where, const QVariant &key, bool withRaw) const;

    Database &m_db;
    AuditLog &m_audit;
};
