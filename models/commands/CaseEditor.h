#pragma once

#include "storage/CaseStore.h"

#include <QObject>
#include <QUndoStack>

/// The one way the user interface changes a case: every edit and workflow move is pushed
/// as a command on the undo stack, and the command goes through the CaseStore (validated,
/// audited). A command the store refuses is dropped from the stack and its reason reported
/// through failed().
class CaseEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseEditor)

public:
    explicit CaseEditor(CaseStore &store, QObject *parent = nullptr);

    CaseStore &store() const { return m_store; }
    QUndoStack *undoStack() { return &m_stack; }

    /// Changes fields of a case, undoably; false if the store refused.
    bool setFields(qint64 id, const CaseStore::FieldValues &values);
    bool setField(qint64 id, CaseField field, const QVariant &value);
    /// Moves a case through the workflow, undoably; false if refused.
    bool transition(qint64 id, const Workflow::TransitionRequest &request);

    /// Applies a CVSS assessment (primary or not), undoably; false if refused.
    bool applyScore(qint64 id, const CaseScore &score);
    /// Parses and scores a CVSS vector of any version and applies it; it becomes primary
    /// when primary is set, the case has no primary yet, or the primary is of its version.
    bool applyVector(qint64 id, const QString &vector, bool primary = false);

    /// Called by the commands when the store refuses them.
    void reportFailure(const QString &message);

Q_SIGNALS:
    void failed(const QString &message);

private:
    CaseStore &m_store;
    QUndoStack m_stack;
    bool m_lastFailed = false;
};
