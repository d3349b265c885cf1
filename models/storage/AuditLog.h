#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlQuery>
#include <QString>

#include <memory>

class Database;

/// One entry of a case's audit trail: who changed which field when, from what to what.
struct AuditEntry
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime at;
    QString actor;
    QString field; // a CaseFieldInfo column name, or "created" / "reason" / "evidence_note"
    QString oldValue;
    QString newValue;
};

/// What a change to team-wide data touched: the product catalogue, an SBOM, a vulnerability
/// feed, an upstream alert.
enum class TeamTopic { Products, Sboms, Feeds, Alerts };

/// One entry of the team-wide audit trail (data that belongs to no case).
struct TeamAuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    TeamTopic topic = TeamTopic::Products;
    QString subject; // what was changed: a product's name, "product version", a feed's kind
    QString field;
    QString oldValue;
    QString newValue;
};

/// The only writer of the audit_log and team_audit_log tables, and the one channel that announces a change to
/// a case, whichever store made it (cases, scores, evidence, advisory, correspondence).
///
/// A store calls record() inside its own open transaction: the entries are written as the
/// current analyst, the case's row_version and updated_at move on (so every client sees
/// the case as changed, and a stale edit is refused), the analyst's read mark follows, and
/// on PostgreSQL a NOTIFY carrying the case id and the changed CaseField bits is queued —
/// PostgreSQL delivers it at commit, so other analysts hear only of committed changes.
/// Once the caller's outermost transaction commits, caseChanged() announces it here
/// (Database::afterCommit); a rolled-back change is never announced.
///
/// Other analysts' changes arrive through LISTEN and are decoded into the same signals,
/// so a model follows one signal whoever made the change. CaseStore owns the AuditLog of
/// its connection and re-emits these signals as its own.
class AuditLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    explicit AuditLog(Database &db, QObject *parent = nullptr);
    ~AuditLog() override;

    Database &database() const { return m_db; }

    /// One line of a change: an audit field name (a CaseFieldInfo column, or one of the
    /// names above) with its old and new text.
    struct Entry
    {
        QString field;
        QString oldValue = {};
        QString newValue = {};
    };
    struct Change
    {
        qint64 caseId = 0;
        CaseFields fields; // what the announcement says changed
        QList<Entry> entries;
        /// The row version the analyst saw; a different stored one refuses the change.
        /// -1: no check (a change that cannot conflict, such as adding evidence).
        int expectedRowVersion = -1;
        QDateTime at = {}; // invalid: Clock::nowUtc()
    };
    /// In the caller's open transaction (required): writes the entries, bumps the case's
    /// row version, marks it seen by the analyst, queues the NOTIFY and, after commit, the
    /// announcement. Returns the case's new row version.
    [[nodiscard]] Result<int> record(const Change &change);
    /// The refusal of a change made on a row version someone else has moved on from.
    static QString staleChangeMessage();
    /// A case just inserted (row version 1): its "created" entry, its read mark, and after
    /// commit caseCreated().
    [[nodiscard]] Status recordCreated(qint64 caseId, const QString &title, const QDateTime &at);
    /// Many cases written at once (an import): after commit casesImported(count) here and a
    /// reload for other analysts.
    [[nodiscard]] Status recordImport(int count);

    /// Writes audit trails recorded elsewhere (imports, demo data) as they are, with their
    /// own actor and time, in multi-row inserts: an import's trail outnumbers its cases ten
    /// to one. Used inside the importer's transaction; finish() writes the rest.
    class Batch final
    {
    public:
        explicit Batch(AuditLog &log);
        ~Batch();
        Q_DISABLE_COPY_MOVE(Batch)

        /// e.caseId is ignored; an invalid e.at becomes fallbackAt.
        [[nodiscard]] Status add(qint64 caseId, const AuditEntry &e, const QDateTime &fallbackAt);
        [[nodiscard]] Status finish();

    private:
        Status flush(bool all);

        Database &m_db;
        std::unique_ptr<QSqlQuery> m_full; // prepared once for a full batch
        QList<QVariant> m_pending; // six values per entry
    };

    /// In the caller's open transaction (required): writes a change to team-wide data as the
    /// current analyst, queues the NOTIFY and, after commit, teamDataChanged(topic).
    [[nodiscard]] Status recordTeam(
        TeamTopic topic, const QString &subject, const QList<Entry> &entries, const QDateTime &at = {});
    /// The team-wide trail of a topic (of one subject when given), oldest first.
    Result<QList<TeamAuditEntry>> teamTrail(TeamTopic topic, const QString &subject = {}) const;
    static QString topicId(TeamTopic topic);
    /// The NOTIFY payload of a team-wide change, and its decoding.
    static QString teamPayload(TeamTopic topic);
    static bool decodeTeam(const QString &payload, TeamTopic *topic);

    /// Announces a change another connection of this process committed (a background
    /// import): on SQLite nobody else tells this client of it; on PostgreSQL its NOTIFY has.
    void announceCommitted(qint64 caseId, CaseFields fields);
    /// The same for team-wide data (teamDataChanged(topic)).
    void announceTeamCommitted(TeamTopic topic);

    /// The row version this connection's last committed change of the case left, or -1: an
    /// undo finds the case there unless someone else changed it since.
    int lastOwnVersion(qint64 caseId) const { return m_ownVersions.value(caseId, -1); }

    /// The analyst's read mark of a case: seen at its current row version, or not at all.
    [[nodiscard]] Status setSeen(qint64 caseId, bool seen);

    /// The NOTIFY payload of a change, and its decoding (tests and other clients).
    enum class Kind { Created, Changed, Imported };
    static QString payload(Kind kind, qint64 caseId = 0, CaseFields fields = {});
    static bool decode(const QString &payload, Kind *kind, qint64 *caseId, CaseFields *fields);

Q_SIGNALS:
    void caseCreated(qint64 id);
    void caseChanged(qint64 id, CaseFields fields);
    /// count is 0 when another client imported them.
    void casesImported(int count);
    /// Team-wide data changed, by this analyst (after commit) or another client.
    void teamDataChanged(TeamTopic topic);

private:
    Status notify(const QString &payload);
    void onNotification(const QString &name, int source, const QVariant &payload);

    Database &m_db;
    QHash<qint64, int> m_ownVersions; // committed changes only
};
