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

int SetCaseFieldsCommand::expectedVersion()
{
    // The first run expects what the analyst saw; later runs (undo, redo) expect the version
    // this window's own last change of the case left, whatever made it (another command, an
    // attachment, an advisory save). A colleague's change in between makes it stale.
    if (m_firstRun) {
        m_firstRun = false;
        return m_rowVersion;
    }
    return m_editor.store().auditLog().lastOwnVersion(m_caseId);
}

void SetCaseFieldsCommand::redo()
{
    const Status s = m_editor.store().setFields(m_caseId, m_after, expectedVersion(), &m_rowVersion);
    if (!s) {
        setObsolete(true);
        m_editor.reportFailure(s.error());
    }
}

void SetCaseFieldsCommand::undo()
{
    const Status s = m_editor.store().setFields(m_caseId, m_before, expectedVersion(), &m_rowVersion);
    if (!s) {
        setObsolete(true);
        m_editor.reportFailure(QCoreApplication::translate("SetCaseFieldsCommand", "Cannot undo “%1”: %2")
                .arg(text(), s.error()));
    }
}
