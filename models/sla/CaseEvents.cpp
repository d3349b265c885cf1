#include "CaseEvents.h"

#include "core/Case.h"
#include "storage/CaseStore.h"
#include "storage/InboxRow.h"

#include <QTimeZone>

#include <algorithm>

QDateTime CaseEvents::at(SlaEvent event) const
{
    switch (event) {
    case SlaEvent::Received:
        return received;
    case SlaEvent::Acknowledged:
        return acknowledged;
    case SlaEvent::Triaged:
        return triaged;
    case SlaEvent::Assessed:
        return assessed;
    case SlaEvent::Resolved:
        return resolved;
    case SlaEvent::Disclosed:
        return disclosed;
    case SlaEvent::Closed:
        return closed;
    case SlaEvent::Exploited:
        return exploited;
    }
    return {};
}

void CaseEvents::set(SlaEvent event, const QDateTime &instant)
{
    const QDateTime utc = instant.isValid() ? instant.toUTC() : QDateTime();
    switch (event) {
    case SlaEvent::Received:
        received = utc;
        break;
    case SlaEvent::Acknowledged:
        acknowledged = utc;
        break;
    case SlaEvent::Triaged:
        triaged = utc;
        break;
    case SlaEvent::Assessed:
        assessed = utc;
        break;
    case SlaEvent::Resolved:
        resolved = utc;
        break;
    case SlaEvent::Disclosed:
        disclosed = utc;
        break;
    case SlaEvent::Closed:
        closed = utc;
        break;
    case SlaEvent::Exploited:
        exploited = utc;
        break;
    }
}

CaseEvents CaseEvents::fromAuditLog(const QDateTime &receivedAt, const QList<AuditEntry> &log)
{
    CaseEvents e;
    e.received = receivedAt.toUTC();

    QList<const AuditEntry *> statusChanges;
    for (const AuditEntry &entry : log) {
        if (entry.field == u"status" && entry.at.isValid())
            statusChanges.append(&entry);
    }
    // The log is read in id order, but rows written by another client can interleave.
    std::stable_sort(statusChanges.begin(), statusChanges.end(),
        [](const AuditEntry *a, const AuditEntry *b) { return a->at < b->at; });

    auto first = [](QDateTime &slot, const QDateTime &at) {
        if (!slot.isValid())
            slot = at.toUTC();
    };
    for (const AuditEntry *entry : std::as_const(statusChanges)) {
        CaseStatus to;
        if (!CaseStatuses::fromId(entry->newValue, &to))
            continue; // a status this build does not know changes no milestone
        const QDateTime at = entry->at.toUTC();
        e.status = to;

        if (to != CaseStatus::New)
            first(e.acknowledged, at);
        switch (to) {
        case CaseStatus::Triage:
            first(e.triaged, at);
            break;
        case CaseStatus::Confirmed:
        case CaseStatus::Remediation:
            first(e.triaged, at);
            first(e.assessed, at);
            break;
        case CaseStatus::Resolved:
            first(e.triaged, at);
            first(e.assessed, at);
            first(e.resolved, at);
            break;
        case CaseStatus::Disclosed:
            first(e.triaged, at);
            first(e.assessed, at);
            first(e.disclosed, at);
            break;
        case CaseStatus::Closed:
            first(e.closed, at);
            break;
        case CaseStatus::Duplicate:
        case CaseStatus::OutOfScope:
        case CaseStatus::NotReproducible:
        case CaseStatus::Informative:
        case CaseStatus::Spam:
            first(e.assessed, at);
            first(e.closed, at);
            break;
        case CaseStatus::New:
        case CaseStatus::Acknowledged:
        case CaseStatus::NeedsMoreInfo:
            break;
        }

        const bool wasPaused = !e.pauses.isEmpty() && !e.pauses.constLast().to.isValid();
        if (to == CaseStatus::NeedsMoreInfo && !wasPaused)
            e.pauses.append(PauseInterval {at, {}});
        else if (to != CaseStatus::NeedsMoreInfo && wasPaused)
            e.pauses.last().to = at;
    }
    return e;
}

namespace {
QDateTime utcFromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}
} // namespace

CaseEvents CaseEvents::of(const InboxRow &row, const QList<AuditEntry> &history)
{
    CaseEvents e = fromAuditLog(utcFromMs(row.receivedAtMs), history);
    // The case row is the authority on where the case stands; the log only dates the steps.
    e.status = row.status;
    if (row.embargoAtMs != 0)
        e.embargoOverride = EmbargoOverride {utcFromMs(row.embargoAtMs), row.embargoReason};
    e.exploited = utcFromMs(row.exploitedAtMs);
    return e;
}

CaseEvents CaseEvents::of(const Case &c, const QList<AuditEntry> &history)
{
    CaseEvents e = fromAuditLog(c.receivedAt, history);
    e.status = c.status;
    if (c.embargoAt.isValid())
        e.embargoOverride = EmbargoOverride {c.embargoAt.toUTC(), c.embargoReason};
    e.exploited = c.exploitedAt.isValid() ? c.exploitedAt.toUTC() : QDateTime();
    return e;
}
