#pragma once

#include <QList>
#include <QString>

/// Where a case stands in the workflow. The main line runs New → Acknowledged → Triage →
/// Confirmed → Remediation → Resolved → Disclosed → Closed; Needs More Info is a side state
/// that pauses the reporter-facing clocks; the closing outcomes end a case without a fix.
enum class CaseStatus {
    New,
    Acknowledged,
    Triage,
    Confirmed,
    Remediation,
    Resolved,
    Disclosed,
    Closed,
    NeedsMoreInfo,
    Duplicate,
    OutOfScope,
    NotReproducible,
    Informative,
    Spam,
};

namespace CaseStatuses {

/// Every status, in workflow order.
QList<CaseStatus> all();
/// Stable identifier used in storage, the command line and exports ("needs-more-info").
QString id(CaseStatus status);
/// Parses an identifier; also accepts the translated-free English display name.
bool fromId(const QString &text, CaseStatus *status);
/// Fast exact lookup of a stored identifier (the storage hot path); New if unknown.
CaseStatus fromStoredId(const QString &id);
/// Translated display name.
QString displayName(CaseStatus status);
/// Open cases still need work; closed ones (Closed and the closing outcomes) do not.
bool isOpen(CaseStatus status);
/// The closing outcomes that end a case without a fix.
bool isClosingOutcome(CaseStatus status);

} // namespace CaseStatuses
