#include "CaseRepository.h"

#include "AuditLog.h"
#include "CaseColumns.h"
#include "Database.h"
#include "TrackingIds.h"
#include "core/Clock.h"
#include "storage/StoredText.h"

#include <QCoreApplication>
#include <QSqlRecord>

using StoredText::enc;
using StoredText::sqlError;

CaseRepository::CaseRepository(Database &db, AuditLog &audit, TrackingIds &trackingIds)
    : m_db(db)
    , m_audit(audit)
    , m_trackingIds(trackingIds)
{ }

CaseRepository::~CaseRepository() = default;

QSqlQuery &CaseRepository::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db.connection());
        query->prepare(sql); // a failure shows when the statement runs
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

Result<qint64> CaseRepository::createCase(const NewReport &report)
{
    const auto problems = report.validate();
    if (!problems.isEmpty())
        return Result<qint64>::failure(problems.constFirst().message);
    const QDateTime now = Clock::nowUtc();
    // A new report is a case in its first state; the column map writes all of it.
    Case c;
    c.title = report.title.trimmed();
    c.product = report.product.trimmed();
    c.productVersion = report.productVersion.trimmed();
    c.reporterName = report.reporterName.trimmed();
    c.reporterEmail = report.reporterEmail.trimmed();
    c.reporterOrganisation = report.reporterOrganisation.trimmed();
    c.consentCredit = report.consentCredit;
    c.consentShareIdentity = report.consentShareIdentity;
    c.channel = report.channel;
    c.receivedAt = report.receivedAt.isValid() ? report.receivedAt.toUTC() : now;
    c.description = report.description;
    c.stepsToReproduce = report.stepsToReproduce;
    c.owner = report.owner.trimmed();
    c.status = CaseStatus::New;
    c.createdAt = now;
    c.updatedAt = now;
    c.rowVersion = 1;
    qint64 id = 0;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery &q = prepared(CaseColumns::insertStatement(false));
        CaseColumns::bindInsert(q, c, false);
        if (!q.exec() || !q.next())
            return Status::failure(sqlError(q));
        id = q.value(0).toLongLong(); // RETURNING id: the only column
        q.finish();
        return m_audit.recordCreated(id, c.title, now);
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<Case> CaseRepository::caseById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(CaseColumns::select(CaseColumns::all()) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Case>::failure(sqlError(q));
    if (!q.next())
        return Result<Case>::failure(
            QCoreApplication::translate("CaseStore", "There is no case %1.").arg(id));
    return CaseColumns::Index(q.record()).read(q);
}

Result<qint64> CaseRepository::idForTrackingId(const QString &trackingId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(CaseColumns::select({CaseColumn::Id}) + QStringLiteral(" WHERE tracking_id = ?"));
    q.addBindValue(enc(trackingId.trimmed()));
    if (!q.exec())
        return Result<qint64>::failure(sqlError(q));
    if (!q.next())
        return Result<qint64>::failure(
            QCoreApplication::translate("CaseStore", "There is no case with tracking id “%1”.")
                .arg(trackingId.left(100)));
    return q.value(0).toLongLong(); // the only column
}

Result<int> CaseRepository::caseCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) || !q.next())
        return Result<int>::failure(sqlError(q));
    return q.value(0).toInt(); // the only column
}

