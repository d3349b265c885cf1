#include "CaseStore.h"

#include "CaseImporter.h"
#include "CaseRepository.h"
#include "CaseScores.h"
#include "CaseSearch.h"
#include "Database.h"
#include "InboxReader.h"
#include "TrackingIds.h"
#include "core/Clock.h"
#include "storage/StoredText.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

// The store owns its parts and forwards to them; what each does is in its own file. The
// parts share this store's connection and AuditLog, so one transaction and one change
// channel hold for all of them.

CaseStore::CaseStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(std::make_unique<AuditLog>(db))
    , m_trackingIds(std::make_unique<TrackingIds>(db))
    , m_repository(std::make_unique<CaseRepository>(db, *m_audit, *m_trackingIds))
    , m_importer(std::make_unique<CaseImporter>(db, *m_audit, *m_trackingIds))
    , m_inbox(std::make_unique<InboxReader>(db, *m_audit))
    , m_scores(std::make_unique<CaseScores>(db, *m_audit, *m_repository))
    , m_search(std::make_unique<CaseSearch>(db))
{
    // The log announces every committed change, this client's and others'; the store is
    // where models listen.
    connect(m_audit.get(), &AuditLog::caseCreated, this, &CaseStore::caseCreated);
    connect(m_audit.get(), &AuditLog::caseChanged, this, &CaseStore::caseChanged);
    connect(m_audit.get(), &AuditLog::casesImported, this, &CaseStore::casesImported);
}

CaseStore::~CaseStore() = default;

Result<qint64> CaseStore::createCase(const NewReport &report)
{
    return m_repository->createCase(report);
}

Status CaseStore::importCases(const ImportSource &next)
{
    return m_importer->importCases(next);
}

Status CaseStore::importCases(const QList<Case> &cases, const QList<QList<AuditEntry>> &trails)
{
    return m_importer->importCases(cases, trails);
}

Result<Case> CaseStore::caseById(qint64 id) const
{
    return m_repository->caseById(id);
}

Result<qint64> CaseStore::idForTrackingId(const QString &trackingId) const
{
    return m_repository->idForTrackingId(trackingId);
}

Result<int> CaseStore::caseCount() const
{
    return m_repository->caseCount();
}

Result<QList<InboxRow>> CaseStore::inboxRows(const QList<qint64> &ids) const
{
    return m_inbox->inboxRows(ids);
}

Status CaseStore::setFields(
    qint64 id, const FieldValues &values, int expectedRowVersion, int *rowVersionAfter)
{
    return m_repository->setFields(id, values, expectedRowVersion, rowVersionAfter);
}

Status CaseStore::setField(qint64 id, CaseField field, const QVariant &value, int expectedRowVersion)
{
    return setFields(id, {{field, value}}, expectedRowVersion);
}

Result<QList<qint64>> CaseStore::markKnownExploited(const QStringList &cves)
{
    using R = Result<QList<qint64>>;
    struct Hit
    {
        qint64 caseId;
        QString cve;
        QString added;
    };
    QList<Hit> hits;
    {
        QString sql
            = QStringLiteral("SELECT c.case_id, c.cve_id, k.date_added FROM case_cves c"
                             " JOIN kev_entries k ON k.cve_id = c.cve_id JOIN cases ON cases.id = c.case_id"
                             " WHERE cases.exploited_at IS NULL");
        QSet<QString> wanted;
        for (const QString &cve : cves)
            wanted.insert(cve.trimmed().toUpper());
        // A few CVEs (an advisory saved) are filtered by the statement; a whole catalog's worth
        // (a KEV import) here, rather than binding thousands of values.
        const bool bind = !wanted.isEmpty() && wanted.size() <= 500;
        if (bind)
            sql += QStringLiteral(" AND c.cve_id IN (%1)")
                       .arg(QStringList(wanted.size(), QStringLiteral("?")).join(u','));
        sql += QStringLiteral(" ORDER BY c.case_id, k.date_added, c.cve_id");
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(sql);
        if (bind) {
            for (const QString &cve : std::as_const(wanted))
                q.addBindValue(cve);
        }
        if (!q.exec())
            return R::failure(StoredText::sqlError(q));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString cve = q.value(1).toString();
            if (!wanted.isEmpty() && !wanted.contains(cve))
                continue;
            if (!hits.isEmpty() && hits.constLast().caseId == id)
                continue; // the CVE the catalog listed first speaks for the case
            hits.append({id, cve, q.value(2).toString()});
        }
    }
    const QDateTime now = Clock::nowUtc();
    QList<qint64> marked;
    for (const Hit &h : std::as_const(hits)) {
        const QString source
            = QCoreApplication::translate("CaseStore", "CISA KEV catalog: %1 listed since %2")
                  .arg(h.cve, h.added.left(10));
        if (const Status s
            = setFields(h.caseId, {{CaseField::ExploitedAt, now}, {CaseField::ExploitedSource, source}});
            !s)
            return R::failure(s.error());
        marked.append(h.caseId);
    }
    return marked;
}

Status CaseStore::transition(qint64 id, const Workflow::TransitionRequest &request, int expectedRowVersion)
{
    return m_repository->transition(id, request, expectedRowVersion);
}

Status CaseStore::revertStatus(
    qint64 id, CaseStatus status, std::optional<CaseStatus> pausedFrom, int expectedRowVersion)
{
    return m_repository->revertStatus(id, status, pausedFrom, expectedRowVersion);
}

Result<QList<AuditEntry>> CaseStore::auditLog(qint64 id) const
{
    return m_inbox->auditLog(id);
}

Result<QHash<qint64, QList<AuditEntry>>> CaseStore::statusHistory(const QList<qint64> &ids) const
{
    return m_inbox->statusHistory(ids);
}

Result<QList<CaseScore>> CaseStore::scores(qint64 caseId) const
{
    return m_scores->scores(caseId);
}

Status CaseStore::setScore(qint64 caseId, const CaseScore &score, int expectedRowVersion)
{
    return m_scores->setScore(caseId, score, expectedRowVersion);
}

Status CaseStore::removeScore(
    qint64 caseId, const QString &version, const QString &restorePrimary, int expectedRowVersion)
{
    return m_scores->removeScore(caseId, version, restorePrimary, expectedRowVersion);
}

Result<QHash<qint64, QString>> CaseStore::descriptions(const QSet<qint64> &ids, qsizetype maxChars) const
{
    return m_search->descriptions(ids, maxChars);
}

Result<QList<qint64>> CaseStore::search(const QString &userText) const
{
    return m_search->search(userText);
}

Status CaseStore::markRead(qint64 id, bool read)
{
    // The analyst's own read marks are not kept in a database that cannot be written;
    // opening a case there is not an error.
    if (m_db.isReadOnly())
        return {};
    const Status s = m_inbox->markRead(id, read);
    if (s)
        Q_EMIT caseChanged(id, CaseField::ReadState);
    return s;
}

QString CaseStore::trackingIdPattern() const
{
    return m_trackingIds->pattern();
}

Status CaseStore::setTrackingIdPattern(const QString &pattern)
{
    return m_trackingIds->setPattern(pattern);
}
