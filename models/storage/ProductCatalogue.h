#pragma once

#include "core/Product.h"
#include "core/Result.h"

#include <QHash>
#include <QList>

class Database;

/// The products a team is responsible for, stored in the case database.
class ProductCatalogue final
{
public:
    explicit ProductCatalogue(Database &db);

    Result<QList<Product>> all() const;
    /// The vendor of each product that names one, by product name in lower case: what the
    /// advisory exports list third-party products under.
    Result<QHash<QString, QString>> vendors() const;
    /// Adds or, when the name exists, updates a product; returns its id.
    Result<qint64> save(const Product &product);

private:
    Database &m_db;
};
