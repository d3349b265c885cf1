#include "TransitionCommand.h"

#include "CaseEditor.h"

#include <QCoreApplication>

TransitionCommand::TransitionCommand(
    CaseEditor &editor, const Case &before, Workflow::TransitionRequest request)
    : CaseCommand(editor, before.id, before.rowVersion)
    , m_fromStatus(before.status)
    , m_fromPausedFrom(before.pausedFrom)
    , m_request(std::move(request))
{
    setText(QCoreApplication::translate("TransitionCommand", "Move to %1")
            .arg(CaseStatuses::displayName(m_request.to)));
}

void TransitionCommand::redo()
{
    settle(m_editor.store().transition(m_caseId, m_request, expectedVersion()), false);
}

void TransitionCommand::undo()
{
    settle(m_editor.store().revertStatus(m_caseId, m_fromStatus, m_fromPausedFrom, expectedVersion()), true);
}
