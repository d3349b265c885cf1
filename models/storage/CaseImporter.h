#pragma once

#include "AuditLog.h"
#include "core/Case.h"
#include "core/Result.h"

#include <QList>

#include <functional>

class Database;
class TrackingIds;

/// Bulk import of whole cases (imports and demo data): every column of each case through
/// the column map, its audit trail and its primary score, in one transaction with
/// statements prepared once. CaseStore forwards to it; see CaseStore::importCases().
class CaseImporter final
{
public:
    /// The same as CaseStore::ImportSource.
    using Source = std::function<bool(Case *c, QList<AuditEntry> *trail)>;

    CaseImporter(Database &db, AuditLog &audit, TrackingIds &trackingIds);
    Q_DISABLE_COPY_MOVE(CaseImporter)

    Status importCases(const Source &next);
    Status importCases(const QList<Case> &cases, const QList<QList<AuditEntry>> &trails);

private:
    Database &m_db;
    AuditLog &m_audit;
    TrackingIds &m_trackingIds;
};
