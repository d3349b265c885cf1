#include "CaseCommand.h"

#include "CaseEditor.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>

CaseCommand::CaseCommand(CaseEditor &editor, qint64 caseId, int seenRowVersion)
    : m_editor(editor)
    , m_caseId(caseId)
    , m_seenVersion(seenRowVersion)
{ }

int CaseCommand::expectedVersion()
{
    if (m_firstRun) {
        m_firstRun = false;
        return m_seenVersion;
    }
    return m_editor.store().auditLog().lastOwnVersion(m_caseId);
}

void CaseCommand::settle(const Status &outcome, bool undoing)
{
    if (outcome)
        return;
    setObsolete(true);
    m_editor.reportFailure(undoing
            ? QCoreApplication::translate("CaseCommand", "Cannot undo “%1”: %2").arg(text(), outcome.error())
            : outcome.error());
}
