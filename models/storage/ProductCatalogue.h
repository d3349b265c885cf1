#pragma once

#include "core/Product.h"
#include "core/Result.h"

#include <QHash>
#include <QList>

#include <optional>

class AuditLog;
class Database;

/// The products a team is responsible for and their releases, stored in the case database;
/// the only writer of the products and product_releases tables. With an audit log (the
/// session's) every change is written to the team-wide trail and announced to every client
/// (AuditLog::teamDataChanged(TeamTopic::Products)); without one it only reads, or seeds a
/// new database (the demo).
class ProductCatalogue final
{
public:
    explicit ProductCatalogue(Database &db, AuditLog *audit = nullptr);

    /// Every product with its releases (oldest version first), by product line and name.
    Result<QList<Product>> all() const;
    /// One product by name (case-insensitive), or nullopt.
    Result<std::optional<Product>> product(const QString &name) const;
    /// The vendor of each product that names one, by product name in lower case: what the
    /// advisory exports list third-party products under.
    Result<QHash<QString, QString>> vendors() const;
    /// Adds a product or, when its id (or else its name) exists, changes it to match,
    /// releases included (added, changed, removed); audited field by field. Returns its id.
    Result<qint64> save(const Product &product);
    /// Saves many products in one transaction: all or none. Returns how many changed.
    Result<int> saveAll(const QList<Product> &products);
    /// Removes a product and its releases; audited.
    Status remove(const QString &name);

    /// What a product or release field may hold; the reason it may not, or an empty string.
    static QString validate(const Product &product);

private:
    Result<qint64> write(const Product &product);

    Database &m_db;
    AuditLog *m_audit;
};
