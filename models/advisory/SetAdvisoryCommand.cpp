#include "SetAdvisoryCommand.h"

#include "AdvisoryStore.h"
#include "commands/CaseEditor.h"

#include <QCoreApplication>

SetAdvisoryCommand::SetAdvisoryCommand(CaseEditor &editor, AdvisoryStore &store, qint64 caseId,
    AdvisoryData before, AdvisoryData after, int version, const QString &text)
    : m_editor(editor)
    , m_store(store)
    , m_caseId(caseId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_version(version)
{
    setText(text.isEmpty() ? QCoreApplication::translate("SetAdvisoryCommand", "Edit advisory data") : text);
}

void SetAdvisoryCommand::apply(const AdvisoryData &data)
{
    const Result<int> saved = m_store.save(m_caseId, data, m_version);
    if (!saved) {
        setObsolete(true);
        m_editor.reportFailure(saved.error());
        return;
    }
    m_version = *saved;
}

void SetAdvisoryCommand::redo()
{
    apply(m_after);
}

void SetAdvisoryCommand::undo()
{
    apply(m_before);
}
