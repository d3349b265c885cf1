#pragma once

#include "core/Case.h"

#include <QHash>
#include <QWidget>

class AuditLogModel;
class Session;
class SlaTracker;
class CvssCalculatorPane;
class EvidenceStore;
class EvidenceTab;
class CorrespondencePane;
class QPushButton;
class QTreeWidget;
class AdvisoryTab;
class CaseEditor;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class FlowLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTabWidget;

/// The selected case: every field editable in place (each change an undoable, audited
/// command), the workflow moves that are legal right now as buttons, and the audit
/// history. Report text is shown as plain text only.
class CaseDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDetailPane)

public:
    AdvisoryTab *advisoryTab() const { return m_advisory; }
    /// Edits go through the session's editor; its tabs use the session's stores.
    explicit CaseDetailPane(Session &session, QWidget *parent = nullptr);

    void showCase(qint64 id);
    EvidenceTab *evidenceTab() const { return m_evidence; }
    /// Where the case's next SLA deadline comes from; it must outlive the pane.
    void setDeadlineSource(const SlaTracker *tracker);
    qint64 caseId() const { return m_case.id; }

Q_SIGNALS:
    void failed(const QString &message);
    /// Asks the window to select another case (e.g. the original of a duplicate).
    void openCaseRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadCase();
    void fillFields();
    void rebuildTransitions();
    void commit(CaseField field, const QVariant &value);
    void requestTransition(CaseStatus to);
    QLineEdit *addLine(CaseField field, const QString &objectName);
    QWidget *createScoringPage();
    void fillScores();
    void fillDeadline();
    void fillIntel();
    QWidget *createEmbargoRow();
    void fillEmbargo();
    void fillPolicies();
    void applyEmbargo();
    QWidget *createExploitedRow();
    void fillExploited();
    void applyExploited();

    CaseEditor &m_editor;
    Case m_case;
    QLabel *m_heading;
    QLabel *m_trackingId;
    QLabel *m_status;
    QLabel *m_received;
    QLabel *m_deadline;
    /// The product's security support and the EPSS/KEV of the case's CVEs.
    QLabel *m_intel;
    /// Known exploitation: the analyst's mark, the KEV entries of the case's CVEs (red).
    QLabel *m_exploitation = nullptr;
    Session &m_session;
    QCheckBox *m_embargoSet = nullptr;
    QDateTimeEdit *m_embargoEdit = nullptr;
    QLineEdit *m_embargoReason = nullptr;
    QLabel *m_embargoLocal = nullptr;
    QCheckBox *m_exploitedSet = nullptr;
    QDateTimeEdit *m_exploitedEdit = nullptr;
    QLineEdit *m_exploitedSource = nullptr;
    QComboBox *m_policy = nullptr;
    const SlaTracker *m_deadlines = nullptr;
    FlowLayout *m_transitions;
    QTabWidget *m_tabs;
    QHash<CaseField, QLineEdit *> m_lines;
    QCheckBox *m_consentCredit;
    QCheckBox *m_consentShare;
    QComboBox *m_channel;
    QDateTimeEdit *m_receivedEdit;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_steps;
    QTableView *m_auditView;
    CorrespondencePane *m_correspondence = nullptr;
    AdvisoryTab *m_advisory = nullptr;
    EvidenceTab *m_evidence = nullptr;
    AuditLogModel *m_audit;
    CvssCalculatorPane *m_calculator = nullptr;
    QTreeWidget *m_scores = nullptr;
    QPushButton *m_makePrimary = nullptr;
    QLabel *m_ssvc = nullptr;
    QWidget *m_form;
    QLabel *m_empty;
};
