#include "InboxProxyModel.h"

#include "InboxModel.h"
#include "jobs/Job.h"

#include <algorithm>
#include <numeric>

namespace {
// Above this many rows in one change, arranging anew is cheaper than placing each row
// (each placement moves the rows after it).
constexpr int kPlaceLimit = 256;
// How often the filter pass polls for cancellation.
constexpr int kPollEvery = 4096;

bool touches(const QModelIndex &topLeft, const QModelIndex &bottomRight, int column)
{
    return column >= topLeft.column() && column <= bottomRight.column();
}

// Columns whose values InboxFilter reads; the others (received, severity, deadline) only sort.
bool touchesFilter(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (const int column : {InboxModel::TrackingId, InboxModel::Status, InboxModel::Title,
             InboxModel::Product, InboxModel::Reporter, InboxModel::Owner}) {
        if (touches(topLeft, bottomRight, column))
            return true;
    }
    return false;
}
} // namespace

InboxProxyModel::InboxProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

InboxProxyModel::~InboxProxyModel() = default;

void InboxProxyModel::setInboxModel(InboxModel *model)
{
    if (m_inbox)
        disconnect(m_inbox, nullptr, this, nullptr);
    dropPendingWork();
    beginResetModel();
    m_inbox = model;
    QAbstractProxyModel::setSourceModel(model);
    m_shown.clear();
    m_proxyRowOf.clear();
    m_sortedValid = false;
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            dropPendingWork();
            beginResetModel();
        });
        connect(model, &QAbstractItemModel::modelReset, this, &InboxProxyModel::onSourceReset);
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this, &InboxProxyModel::onDataChanged);
        // The inbox is a flat table with fixed columns and never reorders its rows; a layout
        // change there (none today) is taken as a reset.
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
            dropPendingWork();
            beginResetModel();
        });
        connect(model, &QAbstractItemModel::layoutChanged, this, &InboxProxyModel::onSourceReset);
    }
    onSourceReset();
}

void InboxProxyModel::setFilter(const InboxFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_needle = filter.quickText.toCaseFolded();
    rearrange();
}

void InboxProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortedValid = false;
    rearrange();
}

// --- QAbstractProxyModel ---------------------------------------------------------------

QModelIndex InboxProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_inbox || !proxyIndex.isValid() || proxyIndex.row() >= m_shown.size())
        return {};
    return m_inbox->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex InboxProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_inbox || sourceIndex.row() >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex InboxProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex InboxProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex InboxProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int InboxProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int InboxProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_inbox ? 0 : m_inbox->columnCount();
}

QVariant InboxProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles whether or not any row shows; rows are numbered as shown.
    if (orientation == Qt::Horizontal)
        return m_inbox ? m_inbox->headerData(section, orientation, role) : QVariant();
    return QAbstractItemModel::headerData(section, orientation, role);
}

bool InboxProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.isEmpty();
}

// --- The arrangement ---------------------------------------------------------------------

bool InboxProxyModel::lessThan(
    const InboxRow &a, const InboxRow &b, qint64 deadlineA, qint64 deadlineB, int column)
{
    int c = 0;
    switch (column) {
    case InboxModel::TrackingId:
        c = a.trackingId.compare(b.trackingId);
        break;
    case InboxModel::Received:
        c = a.receivedAtMs < b.receivedAtMs ? -1 : a.receivedAtMs > b.receivedAtMs ? 1 : 0;
        break;
    case InboxModel::Title:
        c = a.title.compare(b.title, Qt::CaseInsensitive);
        break;
    case InboxModel::Product:
        c = a.product.compare(b.product, Qt::CaseInsensitive);
        break;
    case InboxModel::Reporter:
        c = a.reporter.compare(b.reporter, Qt::CaseInsensitive);
        break;
    case InboxModel::Status:
        c = int(a.status) - int(b.status);
        break;
    case InboxModel::Severity:
        // Known exploitation outranks any score (InboxModel's SortRole says the same).
        if (a.exploited() != b.exploited())
            c = a.exploited() ? 1 : -1;
        else
            c = a.cvssScore < b.cvssScore ? -1 : a.cvssScore > b.cvssScore ? 1 : 0;
        break;
    case InboxModel::Owner:
        c = a.owner.compare(b.owner, Qt::CaseInsensitive);
        break;
    case InboxModel::NextDeadline:
        c = deadlineA < deadlineB ? -1 : deadlineA > deadlineB ? 1 : 0;
        break;
    default:
        break;
    }
    // Ties fall back to arrival order, so a sort is stable and predictable.
    return c != 0 ? c < 0 : a.id < b.id;
}

