#pragma once

#include "AuditLog.h"
#include "InboxRow.h"
#include "core/Result.h"

#include <QHash>
#include <QList>

class Database;

/// What the inbox and the SLA clocks read of every case, fast: the inbox rows (a large
/// table on parallel connections), the audit trail and status history, and the analyst's
/// read marks (written through the AuditLog, their only writer). CaseStore forwards to it.
class InboxReader final
{
public:
    InboxReader(const Database &db, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(InboxReader)

    /// See CaseStore::inboxRows(), auditLog(), statusHistory().
    Result<QList<InboxRow>> inboxRows(const QList<qint64> &ids) const;
    Result<QList<AuditEntry>> auditLog(qint64 id) const;
    Result<QHash<qint64, QList<AuditEntry>>> statusHistory(const QList<qint64> &ids) const;

    /// The analyst's own read mark; CaseStore announces it.
    Status markRead(qint64 id, bool read);

private:
    const Database &m_db;
    AuditLog &m_audit;
};
