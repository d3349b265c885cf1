#pragma once

#include "InboxFilter.h"

#include <QSortFilterProxyModel>

class InboxModel;

/// Sorts and filters the inbox. Comparisons read the source rows directly rather than
/// through QVariant data(), which keeps a re-sort of 100,000 rows fast; which rows pass is
/// decided by InboxFilter.
class InboxProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxProxyModel)

public:
    explicit InboxProxyModel(QObject *parent = nullptr);

    void setInboxModel(InboxModel *model);
    const InboxFilter &filter() const { return m_filter; }
    void setFilter(const InboxFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    InboxModel *m_inbox = nullptr;
    InboxFilter m_filter;
    QString m_needle; // the quick text, case-folded
};
