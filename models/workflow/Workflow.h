#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QList>

/// The case workflow as data: which status may follow which, and why a transition is
/// refused. Storage enforces it; views only offer what it allows.
///
/// Main line: New → Acknowledged → Triage → Confirmed → Remediation → Resolved → Disclosed →
/// Closed (Resolved may also close without an advisory). Needs More Info pauses any open
/// pre-fix state and returns to where it came from. Closing outcomes (Duplicate, Out of
/// Scope, Not Reproducible, Informative, Spam) end a case before a fix; a closed case can be
/// reopened into Triage.
namespace Workflow {

struct TransitionRequest
{
    CaseStatus to = CaseStatus::New;
    qint64 duplicateOf = 0; // required for Duplicate
    QString reason; // required when reopening
};

/// The statuses a case may move to next, in the order a user would want them offered.
QList<CaseStatus> nextStatuses(const Case &c);
/// Whether the move is legal, with a translated reason when it is not.
Status check(const Case &c, const TransitionRequest &request);

} // namespace Workflow
