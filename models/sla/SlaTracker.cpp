#include "SlaTracker.h"

#include "core/CaseStatus.h"
#include "core/Clock.h"
#include "sla/CaseEvents.h"
#include "sla/PolicyStore.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QTimeZone>
#include <QTimer>

namespace {

bool isRunning(ClockState state)
{
    return state == ClockState::OnTrack || state == ClockState::DueSoon || state == ClockState::Paused
        || state == ClockState::Breached;
}

TimelineModel::CaseEntry entryFor(const InboxRow &row, const QList<AuditEntry> &history)
{
    const QDateTime received = QDateTime::fromMSecsSinceEpoch(row.receivedAtMs, QTimeZone::UTC);
    TimelineModel::CaseEntry entry {
        row.id, row.title, CaseEvents::fromAuditLog(received, history), row.slaPolicy, row.trackingId};
    // The case row is the authority on where the case stands; the log only dates the steps.
    entry.events.status = row.status;
    if (row.embargoAtMs != 0)
        entry.events.embargoOverride = EmbargoOverride {
            QDateTime::fromMSecsSinceEpoch(row.embargoAtMs, QTimeZone::UTC), row.embargoReason};
    return entry;
}

} // namespace

SlaTracker::SlaTracker(CaseStore &store, Database &db, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_db(db)
    , m_model(nullptr)
    , m_timer(new QTimer(this))
{
    m_model = new TimelineModel(loadEngine(), this);
    m_model->setPolicies(loadPolicies());
    m_model->setNow(Clock::nowUtc());

    connect(&m_store, &CaseStore::caseCreated, this, &SlaTracker::refreshCase);
    connect(&m_store, &CaseStore::caseChanged, this, &SlaTracker::onCaseChanged);
    connect(&m_store, &CaseStore::casesImported, this, [this] { reload(); });

    m_timer->setInterval(refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SlaTracker::refreshNow);
    m_timer->start();

    reload();
}

SlaTracker::~SlaTracker() = default;

SlaEngine SlaTracker::loadEngine() const
{
    // Settings naming a policy or calendar that is neither stored nor shipped fall back to
    // the presets: a timeline under a known policy beats no timeline.
    PolicyStore policies(m_db);
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

QList<DisclosurePolicy> SlaTracker::loadPolicies() const
{
    // Every stored policy, and the presets a team has not stored (yet): a case may name
    // either. A policy that cannot be read is left out; its cases use the default.
    QList<DisclosurePolicy> list = DisclosurePolicy::presets();
    if (const auto stored = PolicyStore(m_db).policies()) {
        for (const DisclosurePolicy &p : *stored) {
            list.removeIf([&](const DisclosurePolicy &q) { return q.id() == p.id(); });
            list.append(p);
        }
    }
    return list;
}

Status SlaTracker::reload()
{
    const auto rows = m_store.inboxRows();
    if (!rows) {
        m_error = rows.error();
        Q_EMIT failed(m_error);
        return Status::failure(m_error);
    }
    const auto history = m_store.statusHistory();
    if (!history) {
        m_error = history.error();
        Q_EMIT failed(m_error);
        return Status::failure(m_error);
    }
    m_error.clear();

    QList<TimelineModel::CaseEntry> entries;
    for (const InboxRow &row : *rows) {
        if (CaseStatuses::isOpen(row.status))
            entries.append(entryFor(row, history->value(row.id)));
    }
    m_model->setEngine(loadEngine());
    m_model->setPolicies(loadPolicies());
    m_model->setNow(Clock::nowUtc());
    m_model->setCases(entries);
    resummariseAll(false);
    Q_EMIT allDeadlinesChanged();
    return Status();
}

void SlaTracker::refreshNow()
{
    m_model->setNow(Clock::nowUtc());
    resummariseAll(true);
}

void SlaTracker::onCaseChanged(qint64 id, CaseFields fields)
{
    // Only these fields move a deadline or what the timeline shows.
    if (fields
        & (CaseField::Status | CaseField::ReceivedAt | CaseField::Title | CaseField::EmbargoAt
            | CaseField::EmbargoReason | CaseField::SlaPolicy))
        refreshCase(id);
}

void SlaTracker::refreshCase(qint64 id)
{
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
    // The change happened after the last tick: evaluate as of now, or the engine would
    // treat it as not yet happened (and an acknowledgement would stop no clock for a minute).
    const QDateTime now = Clock::nowUtc();
    const bool moved = now > m_model->now();
    if (moved)
        m_model->setNow(now);
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
    if (moved)
        resummariseAll(true); // also emits for cases the new "now" changed
    if (wasTracked || m_summaries.contains(id))
        Q_EMIT deadlinesChanged(id);
    updateCounts();
}

SlaTracker::Summary SlaTracker::summarise(qint64 caseId) const
{
    Summary summary;
    const QModelIndex caseIndex = m_model->indexOfCase(caseId);
    if (!caseIndex.isValid())
        return summary;
    summary.worst = ClockState(caseIndex.data(TimelineModel::StateRole).toInt());
    const int milestones = m_model->rowCount(caseIndex);
    for (int i = 0; i < milestones; ++i) {
        const QModelIndex m = m_model->index(i, TimelineModel::NameColumn, caseIndex);
        const auto state = ClockState(m.data(TimelineModel::StateRole).toInt());
        const QDateTime deadline = m.data(TimelineModel::DeadlineRole).toDateTime();
        if (!isRunning(state) || !deadline.isValid())
            continue;
        if (!summary.next || deadline < summary.next->deadlineUtc)
            summary.next = NextDeadline {m.data(TimelineModel::MilestoneIdRole).toString(),
                m.data(Qt::DisplayRole).toString(), deadline, state};
    }
    return summary;
}

void SlaTracker::resummariseAll(bool emitPerCase)
{
    QHash<qint64, Summary> summaries;
    summaries.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->index(row, 0).data(TimelineModel::CaseIdRole).toLongLong();
        Summary s = summarise(id);
        if (emitPerCase && m_summaries.value(id) != s)
            Q_EMIT deadlinesChanged(id);
        summaries.insert(id, std::move(s));
    }
    m_summaries = std::move(summaries);
    updateCounts();
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
