#pragma once

#include "sla/TimelineFilter.h"

#include <QSortFilterProxyModel>

/// Sorts the timeline by TimelineModel::SortRole and hides the milestones TimelineFilter
/// rejects; a case stays visible while any of its milestones does.
class TimelineProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineProxyModel)

public:
    explicit TimelineProxyModel(QObject *parent = nullptr);

    TimelineFilter::Mode filterMode() const { return m_filter.mode(); }
    void setFilterMode(TimelineFilter::Mode mode);

    /// Answered from the source for case rows: QTreeView asks it of every top-level row when
    /// it lays out, and the proxy's own answer filters each case's milestones to find out.
    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TimelineFilter m_filter;
};
