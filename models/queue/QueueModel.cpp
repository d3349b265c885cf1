#include "QueueModel.h"

#include "core/Clock.h"
#include "core/TextSanitizer.h"
#include "inbox/InboxModel.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>
#include <limits>

struct QueueModel::Node
{
    enum class Kind { Band, State, Case };
    Kind kind = Kind::Case;
    Node *parent = nullptr;
    int row = 0; // among its parent's children
    int band = 0;
    int state = 0;
    int sourceRow = -1; // Case: the inbox row
    qint64 deadlineKey = 0; // Case: the next deadline in ms, for ordering (max(): none)
    int count = 0; // Band, State: cases beneath
    std::vector<std::unique_ptr<Node>> children;
};

QueueModel::QueueModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QueueModel::~QueueModel() = default;

void QueueModel::setInboxModel(InboxModel *inbox)
{
    if (m_inbox)
        disconnect(m_inbox, nullptr, this, nullptr);
    m_inbox = inbox;
    if (inbox) {
        connect(inbox, &QAbstractItemModel::modelReset, this, &QueueModel::rebuild);
        connect(inbox, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                onRowsChanged(topLeft.row(), bottomRight.row());
            });
        // The inbox appends new cases and never removes one short of a reload; should
        // that change, a rebuild stays correct.
        connect(inbox, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsChanged(first, last); });
        connect(inbox, &QAbstractItemModel::rowsRemoved, this, &QueueModel::rebuild);
        connect(inbox, &QAbstractItemModel::layoutChanged, this, &QueueModel::rebuild);
    }
    rebuild();
}

