#pragma once

#include "storage/CaseStore.h"

#include <QUndoCommand>

class CaseEditor;

/// Sets fields of one case; undo restores the values it replaced. Every run is guarded by a
/// row version (first the one the user saw, then the one its own last run left), so
/// neither the edit nor its undo or redo ever overwrites a colleague's change.
class SetCaseFieldsCommand final : public QUndoCommand
{
public:
    SetCaseFieldsCommand(CaseEditor &editor, qint64 caseId, CaseStore::FieldValues before,
        CaseStore::FieldValues after, int rowVersion);

    void redo() override;
    void undo() override;

private:
    CaseEditor &m_editor;
    qint64 m_caseId;
    CaseStore::FieldValues m_before;
    CaseStore::FieldValues m_after;
    int m_rowVersion; // what the case's row version must be for the next run
};
