#include "SlaTracker.h"

#include "core/CaseStatus.h"
#include "core/Clock.h"
#include "jobs/Job.h"
#include "sla/CaseEvents.h"
#include "sla/PolicyStore.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QTimeZone>
#include <QTimer>

#include <memory>
#include <utility>

namespace {

bool isRunning(ClockState state)
{
    return state == ClockState::OnTrack || state == ClockState::DueSoon || state == ClockState::Paused
        || state == ClockState::Breached;
}

TimelineModel::CaseEntry entryFor(const InboxRow &row, const QList<AuditEntry> &history)
{
    return {row.id, row.title, CaseEvents::of(row, history), row.slaPolicy, row.trackingId};
}

} // namespace

SlaTracker::SlaTracker(CaseStore &store, Database &db, QObject *parent, Load load)
    : QObject(parent)
    , m_store(store)
    , m_db(db)
    , m_model(nullptr)
    , m_timer(new QTimer(this))
{
    m_model = new TimelineModel(loadEngine(), this);

    connect(&m_store, &CaseStore::caseCreated, this, &SlaTracker::refreshCase);
    connect(&m_store, &CaseStore::caseChanged, this, &SlaTracker::onCaseChanged);
    // Reported through failed(): the window shows it.
    connect(&m_store, &CaseStore::casesImported, this, [this] {
        if (m_inBackground)
            reloadInBackground();
        else
            static_cast<void>(reload());
    });

    m_timer->setInterval(refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SlaTracker::refreshNow);
    m_timer->start();

    m_inBackground = load == Load::InBackground;
    if (load == Load::Now)
        (void)reload(); // a failure is in errorString() and was announced through failed()
    else {
        // Policies, calendar and zone are small and known at once (the case pane offers the
        // policies); the cases follow from the background.
        m_model->reset(loadEngine(), loadPolicies(), Clock::nowUtc(), {});
        reloadInBackground();
    }
}

SlaTracker::~SlaTracker() = default;

namespace {

SlaEngine engineFrom(Database &db)
{
    // Settings naming a policy or calendar that is neither stored nor shipped fall back to
    // the presets: a timeline under a known policy beats no timeline.
    PolicyStore policies(db);
    const QString policyId = policies.defaultPolicyId();
    DisclosurePolicy policy = DisclosurePolicy::iso29147();
    if (const auto stored = policies.policy(policyId))
        policy = *stored;
    else if (const auto preset = DisclosurePolicy::preset(policyId))
        policy = *preset;

    const QString calendarId = policies.defaultCalendarId();
    BusinessCalendar calendar = BusinessCalendar::unitedStates();
    if (const auto stored = policies.calendar(calendarId))
        calendar = *stored;
    else if (const auto preset = BusinessCalendar::preset(calendarId))
        calendar = *preset;

    const QByteArray zoneId = policies.timeZoneId().toUtf8();
    QTimeZone zone = zoneId.isEmpty() ? QTimeZone::systemTimeZone()
        : zoneId == "UTC"             ? QTimeZone(QTimeZone::UTC)
                                      : QTimeZone(zoneId);
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    return SlaEngine(std::move(policy), std::move(calendar), zone);
}

QList<DisclosurePolicy> policiesFrom(Database &db)
{
    // Every stored policy, and the presets a team has not stored (yet): a case may name
    // either. A policy that cannot be read is left out; its cases use the default.
    QList<DisclosurePolicy> list = DisclosurePolicy::presets();
    if (const auto stored = PolicyStore(db).policies()) {
        for (const DisclosurePolicy &p : *stored) {
            list.removeIf([&](const DisclosurePolicy &q) { return q.id() == p.id(); });
            list.append(p);
        }
    }
    return list;
}

} // namespace

SlaEngine SlaTracker::loadEngine() const
{
    return engineFrom(m_db);
}

QList<DisclosurePolicy> SlaTracker::loadPolicies() const
{
    return policiesFrom(m_db);
}

