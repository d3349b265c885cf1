#include "SetScoreCommand.h"

#include "CaseEditor.h"

#include <QCoreApplication>

SetScoreCommand::SetScoreCommand(CaseEditor &editor, qint64 caseId, int seenRowVersion, CaseScore score,
    std::optional<CaseScore> replaced, std::optional<CaseScore> previousPrimary)
    : CaseCommand(editor, caseId, seenRowVersion)
    , m_score(std::move(score))
    , m_replaced(std::move(replaced))
    , m_previousPrimary(std::move(previousPrimary))
{
    setText(QCoreApplication::translate("SetScoreCommand", "Apply CVSS %1").arg(m_score.version));
}

void SetScoreCommand::redo()
{
    settle(m_editor.store().setScore(m_caseId, m_score, expectedVersion()), false);
}

void SetScoreCommand::undo()
{
    CaseStore &store = m_editor.store();
    const bool primaryWasOther = m_previousPrimary && m_previousPrimary->version != m_score.version;
    Status s = m_replaced ? store.setScore(m_caseId, *m_replaced, expectedVersion())
                          : store.removeScore(m_caseId, m_score.version,
                                primaryWasOther ? m_previousPrimary->version : QString(), expectedVersion());
    if (s && primaryWasOther) {
        // The second write of this undo expects what the first one left.
        CaseScore primary = *m_previousPrimary;
        primary.primary = true;
        s = store.setScore(m_caseId, primary, store.auditLog().lastOwnVersion(m_caseId));
    }
    settle(s, true);
}
