#pragma once

#include <QWidget>

class CaseEditor;
class InboxModel;
class QComboBox;
class QLineEdit;
class QTreeView;
class QueueModel;

/// The managers' severity queue: open cases grouped by severity band and SLA state, with the
/// inbox's filters (quick text, product, owner). Several cases can be selected and assigned
/// to an owner or given a priority in one undoable, audited step. Activating a case opens it.
class QueuePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePane)

public:
    QueuePane(InboxModel *inbox, CaseEditor &editor, QWidget *parent = nullptr);
    ~QueuePane() override;

    QueueModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *quickFilter() const { return m_quickFilter; }
    QComboBox *productFilter() const { return m_product; }
    QComboBox *assignee() const { return m_assignee; }
    QComboBox *priority() const { return m_priority; }

    /// The selected case rows' ids, ascending (group rows are not cases).
    QList<qint64> selectedCaseIds() const;
    /// Gives the selected cases the owner (empty: unassigned) as one undoable step.
    bool assignSelected(const QString &owner);
    /// Sets the selected cases' priority ("", "P1" … "P4") as one undoable step.
    bool prioritiseSelected(const QString &priority);
    /// The queue as CSV: every case as filtered, with its band and SLA state and the view's
    /// columns (RFC 4180; BOM for spreadsheets when bom).
    QByteArray csv(bool bom) const;

    /// How many cases the queue shows opened after a rebuild, most urgent group first;
    /// groups beyond stay closed with their counts (default 25,000). Applied at once.
    int expandedCaseBudget() const { return m_expandedCaseBudget; }
    void setExpandedCaseBudget(int cases);

Q_SIGNALS:
    void caseActivated(qint64 id);
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// A rebuilt queue is laid out (every group opened, filter choices refilled) when it is
    /// on screen, or when it next shows: a hidden tab costs nothing on a reload.
    void afterRebuild();
    void expandGroups();
    bool m_rebuildPending = false;
    int m_expandedCaseBudget = 25'000;

    void applyFilter();
    void exportCsv();
    void refreshChoices();
    bool applyToSelected(const QString &undoText, int field, const QVariant &value);

    CaseEditor &m_editor;
    InboxModel *m_inbox;
    QueueModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_quickFilter;
    QComboBox *m_product;
    QComboBox *m_owner;
    QComboBox *m_assignee;
    QComboBox *m_priority;
};
