#pragma once

#include "core/Case.h"
#include "workflow/Workflow.h"

#include <QUndoCommand>

class CaseEditor;

/// Moves a case through the workflow; undo puts it back where it was (the tracking id an
/// acknowledgement issued stays issued: ids are never reused).
class TransitionCommand final : public QUndoCommand
{
public:
    TransitionCommand(CaseEditor &editor, const Case &before, Workflow::TransitionRequest request);

    void redo() override;
    void undo() override;

private:
    CaseEditor &m_editor;
    qint64 m_caseId;
    CaseStatus m_fromStatus;
    std::optional<CaseStatus> m_fromPausedFrom;
    Workflow::TransitionRequest m_request;
};
