#include "QueueModel.h"

#include "core/Clock.h"
#include "core/TextSanitizer.h"
#include "inbox/InboxModel.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>

struct QueueModel::Node
{
    enum class Kind { Band, State, Case };
    Kind kind = Kind::Case;
    Node *parent = nullptr;
    int row = 0; // among its parent's children
    int band = 0;
    int state = 0;
    int sourceRow = -1; // Case: the inbox row
    qint64 deadlineMs = 0; // Case: the next deadline, for ordering (0: none)
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
        connect(inbox, &QAbstractItemModel::dataChanged, this, &QueueModel::rebuild);
        connect(inbox, &QAbstractItemModel::rowsInserted, this, &QueueModel::rebuild);
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
    if (!m_bands.empty())
        Q_EMIT dataChanged(index(0, Age), index(int(m_bands.size()) - 1, Age));
    rebuild();
}

QString QueueModel::bandName(Band band)
{
    switch (band) {
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

void QueueModel::rebuild()
{
    beginResetModel();
    m_bands.clear();
    m_caseCount = 0;
    if (!m_inbox) {
        endResetModel();
        return;
    }
    // [band][state] → case nodes
    std::vector<std::unique_ptr<Node>> groups[bandCount][stateCount];
    for (int row = 0; row < m_inbox->rowCount(); ++row) {
        const InboxRow &r = m_inbox->rowAt(row);
        if (!m_filter.accepts(r))
            continue;
        const QModelIndex at = m_inbox->index(row, InboxModel::NextDeadline);
        const int clock = at.data(InboxModel::DeadlineStateRole).toInt();
        auto n = std::make_unique<Node>();
        n->kind = Node::Kind::Case;
        n->band = int(bandOf(r.severity, r.cvssScore));
        n->state = int(stateOf(clock));
        n->sourceRow = row;
        n->deadlineMs = at.data(InboxModel::SortRole).toLongLong();
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
            // Most urgent first: the earliest next deadline; cases without one last.
            std::stable_sort(cases.begin(), cases.end(), [](const auto &x, const auto &y) {
                const qint64 a = x->deadlineMs > 0 ? x->deadlineMs : std::numeric_limits<qint64>::max();
                const qint64 c = y->deadlineMs > 0 ? y->deadlineMs : std::numeric_limits<qint64>::max();
                return a < c;
            });
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
    const int sourceRow = m_inbox->rowOfCase(caseId);
    for (const auto &band : m_bands) {
        for (const auto &state : band->children) {
            for (const auto &c : state->children) {
                if (c->sourceRow == sourceRow)
                    return createIndex(c->row, 0, c.get());
            }
        }
    }
    return {};
}
