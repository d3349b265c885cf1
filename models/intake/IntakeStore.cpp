#include "IntakeStore.h"

#include "core/Analyst.h"
#include "core/Clock.h"
#include "core/TextSanitizer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

// Never a null QString: Qt binds those as SQL NULL, and the text columns are NOT NULL.
QString stored(const QString &text)
{
    const QString s = TextSanitizer::encodeForStorage(text);
    return s.isNull() ? QStringLiteral("") : s;
}

QString failure(const QSqlQuery &q)
{
    const QString text = q.lastError().text();
    return text.isEmpty() ? QCoreApplication::translate("IntakeStore", "database error") : text;
}

} // namespace

namespace IntakeResults {

QString id(IntakeResult result)
{
    switch (result) {
    case IntakeResult::NewReport:
        return QStringLiteral("new-report");
    case IntakeResult::Correspondence:
        return QStringLiteral("correspondence");
    case IntakeResult::NotAReport:
        break;
    }
    return QStringLiteral("not-a-report");
}

IntakeResult fromId(const QString &id)
{
    if (id == u"new-report")
        return IntakeResult::NewReport;
    if (id == u"correspondence")
        return IntakeResult::Correspondence;
    return IntakeResult::NotAReport;
}

} // namespace IntakeResults

struct IntakeStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : findImported(db)
        , caseForAttachment(db)
        , insertMessage(db)
        , insertAttachment(db)
    {
        // Two indexed look-ups: with OR, SQLite would scan the table for every message.
        findImported.prepare(QStringLiteral(
            "SELECT id FROM intake_messages WHERE content_hash = ?"
            " UNION ALL SELECT id FROM intake_messages WHERE message_id = ? AND message_id <> ''"));
        caseForAttachment.prepare(QStringLiteral(
            "SELECT case_id FROM intake_attachments WHERE sha256 = ? AND case_id IS NOT NULL LIMIT 1"));
        insertMessage.prepare(QStringLiteral(
            "INSERT INTO intake_messages (message_id, content_hash, case_id, result, source, message_number,"
            " byte_offset, subject, from_address, sent_at, encrypted, decrypted, signature, signer, detail,"
            " imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
            "id"));
        insertAttachment.prepare(QStringLiteral("INSERT INTO intake_attachments (message_row, case_id, "
                                                "sha256, name, size) VALUES (?, ?, ?, ?, ?)"));
    }
    QSqlQuery findImported;
    QSqlQuery caseForAttachment;
    QSqlQuery insertMessage;
    QSqlQuery insertAttachment;
};

IntakeStore::IntakeStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<Statements>(db.connection()))
{ }

IntakeStore::~IntakeStore() = default;

Result<qint64> IntakeStore::findImported(const QByteArray &messageId, const QByteArray &contentHash) const
{
    QSqlQuery &q = m_statements->findImported;
    q.bindValue(0, QString::fromLatin1(contentHash));
    q.bindValue(1, stored(QString::fromUtf8(messageId)));
    if (!q.exec())
        return Result<qint64>::failure(failure(q));
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<qint64> IntakeStore::caseForAttachment(const QByteArray &sha256) const
{
    QSqlQuery &q = m_statements->caseForAttachment;
    q.bindValue(0, QString::fromLatin1(sha256));
    if (!q.exec())
        return Result<qint64>::failure(failure(q));
    const qint64 caseId = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return caseId;
}

Result<qint64> IntakeStore::record(const IntakeRecord &r, const QList<MailAttachment> &attachments)
{
    const QVariant caseId = r.caseId > 0 ? QVariant(r.caseId) : QVariant(QMetaType::fromType<qint64>());
    QSqlQuery &q = m_statements->insertMessage;
    int i = 0;
    q.bindValue(i++, stored(QString::fromUtf8(r.messageId)));
    q.bindValue(i++, QString::fromLatin1(r.contentHash));
    q.bindValue(i++, caseId);
    q.bindValue(i++, IntakeResults::id(r.result));
    q.bindValue(i++, stored(r.source));
    q.bindValue(i++, r.messageNumber);
    q.bindValue(i++, r.byteOffset);
    q.bindValue(i++, stored(r.subject));
    q.bindValue(i++, stored(r.fromAddress));
    q.bindValue(i++,
        r.sentAt.isValid() ? QVariant(r.sentAt.toMSecsSinceEpoch())
                           : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(i++, r.pgp.encrypted ? 1 : 0);
    q.bindValue(i++, r.pgp.decrypted ? 1 : 0);
    q.bindValue(i++, SignatureStates::id(r.pgp.signature));
    q.bindValue(i++, stored(r.pgp.signer));
    q.bindValue(i++, stored(r.detail));
    q.bindValue(i++, (r.importedAt.isValid() ? r.importedAt : Clock::nowUtc()).toMSecsSinceEpoch());
    q.bindValue(i++, stored(r.importedBy.isEmpty() ? Analyst::current() : r.importedBy));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(failure(q));
    const qint64 row = q.value(0).toLongLong();
    q.finish();
    QSqlQuery &a = m_statements->insertAttachment;
    for (const MailAttachment &attachment : attachments) {
        a.bindValue(0, row);
        a.bindValue(1, caseId);
        a.bindValue(2, QString::fromLatin1(attachment.sha256));
        a.bindValue(3, stored(attachment.name));
        a.bindValue(4, qint64(attachment.data.size()));
        if (!a.exec())
            return Result<qint64>::failure(failure(a));
    }
    return row;
}

Result<QList<IntakeRecord>> IntakeStore::messagesOfCase(qint64 caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, message_id, content_hash, case_id, result, source, message_number, byte_offset, subject,"
        " from_address, sent_at, encrypted, decrypted, signature, signer, detail, imported_at, imported_by"
        " FROM intake_messages WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Result<QList<IntakeRecord>>::failure(failure(q));
    QList<IntakeRecord> list;
    const auto text
        = [&q](int column) { return TextSanitizer::decodeFromStorage(q.value(column).toString()); };
    while (q.next()) {
        IntakeRecord r;
        r.id = q.value(0).toLongLong();
        r.messageId = text(1).toUtf8();
        r.contentHash = q.value(2).toString().toLatin1();
        r.caseId = q.value(3).toLongLong();
        r.result = IntakeResults::fromId(q.value(4).toString());
        r.source = text(5);
        r.messageNumber = q.value(6).toInt();
        r.byteOffset = q.value(7).toLongLong();
        r.subject = text(8);
        r.fromAddress = text(9);
        if (!q.value(10).isNull())
            r.sentAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), QTimeZone::UTC);
        r.pgp.encrypted = q.value(11).toInt() != 0;
        r.pgp.decrypted = q.value(12).toInt() != 0;
        r.pgp.signature = SignatureStates::fromId(q.value(13).toString());
        r.pgp.signer = text(14);
        r.detail = text(15);
        r.importedAt = QDateTime::fromMSecsSinceEpoch(q.value(16).toLongLong(), QTimeZone::UTC);
        r.importedBy = text(17);
        list.append(r);
    }
    return list;
}
