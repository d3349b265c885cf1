#include "Workflow.h"

#include <QCoreApplication>

namespace {

using S = CaseStatus;

const QList<CaseStatus> kOutcomesBeforeFix
    = {S::Duplicate, S::OutOfScope, S::NotReproducible, S::Informative, S::Spam};

QList<CaseStatus> mainLineNext(CaseStatus s)
{
    switch (s) {
    case S::New:
        return {S::Acknowledged, S::NeedsMoreInfo, S::Duplicate, S::OutOfScope, S::Informative, S::Spam};
    case S::Acknowledged:
        return QList<CaseStatus> {S::Triage, S::NeedsMoreInfo} + kOutcomesBeforeFix;
    case S::Triage:
        return QList<CaseStatus> {S::Confirmed, S::NeedsMoreInfo} + kOutcomesBeforeFix;
    case S::Confirmed:
        return {S::Remediation, S::NeedsMoreInfo, S::Duplicate};
    case S::Remediation:
        return {S::Resolved};
    case S::Resolved:
        return {S::Disclosed, S::Closed};
    case S::Disclosed:
        return {S::Closed};
    default:
        return {};
    }
}

} // namespace

namespace Workflow {

QList<CaseStatus> nextStatuses(const Case &c)
{
    if (c.status == S::NeedsMoreInfo) {
        QList<CaseStatus> next {c.pausedFrom.value_or(S::New)};
        for (CaseStatus o : kOutcomesBeforeFix) {
            if (!next.contains(o))
                next.append(o);
        }
        return next;
    }
    if (!CaseStatuses::isOpen(c.status))
        return {S::Triage}; // reopen
    return mainLineNext(c.status);
}

Status check(const Case &c, const TransitionRequest &request)
{
    const CaseStatus to = request.to;
    if (to == c.status)
        return Status::failure(QCoreApplication::translate("Workflow", "The case is already %1.")
                .arg(CaseStatuses::displayName(to)));
    if (!nextStatuses(c).contains(to)) {
        QString why;
        if (c.status == S::New && to != S::Acknowledged && CaseStatuses::isOpen(to))
            why = QCoreApplication::translate(
                "Workflow", "A report must be acknowledged first; acknowledging issues its tracking id.");
        else if (to == S::Disclosed)
            why = QCoreApplication::translate("Workflow", "Only a resolved case can be disclosed.");
        else if (to == S::Resolved)
            why = QCoreApplication::translate(
                "Workflow", "A case is resolved from Remediation, once a fix exists.");
        else if (to == S::NeedsMoreInfo)
            why = QCoreApplication::translate(
                "Workflow", "A case waits on the reporter only before remediation starts.");
        else if (CaseStatuses::isClosingOutcome(to))
            why = QCoreApplication::translate(
                "Workflow", "A case can no longer be closed as %1 once it is in %2.")
                      .arg(CaseStatuses::displayName(to), CaseStatuses::displayName(c.status));
        else
            why = QCoreApplication::translate("Workflow", "%1 cannot follow %2.")
                      .arg(CaseStatuses::displayName(to), CaseStatuses::displayName(c.status));
        return Status::failure(why);
    }
    if (to == S::Duplicate) {
        if (request.duplicateOf <= 0)
            return Status::failure(
                QCoreApplication::translate("Workflow", "A duplicate must name the case it duplicates."));
        if (request.duplicateOf == c.id)
            return Status::failure(
                QCoreApplication::translate("Workflow", "A case cannot duplicate itself."));
    }
    if (!CaseStatuses::isOpen(c.status) && request.reason.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("Workflow", "Reopening a closed case needs a reason."));
    return {};
}

} // namespace Workflow