namespace {
// Every open case with its status history, read on the connection given (any thread).
Result<QList<TimelineModel::CaseEntry>> readOpenCases(const CaseStore &store)
{
    using R = Result<QList<TimelineModel::CaseEntry>>;
    const auto rows = store.inboxRows();
    if (!rows)
        return R::failure(rows.error());
    const auto history = store.statusHistory();
    if (!history)
        return R::failure(history.error());
    QList<TimelineModel::CaseEntry> entries;
    for (const InboxRow &row : *rows) {
        if (CaseStatuses::isOpen(row.status))
            entries.append(entryFor(row, history->value(row.id)));
    }
    return entries;
}
} // namespace

Status SlaTracker::reload()
{
    const auto entries = readOpenCases(m_store);
    if (!entries) {
        m_error = entries.error();
        Q_EMIT failed(m_error);
        return Status::failure(m_error);
    }
    applyEntries(*entries);
    return Status();
}

void SlaTracker::reloadInBackground()
{
    if (m_loading) {
        m_reloadAgain = true; // what is being read may already be out of date
        return;
    }
    m_loading = true;
    m_reloadAgain = false;
    m_changedWhileLoading.clear();
    const Database::Location location = m_db.location();
    const QDateTime now = Clock::nowUtc();
    struct Loaded
    {
        TimelineModel::Evaluation evaluation;
        QHash<qint64, Summary> summaries;
    };
    // Reading, evaluating and summarising every open case all happen on the worker; the
    // tracker's thread only swaps the result in.
    auto *job = new Job<Loaded>(
        [location, now](JobControl &) -> Result<Loaded> {
            Database db;
            if (const Status s = db.openExisting(location); !s)
                return Result<Loaded>::failure(s.error());
            CaseStore store(db);
            const auto read = readOpenCases(store);
            if (!read)
                return Result<Loaded>::failure(read.error());
            Loaded loaded;
            loaded.evaluation = TimelineModel::evaluateCases(engineFrom(db), policiesFrom(db), now, *read);
            loaded.summaries.reserve(loaded.evaluation.size());
            for (qsizetype i = 0; i < loaded.evaluation.size(); ++i)
                loaded.summaries.insert(
                    loaded.evaluation.caseIdAt(i), summaryOf(loaded.evaluation.milestonesAt(i)));
            return loaded;
        },
        this);
    connect(job, &BackgroundJob::succeeded, this, [this, job] {
        m_loading = false;
        Loaded loaded = job->takeResult();
        applyEvaluation(std::move(loaded.evaluation), std::move(loaded.summaries));
        if (m_reloadAgain) {
            reloadInBackground();
            return;
        }
        // Changes that arrived while the worker read may be missing from its snapshot.
        const QList<qint64> changed = std::exchange(m_changedWhileLoading, {});
        for (const qint64 id : changed)
            refreshCase(id);
    });
    connect(job, &BackgroundJob::failed, this, [this](const QString &message) {
        m_loading = false;
        m_error = message;
        Q_EMIT failed(message);
    });
    connect(job, &BackgroundJob::ended, job, &QObject::deleteLater);
    job->start();
}

void SlaTracker::applyEvaluation(TimelineModel::Evaluation evaluation, QHash<qint64, Summary> summaries)
{
    m_error.clear();
    m_model->reset(loadEngine(), loadPolicies(), std::move(evaluation));
    m_summaries = std::move(summaries);
    updateCounts();
    Q_EMIT allDeadlinesChanged();
}

void SlaTracker::applyEntries(const QList<TimelineModel::CaseEntry> &entries)
{
    m_error.clear();
    m_model->reset(loadEngine(), loadPolicies(), Clock::nowUtc(), entries);
    m_summaries.clear();
    resummarise(std::nullopt);
    Q_EMIT allDeadlinesChanged();
}

void SlaTracker::refreshNow()
{
    const QList<qint64> moved = m_model->setNow(Clock::nowUtc());
    const QList<qint64> changed = resummarise(moved);
    if (!changed.isEmpty())
        Q_EMIT deadlinesChanged(changed);
}

void SlaTracker::onCaseChanged(qint64 id, CaseFields fields)
{
    // Only these fields move a deadline or what the timeline shows.
    if (fields
        & (CaseField::Status | CaseField::ReceivedAt | CaseField::Title | CaseField::EmbargoAt
            | CaseField::EmbargoReason | CaseField::SlaPolicy | CaseField::ExploitedAt
            | CaseField::ExploitedSource))
        refreshCase(id);
}

