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

bool TimelineProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return m_filter.mode() == TimelineFilter::Mode::All;
    const QModelIndex milestone = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_filter.accepts(ClockState(milestone.data(TimelineModel::StateRole).toInt()));
}