Status CaseRepository::setFields(
    qint64 id, const FieldValues &values, int expectedRowVersion, int *rowVersionAfter)
{
    for (const auto &[field, value] : values) {
        if (field == CaseField::Status || field == CaseField::TrackingId || !CaseColumns::forField(field))
            return Status::failure(
                QCoreApplication::translate("CaseStore", "%1 changes only through the workflow.")
                    .arg(CaseFieldInfo::displayName(field)));
        const QString problem = validateCaseField(field, value);
        if (!problem.isEmpty())
            return Status::failure(problem);
    }
    // A negotiated disclosure date overrides the policy; the audit log must say why.
    const auto given = [&values](CaseField f) -> std::optional<QVariant> {
        for (const auto &[field, value] : values) {
            if (field == f)
                return value;
        }
        return std::nullopt;
    };
    if (const auto at = given(CaseField::EmbargoAt); at && at->toDateTime().isValid()) {
        const auto reason = given(CaseField::EmbargoReason);
        if (!reason || reason->toString().trimmed().isEmpty())
            return Status::failure(
                QCoreApplication::translate("CaseStore", "A negotiated disclosure date needs a reason."));
    }
    // Marking a case actively exploited expedites its bulletin: the trail must say who says so.
    if (const auto at = given(CaseField::ExploitedAt); at && at->toDateTime().isValid()) {
        const auto source = given(CaseField::ExploitedSource);
        if (!source || source->toString().trimmed().isEmpty())
            return Status::failure(QCoreApplication::translate(
                "CaseStore", "Say where the exploitation was reported (a source is required)."));
    }
    CaseFields changed;
    const QDateTime now = Clock::nowUtc();
    return m_db.transaction([&]() -> Status {
        const auto current = caseById(id);
        if (!current)
            return Status::failure(current.error());
        QList<AuditLog::Entry> entries;
        for (const auto &[field, value] : values) {
            using CaseColumns::auditText;
            const QVariant old = current->value(field);
            QVariant normalised = value;
            if (field == CaseField::ReceivedAt || field == CaseField::EmbargoAt
                || field == CaseField::ExploitedAt)
                normalised = value.toDateTime().isValid() ? QVariant(value.toDateTime().toUTC())
                                                          : QVariant(QDateTime());
            else if (field != CaseField::ConsentCredit && field != CaseField::ConsentShareIdentity
                && field != CaseField::CvssScore && field != CaseField::DuplicateOf)
                normalised = value.toString();
            if (auditText(field, old) == auditText(field, normalised))
                continue;
            QSqlQuery q(m_db.connection());
            q.prepare(CaseColumns::updateStatement({*CaseColumns::forField(field)}));
            q.addBindValue(CaseColumns::storedValue(field, normalised));
            q.addBindValue(id);
            if (!q.exec())
                return Status::failure(sqlError(q));
            entries.append(
                {CaseFieldInfo::column(field), auditText(field, old), auditText(field, normalised)});
            changed |= field;
        }
        const auto readVersion = [&]() -> Status {
            if (!rowVersionAfter)
                return {};
            QSqlQuery v(m_db.connection());
            v.prepare(CaseColumns::select({CaseColumn::RowVersion}) + QStringLiteral(" WHERE id = ?"));
            v.addBindValue(id);
            if (!v.exec() || !v.next())
                return Status::failure(sqlError(v));
            *rowVersionAfter = v.value(0).toInt(); // the only column
            return {};
        };
        if (!changed) {
            // Nothing to write, but a stale expectation is still a conflict to report.
            if (expectedRowVersion >= 0 && current->rowVersion != expectedRowVersion)
                return Status::failure(AuditLog::staleChangeMessage());
            return readVersion();
        }
        const auto recorded = m_audit.record({id, changed, entries, expectedRowVersion, now});
        if (!recorded)
            return Status::failure(recorded.error());
        if (rowVersionAfter)
            *rowVersionAfter = *recorded;
        return {};
    });
}

