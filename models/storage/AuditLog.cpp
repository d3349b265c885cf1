#include "AuditLog.h"

#include "Database.h"
#include "StoredText.h"
#include "core/Analyst.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDriver>
#include <QStringList>
#include <QTimeZone>

using StoredText::enc;
using StoredText::sqlError;

namespace {

const QString kChannel = QStringLiteral("psirtdesk_cases");
constexpr int kColumnsPerEntry = 6;
constexpr int kBatchRows = 64;

QString insertStatement(int rows)
{
    QStringList values;
    values.reserve(rows);
    for (int r = 0; r < rows; ++r)
        values.append(QStringLiteral("(?, ?, ?, ?, ?, ?)"));
    return QStringLiteral("INSERT INTO audit_log (case_id, at, actor, field, old_value, new_value) VALUES ")
        + values.join(QStringLiteral(", "));
}

Status writeEntries(Database &db, qint64 caseId, const QList<AuditLog::Entry> &entries, qint64 atMs)
{
    if (entries.isEmpty())
        return {};
    QSqlQuery q(db.connection());
    if (!q.prepare(insertStatement(int(entries.size()))))
        return Status::failure(sqlError(q));
    const QString actor = enc(Analyst::current());
    int col = 0;
    for (const AuditLog::Entry &e : entries) {
        q.bindValue(col++, caseId);
        q.bindValue(col++, atMs);
        q.bindValue(col++, actor);
        q.bindValue(col++, e.field);
        q.bindValue(col++, enc(e.oldValue));
        q.bindValue(col++, enc(e.newValue));
    }
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

} // namespace

AuditLog::AuditLog(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (m_db.backend() != Database::Backend::PostgreSQL)
        return;
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver)
        return;
    // Two logs on one connection (a test's, a tool's) share the driver's subscription.
    if (driver->subscribedToNotifications().contains(kChannel) || driver->subscribeToNotification(kChannel)) {
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(name, int(source), payload);
            });
    }
}

AuditLog::~AuditLog() = default;

QString AuditLog::payload(Kind kind, qint64 caseId, CaseFields fields)
{
    switch (kind) {
    case Kind::Created:
        return QStringLiteral("created:%1").arg(caseId);
    case Kind::Changed:
        return QStringLiteral("changed:%1:%2").arg(caseId).arg(fields.toInt());
    case Kind::Imported:
        break;
    }
    return QStringLiteral("imported");
}

bool AuditLog::decode(const QString &payload, Kind *kind, qint64 *caseId, CaseFields *fields)
{
    // Payloads come from any client of the database: parse strictly, never trust a length.
    const QStringList parts = payload.left(100).split(u':');
    bool ok = false;
    *caseId = 0;
    *fields = {};
    if (parts.size() == 1 && parts.at(0) == u"imported") {
        *kind = Kind::Imported;
        return true;
    }
    if (parts.size() == 2 && parts.at(0) == u"created") {
        *kind = Kind::Created;
        *caseId = parts.at(1).toLongLong(&ok);
        return ok && *caseId > 0;
    }
    if (parts.size() == 3 && parts.at(0) == u"changed") {
        *kind = Kind::Changed;
        *caseId = parts.at(1).toLongLong(&ok);
        if (!ok || *caseId <= 0)
            return false;
        const uint bits = parts.at(2).toUInt(&ok);
        *fields = CaseFields::fromInt(int(bits));
        return ok && bits != 0;
    }
    return false;
}

void AuditLog::onNotification(const QString &name, int source, const QVariant &payload)
{
    // Our own NOTIFY comes back too; this client announced that change at commit already.
    if (name != kChannel || source == int(QSqlDriver::SelfSource))
        return;
    if (TeamTopic topic; decodeTeam(payload.toString(), &topic)) {
        Q_EMIT teamDataChanged(topic);
        return;
    }
    Kind kind;
    qint64 caseId = 0;
    CaseFields fields;
    if (!decode(payload.toString(), &kind, &caseId, &fields))
        return;
    switch (kind) {
    case Kind::Created:
        Q_EMIT caseCreated(caseId);
        break;
    case Kind::Changed:
        Q_EMIT caseChanged(caseId, fields);
        break;
    case Kind::Imported:
        Q_EMIT casesImported(0);
        break;
    }
}

