#pragma once

#include "core/Case.h"

#include <QUndoCommand>

#include <optional>

class CaseEditor;

/// Applies a CVSS assessment to a case; undo puts back the assessment of that version it
/// replaced (or removes it) and restores which version was primary.
class SetScoreCommand final : public QUndoCommand
{
public:
    SetScoreCommand(CaseEditor &editor, qint64 caseId, CaseScore score, std::optional<CaseScore> replaced,
        std::optional<CaseScore> previousPrimary);

    void redo() override;
    void undo() override;

private:
    CaseEditor &m_editor;
    qint64 m_caseId;
    CaseScore m_score;
    std::optional<CaseScore> m_replaced;
    std::optional<CaseScore> m_previousPrimary;
};