void QueueModel::setFilter(const InboxFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void QueueModel::setNow(const QDateTime &now)
{
    m_now = now;
    // Ages change, nothing moves: one signal per group of cases.
    for (const auto &band : m_bands) {
        for (const auto &state : band->children) {
            if (!state->children.empty())
                Q_EMIT dataChanged(indexOf(state->children.front().get(), Age),
                    indexOf(state->children.back().get(), Age), {Qt::DisplayRole, Qt::ToolTipRole});
        }
    }
}

QString QueueModel::bandName(Band band)
{
    switch (band) {
    case Band::Exploited:
        return QCoreApplication::translate("QueueModel", "Actively exploited");
    case Band::Critical:
        return QCoreApplication::translate("QueueModel", "Critical");
    case Band::High:
        return QCoreApplication::translate("QueueModel", "High");
    case Band::Medium:
        return QCoreApplication::translate("QueueModel", "Medium");
    case Band::Low:
        return QCoreApplication::translate("QueueModel", "Low");
    case Band::None:
        return QCoreApplication::translate("QueueModel", "None");
    case Band::Unscored:
        break;
    }
    return QCoreApplication::translate("QueueModel", "Unscored");
}

QString QueueModel::stateName(State state)
{
    switch (state) {
    case State::Breached:
        return QCoreApplication::translate("QueueModel", "Breached");
    case State::DueSoon:
        return QCoreApplication::translate("QueueModel", "Due soon");
    case State::Paused:
        return QCoreApplication::translate("QueueModel", "Paused (waiting on the reporter)");
    case State::OnTrack:
        return QCoreApplication::translate("QueueModel", "On track");
    case State::NoDeadline:
        break;
    }
    return QCoreApplication::translate("QueueModel", "No running deadline");
}

QueueModel::Band QueueModel::bandOf(const QString &severity, double score)
{
    if (score < 0)
        return Band::Unscored;
    // The stored severity word is the scoring engine's (CVSS qualitative rating scale).
    const QString s = severity.toLower();
    if (s == u"critical")
        return Band::Critical;
    if (s == u"high")
        return Band::High;
    if (s == u"medium")
        return Band::Medium;
    if (s == u"low")
        return Band::Low;
    if (s == u"none")
        return Band::None;
    return Band::Unscored;
}

QueueModel::State QueueModel::stateOf(int clockState)
{
    switch (ClockState(clockState)) {
    case ClockState::Breached:
        return State::Breached;
    case ClockState::DueSoon:
        return State::DueSoon;
    case ClockState::Paused:
        return State::Paused;
    case ClockState::OnTrack:
    case ClockState::NotStarted:
        return clockState < 0 ? State::NoDeadline : State::OnTrack;
    case ClockState::Met:
    case ClockState::MetLate:
        break;
    }
    return State::NoDeadline;
}

std::optional<QueueModel::Placement> QueueModel::placementOf(int sourceRow) const
{
    const InboxRow &r = m_inbox->rowAt(sourceRow);
    // InboxFilter::accepts(), with the row's folded text the inbox model keeps (no string
    // made per row on a rebuild).
    if (!m_filter.acceptsCriteria(r)
        || (!m_filter.quickText.isEmpty()
            && !m_inbox->quickFilterText(sourceRow).contains(m_filter.quickText, Qt::CaseInsensitive)))
        return std::nullopt;
    const qint64 deadline = m_inbox->nextDeadlineMs(sourceRow);
    const QModelIndex at = m_inbox->index(sourceRow, InboxModel::NextDeadline);
    return Placement {int(bandOf(r)), int(stateOf(at.data(InboxModel::DeadlineStateRole).toInt())),
        deadline > 0 ? deadline : std::numeric_limits<qint64>::max()};
}

namespace {
// Most urgent first: the earliest next deadline, cases without one last; then inbox order.
template<typename NodePtr>
bool before(qint64 keyA, int rowA, const NodePtr &b)
{
    return keyA != b->deadlineKey ? keyA < b->deadlineKey : rowA < b->sourceRow;
}

template<typename List>
void renumber(List &list, size_t from)
{
    for (size_t i = from; i < list.size(); ++i)
        list[i]->row = int(i);
}
} // namespace

void QueueModel::rebuild()
{
    beginResetModel();
    m_bands.clear();
    m_caseNodes.clear();
    m_caseCount = 0;
    if (!m_inbox) {
        endResetModel();
        return;
    }
    // [band][state] → case nodes
    std::vector<std::unique_ptr<Node>> groups[bandCount][stateCount];
    for (int row = 0; row < m_inbox->rowCount(); ++row) {
        const auto at = placementOf(row);
        if (!at)
            continue;
        auto n = std::make_unique<Node>();
        n->kind = Node::Kind::Case;
        n->band = at->band;
        n->state = at->state;
        n->sourceRow = row;
        n->deadlineKey = at->deadlineKey;
        m_caseNodes.insert(row, n.get());
        groups[n->band][n->state].push_back(std::move(n));
        ++m_caseCount;
    }
    for (int b = 0; b < bandCount; ++b) {
        auto band = std::make_unique<Node>();
        band->kind = Node::Kind::Band;
        band->band = b;
        for (int s = 0; s < stateCount; ++s) {
            auto &cases = groups[b][s];
            if (cases.empty())
                continue;
            std::sort(cases.begin(), cases.end(),
                [](const auto &x, const auto &y) { return before(x->deadlineKey, x->sourceRow, y); });
            auto state = std::make_unique<Node>();
            state->kind = Node::Kind::State;
            state->band = b;
            state->state = s;
            state->parent = band.get();
            state->row = int(band->children.size());
            state->count = int(cases.size());
            for (auto &c : cases) {
                c->parent = state.get();
                c->row = int(state->children.size());
                state->children.push_back(std::move(c));
            }
            band->count += state->count;
            band->children.push_back(std::move(state));
        }
        if (band->count == 0)
            continue;
        band->row = int(m_bands.size());
        m_bands.push_back(std::move(band));
    }
    endResetModel();
}

void QueueModel::onRowsChanged(int first, int last)
{
    if (!m_inbox || first < 0 || last < first)
        return;
    if (last - first + 1 > bulkChangeThreshold)
        return rebuild();
    for (int row = first; row <= last; ++row)
        updateCase(row);
}

void QueueModel::updateCase(int sourceRow)
{
    const auto at = placementOf(sourceRow);
    Node *n = m_caseNodes.value(sourceRow);
    if (n && at && n->band == at->band && n->state == at->state) {
        // Still in its group: moved only if its neighbours no longer bracket it.
        const auto &siblings = n->parent->children;
        const size_t i = size_t(n->row);
        const bool afterPrevious = i == 0 || !before(at->deadlineKey, sourceRow, siblings[i - 1]);
        const bool beforeNext
            = i + 1 == siblings.size() || before(at->deadlineKey, sourceRow, siblings[i + 1]);
        if (afterPrevious && beforeNext) {
            n->deadlineKey = at->deadlineKey;
            Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
            return;
        }
    }
    if (n)
        removeCaseNode(n);
    if (at)
        insertCaseNode(sourceRow, *at);
}

void QueueModel::removeCaseNode(Node *n)
{
    Node *state = n->parent;
    Node *band = state->parent;
    m_caseNodes.remove(n->sourceRow);
    --m_caseCount;
    if (state->children.size() == 1 && band->children.size() == 1) {
        // The band's last case: the band goes.
        const int row = band->row;
        beginRemoveRows({}, row, row);
        m_bands.erase(m_bands.begin() + row);
        renumber(m_bands, size_t(row));
        endRemoveRows();
        return;
    }
    if (state->children.size() == 1) {
        const int row = state->row;
        beginRemoveRows(indexOf(band), row, row);
        band->children.erase(band->children.begin() + row);
        renumber(band->children, size_t(row));
        --band->count;
        endRemoveRows();
        announceCounts(band);
        return;
    }
    const int row = n->row;
    beginRemoveRows(indexOf(state), row, row);
    state->children.erase(state->children.begin() + row);
    renumber(state->children, size_t(row));
    --state->count;
    --band->count;
    endRemoveRows();
    announceCounts(state);
}

void QueueModel::insertCaseNode(int sourceRow, const Placement &at)
{
    auto n = std::make_unique<Node>();
    n->kind = Node::Kind::Case;
    n->band = at.band;
    n->state = at.state;
    n->sourceRow = sourceRow;
    n->deadlineKey = at.deadlineKey;
    Node *caseNode = n.get();
    ++m_caseCount;
    m_caseNodes.insert(sourceRow, caseNode);

    const auto bandIt = std::lower_bound(
        m_bands.begin(), m_bands.end(), at.band, [](const auto &b, int id) { return b->band < id; });
    const auto makeState = [&](Node *band) {
        auto state = std::make_unique<Node>();
        state->kind = Node::Kind::State;
        state->band = at.band;
        state->state = at.state;
        state->parent = band;
        state->count = 1;
        n->parent = state.get();
        n->row = 0;
        state->children.push_back(std::move(n));
        return state;
    };
    if (bandIt == m_bands.end() || (*bandIt)->band != at.band) {
        const int row = int(bandIt - m_bands.begin());
        auto band = std::make_unique<Node>();
        band->kind = Node::Kind::Band;
        band->band = at.band;
        band->count = 1;
        band->children.push_back(makeState(band.get()));
        beginInsertRows({}, row, row);
        m_bands.insert(m_bands.begin() + row, std::move(band));
        renumber(m_bands, size_t(row));
        endInsertRows();
        return;
    }
    Node *band = bandIt->get();
    const auto stateIt = std::lower_bound(band->children.begin(), band->children.end(), at.state,
        [](const auto &s, int id) { return s->state < id; });
    if (stateIt == band->children.end() || (*stateIt)->state != at.state) {
        const int row = int(stateIt - band->children.begin());
        auto state = makeState(band);
        beginInsertRows(indexOf(band), row, row);
        band->children.insert(band->children.begin() + row, std::move(state));
        renumber(band->children, size_t(row));
        ++band->count;
        endInsertRows();
        announceCounts(band);
        return;
    }
    Node *state = stateIt->get();
    const auto pos = std::lower_bound(state->children.begin(), state->children.end(), caseNode,
        [](const auto &c, const Node *x) { return before(c->deadlineKey, c->sourceRow, x); });
    const int row = int(pos - state->children.begin());
    n->parent = state;
    beginInsertRows(indexOf(state), row, row);
    state->children.insert(state->children.begin() + row, std::move(n));
    renumber(state->children, size_t(row));
    ++state->count;
    ++band->count;
    endInsertRows();
    announceCounts(state);
}

void QueueModel::announceCounts(Node *group)
{
    // A group row shows its count: it and its band repaint.
    for (Node *g = group; g; g = g->parent)
        Q_EMIT dataChanged(indexOf(g, 0), indexOf(g, ColumnCount - 1), {Qt::DisplayRole, CountRole});
}

QModelIndex QueueModel::indexOf(const Node *n, int column) const
{
    return n ? createIndex(n->row, column, const_cast<Node *>(n)) : QModelIndex();
}

QueueModel::Node *QueueModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex QueueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Node *p = node(parent);
    const auto &list = p ? p->children : m_bands;
    if (row >= int(list.size()) || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, list[size_t(row)].get());
}

