#include "InboxProxyModel.h"

#include "InboxModel.h"

InboxProxyModel::InboxProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InboxModel::SortRole);
    setDynamicSortFilter(true);
}

void InboxProxyModel::setInboxModel(InboxModel *model)
{
    m_inbox = model;
    setSourceModel(model);
}

void InboxProxyModel::setFilter(const InboxFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_needle = filter.quickText.toCaseFolded();
    invalidateRowsFilter();
}

bool InboxProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_inbox)
        return false;
    // The same rule as InboxFilter::accepts(), with each row's folded text made once.
    return m_filter.acceptsCriteria(m_inbox->rowAt(sourceRow))
        && (m_needle.isEmpty() || m_inbox->quickFilterText(sourceRow).contains(m_needle));
}

bool InboxProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const InboxRow &a = m_inbox->rowAt(left.row());
    const InboxRow &b = m_inbox->rowAt(right.row());
    int c = 0;
    switch (left.column()) {
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
        c = a.cvssScore < b.cvssScore ? -1 : a.cvssScore > b.cvssScore ? 1 : 0;
        break;
    case InboxModel::Owner:
        c = a.owner.compare(b.owner, Qt::CaseInsensitive);
        break;
    case InboxModel::NextDeadline: {
        const qint64 da = m_inbox->nextDeadlineMs(left.row());
        const qint64 db = m_inbox->nextDeadlineMs(right.row());
        c = da < db ? -1 : da > db ? 1 : 0;
        break;
    }
    default:
        break;
    }
    // Ties fall back to arrival order, so a sort is stable and predictable.
    return c != 0 ? c < 0 : a.id < b.id;
}
