#include "TimelineModel.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

const QString kEmbargoId = QStringLiteral("embargo");

// How urgent a state is, for a case row's summary: breached first, met last.
int urgency(ClockState state)
{
    switch (state) {
    case ClockState::Breached:
        return 6;
    case ClockState::DueSoon:
        return 5;
    case ClockState::Paused:
        return 4;
    case ClockState::OnTrack:
        return 3;
    case ClockState::MetLate:
        return 2;
    case ClockState::Met:
        return 1;
    case ClockState::NotStarted:
        return 0;
    }
    return 0;
}

bool isOpen(ClockState state)
{
    return state == ClockState::OnTrack || state == ClockState::DueSoon || state == ClockState::Paused
        || state == ClockState::Breached;
}

} // namespace

TimelineModel::TimelineModel(SlaEngine engine, QObject *parent)
    : QAbstractItemModel(parent)
    , m_engine(std::move(engine))
    , m_now(QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC))
{ }

TimelineModel::~TimelineModel() = default;

TimelineModel::Evaluation::Evaluation() = default;
TimelineModel::Evaluation::~Evaluation() = default;
TimelineModel::Evaluation::Evaluation(Evaluation &&) noexcept = default;
TimelineModel::Evaluation &TimelineModel::Evaluation::operator=(Evaluation &&) noexcept = default;

qsizetype TimelineModel::Evaluation::size() const
{
    return m_rows.size();
}

const QList<TimelineModel::Milestone> &TimelineModel::Evaluation::milestonesAt(qsizetype i) const
{
    return m_rows.at(i).milestones;
}

qint64 TimelineModel::Evaluation::caseIdAt(qsizetype i) const
{
    return m_rows.at(i).entry.id;
}

TimelineModel::Evaluation TimelineModel::evaluateCases(const SlaEngine &engine,
    const QList<DisclosurePolicy> &policies, const QDateTime &now, const QList<CaseEntry> &cases)
{
    // A model of the calling thread's own, never shown: it evaluates exactly as the shown
    // one would, and gives up its rows.
    TimelineModel scratch(engine);
    scratch.reset(engine, policies, now, cases);
    Evaluation evaluation;
    evaluation.m_rows = std::move(scratch.m_rows);
    evaluation.m_now = scratch.m_now;
    return evaluation;
}

const SlaEngine &TimelineModel::engineFor(const CaseEntry &entry) const
{
    if (entry.policyId.isEmpty())
        return m_engine;
    const auto it = m_engines.constFind(entry.policyId);
    return it == m_engines.cend() ? m_engine : *it;
}

const TimelineModel::CaseEntry *TimelineModel::caseEntry(qint64 id) const
{
    const auto it = m_rowOfCase.constFind(id);
    return it == m_rowOfCase.cend() ? nullptr : &m_rows.at(*it).entry;
}

void TimelineModel::rebuildEngines()
{
    m_engines.clear();
    for (const DisclosurePolicy &p : std::as_const(m_policies)) {
        if (p.id() != m_engine.policy().id())
            m_engines.insert(p.id(), SlaEngine(p, m_engine.calendar(), m_engine.timeZone()));
    }
}

void TimelineModel::setPolicies(const QList<DisclosurePolicy> &policies)
{
    beginResetModel();
    m_policies = policies;
    rebuildEngines();
    for (Row &row : m_rows)
        row = makeRow(row.entry);
    endResetModel();
}

TimelineModel::Row TimelineModel::makeRow(const CaseEntry &entry) const
{
    Row row {entry, {}, nextCheck(entry)};
    row.setMilestones(evaluate(entry));
    return row;
}

void TimelineModel::Row::setMilestones(QList<Milestone> evaluated)
{
    milestones = std::move(evaluated);
    const Milestone *next = nextOpen(milestones);
    nextDeadlineKey = next && next->deadline.isValid() ? next->deadline.toMSecsSinceEpoch()
                                                       : std::numeric_limits<qint64>::max();
    worstUrgency = urgency(worstState(milestones));
    const QDateTime &received = entry.events.received;
    spanFromMs = received.isValid() ? received.toMSecsSinceEpoch() : 0;
    spanToMs = spanFromMs;
    for (const Milestone &m : std::as_const(milestones)) {
        if (!m.deadline.isValid())
            continue;
        const qint64 ms = m.deadline.toMSecsSinceEpoch();
        spanToMs = std::max(spanToMs, ms);
        if (spanFromMs == 0)
            spanFromMs = ms;
    }
}

