#include "ProductCatalogue.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

ProductCatalogue::ProductCatalogue(Database &db)
    : m_db(db)
{ }

Result<QList<Product>> ProductCatalogue::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name, product_line, third_party, lifecycle, eol_date, obsolete_date,"
                           " vendor FROM products ORDER BY product_line, name")))
        return Result<QList<Product>>::failure(q.lastError().text());
    QList<Product> list;
    while (q.next()) {
        Product p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.productLine = q.value(2).toString();
        p.thirdParty = q.value(3).toInt() != 0;
        p.lifecycle = Product::lifecycleFromId(q.value(4).toString());
        p.endOfLife = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        p.obsolete = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        p.vendor = q.value(7).toString();
        list.append(p);
    }
    return list;
}

Result<qint64> ProductCatalogue::save(const Product &p)
{
    if (p.name.trimmed().isEmpty() || p.name.size() > 200 || p.vendor.size() > 200)
        return Result<qint64>::failure(QStringLiteral("invalid product name"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO products (name, product_line, third_party, lifecycle, eol_date, obsolete_date, vendor)"
        " VALUES (:name, :line, :third, :life, :eol, :obs, :vendor)"
        " ON CONFLICT (name) DO UPDATE SET product_line = excluded.product_line,"
        " third_party = excluded.third_party, lifecycle = excluded.lifecycle,"
        " eol_date = excluded.eol_date, obsolete_date = excluded.obsolete_date,"
        " vendor = excluded.vendor RETURNING id"));
    q.bindValue(QStringLiteral(":name"), p.name.trimmed());
    q.bindValue(QStringLiteral(":line"), p.productLine);
    q.bindValue(QStringLiteral(":third"), p.thirdParty ? 1 : 0);
    // Empty, not NULL, for the team's own products (the column is NOT NULL).
    const QString vendor = p.vendor.trimmed();
    q.bindValue(QStringLiteral(":vendor"), vendor.isNull() ? QStringLiteral("") : vendor);
    q.bindValue(QStringLiteral(":life"), Product::lifecycleId(p.lifecycle));
    q.bindValue(QStringLiteral(":eol"),
        p.endOfLife.isValid() ? QVariant(p.endOfLife.toString(Qt::ISODate))
                              : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":obs"),
        p.obsolete.isValid() ? QVariant(p.obsolete.toString(Qt::ISODate))
                             : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    return q.value(0).toLongLong();
}

Result<QHash<QString, QString>> ProductCatalogue::vendors() const
{
    const auto products = all();
    if (!products)
        return Result<QHash<QString, QString>>::failure(products.error());
    QHash<QString, QString> out;
    for (const Product &product : *products) {
        if (!product.vendor.trimmed().isEmpty())
            out.insert(product.name.trimmed().toLower(), product.vendor.trimmed());
    }
    return out;
}
