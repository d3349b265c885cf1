#pragma once

#include "core/Result.h"

#include <QUndoCommand>

class CaseEditor;

/// An undoable change of one case. Every run is guarded by a row version: first the one the
/// analyst saw, then the one this window's own last change of the case left (whatever made
/// it: another command, an attachment, an advisory save). So neither the change nor its
/// undo or redo ever overwrites a colleague's later change: the store refuses the run, the
/// command becomes obsolete (nothing is left to redo over the colleague's change) and the
/// editor says why.
class CaseCommand : public QUndoCommand
{
public:
    qint64 caseId() const { return m_caseId; }

protected:
    CaseCommand(CaseEditor &editor, qint64 caseId, int seenRowVersion);

    /// The row version this run must find.
    int expectedVersion();
    /// After a run: a failure makes the command obsolete and is reported.
    void settle(const Status &outcome, bool undoing);

    CaseEditor &m_editor;
    const qint64 m_caseId;

private:
    int m_seenVersion;
    bool m_firstRun = true;
};