Status AuditLog::notify(const QString &text)
{
    if (m_db.backend() != Database::Backend::PostgreSQL)
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(kChannel);
    q.addBindValue(text);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

QString AuditLog::staleChangeMessage()
{
    return QCoreApplication::translate("CaseStore",
        "The case was changed by someone else in the meantime; "
        "it has been reloaded, please apply your change again.");
}

Result<int> AuditLog::record(const Change &change)
{
    using R = Result<int>;
    Q_ASSERT_X(m_db.inTransaction(), "AuditLog::record", "called outside the caller's transaction");
    if (!m_db.inTransaction())
        return R::failure(tr("An audited change was made outside a transaction.")); // a programming error
    const qint64 at = (change.at.isValid() ? change.at : Clock::nowUtc()).toMSecsSinceEpoch();
    if (Status s = writeEntries(m_db, change.caseId, change.entries, at); !s)
        return R::failure(s.error());
    QSqlQuery q(m_db.connection());
    if (change.expectedRowVersion >= 0) {
        q.prepare(QStringLiteral("UPDATE cases SET updated_at = ?, row_version = row_version + 1"
                                 " WHERE id = ? AND row_version = ? RETURNING row_version"));
        q.addBindValue(at);
        q.addBindValue(change.caseId);
        q.addBindValue(change.expectedRowVersion);
    } else {
        q.prepare(QStringLiteral("UPDATE cases SET updated_at = ?, row_version = row_version + 1"
                                 " WHERE id = ? RETURNING row_version"));
        q.addBindValue(at);
        q.addBindValue(change.caseId);
    }
    if (!q.exec())
        return R::failure(sqlError(q));
    if (!q.next())
        return R::failure(staleChangeMessage());
    const int version = q.value(0).toInt();
    q.finish();
    // Whoever changed a case has seen the version they made.
    if (Status s = setSeen(change.caseId, true); !s)
        return R::failure(s.error());
    if (Status s = notify(payload(Kind::Changed, change.caseId, change.fields)); !s)
        return R::failure(s.error());
    m_db.afterCommit([log = QPointer<AuditLog>(this), id = change.caseId, fields = change.fields, version] {
        if (!log)
            return;
        log->m_ownVersions.insert(id, version);
        Q_EMIT log->caseChanged(id, fields);
    });
    return version;
}

Status AuditLog::recordCreated(qint64 caseId, const QString &title, const QDateTime &at)
{
    Q_ASSERT_X(m_db.inTransaction(), "AuditLog::recordCreated", "called outside the caller's transaction");
    const qint64 atMs = (at.isValid() ? at : Clock::nowUtc()).toMSecsSinceEpoch();
    if (Status s = writeEntries(m_db, caseId, {Entry {QStringLiteral("created"), {}, title}}, atMs); !s)
        return s;
    if (Status s = setSeen(caseId, true); !s)
        return s;
    if (Status s = notify(payload(Kind::Created, caseId)); !s)
        return s;
    m_db.afterCommit([log = QPointer<AuditLog>(this), caseId] {
        if (log)
            Q_EMIT log->caseCreated(caseId);
    });
    return {};
}

Status AuditLog::recordImport(int count)
{
    if (count <= 0)
        return {};
    if (Status s = notify(payload(Kind::Imported)); !s)
        return s;
    m_db.afterCommit([log = QPointer<AuditLog>(this), count] {
        if (log)
            Q_EMIT log->casesImported(count);
    });
    return {};
}

QString AuditLog::topicId(TeamTopic topic)
{
    switch (topic) {
    case TeamTopic::Products:
        return QStringLiteral("products");
    case TeamTopic::Sboms:
        return QStringLiteral("sboms");
    case TeamTopic::Feeds:
        return QStringLiteral("feeds");
    case TeamTopic::Alerts:
        return QStringLiteral("alerts");
    }
    return {};
}

QString AuditLog::teamPayload(TeamTopic topic)
{
    return u"team:" + topicId(topic);
}

bool AuditLog::decodeTeam(const QString &payload, TeamTopic *topic)
{
    for (const TeamTopic t : {TeamTopic::Products, TeamTopic::Sboms, TeamTopic::Feeds, TeamTopic::Alerts}) {
        if (payload == teamPayload(t)) {
            *topic = t;
            return true;
        }
    }
    return false;
}

Status AuditLog::recordTeam(
    TeamTopic topic, const QString &subject, const QList<Entry> &entries, const QDateTime &at)
{
    Q_ASSERT_X(m_db.inTransaction(), "AuditLog::recordTeam", "called outside the caller's transaction");
    if (!m_db.inTransaction())
        return Status::failure(
            tr("An audited change was made outside a transaction.")); // a programming error
    if (entries.isEmpty())
        return {};
    const qint64 atMs = (at.isValid() ? at : Clock::nowUtc()).toMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO team_audit_log (at, actor, topic, subject, field, old_value, new_value)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString actor = enc(Analyst::current());
    for (const Entry &e : entries) {
        q.addBindValue(atMs);
        q.addBindValue(actor);
        q.addBindValue(topicId(topic));
        q.addBindValue(enc(subject));
        q.addBindValue(e.field);
        q.addBindValue(enc(e.oldValue));
        q.addBindValue(enc(e.newValue));
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    if (Status s = notify(teamPayload(topic)); !s)
        return s;
    m_db.afterCommit([log = QPointer<AuditLog>(this), topic] {
        if (log)
            Q_EMIT log->teamDataChanged(topic);
    });
    return {};
}

Result<QList<TeamAuditEntry>> AuditLog::teamTrail(TeamTopic topic, const QString &subject) const
{
    using R = Result<QList<TeamAuditEntry>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(subject.isNull()
            ? QStringLiteral("SELECT id, at, actor, subject, field, old_value, new_value FROM team_audit_log"
                             " WHERE topic = ? ORDER BY id")
            : QStringLiteral("SELECT id, at, actor, subject, field, old_value, new_value FROM team_audit_log"
                             " WHERE topic = ? AND subject = ? ORDER BY id"));
    q.addBindValue(topicId(topic));
    if (!subject.isNull())
        q.addBindValue(enc(subject));
    if (!q.exec())
        return R::failure(sqlError(q));
    QList<TeamAuditEntry> list;
    while (q.next()) {
        TeamAuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::UTC);
        e.actor = StoredText::dec(q.value(2));
        e.topic = topic;
        e.subject = StoredText::dec(q.value(3));
        e.field = q.value(4).toString();
        e.oldValue = StoredText::dec(q.value(5));
        e.newValue = StoredText::dec(q.value(6));
        list.append(e);
    }
    return list;
}

void AuditLog::announceCommitted(qint64 caseId, CaseFields fields)
{
    if (m_db.backend() == Database::Backend::PostgreSQL || caseId <= 0 || !fields)
        return;
    Q_EMIT caseChanged(caseId, fields);
}

void AuditLog::announceTeamCommitted(TeamTopic topic)
{
    if (m_db.backend() != Database::Backend::PostgreSQL)
        Q_EMIT teamDataChanged(topic);
}

Status AuditLog::setSeen(qint64 caseId, bool seen)
{
    QSqlQuery q(m_db.connection());
    if (seen) {
        q.prepare(QStringLiteral(
            "INSERT INTO case_reads (case_id, analyst, seen_version)"
            " SELECT id, :me, row_version FROM cases WHERE id = :id"
            " ON CONFLICT (case_id, analyst) DO UPDATE SET seen_version = excluded.seen_version"));
        q.bindValue(QStringLiteral(":me"), Analyst::current());
        q.bindValue(QStringLiteral(":id"), caseId);
    } else {
        q.prepare(QStringLiteral("DELETE FROM case_reads WHERE case_id = ? AND analyst = ?"));
        q.addBindValue(caseId);
        q.addBindValue(Analyst::current());
    }
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

AuditLog::Batch::Batch(AuditLog &log)
    : m_db(log.m_db)
{
    m_pending.reserve(kBatchRows * kColumnsPerEntry * 2);
}

AuditLog::Batch::~Batch() = default;

Status AuditLog::Batch::add(qint64 caseId, const AuditEntry &e, const QDateTime &fallbackAt)
{
    m_pending << caseId << (e.at.isValid() ? e.at : fallbackAt).toMSecsSinceEpoch() << enc(e.actor) << e.field
              << enc(e.oldValue) << enc(e.newValue);
    return flush(false);
}

Status AuditLog::Batch::finish()
{
    return flush(true);
}

Status AuditLog::Batch::flush(bool all)
{
    constexpr qsizetype full = qsizetype(kBatchRows) * kColumnsPerEntry;
    while (m_pending.size() >= full || (all && !m_pending.isEmpty())) {
        const qsizetype values = std::min(m_pending.size(), full);
        QSqlQuery tail(m_db.connection());
        if (values == full && !m_full) {
            // Prepared once: the import's hot statement.
            m_full = std::make_unique<QSqlQuery>(m_db.connection());
            if (!m_full->prepare(insertStatement(kBatchRows)))
                return Status::failure(sqlError(*m_full));
        }
        QSqlQuery &q = values == full ? *m_full : tail;
        if (values != full && !q.prepare(insertStatement(int(values / kColumnsPerEntry))))
            return Status::failure(sqlError(q));
        for (qsizetype i = 0; i < values; ++i)
            q.bindValue(int(i), m_pending.at(i));
        if (!q.exec())
            return Status::failure(sqlError(q));
        m_pending.remove(0, values);
    }
    return {};
}
