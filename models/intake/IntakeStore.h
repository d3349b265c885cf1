#pragma once

#include "MailMessage.h"
#include "core/Result.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

/// What became of an imported message.
enum class IntakeResult { NewReport, Correspondence, NotAReport };

namespace IntakeResults {
QString id(IntakeResult result);
IntakeResult fromId(const QString &id);
} // namespace IntakeResults

/// One imported message as recorded (migration 9): enough to recognise it again, to match
/// replies to its case, and to show its OpenPGP status.
struct IntakeRecord
{
    qint64 id = 0;
    QByteArray messageId;
    QByteArray contentHash;
    qint64 caseId = 0;
    IntakeResult result = IntakeResult::NotAReport;
    QString source;
    int messageNumber = 0;
    qint64 byteOffset = 0;
    QString subject;
    QString fromAddress;
    QDateTime sentAt;
    PgpOutcome pgp;
    QString detail;
    QDateTime importedAt;
    QString importedBy;
};

/// The intake tables: imported messages and their attachment hashes. (Which case a reply
/// belongs to is the correspondence log's business: CorrespondenceStore.) record() writes in the
/// caller's transaction (the importer's, one per message); the look-ups use prepared
/// statements that are kept, because an import asks them for every message.
class IntakeStore final
{
public:
    explicit IntakeStore(Database &db);
    ~IntakeStore();
    Q_DISABLE_COPY_MOVE(IntakeStore)

    /// The row of a message imported before (same Message-ID, or same bytes), or 0.
    Result<qint64> findImported(const QByteArray &messageId, const QByteArray &contentHash) const;
    /// A case holding an attachment with this SHA-256 (hex), or 0.
    Result<qint64> caseForAttachment(const QByteArray &sha256) const;

    Result<qint64> record(const IntakeRecord &record, const QList<MailAttachment> &attachments);
    Result<QList<IntakeRecord>> messagesOfCase(qint64 caseId) const;

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m_statements;
};
