#pragma once

#include "core/Product.h"
#include "core/Result.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>

class ProductCatalogue;
class SbomStore;

/// The product catalogue as a tree for the Products page: products at the top, their
/// releases below, with the support status on a given day (policy 001's period after
/// EOL/OBS), the identifiers advisories use and the size of each release's SBOM. Reads
/// through ProductCatalogue and SbomStore; edits go through SetProductCommand.
class ProductCatalogueModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductCatalogueModel)

public:
    enum Column { Name, Line, Support, Cpe, Purl, Sbom, ColumnCount };
    enum Role { SupportedRole = Qt::UserRole + 1, SortRole };

    ProductCatalogueModel(ProductCatalogue &catalogue, SbomStore &sboms, QObject *parent = nullptr);

    /// Reads everything again (a catalogue is hundreds of rows, not thousands).
    Status reload(const QDate &on, int supportMonths);
    const QList<Product> &products() const { return m_products; }
    /// The product of an index (a release's parent for a release row), or nullptr.
    const Product *productAt(const QModelIndex &index) const;
    /// The release of a release row, or nullptr.
    const ProductRelease *releaseAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProductCatalogue &m_catalogue;
    SbomStore &m_sboms;
    QList<Product> m_products;
    QHash<QString, int> m_sbomComponents; // "product\nrelease" → components
    QDate m_on;
    int m_months = Product::defaultSupportMonths;
};
