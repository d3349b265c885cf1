#pragma once

#include "core/Case.h"
#include "workflow/Workflow.h"

#include <QDialog>

class CaseStore;
class QLabel;
class QLineEdit;

/// Asks what a workflow move needs beyond the target status: the original case of a
/// duplicate (by tracking id or number) or the reason for reopening a closed case.
class TransitionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransitionDialog)

public:
    TransitionDialog(CaseStore &store, const Case &c, CaseStatus to, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void requestReady(const Workflow::TransitionRequest &request);

private:
    CaseStore &m_store;
    Case m_case;
    CaseStatus m_to;
    QLineEdit *m_original = nullptr;
    QLineEdit *m_reason;
    QLabel *m_error;
};