InboxProxyModel::Arrangement InboxProxyModel::arrange(const Snapshot &snapshot, const InboxFilter &filter,
    int column, Qt::SortOrder order, QList<int> sorted, const std::function<bool()> &cancelled)
{
    const int count = int(snapshot.rows.size());
    Arrangement a;
    if (sorted.size() == count) {
        a.sorted = std::move(sorted);
    } else {
        a.sorted.resize(count);
        std::iota(a.sorted.begin(), a.sorted.end(), 0);
        if (column >= 0) {
            const bool byDeadline = column == InboxModel::NextDeadline && snapshot.deadlines.size() == count;
            const auto less = [&](int x, int y) {
                const qint64 dx = byDeadline ? snapshot.deadlines.at(x) : 0;
                const qint64 dy = byDeadline ? snapshot.deadlines.at(y) : 0;
                return order == Qt::AscendingOrder
                    ? lessThan(snapshot.rows.at(x), snapshot.rows.at(y), dx, dy, column)
                    : lessThan(snapshot.rows.at(y), snapshot.rows.at(x), dy, dx, column);
            };
            std::sort(a.sorted.begin(), a.sorted.end(), less); // a total order: ties go by id
        }
    }
    const QString needle = filter.quickText.toCaseFolded();
    a.shown.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (i % kPollEvery == 0 && cancelled && cancelled())
            return {};
        const int row = a.sorted.at(i);
        if (filter.acceptsCriteria(snapshot.rows.at(row))
            && (needle.isEmpty() || snapshot.folded.at(row).contains(needle)))
            a.shown.append(row);
    }
    return a;
}

InboxProxyModel::Snapshot InboxProxyModel::snapshot() const
{
    Snapshot s {m_inbox->rows(), m_inbox->quickFilterTexts(), {}};
    if (m_sortColumn == InboxModel::NextDeadline)
        s.deadlines = m_inbox->nextDeadlineKeys();
    return s;
}

void InboxProxyModel::rearrange()
{
    if (!m_inbox)
        return;
    dropPendingWork();
    const QList<int> sorted = m_sortedValid ? m_sorted : QList<int>();
    if (m_inbox->rowCount() < m_backgroundRows) {
        install(arrange(snapshot(), m_filter, m_sortColumn, m_sortOrder, sorted));
        return;
    }
    auto *job = new Job<Arrangement>(
        [snapshot = snapshot(), filter = m_filter, column = m_sortColumn, order = m_sortOrder, sorted](
            JobControl &control) -> Result<Arrangement> {
            Arrangement a = arrange(
                snapshot, filter, column, order, sorted, [&control] { return control.isCancelled(); });
            if (control.isCancelled())
                return Result<Arrangement>::failure(JobControl::cancelledMessage());
            return a;
        },
        this);
    m_job = job;
    m_sourceChangedSinceJob = false;
    connect(job, &BackgroundJob::succeeded, this, [this, job] {
        if (m_job != job)
            return;
        m_job = nullptr;
        if (m_sourceChangedSinceJob) // the snapshot is out of date: once more
            return rearrange();
        install(job->takeResult());
    });
    connect(job, &BackgroundJob::ended, this, [this, job] {
        if (m_job == job)
            m_job = nullptr;
        job->deleteLater();
    });
    job->start();
}

void InboxProxyModel::dropPendingWork()
{
    // Deleting a job cancels it; nothing of it is delivered afterwards.
    delete std::exchange(m_job, nullptr);
}

