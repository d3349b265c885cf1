#pragma once

#include "core/Case.h"
#include "core/Result.h"
#include "sla/SlaEngine.h"
#include "sla/TimelineModel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class CaseStore;
class Database;
class QTimer;

/// Keeps the SLA timeline of every open case in step with the case database, for the
/// timeline pane, the inbox's next-deadline column and the status bar's counters.
///
/// It loads the team's default policy, calendar and time zone from PolicyStore (falling
/// back to the shipped presets and the system zone) and every other policy a case may
/// follow instead of the default, reads every open case's status history
/// in one query and feeds a TimelineModel it owns. Afterwards it follows the store: a
/// created or changed case is re-read on its own (and leaves the timeline when it leaves the
/// open statuses), an import reloads everything. A timer moves `now` (Clock::nowUtc()) once
/// a minute, so clocks turn due soon or breached without any change to a case; a tick
/// announces only the cases whose deadlines or states it changed, in one signal.
class SlaTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaTracker)

public:
    struct NextDeadline
    {
        QString clockId; // a clock id of the policy, or "embargo"
        QString clockName; // translated
        QDateTime deadlineUtc;
        ClockState state = ClockState::OnTrack;

        bool operator==(const NextDeadline &other) const = default;
    };

    static constexpr int refreshIntervalMs = 60 * 1000;

    /// Now: the constructor loads every open case before it returns (tests, the CLI).
    /// InBackground: it starts reloadInBackground() (the window: its first paint and its
    /// event loop never wait for 100,000 cases' history).
    enum class Load { Now, InBackground };

    SlaTracker(CaseStore &store, Database &db, QObject *parent = nullptr, Load load = Load::Now);
    ~SlaTracker() override;

    /// The timeline of the open cases; owned by the tracker, alive as long as it is.
    TimelineModel *model() const { return m_model; }

    /// Reloads policy, calendar, zone and every open case. On failure the timeline keeps
    /// what it had and errorString() says why.
    Status reload();
    /// Reads every open case and its history on a thread of its own, with its own database
    /// connection, and then replaces the timeline in one reset; cases that change meanwhile
    /// are re-read afterwards. A failure is reported through failed().
    void reloadInBackground();
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }

    /// Re-evaluates every clock as of Clock::nowUtc(); the timer calls it every minute.
    void refreshNow();

    /// The earliest deadline of the case that is still running (on track, due soon, paused
    /// or breached), embargo included; nullopt for a closed or unknown case, or one whose
    /// clocks have all stopped.
    std::optional<NextDeadline> nextDeadline(qint64 caseId) const;
    /// Open cases with at least one breached deadline.
    int breachedCount() const { return m_breached; }
    /// Open cases with a deadline due soon and none breached.
    int dueSoonCount() const { return m_dueSoon; }

Q_SIGNALS:
    /// breachedCount() or dueSoonCount() changed.
    void countsChanged();
    /// These cases' deadlines or states changed, or they entered or left the timeline: one
    /// signal for one edited case, and one for all the cases a minute's tick moved.
    void deadlinesChanged(const QList<qint64> &caseIds);
    /// Everything may have changed (reload, new policy): re-read all cases.
    void allDeadlinesChanged();
    /// A reload or a case refresh failed; the message is for the user.
    void failed(const QString &message);

private:
    struct Summary
    {
        ClockState worst = ClockState::NotStarted;
        std::optional<NextDeadline> next;

        bool operator==(const Summary &other) const = default;
        /// Equal as far as the inbox shows a change: a paused deadline moves with time.
        bool sameShown(const Summary &other) const;
    };

    void applyEntries(const QList<TimelineModel::CaseEntry> &entries);
    void applyEvaluation(TimelineModel::Evaluation evaluation, QHash<qint64, Summary> summaries);
    SlaEngine loadEngine() const;
    QList<DisclosurePolicy> loadPolicies() const;
    static Summary summaryOf(const QList<TimelineModel::Milestone> &milestones);
    void refreshCase(qint64 id);
    void onCaseChanged(qint64 id, CaseFields fields);
    Summary summarise(qint64 caseId) const;
    Summary summariseRow(int row) const;
    /// Re-summarises the given cases (all with nullopt) and returns those whose summary
    /// changed.
    QList<qint64> resummarise(const std::optional<QList<qint64>> &ids);
    void updateCounts();

    CaseStore &m_store;
    Database &m_db;
    TimelineModel *m_model;
    QTimer *m_timer;
    QHash<qint64, Summary> m_summaries;
    bool m_loading = false;
    bool m_inBackground = false; // Load::InBackground: reloads (an import) go there too
    bool m_reloadAgain = false; // asked to reload while a background load was running
    QList<qint64> m_changedWhileLoading;
    int m_breached = 0;
    int m_dueSoon = 0;
    QString m_error;
};
