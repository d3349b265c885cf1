#pragma once

#include "core/Product.h"
#include "core/Result.h"

#include <QList>

class Database;

/// The products a team is responsible for, stored in the case database.
class ProductCatalogue final
{
public:
    explicit ProductCatalogue(Database &db);

    Result<QList<Product>> all() const;
    /// Adds or, when the name exists, updates a product; returns its id.
    Result<qint64> save(const Product &product);

private:
    Database &m_db;
};
