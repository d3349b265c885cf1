#pragma once

#include "core/Case.h"
#include "core/Result.h"
#include "workflow/Workflow.h"

#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>
#include <optional>

class AuditLog;
class Database;
class TrackingIds;

/// The cases table one case at a time: logging a new report, loading a case, editing its
/// fields, moving it through the workflow (issuing its tracking id on acknowledgement) and
/// the undo of a transition. Every write is validated and recorded through the AuditLog in
/// the same transaction; CaseStore forwards to it.
class CaseRepository final
{
public:
    using FieldValues = QList<QPair<CaseField, QVariant>>;

    CaseRepository(Database &db, AuditLog &audit, TrackingIds &trackingIds);
    ~CaseRepository();
    Q_DISABLE_COPY_MOVE(CaseRepository)

    Result<qint64> createCase(const NewReport &report);
    Result<Case> caseById(qint64 id) const;
    Result<qint64> idForTrackingId(const QString &trackingId) const;
    Result<int> caseCount() const;

    /// See CaseStore::setFields().
    Status setFields(qint64 id, const FieldValues &values, int expectedRowVersion, int *rowVersionAfter);
    Status transition(qint64 id, const Workflow::TransitionRequest &request, int expectedRowVersion = -1);
    Status revertStatus(
        qint64 id, CaseStatus status, std::optional<CaseStatus> pausedFrom, int expectedRowVersion = -1);

private:
    /// The statement for sql, prepared once per repository: logging many reports otherwise
    /// spends much of its time re-preparing.
    QSqlQuery &prepared(const QString &sql);

    Database &m_db;
    AuditLog &m_audit;
    TrackingIds &m_trackingIds;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};
