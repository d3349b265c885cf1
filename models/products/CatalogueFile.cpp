#include "CatalogueFile.h"

#include "export/CsvReader.h"
#include "export/CsvWriter.h"
#include "storage/ProductCatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kFormatName = QStringLiteral("psirtdesk-products");

// "line L, column C" for a JSON syntax error at a byte offset.
QString position(const QByteArray &data, int offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("CatalogueFile", "line %1, column %2").arg(line).arg(column);
}

struct Reader
{
    QString error;

    QString text(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(where + u'.' + QLatin1StringView(key),
                QCoreApplication::translate("CatalogueFile", "not a string"));
            return {};
        }
        return v.toString();
    }
    QDate date(const QString &value, const QString &where)
    {
        if (value.isEmpty())
            return {};
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid() || value.size() != 10)
            fail(where,
                QCoreApplication::translate("CatalogueFile", "“%1” is not a date (YYYY-MM-DD)")
                    .arg(value.left(40)));
        return d;
    }
    std::optional<Product::Lifecycle> lifecycle(const QString &value, const QString &where)
    {
        if (value.isEmpty())
            return std::nullopt;
        const QString id = value.trimmed().toLower();
        if (id == u"active")
            return Product::Lifecycle::Active;
        if (id == u"end-of-life" || id == u"eol")
            return Product::Lifecycle::EndOfLife;
        if (id == u"obsolete" || id == u"obs")
            return Product::Lifecycle::Obsolete;
        fail(where,
            QCoreApplication::translate(
                "CatalogueFile", "“%1” is not a lifecycle (active, end-of-life, obsolete)")
                .arg(value.left(40)));
        return std::nullopt;
    }
    bool flag(const QString &value, const QString &where)
    {
        const QString v = value.trimmed().toLower();
        if (v.isEmpty() || v == u"no" || v == u"false" || v == u"0")
            return false;
        if (v == u"yes" || v == u"true" || v == u"1")
            return true;
        fail(
            where, QCoreApplication::translate("CatalogueFile", "“%1” is not yes or no").arg(value.left(40)));
        return false;
    }
    void fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = where + u": " + what;
    }
};

QJsonObject releaseJson(const ProductRelease &r)
{
    QJsonObject o {{QStringLiteral("version"), r.version}};
    if (r.releasedOn.isValid())
        o.insert(QStringLiteral("releasedOn"), r.releasedOn.toString(Qt::ISODate));
    if (r.ownLifecycle)
        o.insert(QStringLiteral("lifecycle"), Product::lifecycleId(Product::Lifecycle(r.lifecycle)));
    if (r.endOfLife.isValid())
        o.insert(QStringLiteral("eolDate"), r.endOfLife.toString(Qt::ISODate));
    if (r.obsolete.isValid())
        o.insert(QStringLiteral("obsoleteDate"), r.obsolete.toString(Qt::ISODate));
    if (!r.cpe.isEmpty())
        o.insert(QStringLiteral("cpe"), r.cpe);
    if (!r.purl.isEmpty())
        o.insert(QStringLiteral("purl"), r.purl);
    return o;
}

QJsonObject productJson(const Product &p)
{
    QJsonObject o {{QStringLiteral("name"), p.name}};
    if (!p.productLine.isEmpty())
        o.insert(QStringLiteral("productLine"), p.productLine);
    if (!p.vendor.isEmpty())
        o.insert(QStringLiteral("vendor"), p.vendor);
    if (p.thirdParty)
        o.insert(QStringLiteral("thirdParty"), true);
    o.insert(QStringLiteral("lifecycle"), Product::lifecycleId(p.lifecycle));
    if (p.endOfLife.isValid())
        o.insert(QStringLiteral("eolDate"), p.endOfLife.toString(Qt::ISODate));
    if (p.obsolete.isValid())
        o.insert(QStringLiteral("obsoleteDate"), p.obsolete.toString(Qt::ISODate));
    if (!p.cpe.isEmpty())
        o.insert(QStringLiteral("cpe"), p.cpe);
    if (!p.purl.isEmpty())
        o.insert(QStringLiteral("purl"), p.purl);
    QJsonArray releases;
    for (const ProductRelease &r : p.releases)
        releases.append(releaseJson(r));
    o.insert(QStringLiteral("releases"), releases);
    return o;
}