qint64 TimelineModel::nextCheck(const CaseEntry &entry) const
{
    // A paused clock's deadline moves on with every millisecond while its state and how
    // the views show it stay (Milestone::sameShown). Asked every minute, the 33,000 paused
    // cases of a 1,000,000-case history held the window for 370 ms per tick. Its drifting
    // deadline is brought up to date once an hour, each case at its own minute of the hour
    // so that the work spreads over the ticks.
    constexpr qint64 minute = 60'000;
    const qint64 now = m_now.toMSecsSinceEpoch();
    const qint64 thisHour = now - now % (60 * minute);
    qint64 paused = thisHour + (entry.id % 60) * minute;
    if (paused <= now)
        paused += 60 * minute;
    return engineFor(entry)
        .nextChangeMs(entry.events, now, paused)
        .value_or(std::numeric_limits<qint64>::max());
}

QList<TimelineModel::Milestone> TimelineModel::evaluate(const CaseEntry &entry) const
{
    QList<Milestone> list;
    const SlaEngine &engine = engineFor(entry);
    const QList<ClockRule> rules = engine.policy().clocks();
    const QList<ClockStatus> clocks = engine.evaluate(entry.events, m_now);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ClockStatus &c = clocks.at(i);
        if (!SlaEngine::isMilestone(rules.at(i), c))
            continue;
        list.append(Milestone {c.clockId, rules.at(i).displayName(), c.deadline, c.state, c.marginMs});
    }
    const Embargo e = engine.embargo(entry.events, m_now);
    Milestone embargo {kEmbargoId, QCoreApplication::translate("TimelineModel", "Embargo ends"), e.at,
        ClockState::NotStarted, 0};
    if (e.isSet()) {
        const bool disclosed = entry.events.disclosed.isValid() && entry.events.disclosed <= m_now;
        embargo.state
            = disclosed ? ClockState::Met : (m_now > e.at ? ClockState::Breached : ClockState::OnTrack);
        embargo.marginMs = e.at.toMSecsSinceEpoch()
            - (disclosed ? entry.events.disclosed.toMSecsSinceEpoch() : m_now.toMSecsSinceEpoch());
    }
    list.append(embargo);
    return list;
}

void TimelineModel::rebuildRowIndex()
{
    m_rowOfCase.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfCase.insert(m_rows.at(i).entry.id, i);
}

void TimelineModel::emitRowChanged(int row)
{
    // One signal for the case row and one for its milestones: dataChanged spans one parent.
    const QList<int> roles = {Qt::DisplayRole, DeadlineRole, StateRole, MarginRole, SortRole};
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
    const QModelIndex parentIndex = index(row, 0);
    const int milestones = int(m_rows.at(row).milestones.size());
    if (milestones > 0)
        Q_EMIT dataChanged(
            index(0, 0, parentIndex), index(milestones - 1, ColumnCount - 1, parentIndex), roles);
}

void TimelineModel::emitRowsChanged(const QList<int> &sortedRows)
{
    // Case rows in contiguous ranges (one signal for a run of neighbours), milestones per
    // case (a dataChanged spans one parent).
    const QList<int> roles = {Qt::DisplayRole, DeadlineRole, StateRole, MarginRole, SortRole};
    for (qsizetype i = 0; i < sortedRows.size();) {
        qsizetype j = i;
        while (j + 1 < sortedRows.size() && sortedRows.at(j + 1) == sortedRows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(sortedRows.at(i), 0), index(sortedRows.at(j), ColumnCount - 1), roles);
        i = j + 1;
    }
    for (const int row : sortedRows) {
        const int milestones = int(m_rows.at(row).milestones.size());
        if (milestones > 0) {
            const QModelIndex parentIndex = index(row, 0);
            Q_EMIT dataChanged(
                index(0, 0, parentIndex), index(milestones - 1, ColumnCount - 1, parentIndex), roles);
        }
    }
}

QList<qint64> TimelineModel::setNow(const QDateTime &now)
{
    const QDateTime utcNow = now.toUTC();
    // Going back in time (a test, a corrected clock) invalidates every row's next instant.
    const bool everything = utcNow < m_now;
    m_now = utcNow;
    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    QList<int> changedRows;
    QList<qint64> changedIds;
    m_lastEvaluated = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (!everything && row.nextCheckMs > nowMs)
            continue;
        ++m_lastEvaluated;
        QList<Milestone> milestones = evaluate(row.entry);
        row.nextCheckMs = nextCheck(row.entry);
        const bool same = std::equal(milestones.cbegin(), milestones.cend(), row.milestones.cbegin(),
            row.milestones.cend(), [](const Milestone &a, const Milestone &b) { return a.sameShown(b); });
        row.setMilestones(std::move(milestones));
        if (!same) {
            changedRows.append(i);
            changedIds.append(row.entry.id);
        }
    }
    emitRowsChanged(changedRows);
    return changedIds;
}