Status CaseRepository::transition(
    qint64 id, const Workflow::TransitionRequest &request, int expectedRowVersion)
{
    const QDateTime now = Clock::nowUtc();
    return m_db.transaction([&]() -> Status {
        CaseFields changed;
        QList<AuditLog::Entry> entries;
        const auto current = caseById(id);
        if (!current)
            return Status::failure(current.error());
        // A move decided on an old state is stale before it is illegal: the analyst is told
        // the case changed, not that (say) it is "already New" after a colleague's move.
        if (expectedRowVersion >= 0 && current->rowVersion != expectedRowVersion)
            return Status::failure(AuditLog::staleChangeMessage());
        if (Status legal = Workflow::check(*current, request); !legal)
            return legal;
        const Case &c = *current;
        QSqlQuery q(m_db.connection());
        if (request.to == CaseStatus::Duplicate) {
            q.prepare(CaseColumns::select({CaseColumn::DuplicateOf}) + QStringLiteral(" WHERE id = ?"));
            q.addBindValue(request.duplicateOf);
            if (!q.exec())
                return Status::failure(sqlError(q));
            if (!q.next())
                return Status::failure(
                    QCoreApplication::translate("CaseStore", "There is no case %1 to be a duplicate of.")
                        .arg(request.duplicateOf));
            if (q.value(0).toLongLong() == id) // the only column
                return Status::failure(
                    QCoreApplication::translate("CaseStore", "Case %1 is already a duplicate of this case.")
                        .arg(request.duplicateOf));
            q.finish();
        }
        Case after = c;
        after.status = request.to;
        after.pausedFrom = request.to == CaseStatus::NeedsMoreInfo ? std::optional(c.status) : std::nullopt;
        q.prepare(CaseColumns::updateStatement({CaseColumn::Status, CaseColumn::PausedFrom}));
        q.addBindValue(CaseColumns::stored(CaseColumn::Status, after));
        q.addBindValue(CaseColumns::stored(CaseColumn::PausedFrom, after));
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        entries.append({QStringLiteral("status"), CaseStatuses::id(c.status), CaseStatuses::id(request.to)});
        changed |= CaseField::Status;
        if (!request.reason.trimmed().isEmpty())
            entries.append({QStringLiteral("reason"), {}, request.reason.trimmed().left(2000)});
        if (request.to == CaseStatus::Acknowledged && c.trackingId.isEmpty()) {
            const auto tracking = m_trackingIds.issue(now.date());
            if (!tracking)
                return Status::failure(tracking.error());
            after.trackingId = *tracking;
            after.acknowledgedAt = now;
            q.prepare(CaseColumns::updateStatement({CaseColumn::TrackingId, CaseColumn::AcknowledgedAt}));
            q.addBindValue(CaseColumns::stored(CaseColumn::TrackingId, after));
            q.addBindValue(CaseColumns::stored(CaseColumn::AcknowledgedAt, after));
            q.addBindValue(id);
            if (!q.exec())
                return Status::failure(sqlError(q));
            entries.append({QStringLiteral("tracking_id"), {}, *tracking});
            changed |= CaseField::TrackingId;
        }
        if (request.to == CaseStatus::Duplicate || c.duplicateOf != 0) {
            const qint64 target = request.to == CaseStatus::Duplicate ? request.duplicateOf : 0;
            if (target != c.duplicateOf) {
                after.duplicateOf = target;
                q.prepare(CaseColumns::updateStatement({CaseColumn::DuplicateOf}));
                q.addBindValue(CaseColumns::stored(CaseColumn::DuplicateOf, after));
                q.addBindValue(id);
                if (!q.exec())
                    return Status::failure(sqlError(q));
                entries.append({QStringLiteral("duplicate_of"),
                    c.duplicateOf ? QString::number(c.duplicateOf) : QString(),
                    target ? QString::number(target) : QString()});
                changed |= CaseField::DuplicateOf;
            }
        }
        const auto recorded = m_audit.record({id, changed, entries, expectedRowVersion, now});
        return recorded ? Status() : Status::failure(recorded.error());
    });
}

Status CaseRepository::revertStatus(
    qint64 id, CaseStatus status, std::optional<CaseStatus> pausedFrom, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Status {
        const auto current = caseById(id);
        if (!current)
            return Status::failure(current.error());
        // Only a duplicate keeps the case it duplicates.
        Case after = *current;
        after.status = status;
        after.pausedFrom = pausedFrom;
        if (status != CaseStatus::Duplicate)
            after.duplicateOf = 0;
        QSqlQuery q(m_db.connection());
        q.prepare(CaseColumns::updateStatement(
            {CaseColumn::Status, CaseColumn::PausedFrom, CaseColumn::DuplicateOf}));
        q.addBindValue(CaseColumns::stored(CaseColumn::Status, after));
        q.addBindValue(CaseColumns::stored(CaseColumn::PausedFrom, after));
        q.addBindValue(CaseColumns::stored(CaseColumn::DuplicateOf, after));
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        const QList<AuditLog::Entry> entries {
            {QStringLiteral("status"), CaseStatuses::id(current->status), CaseStatuses::id(status)},
            {QStringLiteral("reason"), {}, QCoreApplication::translate("CaseStore", "undo")}};
        const auto recorded
            = m_audit.record({id, CaseField::Status | CaseField::DuplicateOf, entries, expectedRowVersion});
        return recorded ? Status() : Status::failure(recorded.error());
    });
}
