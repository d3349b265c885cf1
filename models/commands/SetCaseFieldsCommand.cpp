#include "SetCaseFieldsCommand.h"

#include "CaseEditor.h"

#include <QCoreApplication>

SetCaseFieldsCommand::SetCaseFieldsCommand(CaseEditor &editor, qint64 caseId, CaseStore::FieldValues before,
    CaseStore::FieldValues after, int rowVersion)
    : m_editor(editor)
    , m_caseId(caseId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_rowVersion(rowVersion)
{
    QStringList names;
    for (const auto &fv : std::as_const(m_after))
        names.append(CaseFieldInfo::displayName(fv.first));
    setText(QCoreApplication::translate("SetCaseFieldsCommand", "Change %1")
            .arg(names.join(QStringLiteral(", "))));
}

void SetCaseFieldsCommand::redo()
{
    const Status s = m_editor.store().setFields(m_caseId, m_after, m_firstRun ? m_rowVersion : -1);
    m_firstRun = false;
    if (!s) {
        setObsolete(true);
        m_editor.reportFailure(s.error());
    }
}

void SetCaseFieldsCommand::undo()
{
    const Status s = m_editor.store().setFields(m_caseId, m_before);
    if (!s) {
        setObsolete(true);
        m_editor.reportFailure(s.error());
    }
}