void TimelineModel::advanceNowQuietly(const QDateTime &now)
{
    if (now.toUTC() > m_now)
        m_now = now.toUTC();
}

void TimelineModel::reset(SlaEngine engine, const QList<DisclosurePolicy> &policies, const QDateTime &now,
    const QList<CaseEntry> &cases)
{
    beginResetModel();
    m_engine = std::move(engine);
    m_policies = policies;
    m_now = now.toUTC();
    rebuildEngines();
    m_rows.clear();
    m_rows.reserve(cases.size());
    for (const CaseEntry &c : cases) {
        if (c.id > 0)
            m_rows.append(makeRow(c));
    }
    rebuildRowIndex();
    endResetModel();
}

void TimelineModel::reset(SlaEngine engine, const QList<DisclosurePolicy> &policies, Evaluation evaluation)
{
    beginResetModel();
    m_engine = std::move(engine);
    m_policies = policies;
    m_now = evaluation.m_now;
    rebuildEngines();
    m_rows = std::move(evaluation.m_rows);
    rebuildRowIndex();
    endResetModel();
}

void TimelineModel::setEngine(SlaEngine engine)
{
    beginResetModel();
    m_engine = std::move(engine);
    rebuildEngines();
    for (Row &row : m_rows)
        row = makeRow(row.entry);
    endResetModel();
}

void TimelineModel::setCases(const QList<CaseEntry> &cases)
{
    beginResetModel();
    m_rows.clear();
    for (const CaseEntry &c : cases) {
        if (c.id <= 0)
            continue;
        m_rows.append(makeRow(c));
    }
    rebuildRowIndex();
    endResetModel();
}

void TimelineModel::upsertCase(const CaseEntry &entry)
{
    if (entry.id <= 0)
        return;
    if (const auto it = m_rowOfCase.constFind(entry.id); it != m_rowOfCase.cend()) {
        Row &row = m_rows[*it];
        QList<Milestone> milestones = evaluate(entry);
        row.entry = entry;
        row.nextCheckMs = nextCheck(entry);
        if (milestones.size() == row.milestones.size()) {
            row.setMilestones(std::move(milestones));
        } else {
            // Another policy, other milestones: they are replaced, not renamed in place.
            const QModelIndex parentIndex = index(*it, 0);
            if (!row.milestones.isEmpty()) {
                beginRemoveRows(parentIndex, 0, int(row.milestones.size()) - 1);
                row.setMilestones({});
                endRemoveRows();
            }
            if (!milestones.isEmpty()) {
                beginInsertRows(parentIndex, 0, int(milestones.size()) - 1);
                row.setMilestones(std::move(milestones));
                endInsertRows();
            }
        }
        emitRowChanged(*it);
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(makeRow(entry));
    m_rowOfCase.insert(entry.id, row);
    endInsertRows();
}

void TimelineModel::removeCase(qint64 id)
{
    const auto it = m_rowOfCase.constFind(id);
    if (it == m_rowOfCase.cend())
        return;
    const int row = *it;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOfCase.erase(it);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOfCase[m_rows.at(i).entry.id] = i;
    endRemoveRows();
}

QList<TimelineModel::CaseEntry> TimelineModel::cases() const
{
    QList<CaseEntry> list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list.append(row.entry);
    return list;
}

QModelIndex TimelineModel::indexOfCase(qint64 id) const
{
    const auto it = m_rowOfCase.constFind(id);
    return it == m_rowOfCase.cend() ? QModelIndex() : index(*it, 0);
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size()
        || row >= m_rows.at(parent.row()).milestones.size())
        return {};
    return createIndex(row, column, quintptr(m_rows.at(parent.row()).entry.id));
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const auto it = m_rowOfCase.constFind(qint64(child.internalId()));
    return it == m_rowOfCase.cend() ? QModelIndex() : createIndex(*it, 0, quintptr(0));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < m_rows.size())
        return int(m_rows.at(parent.row()).milestones.size());
    return 0;
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const TimelineModel::Milestone *TimelineModel::nextOpen(const QList<Milestone> &milestones)
{
    const Milestone *next = nullptr;
    for (const Milestone &m : milestones) {
        if (!isOpen(m.state))
            continue;
        if (!next || urgency(m.state) > urgency(next->state)
            || (urgency(m.state) == urgency(next->state) && m.deadline < next->deadline))
            next = &m;
    }
    return next;
}

qint64 TimelineModel::caseSortKey(int row, int column) const
{
    const Row &r = m_rows.at(row);
    switch (column) {
    case DeadlineColumn:
    case DeadlineUtcColumn:
        return r.nextDeadlineKey;
    case StateColumn:
        return r.worstUrgency;
    default:
        return r.entry.id;
    }
}