Result<QList<Product>> readJson(const QByteArray &data)
{
    using R = Result<QList<Product>>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(position(data, error.offset) + u": " + error.errorString());
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != kFormatName)
        return R::failure(QCoreApplication::translate("CatalogueFile",
            "Not a PSIRT Desk product catalogue: the top level must be an object with "
            "\"format\": \"psirtdesk-products\"."));
    const QJsonValue productsValue = doc.object().value(QStringLiteral("products"));
    if (!productsValue.isArray())
        return R::failure(QCoreApplication::translate("CatalogueFile", "products: not a list"));
    const QJsonArray array = productsValue.toArray();
    if (array.size() > CatalogueFile::maxProducts)
        return R::failure(QCoreApplication::translate("CatalogueFile", "More than %1 products.")
                .arg(CatalogueFile::maxProducts));
    Reader in;
    QList<Product> products;
    for (qsizetype i = 0; i < array.size() && in.error.isEmpty(); ++i) {
        const QString where = QStringLiteral("products[%1]").arg(i);
        if (!array.at(i).isObject())
            return R::failure(where + u": " + QCoreApplication::translate("CatalogueFile", "not an object"));
        const QJsonObject o = array.at(i).toObject();
        Product p;
        p.name = in.text(o, "name", where);
        p.productLine = in.text(o, "productLine", where);
        p.vendor = in.text(o, "vendor", where);
        const QJsonValue third = o.value(QStringLiteral("thirdParty"));
        if (!third.isUndefined() && !third.isBool())
            in.fail(
                where + u".thirdParty", QCoreApplication::translate("CatalogueFile", "not true or false"));
        p.thirdParty = third.toBool();
        p.lifecycle = in.lifecycle(in.text(o, "lifecycle", where), where + u".lifecycle")
                          .value_or(Product::Lifecycle::Active);
        p.endOfLife = in.date(in.text(o, "eolDate", where), where + u".eolDate");
        p.obsolete = in.date(in.text(o, "obsoleteDate", where), where + u".obsoleteDate");
        p.cpe = in.text(o, "cpe", where);
        p.purl = in.text(o, "purl", where);
        const QJsonValue releasesValue = o.value(QStringLiteral("releases"));
        if (!releasesValue.isUndefined() && !releasesValue.isArray())
            in.fail(where + u".releases", QCoreApplication::translate("CatalogueFile", "not a list"));
        const QJsonArray releases = releasesValue.toArray();
        for (qsizetype j = 0; j < releases.size() && in.error.isEmpty(); ++j) {
            const QString rw = where + QStringLiteral(".releases[%1]").arg(j);
            if (!releases.at(j).isObject()) {
                in.fail(rw, QCoreApplication::translate("CatalogueFile", "not an object"));
                break;
            }
            const QJsonObject ro = releases.at(j).toObject();
            ProductRelease r;
            r.version = in.text(ro, "version", rw);
            r.releasedOn = in.date(in.text(ro, "releasedOn", rw), rw + u".releasedOn");
            if (const auto life = in.lifecycle(in.text(ro, "lifecycle", rw), rw + u".lifecycle")) {
                r.ownLifecycle = true;
                r.lifecycle = int(*life);
            }
            r.endOfLife = in.date(in.text(ro, "eolDate", rw), rw + u".eolDate");
            r.obsolete = in.date(in.text(ro, "obsoleteDate", rw), rw + u".obsoleteDate");
            r.cpe = in.text(ro, "cpe", rw);
            r.purl = in.text(ro, "purl", rw);
            p.releases.append(r);
        }
        if (in.error.isEmpty()) {
            if (const QString problem = ProductCatalogue::validate(p); !problem.isEmpty())
                in.fail(where, problem);
        }
        products.append(p);
    }
    if (!in.error.isEmpty())
        return R::failure(in.error);
    return products;
}

enum Column {
    ProductName,
    ProductLine,
    Vendor,
    ThirdParty,
    Lifecycle,
    EolDate,
    ObsoleteDate,
    Cpe,
    Purl,
    Version,
    ReleasedOn,
    ReleaseLifecycle,
    ReleaseEolDate,
    ReleaseObsoleteDate,
    ReleaseCpe,
    ReleasePurl,
    ColumnCount
};

