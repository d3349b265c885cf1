#include "ProductCatalogueModel.h"

#include "sbom/SbomStore.h"
#include "storage/ProductCatalogue.h"

#include <QBrush>
#include <QColor>

namespace {

// Internal ids: 0 for a product row, product row + 1 for a release row under it.
quintptr releaseParentId(int productRow)
{
    return quintptr(productRow) + 1;
}

} // namespace

ProductCatalogueModel::ProductCatalogueModel(ProductCatalogue &catalogue, SbomStore &sboms, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalogue(catalogue)
    , m_sboms(sboms)
{ }

Status ProductCatalogueModel::reload(const QDate &on, int supportMonths)
{
    const auto products = m_catalogue.all();
    if (!products)
        return Status::failure(products.error());
    const auto sboms = m_sboms.list();
    if (!sboms)
        return Status::failure(sboms.error());
    beginResetModel();
    m_products = *products;
    m_sbomComponents.clear();
    for (const SbomSummary &s : *sboms)
        m_sbomComponents.insert(s.product + u'\n' + s.release, s.components);
    m_on = on;
    m_months = supportMonths;
    endResetModel();
    return {};
}

const Product *ProductCatalogueModel::productAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

const ProductRelease *ProductCatalogueModel::releaseAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Product *p = productAt(index);
    return p && index.row() < p->releases.size() ? &p->releases.at(index.row()) : nullptr;
}

QModelIndex ProductCatalogueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() != 0)
        return {};
    return createIndex(row, column, releaseParentId(parent.row()));
}

QModelIndex ProductCatalogueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ProductCatalogueModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_products.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_products.at(parent.row()).releases.size());
}

int ProductCatalogueModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProductCatalogueModel::data(const QModelIndex &index, int role) const
{
    const Product *p = productAt(index);
    if (!p)
        return {};
    const ProductRelease *r = releaseAt(index);
    const SupportStatus support = p->support(m_on, m_months, r);
    if (role == SupportedRole)
        return support.supported();
    if (role == Qt::ForegroundRole && index.column() == Support
        && support.state == SupportStatus::State::Ended)
        return QBrush(QColor(0xda, 0x44, 0x53));
    if (role == SortRole && index.column() == Name && r)
        return r->version; // sorted as displayed; release rows keep version order anyway
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return r ? r->version : p->name;
    case Line:
        return r ? (r->releasedOn.isValid() ? tr("released %1").arg(r->releasedOn.toString(Qt::ISODate))
                                            : QString())
                 : (p->vendor.isEmpty() ? p->productLine : p->productLine + u" · " + p->vendor);
    case Support:
        return support.text();
    case Cpe:
        return r ? p->cpeOf(*r) : p->cpe;
    case Purl:
        return r ? p->purlOf(*r) : p->purl;
    case Sbom: {
        if (!r)
            return {};
        const auto it = m_sbomComponents.constFind(p->name + u'\n' + r->version);
        return it == m_sbomComponents.cend() ? QString() : tr("%n component(s)", nullptr, *it);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProductCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Product / release");
    case Line:
        return tr("Line / released");
    case Support:
        return tr("Security support");
    case Cpe:
        return tr("CPE");
    case Purl:
        return tr("Package URL");
    case Sbom:
        return tr("SBOM");
    case ColumnCount:
        break;
    }
    return {};
}
