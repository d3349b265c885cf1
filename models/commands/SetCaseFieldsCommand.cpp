#include "SetCaseFieldsCommand.h"

#include "CaseEditor.h"

#include <QCoreApplication>

SetCaseFieldsCommand::SetCaseFieldsCommand(CaseEditor &editor, qint64 caseId, CaseStore::FieldValues before,
    CaseStore::FieldValues after, int seenRowVersion)
    : CaseCommand(editor, caseId, seenRowVersion)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    QStringList names;
    for (const auto &fv : std::as_const(m_after))
        names.append(CaseFieldInfo::displayName(fv.first));
    setText(QCoreApplication::translate("SetCaseFieldsCommand", "Change %1")
            .arg(names.join(QStringLiteral(", "))));
}

void SetCaseFieldsCommand::redo()
{
    settle(m_editor.store().setFields(m_caseId, m_after, expectedVersion()), false);
}

void SetCaseFieldsCommand::undo()
{
    settle(m_editor.store().setFields(m_caseId, m_before, expectedVersion()), true);
}