Result<QList<Product>> readCsv(const QByteArray &data)
{
    using R = Result<QList<Product>>;
    const auto rows = CsvReader::read(data);
    if (!rows)
        return R::failure(rows.error());
    if (rows->isEmpty())
        return QList<Product> {};
    // Columns by name, in any order; unknown ones are refused so a typo does not lose data.
    QHash<int, qsizetype> at;
    const QStringList names = CatalogueFile::csvColumns();
    const QStringList header = rows->first();
    for (qsizetype c = 0; c < header.size(); ++c) {
        const qsizetype known = names.indexOf(header.at(c).trimmed().toLower());
        if (known < 0)
            return R::failure(QCoreApplication::translate(
                "CatalogueFile", "line 1: unknown column “%1”; the columns are: %2")
                    .arg(header.at(c).left(60), names.join(QStringLiteral(", "))));
        at.insert(int(known), c);
    }
    if (!at.contains(ProductName))
        return R::failure(
            QCoreApplication::translate("CatalogueFile", "line 1: the column “product” is missing"));
    Reader in;
    QList<Product> products;
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 1; i < rows->size() && in.error.isEmpty(); ++i) {
        const QStringList &row = rows->at(i);
        const QString where = QCoreApplication::translate("CatalogueFile", "line %1").arg(i + 1);
        auto cell = [&](Column c) {
            return at.contains(c) && at[c] < row.size() ? row.at(at[c]).trimmed() : QString();
        };
        const QString name = cell(ProductName);
        if (name.isEmpty()) {
            in.fail(where, QCoreApplication::translate("CatalogueFile", "the product name is empty"));
            break;
        }
        qsizetype index = byName.value(name.toLower(), -1);
        if (index < 0) {
            if (products.size() >= CatalogueFile::maxProducts) {
                in.fail(where,
                    QCoreApplication::translate("CatalogueFile", "more than %1 products")
                        .arg(CatalogueFile::maxProducts));
                break;
            }
            Product p;
            p.name = name;
            p.productLine = cell(ProductLine);
            p.vendor = cell(Vendor);
            p.thirdParty = in.flag(cell(ThirdParty), where);
            p.lifecycle = in.lifecycle(cell(Lifecycle), where).value_or(Product::Lifecycle::Active);
            p.endOfLife = in.date(cell(EolDate), where);
            p.obsolete = in.date(cell(ObsoleteDate), where);
            p.cpe = cell(Cpe);
            p.purl = cell(Purl);
            index = products.size();
            byName.insert(name.toLower(), index);
            products.append(p);
        }
        if (const QString version = cell(Version); !version.isEmpty()) {
            ProductRelease r;
            r.version = version;
            r.releasedOn = in.date(cell(ReleasedOn), where);
            if (const auto life = in.lifecycle(cell(ReleaseLifecycle), where)) {
                r.ownLifecycle = true;
                r.lifecycle = int(*life);
            }
            r.endOfLife = in.date(cell(ReleaseEolDate), where);
            r.obsolete = in.date(cell(ReleaseObsoleteDate), where);
            r.cpe = cell(ReleaseCpe);
            r.purl = cell(ReleasePurl);
            products[index].releases.append(r);
            if (const QString problem = ProductCatalogue::validate(products[index]); !problem.isEmpty())
                in.fail(where, problem);
        }
    }
    for (qsizetype i = 0; i < products.size() && in.error.isEmpty(); ++i) {
        if (const QString problem = ProductCatalogue::validate(products.at(i)); !problem.isEmpty())
            in.fail(QStringLiteral("“%1”").arg(products.at(i).name), problem);
    }
    if (!in.error.isEmpty())
        return R::failure(in.error);
    return products;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList CatalogueFile::csvColumns()
{
    return {QStringLiteral("product"), QStringLiteral("product_line"), QStringLiteral("vendor"),
        QStringLiteral("third_party"), QStringLiteral("lifecycle"), QStringLiteral("eol_date"),
        QStringLiteral("obsolete_date"), QStringLiteral("cpe"), QStringLiteral("purl"),
        QStringLiteral("version"), QStringLiteral("released_on"), QStringLiteral("release_lifecycle"),
        QStringLiteral("release_eol_date"), QStringLiteral("release_obsolete_date"),
        QStringLiteral("release_cpe"), QStringLiteral("release_purl")};
}

CatalogueFile::Format CatalogueFile::formatFor(const QString &fileName)
{
    return fileName.endsWith(u".csv", Qt::CaseInsensitive) ? Format::Csv : Format::Json;
}

Result<QList<Product>> CatalogueFile::read(const QByteArray &data, Format format)
{
    if (data.size() > maxBytes)
        return Result<QList<Product>>::failure(
            QCoreApplication::translate("CatalogueFile", "The file is %1 MiB; a catalogue is at most %2 MiB.")
                .arg(data.size() / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024)));
    return format == Format::Csv ? readCsv(data) : readJson(data);
}

QByteArray CatalogueFile::write(const QList<Product> &products, Format format)
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const Product &p : products)
            array.append(productJson(p));
        const QJsonObject root {{QStringLiteral("format"), kFormatName}, {QStringLiteral("version"), 1},
            {QStringLiteral("products"), array}};
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    QList<QStringList> rows;
    for (const Product &p : products) {
        const QStringList product {p.name, p.productLine, p.vendor,
            p.thirdParty ? QStringLiteral("yes") : QStringLiteral("no"), Product::lifecycleId(p.lifecycle),
            dateText(p.endOfLife), dateText(p.obsolete), p.cpe, p.purl};
        if (p.releases.isEmpty())
            rows.append(product
                + QStringList {QString(), QString(), QString(), QString(), QString(), QString(), QString()});
        for (const ProductRelease &r : p.releases) {
            rows.append(product
                + QStringList {r.version, dateText(r.releasedOn),
                    r.ownLifecycle ? Product::lifecycleId(Product::Lifecycle(r.lifecycle)) : QString(),
                    dateText(r.endOfLife), dateText(r.obsolete), r.cpe, r.purl});
        }
    }
    return CsvWriter(CsvWriter::Options {}).write(csvColumns(), rows);
}
