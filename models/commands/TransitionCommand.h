#pragma once

#include "CaseCommand.h"
#include "core/Case.h"
#include "workflow/Workflow.h"

/// Moves a case through the workflow; undo puts it back where it was (the tracking id an
/// acknowledgement issued stays issued: ids are never reused). Guarded by row versions
/// like every CaseCommand.
class TransitionCommand final : public CaseCommand
{
public:
    TransitionCommand(CaseEditor &editor, const Case &before, Workflow::TransitionRequest request);

    void redo() override;
    void undo() override;

private:
    CaseStatus m_fromStatus;
    std::optional<CaseStatus> m_fromPausedFrom;
    Workflow::TransitionRequest m_request;
};
