#pragma once

#include "sla/CaseEvents.h"
#include "sla/SlaEngine.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <limits>

/// The SLA timeline as a two-level item model: one row per case, and under it one row per
/// deadline milestone (each clock of the policy, then the embargo). Columns give the
/// milestone, its deadline in the team's zone and in UTC, and its state; sort keys are in
/// SortRole, raw values in the typed roles, apart from the display text.
///
/// Each case follows the default policy (setEngine()) unless its entry names another one
/// that setPolicies() made known: a case under a customer contract keeps that contract's
/// clocks, so cases can have different milestones. Calendar and zone are the team's.
///
/// Cases are identified by their (positive) database id, which is also the internal id of
/// their milestone rows, so indexes stay valid while other cases come and go. Changing
/// `now` re-evaluates only the cases whose next possible change (a due-soon threshold, a
/// deadline, an event dated ahead; SlaEngine::nextChangeMs) has come, and reports only
/// those whose deadlines or states changed, in contiguous ranges: a minute's tick over
/// 100,000 cases evaluates and touches a handful of rows, not every row of every view.
/// (MarginRole, the time left, is computed from `now` when read, like an age; it is not
/// announced.)
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column { NameColumn, DeadlineColumn, DeadlineUtcColumn, StateColumn, ColumnCount };
    enum Role {
        DeadlineRole = Qt::UserRole + 1, // QDateTime, UTC (invalid: none)
        StateRole, // int(ClockState); for a case, its most urgent milestone
        CaseIdRole,
        MilestoneIdRole, // clock id, or "embargo"
        MarginRole, // qint64 ms early (+) or late (-)
        SortRole,
        ReceivedRole, // QDateTime, UTC: when the case's report arrived (case rows)
        PolicyRole, // the translated name of the policy the case follows (case rows)
        ExploitedRole, // bool: the case is known to be actively exploited (case rows)
    };

    struct CaseEntry
    {
        qint64 id = 0; // > 0
        QString title;
        CaseEvents events;
        QString policyId; // empty, or unknown to the model: the default policy applies
        QString trackingId; // empty until acknowledged
    };

    struct Milestone;

private:
    struct Row;

public:
    /// Cases evaluated as of an instant, made on any thread (bench and window: a worker
    /// with its own engine) and handed to reset() on the model's: the model's thread never
    /// evaluates 100,000 cases' clocks at once.
    class Evaluation
    {
    public:
        Evaluation();
        ~Evaluation();
        Evaluation(Evaluation &&) noexcept;
        Evaluation &operator=(Evaluation &&) noexcept;
        qsizetype size() const;
        /// The evaluated milestones of the i-th case, in the order given.
        const QList<Milestone> &milestonesAt(qsizetype i) const;
        qint64 caseIdAt(qsizetype i) const;

    private:
        friend class TimelineModel;
        QList<Row> m_rows;
        QDateTime m_now;
    };
    /// Evaluates the cases with the engine (copied: engines are not thread-safe) and the
    /// other policies as of now.
    static Evaluation evaluateCases(const SlaEngine &engine, const QList<DisclosurePolicy> &policies,
        const QDateTime &now, const QList<CaseEntry> &cases);

    explicit TimelineModel(SlaEngine engine, QObject *parent = nullptr);
    ~TimelineModel() override;

    const SlaEngine &engine() const { return m_engine; }
    /// Replaces the policy, calendar and zone and re-evaluates every case (a model reset:
    /// the number of milestones per case can change).
    void setEngine(SlaEngine engine);
    /// Other policies cases may follow (CaseEntry::policyId), evaluated with the default
    /// engine's calendar and zone. Re-evaluates every case (a model reset).
    void setPolicies(const QList<DisclosurePolicy> &policies);
    QList<DisclosurePolicy> policies() const { return m_policies; }
    /// The engine that evaluates the case: its own policy's, or the default.
    const SlaEngine &engineFor(const CaseEntry &entry) const;
    /// The case as given, or nullptr when the model does not show it.
    const CaseEntry *caseEntry(qint64 id) const;
    QDateTime now() const { return m_now; }
    /// Re-evaluates every case as of now (UTC); announces the cases whose milestones
    /// changed and returns their ids.
    QList<qint64> setNow(const QDateTime &now);
    /// How many cases the last setNow() evaluated (the rest could not have changed).
    int lastEvaluatedCount() const { return m_lastEvaluated; }
    /// Moves `now` without re-evaluating the other cases (they catch up on the next
    /// setNow()): for evaluating one changed case as of the moment it changed.
    void advanceNowQuietly(const QDateTime &now);
    /// Replaces engine, policies, now and cases in one model reset.
    void reset(SlaEngine engine, const QList<DisclosurePolicy> &policies, const QDateTime &now,
        const QList<CaseEntry> &cases);
    /// The same with cases evaluated elsewhere (evaluateCases() with an equal engine).
    void reset(SlaEngine engine, const QList<DisclosurePolicy> &policies, Evaluation evaluation);

    /// Replaces all cases (a model reset: everything changed).
    void setCases(const QList<CaseEntry> &cases);
    /// Adds the case, or updates it in place if its id is known.
    void upsertCase(const CaseEntry &entry);
    void removeCase(qint64 id);
    QModelIndex indexOfCase(qint64 id) const;
    /// The cases as given, in row order (for exports such as DeadlineICalendar).
    QList<CaseEntry> cases() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    struct Milestone
    {
        QString id;
        QString name;
        QDateTime deadline;
        ClockState state = ClockState::NotStarted;
        qint64 marginMs = 0;

        /// What a change of `now` announces of it: everything but the margin, which moves
        /// with `now`, and a paused clock's deadline, which moves with it too (the time left
        /// stands still while the case waits on the reporter). Views read both when they
        /// paint; thousands of waiting cases would otherwise be announced every minute.
        bool sameShown(const Milestone &other) const
        {
            return state == other.state && id == other.id && name == other.name
                && (deadline == other.deadline || state == ClockState::Paused);
        }
    };