void SlaTracker::refreshCase(qint64 id)
{
    if (m_loading)
        m_changedWhileLoading.append(id);
    const auto rows = m_store.inboxRows({id});
    if (!rows) {
        m_error = rows.error();
        Q_EMIT failed(m_error);
        return;
    }
    const auto history = m_store.statusHistory({id});
    if (!history) {
        m_error = history.error();
        Q_EMIT failed(m_error);
        return;
    }
    const InboxRow *row = nullptr;
    for (const InboxRow &r : *rows) {
        if (r.id == id)
            row = &r;
    }
    // The change happened after the last tick: evaluate it as of now, or the engine would
    // treat it as not yet happened (and an acknowledgement would stop no clock for a
    // minute). The other cases keep their evaluation until the next tick, as between ticks.
    m_model->advanceNowQuietly(Clock::nowUtc());
    const bool wasTracked = m_summaries.contains(id);
    if (row && CaseStatuses::isOpen(row->status)) {
        m_model->upsertCase(entryFor(*row, history->value(id)));
        m_summaries.insert(id, summarise(id));
    } else {
        if (wasTracked) {
            m_model->removeCase(id);
            m_summaries.remove(id);
        }
    }
    if (wasTracked || m_summaries.contains(id))
        Q_EMIT deadlinesChanged({id});
    updateCounts();
}

bool SlaTracker::Summary::sameShown(const Summary &other) const
{
    if (worst != other.worst || next.has_value() != other.next.has_value())
        return false;
    if (!next)
        return true;
    return next->clockId == other.next->clockId && next->clockName == other.next->clockName
        && next->state == other.next->state
        && (next->deadlineUtc == other.next->deadlineUtc || next->state == ClockState::Paused);
}

SlaTracker::Summary SlaTracker::summarise(qint64 caseId) const
{
    const QModelIndex caseIndex = m_model->indexOfCase(caseId);
    return caseIndex.isValid() ? summariseRow(caseIndex.row()) : Summary {};
}

SlaTracker::Summary SlaTracker::summariseRow(int row) const
{
    return summaryOf(m_model->milestonesAt(row));
}

SlaTracker::Summary SlaTracker::summaryOf(const QList<TimelineModel::Milestone> &milestones)
{
    Summary summary;
    summary.worst = TimelineModel::worstState(milestones);
    for (const TimelineModel::Milestone &m : milestones) {
        if (!isRunning(m.state) || !m.deadline.isValid())
            continue;
        if (!summary.next || m.deadline < summary.next->deadlineUtc)
            summary.next = NextDeadline {m.id, m.name, m.deadline, m.state};
    }
    return summary;
}

QList<qint64> SlaTracker::resummarise(const std::optional<QList<qint64>> &ids)
{
    QList<qint64> changed;
    const auto update = [&](int row) {
        const qint64 id = m_model->caseIdAt(row);
        Summary s = summariseRow(row);
        auto it = m_summaries.find(id);
        if (it == m_summaries.end()) {
            m_summaries.insert(id, std::move(s));
            changed.append(id);
        } else if (*it != s) {
            if (!it->sameShown(s))
                changed.append(id);
            *it = std::move(s);
        }
    };
    if (ids) {
        for (const qint64 id : *ids) {
            if (const QModelIndex at = m_model->indexOfCase(id); at.isValid())
                update(at.row());
        }
    } else {
        m_summaries.reserve(m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row)
            update(row);
    }
    updateCounts();
    return changed;
}

void SlaTracker::updateCounts()
{
    int breached = 0;
    int dueSoon = 0;
    for (const Summary &s : std::as_const(m_summaries)) {
        if (s.worst == ClockState::Breached)
            ++breached;
        else if (s.worst == ClockState::DueSoon)
            ++dueSoon;
    }
    if (breached == m_breached && dueSoon == m_dueSoon)
        return;
    m_breached = breached;
    m_dueSoon = dueSoon;
    Q_EMIT countsChanged();
}

std::optional<SlaTracker::NextDeadline> SlaTracker::nextDeadline(qint64 caseId) const
{
    const auto it = m_summaries.constFind(caseId);
    return it == m_summaries.cend() ? std::nullopt : it->next;
}
