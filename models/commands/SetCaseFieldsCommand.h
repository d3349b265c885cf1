#pragma once

#include "storage/CaseStore.h"

#include <QUndoCommand>

class CaseEditor;

/// Sets fields of one case; undo restores the values it replaced. The first run is
/// guarded by the row version the user saw, so it never overwrites a colleague's change.
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
    int m_rowVersion;
    bool m_firstRun = true;
};
