#pragma once

#include "CaseCommand.h"
#include "storage/CaseStore.h"

/// Sets fields of one case; undo restores the values it replaced. Guarded by row versions
/// like every CaseCommand.
class SetCaseFieldsCommand final : public CaseCommand
{
public:
    SetCaseFieldsCommand(CaseEditor &editor, qint64 caseId, CaseStore::FieldValues before,
        CaseStore::FieldValues after, int seenRowVersion);

    void redo() override;
    void undo() override;

private:
    CaseStore::FieldValues m_before;
    CaseStore::FieldValues m_after;
};
