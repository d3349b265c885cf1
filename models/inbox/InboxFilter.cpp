#include "InboxFilter.h"

bool InboxFilter::accepts(const InboxRow &row) const
{
    return acceptsCriteria(row)
        && (quickText.isEmpty() || foldedText(row).contains(quickText.toCaseFolded()));
}

QString InboxFilter::foldedText(const InboxRow &row)
{
    const QChar line = u'\n';
    return QString(
        row.title + line + row.trackingId + line + row.product + line + row.reporter + line + row.owner)
        .toCaseFolded();
}

bool InboxFilter::acceptsCriteria(const InboxRow &row) const
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
    return !searchHits || searchHits->contains(row.id);
}