QModelIndex QueueModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || !n->parent)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = node(parent);
    return int(p ? p->children.size() : m_bands.size());
}

int QueueModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n || !m_inbox)
        return {};
    if (n->kind != Node::Kind::Case) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != CaseColumn)
                return {};
            return QCoreApplication::translate("QueueModel", "%1 (%2)")
                .arg(n->kind == Node::Kind::Band ? bandName(Band(n->band)) : stateName(State(n->state)))
                .arg(n->count);
        case CountRole:
            return n->count;
        case BandRole:
            return n->band;
        case StateRole:
            return n->kind == Node::Kind::State ? QVariant(n->state) : QVariant();
        case CaseIdRole:
            return qint64(0);
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        default:
            return {};
        }
    }
    const InboxRow &r = m_inbox->rowAt(n->sourceRow);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CaseColumn:
            return QCoreApplication::translate("QueueModel", "%1 — %2")
                .arg(r.trackingId.isEmpty() ? QCoreApplication::translate("QueueModel", "#%1").arg(r.id)
                                            : r.trackingId,
                    TextSanitizer::singleLine(r.title));
        case Priority:
            return r.priority.isEmpty() && role == Qt::DisplayRole ? QString()
                                                                   : CasePriorities::displayName(r.priority);
        case Owner:
            return r.owner.isEmpty() ? QCoreApplication::translate("QueueModel", "unassigned")
                                     : TextSanitizer::singleLine(r.owner);
        case Product:
            return TextSanitizer::singleLine(r.product);
        case Age: {
            const QDateTime now = m_now.isValid() ? m_now : Clock::nowUtc();
            const int days
                = int(std::max<qint64>(0, (now.toMSecsSinceEpoch() - r.receivedAtMs) / (24 * 3600 * 1000)));
            return QCoreApplication::translate("QueueModel", "%n day(s)", nullptr, days);
        }
        case NextDeadline:
            return m_inbox->index(n->sourceRow, InboxModel::NextDeadline).data(role);
        default:
            return {};
        }
    case CaseIdRole:
        return r.id;
    case BandRole:
        return n->band;
    case StateRole:
        return n->state;
    case Qt::ForegroundRole:
        if (index.column() == NextDeadline)
            return m_inbox->index(n->sourceRow, InboxModel::NextDeadline).data(role);
        return {};
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseColumn:
        return QCoreApplication::translate("QueueModel", "Case");
    case Priority:
        return QCoreApplication::translate("QueueModel", "Priority");
    case Owner:
        return QCoreApplication::translate("QueueModel", "Owner");
    case Product:
        return QCoreApplication::translate("QueueModel", "Product");
    case Age:
        return QCoreApplication::translate("QueueModel", "Age");
    case NextDeadline:
        return QCoreApplication::translate("QueueModel", "Next deadline");
    default:
        return {};
    }
}

QModelIndex QueueModel::indexOfCase(qint64 caseId) const
{
    if (!m_inbox)
        return {};
    return indexOf(m_caseNodes.value(m_inbox->rowOfCase(caseId)));
}
