#pragma once

#include "core/CaseStatus.h"
#include "sla/DisclosurePolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct AuditEntry;
struct Case;
struct InboxRow;

/// A stretch of time the case spent waiting on the reporter (Needs More Info).
struct PauseInterval
{
    QDateTime from;
    QDateTime to; // invalid while the case is still waiting

    bool operator==(const PauseInterval &other) const = default;
};

/// A disclosure date agreed with the reporter that replaces the policy's.
struct EmbargoOverride
{
    QDateTime at;
    QString reason;

    bool operator==(const EmbargoOverride &other) const = default;
};

/// What the SLA engine needs to know about a case, and nothing else: the instants of its
/// milestones (UTC; invalid when not reached), the time it waited on the reporter and its
/// current status. Keeping it a plain struct keeps the engine independent of storage.
struct CaseEvents
{
    QDateTime received;
    QDateTime acknowledged;
    QDateTime triaged;
    QDateTime assessed;
    QDateTime resolved;
    QDateTime disclosed;
    QDateTime closed;
    QDateTime exploited; // known to be actively exploited since (Case::exploitedAt)
    QList<PauseInterval> pauses;
    CaseStatus status = CaseStatus::New;
    std::optional<EmbargoOverride> embargoOverride;

    QDateTime at(SlaEvent event) const;
    void set(SlaEvent event, const QDateTime &instant);

    /// Derives the events from a case's audit log (the "status" entries, old and new status
    /// ids). Each milestone is the first time the case reached it, so undoing a step does
    /// not move a met deadline; received comes from the case itself (cases.received_at),
    /// because a report can be entered after it arrived.
    /// - acknowledged: the first move away from "new" (any answer to the reporter counts);
    /// - triaged: first entering triage or any later state;
    /// - assessed: first entering confirmed, remediation, resolved or disclosed, or a closing
    ///   outcome (duplicate, not reproducible … are assessments too);
    /// - resolved / disclosed: first entering that state; closed: "closed" or a closing outcome;
    /// - pauses: each stay in "needs-more-info".
    static CaseEvents fromAuditLog(const QDateTime &received, const QList<AuditEntry> &log);
    /// Everything a case's clocks depend on: the milestones its status history dates, and
    /// from the case itself where it stands, its negotiated disclosure date and since when it
    /// is known to be exploited. The timeline, the dashboard and the report all read a case
    /// through these two, so a deadline is the same wherever it shows.
    static CaseEvents of(const InboxRow &row, const QList<AuditEntry> &history);
    static CaseEvents of(const Case &c, const QList<AuditEntry> &history);

    bool operator==(const CaseEvents &other) const = default;
};
