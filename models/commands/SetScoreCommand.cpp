#include "SetScoreCommand.h"

#include "CaseEditor.h"

#include <QCoreApplication>

SetScoreCommand::SetScoreCommand(CaseEditor &editor, qint64 caseId, CaseScore score,
    std::optional<CaseScore> replaced, std::optional<CaseScore> previousPrimary)
    : m_editor(editor)
    , m_caseId(caseId)
    , m_score(std::move(score))
    , m_replaced(std::move(replaced))
    , m_previousPrimary(std::move(previousPrimary))
{
    setText(QCoreApplication::translate("SetScoreCommand", "Apply CVSS %1").arg(m_score.version));
}

void SetScoreCommand::redo()
{
    const Status s = m_editor.store().setScore(m_caseId, m_score);
    if (!s) {
        setObsolete(true);
        m_editor.reportFailure(s.error());
    }
}

void SetScoreCommand::undo()
{
    Status s;
    const bool primaryWasOther = m_previousPrimary && m_previousPrimary->version != m_score.version;
    if (m_replaced) {
        CaseScore back = *m_replaced;
        back.primary = m_replaced->primary;
        s = m_editor.store().setScore(m_caseId, back);
    } else {
        s = m_editor.store().removeScore(
            m_caseId, m_score.version, primaryWasOther ? m_previousPrimary->version : QString());
    }
    if (s && primaryWasOther) {
        CaseScore primary = *m_previousPrimary;
        primary.primary = true;
        s = m_editor.store().setScore(m_caseId, primary);
    }
    if (!s) {
        setObsolete(true);
        m_editor.reportFailure(s.error());
    }
}
