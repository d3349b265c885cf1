#include "CaseEditor.h"

#include "SetCaseFieldsCommand.h"
#include "SetScoreCommand.h"
#include "TransitionCommand.h"
#include "cvss/CvssVector.h"

CaseEditor::CaseEditor(CaseStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

bool CaseEditor::setFields(qint64 id, const CaseStore::FieldValues &values)
{
    const auto current = m_store.caseById(id);
    if (!current) {
        reportFailure(current.error());
        return false;
    }
    CaseStore::FieldValues before;
    CaseStore::FieldValues after;
    for (const auto &[field, value] : values) {
        if (current->value(field) == value)
            continue;
        before.append({field, current->value(field)});
        after.append({field, value});
    }
    if (after.isEmpty())
        return true;
    m_lastFailed = false;
    m_stack.push(new SetCaseFieldsCommand(*this, id, before, after, current->rowVersion));
    return !m_lastFailed;
}

bool CaseEditor::setField(qint64 id, CaseField field, const QVariant &value)
{
    return setFields(id, {{field, value}});
}

bool CaseEditor::transition(qint64 id, const Workflow::TransitionRequest &request)
{
    const auto current = m_store.caseById(id);
    if (!current) {
        reportFailure(current.error());
        return false;
    }
    m_lastFailed = false;
    m_stack.push(new TransitionCommand(*this, *current, request));
    return !m_lastFailed;
}

bool CaseEditor::applyScore(qint64 id, const CaseScore &score)
{
    const auto current = m_store.caseById(id);
    if (!current) {
        reportFailure(current.error());
        return false;
    }
    const auto existing = m_store.scores(id);
    if (!existing) {
        reportFailure(existing.error());
        return false;
    }
    std::optional<CaseScore> replaced;
    std::optional<CaseScore> primary;
    for (const CaseScore &s : *existing) {
        if (s.version == score.version)
            replaced = s;
        if (s.primary)
            primary = s;
    }
    m_lastFailed = false;
    m_stack.push(new SetScoreCommand(*this, id, current->rowVersion, score, replaced, primary));
    return !m_lastFailed;
}

bool CaseEditor::applyVector(qint64 id, const QString &vector, bool primary)
{
    CvssVector parsed;
    const CvssError error = parsed.parse(QStringView(vector).trimmed());
    if (!error.ok()) {
        reportFailure(error.message());
        return false;
    }
    const auto existing = m_store.scores(id);
    if (!existing) {
        reportFailure(existing.error());
        return false;
    }
    CaseScore score;
    score.version
        = QString::fromLatin1(CvssRating::versionLabel(parsed.version()).substr(5)); // after "CVSS:"
    score.vector = parsed.toString();
    score.score = parsed.score() / 10.0;
    score.severity = QString::fromLatin1(CvssRating::englishName(parsed.severity()));
    score.primary = primary;
    for (const CaseScore &s : *existing) {
        if (s.primary && s.version == score.version)
            score.primary = true;
    }
    return applyScore(id, score);
}

void CaseEditor::reportFailure(const QString &message)
{
    m_lastFailed = true;
    Q_EMIT failed(message);
}
