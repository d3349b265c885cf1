#include "InboxFilter.h"

bool InboxFilter::accepts(const InboxRow &row) const
{
    switch (statusScope) {
    case StatusScope::Open:
        if (!CaseStatuses::isOpen(row.status))
            return false;
        break;
    case StatusScope::One:
        if (row.status != status)
            return false;
        break;
    case StatusScope::All:
        break;
    }
    if (!product.isEmpty() && row.product.compare(product, Qt::CaseInsensitive) != 0)
        return false;
    if (!owner.isEmpty()) {
        if (owner == unassignedOwner() ? !row.owner.isEmpty() : row.owner != owner)
            return false;
    }
    if (searchHits && !searchHits->contains(row.id))
        return false;
    if (quickText.isEmpty())
        return true;
    const auto has = [this](const QString &field) { return field.contains(quickText, Qt::CaseInsensitive); };
    return has(row.title) || has(row.trackingId) || has(row.product) || has(row.reporter) || has(row.owner);
}
