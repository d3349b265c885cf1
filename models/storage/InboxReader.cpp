#include "InboxReader.h"

#include "CaseColumns.h"
#include "Database.h"
#include "core/Analyst.h"
#include "storage/StoredText.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <vector>

using StoredText::dec;
using StoredText::sqlError;

namespace {

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

// The inbox shows the reporter's name, or their address when they gave none.
const QString kReporterShown = QStringLiteral("reporter_shown");

// Reads the inbox rows of one id range (or of the given ids) on one connection.
Result<QList<InboxRow>> readInboxRows(const QSqlDatabase &connection, const QHash<qint64, int> &seen,
    const QList<qint64> &ids, qint64 from, qint64 to)
{
    using C = CaseColumn;
    QString sql
        = QStringLiteral("SELECT %1, CASE WHEN %2 = '' THEN %3 ELSE %2 END AS %4 FROM cases")
              .arg(CaseColumns::list({C::Id, C::TrackingId, C::ReceivedAt, C::Title, C::Product, C::Status,
                       C::CvssScore, C::Severity, C::Owner, C::UpdatedAt, C::RowVersion, C::EmbargoAt,
                       C::EmbargoReason, C::SlaPolicy, C::Priority, C::ExploitedAt, C::ExploitedSource}),
                  CaseColumns::name(C::ReporterName), CaseColumns::name(C::ReporterEmail), kReporterShown);
    if (!ids.isEmpty()) {
        // Ids are integers we hold, never user text; still bound one by one.
        QStringList marks;
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks.append(QStringLiteral(":id%1").arg(i));
        sql += QStringLiteral(" WHERE id IN (%1)").arg(marks.join(u','));
    } else {
        sql += QStringLiteral(" WHERE id BETWEEN :from AND :to");
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (ids.isEmpty()) {
        q.bindValue(QStringLiteral(":from"), from);
        q.bindValue(QStringLiteral(":to"), to);
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bindValue(QStringLiteral(":id%1").arg(i), ids.at(i));
    if (!q.exec())
        return Result<QList<InboxRow>>::failure(sqlError(q));
    // Positions resolved once by name; the loop below runs for every case.
    const CaseColumns::Index at(q.record());
    const int id = at[C::Id], trackingId = at[C::TrackingId], receivedAt = at[C::ReceivedAt],
              title = at[C::Title], product = at[C::Product], status = at[C::Status],
              cvssScore = at[C::CvssScore], severity = at[C::Severity], owner = at[C::Owner],
              updatedAt = at[C::UpdatedAt], rowVersion = at[C::RowVersion], embargoAt = at[C::EmbargoAt],
              embargoReason = at[C::EmbargoReason], slaPolicy = at[C::SlaPolicy], priority = at[C::Priority],
              exploitedAt = at[C::ExploitedAt], exploitedSource = at[C::ExploitedSource];
    const int reporter = q.record().indexOf(kReporterShown);
    QHash<QString, QString> shared;
    const auto intern = [&shared](const QString &text) {
        const auto it = shared.constFind(text);
        if (it != shared.cend())
            return *it;
        shared.insert(text, text);
        return text;
    };
    QList<InboxRow> rows;
    while (q.next()) {
        InboxRow r;
        r.id = q.value(id).toLongLong();
        r.trackingId = dec(q.value(trackingId));
        r.receivedAtMs = q.value(receivedAt).toLongLong();
        r.title = dec(q.value(title));
        r.product = intern(dec(q.value(product)));
        r.reporter = dec(q.value(reporter));
        r.status = CaseStatuses::fromStoredId(q.value(status).toString());
        const QVariant score = q.value(cvssScore);
        r.cvssScore = score.isNull() ? -1.0 : score.toDouble();
        r.severity = intern(dec(q.value(severity)));
        r.owner = intern(dec(q.value(owner)));
        r.updatedAtMs = q.value(updatedAt).toLongLong();
        const auto mark = seen.constFind(r.id);
        r.unread = mark == seen.cend() || *mark < q.value(rowVersion).toInt();
        if (const QVariant embargo = q.value(embargoAt); !embargo.isNull()) {
            r.embargoAtMs = embargo.toLongLong();
            r.embargoReason = dec(q.value(embargoReason));
        }
        r.slaPolicy = intern(dec(q.value(slaPolicy)));
        r.priority = intern(dec(q.value(priority)));
        if (const QVariant exploited = q.value(exploitedAt); !exploited.isNull()) {
            r.exploitedAtMs = exploited.toLongLong();
            r.exploitedSource = dec(q.value(exploitedSource));
        }
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace

InboxReader::InboxReader(const Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{ }

Result<QList<InboxRow>> InboxReader::inboxRows(const QList<qint64> &ids) const
{
    // This is the inbox's whole load: keep it lean. Read marks come in a query of their
    // own (a hash lookup beats a join per row), repeated values (product, owner, severity)
    // share one string, and a large table is read in id ranges on parallel connections.
    QHash<qint64, int> seen;
    {
        QSqlQuery reads(m_db.connection());
        reads.setForwardOnly(true);
        reads.prepare(QStringLiteral("SELECT case_id, seen_version FROM case_reads WHERE analyst = ?"));
        reads.addBindValue(Analyst::current());
        if (!reads.exec())
            return Result<QList<InboxRow>>::failure(sqlError(reads));
        const int caseId = reads.record().indexOf(QStringLiteral("case_id"));
        const int seenVersion = reads.record().indexOf(QStringLiteral("seen_version"));
        while (reads.next())
            seen.insert(reads.value(caseId).toLongLong(), reads.value(seenVersion).toInt());
    }
    if (!ids.isEmpty())
        return readInboxRows(m_db.connection(), seen, ids, 0, 0);

    QSqlQuery range(m_db.connection());
    if (!range.exec(QStringLiteral(
            "SELECT MIN(id) AS first_id, MAX(id) AS last_id, COUNT(*) AS case_count FROM cases"))
        || !range.next())
        return Result<QList<InboxRow>>::failure(sqlError(range));
    const qint64 first = range.value(QStringLiteral("first_id")).toLongLong();
    const qint64 last = range.value(QStringLiteral("last_id")).toLongLong();
    const qint64 count = range.value(QStringLiteral("case_count")).toLongLong();
    range.finish();
    const int workers = count < 20000 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 4);
    if (workers == 1)
        return readInboxRows(m_db.connection(), seen, {}, first, last);

    // The first range is read here; the others on their own connections in threads.
    const qint64 span = (last - first) / workers + 1;
    QList<Result<QList<InboxRow>>> parts(workers, Result<QList<InboxRow>>(QList<InboxRow> {}));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 1; w < workers; ++w) {
        const qint64 from = first + w * span;
        const qint64 to = w == workers - 1 ? last : from + span - 1;
        threads.emplace_back(QThread::create([this, &parts, &seen, w, from, to] {
            Database sibling;
            if (const Status s = sibling.openSibling(m_db); !s) {
                parts[w] = Result<QList<InboxRow>>::failure(s.error());
                return;
            }
            parts[w] = readInboxRows(sibling.connection(), seen, {}, from, to);
        }));
        threads.back()->start();
    }
    parts[0] = readInboxRows(m_db.connection(), seen, {}, first, first + span - 1);
    for (auto &t : threads)
        t->wait();
    QList<InboxRow> rows;
    rows.reserve(count);
    for (auto &part : parts) {
        if (!part)
            return part;
        rows.append(std::move(part.value()));
    }
    return rows;
}

namespace {

// The audit_log columns the readers below select, found by name once per query.
struct AuditColumns
{
    explicit AuditColumns(const QSqlRecord &r)
        : id(r.indexOf(QStringLiteral("id")))
        , caseId(r.indexOf(QStringLiteral("case_id")))
        , at(r.indexOf(QStringLiteral("at")))
        , actor(r.indexOf(QStringLiteral("actor")))
        , field(r.indexOf(QStringLiteral("field")))
        , oldValue(r.indexOf(QStringLiteral("old_value")))
        , newValue(r.indexOf(QStringLiteral("new_value")))
    { }
    int id, caseId, at, actor, field, oldValue, newValue;
};

} // namespace

Result<QList<AuditEntry>> InboxReader::auditLog(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, case_id, at, actor, field, old_value, new_value FROM audit_log"
                             " WHERE case_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<QList<AuditEntry>>::failure(sqlError(q));
    const AuditColumns c(q.record());
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(c.id).toLongLong();
        e.caseId = q.value(c.caseId).toLongLong();
        e.at = fromMs(q.value(c.at));
        e.actor = dec(q.value(c.actor));
        e.field = q.value(c.field).toString();
        e.oldValue = dec(q.value(c.oldValue));
        e.newValue = dec(q.value(c.newValue));
        entries.append(e);
    }
    return entries;
}

Result<QHash<qint64, QList<AuditEntry>>> InboxReader::statusHistory(const QList<qint64> &ids) const
{
    using HistoryResult = Result<QHash<qint64, QList<AuditEntry>>>;
    QHash<qint64, QList<AuditEntry>> history;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString select = QStringLiteral("SELECT id, case_id, at, old_value, new_value FROM audit_log"
                                          " WHERE field = ?");
    auto read = [&]() -> bool {
        if (!q.exec())
            return false;
        const AuditColumns c(q.record());
        while (q.next()) {
            AuditEntry e;
            e.id = q.value(c.id).toLongLong();
            e.caseId = q.value(c.caseId).toLongLong();
            e.at = fromMs(q.value(c.at));
            e.field = QStringLiteral("status");
            e.oldValue = dec(q.value(c.oldValue));
            e.newValue = dec(q.value(c.newValue));
            history[e.caseId].append(e);
        }
        return true;
    };
    if (ids.isEmpty()) {
        q.prepare(select + QStringLiteral(" ORDER BY case_id, id"));
        q.addBindValue(QStringLiteral("status"));
        if (!read())
            return HistoryResult::failure(sqlError(q));
        return history;
    }
    // A few cases at a time (a changed case, a batch of external changes): one statement
    // per case keeps it parameterised without building IN lists.
    q.prepare(select + QStringLiteral(" AND case_id = ? ORDER BY id"));
    for (const qint64 id : ids) {
        q.addBindValue(QStringLiteral("status"));
        q.addBindValue(id);
        if (!read())
            return HistoryResult::failure(sqlError(q));
    }
    return history;
}

Status InboxReader::markRead(qint64 id, bool read)
{
    // The analyst's own mark: not a change of the case, so neither audited nor announced
    // to others.
    return m_audit.setSeen(id, read);
}
