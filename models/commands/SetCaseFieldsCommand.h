#pragma once

#include "storage/CaseStore.h"

#include <QUndoCommand>

class CaseEditor;

/// Sets fields of one case; undo restores the values it replaced. Every run is guarded by a
/// row version (first the one the user saw, then the one this window's own last change of
/// the case left), so neither the edit nor its undo or redo ever overwrites a colleague's
/// change.
class SetCaseFieldsCommand final : public QUndoCommand
{
public:
    SetCaseFieldsCommand(CaseEditor &editor, qint64 caseId, CaseStore::FieldValues before,
        CaseStore::FieldValues after, int rowVersion);

    void redo() override;
    void undo() override;

private:
    int expectedVersion();

    CaseEditor &m_editor;
    qint64 m_caseId;
    CaseStore::FieldValues m_before;
    CaseStore::FieldValues m_after;
    int m_rowVersion; // the version the analyst saw; then what the last run left
    bool m_firstRun = true;
};
