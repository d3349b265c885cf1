#pragma once

#include "core/Product.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>

/// The product catalogue as a file a team can write by hand or from its own systems, and
/// read back: JSON (one object per product, its releases nested) or CSV (one row per
/// release, the product's columns repeated; a product without releases has one row with an
/// empty version). docs/product-catalogue.md documents both; `psirtdesk-cli products
/// import|export` and the Products page use them.
///
/// A file comes from outside: it is size-bounded, every field is checked, and a bad one is
/// refused with where it is (products[3].releases[1].version, line 7) before anything is
/// stored.
class CatalogueFile final
{
public:
    enum class Format { Json, Csv };
    static constexpr qsizetype maxBytes = 32 * 1024 * 1024;
    static constexpr qsizetype maxProducts = 20000;

    /// By the file name's extension (.csv is CSV, anything else JSON).
    static Format formatFor(const QString &fileName);
    static Result<QList<Product>> read(const QByteArray &data, Format format);
    static QByteArray write(const QList<Product> &products, Format format);
    /// The CSV header, in column order.
    static QStringList csvColumns();
};
