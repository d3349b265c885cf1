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
    // Each run expects the row version the previous one left: an undo or redo over a
    // colleague's later change is refused like any stale edit, never written blindly.
    const Status s = m_editor.store().setFields(m_caseId, m_after, m_rowVersion, &m_rowVersion);
    if (!s) {
        setObsolete(true);
        m_editor.reportFailure(s.error());
    }
}

void SetCaseFieldsCommand::undo()
{
    const Status s = m_editor.store().setFields(m_caseId, m_before, m_rowVersion, &m_rowVersion);
    if (!s) {
        setObsolete(true);
        m_editor.reportFailure(
            QCoreApplication::translate("SetCaseFieldsCommand", "Cannot undo “%1”: %2").arg(text(), s.error()));
    }
}