std::pair<qint64, qint64> TimelineModel::spanAt(int row) const
{
    const Row &r = m_rows.at(row);
    return {r.spanFromMs, r.spanToMs};
}

ClockState TimelineModel::worstState(const QList<Milestone> &milestones)
{
    ClockState worst = ClockState::NotStarted;
    for (const Milestone &m : milestones) {
        if (urgency(m.state) > urgency(worst))
            worst = m.state;
    }
    return worst;
}

QVariant TimelineModel::caseData(const Row &row, int column, int role) const
{
    // The case row summarises its most urgent open milestone.
    const Milestone *next = nextOpen(row.milestones);
    const int worst = int(worstState(row.milestones));
    switch (role) {
    case CaseIdRole:
        return row.entry.id;
    case ReceivedRole:
        return row.entry.events.received;
    case PolicyRole:
        return engineFor(row.entry).policy().displayName();
    case ExploitedRole:
        return row.entry.events.exploited.isValid() && row.entry.events.exploited <= m_now;
    case StateRole:
        return worst;
    case DeadlineRole:
        return next ? next->deadline : QDateTime();
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            if (role == SortRole)
                return row.entry.id;
            // Named as the inbox names it: by tracking id once acknowledged; flagged as the
            // inbox flags it when known to be exploited.
            {
                QString name = !row.entry.trackingId.isEmpty()
                    ? QString(row.entry.trackingId + u' ' + row.entry.title)
                    : QCoreApplication::translate("TimelineModel", "#%1 %2")
                          .arg(QString::number(row.entry.id), row.entry.title);
                if (row.entry.events.exploited.isValid() && row.entry.events.exploited <= m_now)
                    name = QCoreApplication::translate("TimelineModel", "⚠ Exploited · %1").arg(name);
                return name;
            }
        case DeadlineColumn:
        case DeadlineUtcColumn:
            if (!next)
                return role == SortRole ? QVariant(std::numeric_limits<qint64>::max()) : QVariant(QString());
            return milestoneData(*next, column, role);
        case StateColumn:
            return role == SortRole ? QVariant(urgency(ClockState(worst)))
                                    : QVariant(ClockStates::displayName(ClockState(worst)));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::milestoneData(const Milestone &m, int column, int role) const
{
    switch (role) {
    case DeadlineRole:
        return m.deadline;
    case StateRole:
        return int(m.state);
    case MilestoneIdRole:
        return m.id;
    case MarginRole:
        // A running clock's margin moves with now; only the rows that may change state are
        // re-evaluated on a tick, so it is computed here.
        if (isOpen(m.state) && m.deadline.isValid())
            return m.deadline.toMSecsSinceEpoch() - m_now.toMSecsSinceEpoch();
        return m.marginMs;
    case SortRole:
        switch (column) {
        case NameColumn:
            return m.name;
        case DeadlineColumn:
        case DeadlineUtcColumn:
            return m.deadline.isValid() ? m.deadline.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case StateColumn:
            return urgency(m.state);
        }
        break;
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return m.name;
        case DeadlineColumn: {
            if (!m.deadline.isValid())
                return QString();
            const QDateTime local = m.deadline.toTimeZone(m_engine.timeZone());
            return QCoreApplication::translate("TimelineModel", "%1 %2")
                .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    m_engine.timeZone().abbreviation(m.deadline));
        }
        case DeadlineUtcColumn:
            return m.deadline.isValid()
                ? QCoreApplication::translate("TimelineModel", "%1 UTC")
                      .arg(m.deadline.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : QString();
        case StateColumn:
            return ClockStates::displayName(m.state);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return caseData(m_rows.at(index.row()), index.column(), role);
    const QModelIndex p = parent(index);
    if (!p.isValid())
        return {};
    const Row &row = m_rows.at(p.row());
    if (role == CaseIdRole)
        return row.entry.id;
    return milestoneData(row.milestones.at(index.row()), index.column(), role);
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("TimelineModel", "Case / milestone");
    case DeadlineColumn:
        return QCoreApplication::translate("TimelineModel", "Deadline (local)");
    case DeadlineUtcColumn:
        return QCoreApplication::translate("TimelineModel", "Deadline (UTC)");
    case StateColumn:
        return QCoreApplication::translate("TimelineModel", "State");
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(DeadlineRole, "deadline");
    names.insert(StateRole, "state");
    names.insert(CaseIdRole, "caseId");
    names.insert(MilestoneIdRole, "milestoneId");
    names.insert(MarginRole, "margin");
    names.insert(SortRole, "sortKey");
    names.insert(ReceivedRole, "received");
    names.insert(PolicyRole, "policy");
    return names;
}
