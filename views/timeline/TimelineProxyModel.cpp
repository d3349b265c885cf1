#include "TimelineProxyModel.h"

#include "sla/TimelineModel.h"

TimelineProxyModel::TimelineProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TimelineModel::SortRole);
    // A case row is kept when one of its milestones is accepted.
    setRecursiveFilteringEnabled(true);
}

void TimelineProxyModel::setFilterMode(TimelineFilter::Mode mode)
{
    if (mode == m_filter.mode())
        return;
    m_filter.setMode(mode);
    invalidateRowsFilter();
}

bool TimelineProxyModel::hasChildren(const QModelIndex &parent) const
{
    // A case row that passes a milestone filter does so through a milestone it shows
    // (recursive filtering); under "All" it shows every milestone the source has.
    if (parent.isValid() && !parent.parent().isValid() && sourceModel())
        return sourceModel()->hasChildren(mapToSource(parent));
    return QSortFilterProxyModel::hasChildren(parent);
}

bool TimelineProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return m_filter.mode() == TimelineFilter::Mode::All;
    const QModelIndex milestone = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_filter.accepts(ClockState(milestone.data(TimelineModel::StateRole).toInt()));
}

bool TimelineProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Case rows (every open case) by the model's numeric key; milestones, a handful per
    // case, as SortRole says.
    const auto *timeline = qobject_cast<const TimelineModel *>(sourceModel());
    if (timeline && !left.parent().isValid() && !right.parent().isValid()) {
        const qint64 a = timeline->caseSortKey(left.row(), left.column());
        const qint64 b = timeline->caseSortKey(right.row(), right.column());
        if (a != b)
            return a < b;
        return timeline->caseSortKey(left.row(), TimelineModel::NameColumn)
            < timeline->caseSortKey(right.row(), TimelineModel::NameColumn);
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