void InboxProxyModel::install(Arrangement arrangement)
{
    m_sorted = std::move(arrangement.sorted);
    m_sortedValid = true;
    if (m_shown.isEmpty() || arrangement.shown.isEmpty()) {
        // Nothing on screen to keep (or nothing left): a reset is the cheapest change.
        beginResetModel();
        m_shown = std::move(arrangement.shown);
        m_proxyRowOf.fill(-1, m_inbox->rowCount());
        renumber(0, int(m_shown.size()) - 1);
        endResetModel();
    } else {
        // Keep the current case and the selection where they are, whatever moved.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<int> sourceRows;
        sourceRows.reserve(before.size());
        for (const QModelIndex &i : before)
            sourceRows.append(m_shown.at(i.row()));
        m_shown = std::move(arrangement.shown);
        m_proxyRowOf.fill(-1, m_inbox->rowCount());
        renumber(0, int(m_shown.size()) - 1);
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i) {
            const int row = m_proxyRowOf.at(sourceRows.at(i));
            after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    Q_EMIT arranged();
}

void InboxProxyModel::renumber(int fromProxyRow, int toProxyRow)
{
    for (int p = std::max(0, fromProxyRow); p <= toProxyRow && p < m_shown.size(); ++p)
        m_proxyRowOf[m_shown.at(p)] = p;
}

// --- Following the source ------------------------------------------------------------------

bool InboxProxyModel::accepts(int sourceRow) const
{
    return m_filter.acceptsCriteria(m_inbox->rowAt(sourceRow))
        && (m_needle.isEmpty() || m_inbox->quickFilterText(sourceRow).contains(m_needle));
}

bool InboxProxyModel::before(int sourceA, int sourceB) const
{
    if (m_sortColumn < 0)
        return sourceA < sourceB;
    const bool byDeadline = m_sortColumn == InboxModel::NextDeadline;
    const qint64 da = byDeadline ? m_inbox->nextDeadlineMs(sourceA) : 0;
    const qint64 db = byDeadline ? m_inbox->nextDeadlineMs(sourceB) : 0;
    const InboxRow &a = m_inbox->rowAt(sourceA);
    const InboxRow &b = m_inbox->rowAt(sourceB);
    return m_sortOrder == Qt::AscendingOrder ? lessThan(a, b, da, db, m_sortColumn)
                                             : lessThan(b, a, db, da, m_sortColumn);
}

int InboxProxyModel::insertionPoint(int sourceRow, int skipping) const
{
    // Where sourceRow belongs among the shown rows, not counting the proxy row skipping
    // (the row's own place, when it moves): the first that sorts after it.
    const int count = int(m_shown.size()) - (skipping >= 0 ? 1 : 0);
    const auto at = [&](int k) { return m_shown.at(skipping >= 0 && k >= skipping ? k + 1 : k); };
    int lo = 0;
    int hi = count;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (before(sourceRow, at(mid)))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

void InboxProxyModel::insertShown(int sourceRow)
{
    const int at = insertionPoint(sourceRow);
    beginInsertRows({}, at, at);
    m_shown.insert(at, sourceRow);
    renumber(at, int(m_shown.size()) - 1);
    endInsertRows();
}

void InboxProxyModel::removeShown(int proxyRow)
{
    beginRemoveRows({}, proxyRow, proxyRow);
    m_proxyRowOf[m_shown.at(proxyRow)] = -1;
    m_shown.remove(proxyRow);
    renumber(proxyRow, int(m_shown.size()) - 1);
    endRemoveRows();
}

void InboxProxyModel::replace(int sourceRow)
{
    // A changed row: in or out of the filter, or to its new place in the order.
    const int at = m_proxyRowOf.at(sourceRow);
    const bool accepted = accepts(sourceRow);
    if (at < 0) {
        if (accepted)
            insertShown(sourceRow);
        return;
    }
    if (!accepted)
        return removeShown(at);
    const bool inPlace = (at == 0 || before(m_shown.at(at - 1), sourceRow))
        && (at + 1 == m_shown.size() || before(sourceRow, m_shown.at(at + 1)));
    if (inPlace)
        return;
    const int to = insertionPoint(sourceRow, at); // among the others
    // beginMoveRows counts the destination before the move.
    if (to == at || !beginMoveRows({}, at, at, {}, to > at ? to + 1 : to))
        return;
    m_shown.remove(at);
    m_shown.insert(to, sourceRow);
    renumber(std::min(at, to), std::max(at, to));
    endMoveRows();
}

void InboxProxyModel::onSourceReset()
{
    // Called inside the reset the source's modelAboutToBeReset began.
    m_shown.clear();
    m_proxyRowOf.fill(-1, m_inbox ? m_inbox->rowCount() : 0);
    m_sortedValid = false;
    endResetModel();
    rearrange();
}

void InboxProxyModel::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    for (int &row : m_shown) {
        if (row >= first)
            row += count;
    }
    m_proxyRowOf.insert(first, count, -1);
    m_sortedValid = false;
    m_sourceChangedSinceJob = true;
    if (count > kPlaceLimit)
        return rearrange();
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            insertShown(row);
    }
}

void InboxProxyModel::onRowsAboutToBeRemoved(int first, int last)
{
    QList<int> proxyRows;
    for (int row = first; row <= last; ++row) {
        if (m_proxyRowOf.at(row) >= 0)
            proxyRows.append(m_proxyRowOf.at(row));
    }
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<>());
    for (const int p : std::as_const(proxyRows))
        removeShown(p);
}

void InboxProxyModel::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    m_proxyRowOf.remove(first, count);
    for (int &row : m_shown) {
        if (row > last)
            row -= count;
    }
    m_sortedValid = false;
    m_sourceChangedSinceJob = true;
}

void InboxProxyModel::onDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    const bool order = m_sortColumn >= 0 && touches(topLeft, bottomRight, m_sortColumn)
        && (roles.isEmpty() || roles.contains(InboxModel::SortRole));
    const bool filter = touchesFilter(topLeft, bottomRight);
    if (order)
        m_sortedValid = false;
    if (order || filter)
        m_sourceChangedSinceJob = true;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if ((order || filter) && last - first + 1 > kPlaceLimit)
        rearrange();
    else if (order || filter) {
        for (int row = first; row <= last; ++row)
            replace(row);
    }
    // Repaint what shows of the changed rows.
    int low = std::numeric_limits<int>::max();
    int high = -1;
    for (int row = first; row <= last; ++row) {
        if (const int p = m_proxyRowOf.at(row); p >= 0) {
            low = std::min(low, p);
            high = std::max(high, p);
        }
    }
    if (high >= 0)
        Q_EMIT dataChanged(index(low, topLeft.column()), index(high, bottomRight.column()), roles);
}
