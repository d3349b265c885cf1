#pragma once

#include "CaseCommand.h"
#include "core/Case.h"

#include <optional>

/// Applies a CVSS assessment to a case; undo puts back the assessment of that version it
/// replaced (or removes it) and restores which version was primary. Guarded by row
/// versions like every CaseCommand.
class SetScoreCommand final : public CaseCommand
{
public:
    SetScoreCommand(CaseEditor &editor, qint64 caseId, int seenRowVersion, CaseScore score,
        std::optional<CaseScore> replaced, std::optional<CaseScore> previousPrimary);

    void redo() override;
    void undo() override;

private:
    CaseScore m_score;
    std::optional<CaseScore> m_replaced;
    std::optional<CaseScore> m_previousPrimary;
};
