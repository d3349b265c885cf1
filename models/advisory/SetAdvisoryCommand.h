#pragma once

#include "AdvisoryData.h"

#include <QUndoCommand>

class AdvisoryStore;
class CaseEditor;

/// Replaces a case's advisory data; undo puts the previous data back. Each direction is one
/// audited save that checks the stored version, so it refuses (and says so through the
/// editor) to overwrite what another analyst saved meanwhile.
class SetAdvisoryCommand final : public QUndoCommand
{
public:
    SetAdvisoryCommand(CaseEditor &editor, AdvisoryStore &store, qint64 caseId, AdvisoryData before,
        AdvisoryData after, int version, const QString &text = QString());

    void redo() override;
    void undo() override;

private:
    void apply(const AdvisoryData &data);

    CaseEditor &m_editor;
    AdvisoryStore &m_store;
    qint64 m_caseId;
    AdvisoryData m_before;
    AdvisoryData m_after;
    int m_version; // the stored version the next save expects
};
