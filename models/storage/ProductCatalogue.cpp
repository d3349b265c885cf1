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
            QStringLiteral("SELECT id, name, product_line, third_party, lifecycle, eol_date, obsolete_date"
                           " FROM products ORDER BY product_line, name")))
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
        list.append(p);
    }
    return list;
}

Result<qint64> ProductCatalogue::save(const Product &p)
{
    if (p.name.trimmed().isEmpty() || p.name.size() > 200)
        return Result<qint64>::failure(QStringLiteral("invalid product name"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO products (name, product_line, third_party, lifecycle, eol_date, obsolete_date)"
        " VALUES (:name, :line, :third, :life, :eol, :obs)"
        " ON CONFLICT (name) DO UPDATE SET product_line = excluded.product_line,"
        " third_party = excluded.third_party, lifecycle = excluded.lifecycle,"
        " eol_date = excluded.eol_date, obsolete_date = excluded.obsolete_date RETURNING id"));
    q.bindValue(QStringLiteral(":name"), p.name.trimmed());
    q.bindValue(QStringLiteral(":line"), p.productLine);
    q.bindValue(QStringLiteral(":third"), p.thirdParty ? 1 : 0);
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