private:
    struct Row
    {
        CaseEntry entry;
        QList<Milestone> milestones;
        // When time alone may next change what the row shows (SlaEngine::nextChangeMs):
        // setNow() re-evaluates only the rows whose instant has come.
        qint64 nextCheckMs = std::numeric_limits<qint64>::max();
        // caseSortKey()'s and spanAt()'s answers, kept with the milestones (setMilestones()):
        // the proxy compares every open case's keys on each sort, millions of times at
        // 1,000,000 cases, and the chart reads every span when it is rebuilt.
        qint64 nextDeadlineKey = std::numeric_limits<qint64>::max();
        qint64 worstUrgency = 0;
        qint64 spanFromMs = 0; // spanAt(), read by the chart for every case on a rebuild
        qint64 spanToMs = 0;
        void setMilestones(QList<Milestone> evaluated);
    };

public:
    /// What SortRole gives for a case row, as a number and without a QVariant: the
    /// timeline's proxy sorts every open case by it.
    qint64 caseSortKey(int row, int column) const;
    /// The most urgent state among the milestones (a case row's StateRole).
    static ClockState worstState(const QList<Milestone> &milestones);
    /// The evaluated milestones of the case in a row (no QVariant on the way: the tracker
    /// summarises 100,000 cases a minute through this).
    const QList<Milestone> &milestonesAt(int row) const { return m_rows.at(row).milestones; }
    qint64 caseIdAt(int row) const { return m_rows.at(row).entry.id; }
    /// What a case row covers, in ms since the epoch: from receipt (or, without one, its
    /// first deadline) to its last deadline (or receipt). The chart's extent, without a QVariant.
    std::pair<qint64, qint64> spanAt(int row) const;

private:
    QList<Milestone> evaluate(const CaseEntry &entry) const;
    Row makeRow(const CaseEntry &entry) const;
    qint64 nextCheck(const CaseEntry &entry) const;
    void rebuildEngines();
    void rebuildRowIndex();
    void emitRowChanged(int row);
    void emitRowsChanged(const QList<int> &sortedRows);
    QVariant caseData(const Row &row, int column, int role) const;
    /// The case row's summary: its most urgent open milestone (nullptr: none is open).
    static const Milestone *nextOpen(const QList<Milestone> &milestones);
    QVariant milestoneData(const Milestone &m, int column, int role) const;

    SlaEngine m_engine;
    QList<DisclosurePolicy> m_policies;
    QHash<QString, SlaEngine> m_engines; // by policy id, sharing m_engine's calendar and zone
    QDateTime m_now;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfCase;
    int m_lastEvaluated = 0;
};
