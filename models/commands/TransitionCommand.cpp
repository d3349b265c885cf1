#include "TransitionCommand.h"

#include "CaseEditor.h"

#include <QCoreApplication>

TransitionCommand::TransitionCommand(
    CaseEditor &editor, const Case &before, Workflow::TransitionRequest request)
    : m_editor(editor)
    , m_caseId(before.id)
    , m_fromStatus(before.status)
    , m_fromPausedFrom(before.pausedFrom)
    , m_request(std::move(request))
{
    setText(QCoreApplication::translate("TransitionCommand", "Move to %1")
            .arg(CaseStatuses::displayName(m_request.to)));
}

void TransitionCommand::redo()
{
    const Status s = m_editor.store().transition(m_caseId, m_request);
    if (!s) {
        setObsolete(true);
        m_editor.reportFailure(s.error());
    }
}

void TransitionCommand::undo()
{
    const Status s = m_editor.store().revertStatus(m_caseId, m_fromStatus, m_fromPausedFrom);
    if (!s) {
        setObsolete(true);
        m_editor.reportFailure(s.error());
    }
}
