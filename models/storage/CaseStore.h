#pragma once

#include "AuditLog.h"
#include "InboxRow.h"
#include "core/Case.h"
#include "core/Result.h"
#include "workflow/Workflow.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

class CaseImporter;
class CaseRepository;
class CaseScores;
class CaseSearch;
class Database;
class InboxReader;
class TrackingIds;

/// The case repository: every read and write of cases goes through it, and every write is
/// validated, checked against the workflow, and audited in the same transaction. It emits
/// one typed signal per change so item models can update exactly what changed.
///
/// The entry point of the parts that do the work, each with one job: CaseRepository (one
/// case: create, load, edit, transition), CaseImporter (bulk import), InboxReader (inbox
/// rows, history, read marks), CaseScores, CaseSearch and TrackingIds, all reading and
/// writing the cases table through the one column map, CaseColumns.
///
/// It owns its connection's AuditLog, through which every store announces its changes, and
/// re-emits the log's signals: caseChanged() reports a change by any store of this client
/// and, on PostgreSQL (LISTEN/NOTIFY), by other analysts alike.
class CaseStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseStore)

public:
    using FieldValues = QList<QPair<CaseField, QVariant>>;

    explicit CaseStore(Database &db, QObject *parent = nullptr);
    ~CaseStore() override;

    Database &database() const { return m_db; }
    /// The audit log of this connection: the other stores write and announce through it.
    AuditLog &auditLog() const { return *m_audit; }

    Result<qint64> createCase(const NewReport &report);

    /// Supplies the next case to import and its audit trail (case ids in the trail are
    /// ignored); returns false when there are no more.
    using ImportSource = std::function<bool(Case *c, QList<AuditEntry> *trail)>;
    /// Bulk insert for imports and demo data, all in one transaction with reused prepared
    /// statements: the per-case path of createCase() and transition() is far too slow for
    /// 100,000 cases. Cases are taken as they are, in any workflow state; only field lengths
    /// and a title are checked. A case with id 0 gets the next id; one with an id keeps it
    /// (a duplicate_of must name a case that exists by then). Tracking counters move past
    /// the imported tracking ids of the current pattern, so later acknowledgements continue
    /// the sequence. Emits casesImported() once, not a signal per case.
    Status importCases(const ImportSource &next);
    Status importCases(const QList<Case> &cases, const QList<QList<AuditEntry>> &trails);
    Result<Case> caseById(qint64 id) const;
    Result<qint64> idForTrackingId(const QString &trackingId) const;
    Result<int> caseCount() const;

    /// Inbox rows of every case (ids empty) or of the given ones, for the current analyst.
    Result<QList<InboxRow>> inboxRows(const QList<qint64> &ids = {}) const;

    /// Changes fields of a case. expectedRowVersion guards against overwriting another
    /// analyst's change (pass -1 to skip the check).
    /// Writes the fields in one transaction, refused when expectedRowVersion (>= 0) is not
    /// the case's current row version. rowVersionAfter, when given, receives the case's row
    /// version after the write (read in the same transaction): what an undo must find.
    Status setFields(
        qint64 id, const FieldValues &values, int expectedRowVersion = -1, int *rowVersionAfter = nullptr);
    Status setField(qint64 id, CaseField field, const QVariant &value, int expectedRowVersion = -1);

    /// Marks actively exploited, now, every case whose advisory names one of cves (all of
    /// them when empty) while that CVE is in the imported CISA KEV catalog and the case is
    /// not marked yet; the source says which CVE and since when the catalog lists it. The
    /// instant is when the team learned it (the advisory saved, the catalog imported), which
    /// is what an expedited-bulletin clock counts from. Through setFields(): audited and
    /// announced like an analyst's mark. Returns the cases it marked.
    Result<QList<qint64>> markKnownExploited(const QStringList &cves = {});

    /// Moves a case through the workflow. Acknowledging issues the tracking id. Like every
    /// write below, refused when expectedRowVersion (>= 0) is not the case's row version.
    Status transition(qint64 id, const Workflow::TransitionRequest &request, int expectedRowVersion = -1);
    /// Puts a case back to an earlier status without the workflow check: the undo of a
    /// transition. Audited like any change; an issued tracking id stays.
    Status revertStatus(
        qint64 id, CaseStatus status, std::optional<CaseStatus> pausedFrom, int expectedRowVersion = -1);

    Result<QList<AuditEntry>> auditLog(qint64 id) const;
    /// The "status" entries of the audit log (id, case, time, old and new status) of every
    /// case, or of the given ones, keyed by case id, each list in log order: what
    /// CaseEvents::fromAuditLog() needs, for all cases in one query instead of one per case.
    Result<QHash<qint64, QList<AuditEntry>>> statusHistory(const QList<qint64> &ids = {}) const;

    /// The case's CVSS assessments, primary first.
    Result<QList<CaseScore>> scores(qint64 caseId) const;
    /// Adds or replaces the assessment of score.version. A primary score (or the first one
    /// of a case) becomes the case's severity: mirrored into cvss_vector, cvss_score and
    /// severity, and any other score loses primary. Audited.
    Status setScore(qint64 caseId, const CaseScore &score, int expectedRowVersion = -1);
    /// Removes the assessment of a version (the undo of adding it). If it was primary the
    /// case becomes unscored unless restorePrimary names another version to promote.
    Status removeScore(qint64 caseId, const QString &version, const QString &restorePrimary = {},
        int expectedRowVersion = -1);

    /// The descriptions of the given cases, each cut to its first maxChars characters (for
    /// comparing a new report with the open cases; see SimilarityIndex).
    Result<QHash<qint64, QString>> descriptions(const QSet<qint64> &ids, qsizetype maxChars) const;

    /// Full-text search over title, description and steps; ids of the matches.
    Result<QList<qint64>> search(const QString &userText) const;

    Status markRead(qint64 id, bool read = true);

    QString trackingIdPattern() const;
    Status setTrackingIdPattern(const QString &pattern);

Q_SIGNALS:
    /// A case was logged, here or by another client.
    void caseCreated(qint64 id);
    /// Many cases arrived at once (importCases()); views reload rather than insert row by row.
    /// count is 0 when another client imported them (PostgreSQL only).
    void casesImported(int count);
    /// A case changed after its transaction committed: fields by this client's stores, or
    /// by another analyst's (PostgreSQL). The one signal models follow for any change.
    void caseChanged(qint64 id, CaseFields fields);

private:
    Database &m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<TrackingIds> m_trackingIds;
    std::unique_ptr<CaseRepository> m_repository;
    std::unique_ptr<CaseImporter> m_importer;
    std::unique_ptr<InboxReader> m_inbox;
    std::unique_ptr<CaseScores> m_scores;
    std::unique_ptr<CaseSearch> m_search;
};
