#include "ProductCatalogue.h"

#include "AuditLog.h"
#include "Database.h"
#include "StoredText.h"
#include "advisory/AdvisoryData.h"
#include "sbom/Cpe.h"
#include "sbom/PackageUrl.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using StoredText::sqlError;

namespace {

constexpr int kMaxReleases = 5000;

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Never a null QString: Qt binds it as SQL NULL, and these columns are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ProductCatalogue", text);
}

bool hasControl(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// One line of the audit trail per release: what it is now, in a form a reader can compare.
QString releaseSummary(const ProductRelease &r)
{
    QStringList parts {r.version};
    if (r.releasedOn.isValid())
        parts << u"released " + r.releasedOn.toString(Qt::ISODate);
    if (r.ownLifecycle) {
        parts << Product::lifecycleId(Product::Lifecycle(r.lifecycle));
        if (r.endOfLife.isValid())
            parts << u"eol " + r.endOfLife.toString(Qt::ISODate);
        if (r.obsolete.isValid())
            parts << u"obs " + r.obsolete.toString(Qt::ISODate);
    }
    if (!r.cpe.isEmpty())
        parts << r.cpe;
    if (!r.purl.isEmpty())
        parts << r.purl;
    return parts.join(QStringLiteral("; "));
}

QList<AuditLog::Entry> differences(const std::optional<Product> &before, const Product &after)
{
    QList<AuditLog::Entry> entries;
    const Product old = before.value_or(Product {});
    auto field = [&](const char *name, const QString &was, const QString &now) {
        if (was != now || !before)
            entries.append({QString::fromLatin1(name), before ? was : QString(), now});
    };
    field("name", old.name, after.name);
    field("product_line", old.productLine, after.productLine);
    field("vendor", old.vendor, after.vendor);
    field("third_party", old.thirdParty ? QStringLiteral("yes") : QStringLiteral("no"),
        after.thirdParty ? QStringLiteral("yes") : QStringLiteral("no"));
    field("lifecycle", Product::lifecycleId(old.lifecycle), Product::lifecycleId(after.lifecycle));
    field("eol_date", old.endOfLife.toString(Qt::ISODate), after.endOfLife.toString(Qt::ISODate));
    field("obsolete_date", old.obsolete.toString(Qt::ISODate), after.obsolete.toString(Qt::ISODate));
    field("cpe", old.cpe, after.cpe);
    field("purl", old.purl, after.purl);
    // Empty values of a new product say nothing.
    if (!before) {
        entries.removeIf([](const AuditLog::Entry &e) {
            return e.field != u"name"
                && (e.newValue.isEmpty() || e.newValue == u"no" || e.newValue == u"active");
        });
        entries.first().field = QStringLiteral("created");
    }
    QHash<QString, ProductRelease> oldReleases;
    for (const ProductRelease &r : old.releases)
        oldReleases.insert(r.version, r);
    for (const ProductRelease &r : after.releases) {
        const auto it = oldReleases.constFind(r.version);
        if (it == oldReleases.cend()) {
            entries.append({QStringLiteral("release_added"), {}, releaseSummary(r)});
        } else {
            ProductRelease was = *it;
            was.id = r.id;
            if (!(was == r))
                entries.append({QStringLiteral("release_changed"), releaseSummary(*it), releaseSummary(r)});
            oldReleases.remove(r.version);
        }
    }
    for (const ProductRelease &r : std::as_const(oldReleases))
        entries.append({QStringLiteral("release_removed"), releaseSummary(r), {}});
    return entries;
}

} // namespace

ProductCatalogue::ProductCatalogue(Database &db, AuditLog *audit)
    : m_db(db)
    , m_audit(audit)
{ }

Result<QList<Product>> ProductCatalogue::all() const
{
    using R = Result<QList<Product>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name, product_line, third_party, lifecycle, eol_date, obsolete_date,"
                           " vendor, cpe, purl FROM products ORDER BY product_line, name")))
        return R::failure(sqlError(q));
    QList<Product> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Product p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.productLine = q.value(2).toString();
        p.thirdParty = q.value(3).toInt() != 0;
        p.lifecycle = Product::lifecycleFromId(q.value(4).toString());
        p.endOfLife = dateOf(q.value(5));
        p.obsolete = dateOf(q.value(6));
        p.vendor = q.value(7).toString();
        p.cpe = q.value(8).toString();
        p.purl = q.value(9).toString();
        index.insert(p.id, list.size());
        list.append(p);
    }
    if (!q.exec(
            QStringLiteral("SELECT id, product_id, version, released_on, lifecycle, eol_date, obsolete_date,"
                           " cpe, purl FROM product_releases")))
        return R::failure(sqlError(q));
    while (q.next()) {
        const auto at = index.constFind(q.value(1).toLongLong());
        if (at == index.cend())
            continue;
        ProductRelease r;
        r.id = q.value(0).toLongLong();
        r.version = q.value(2).toString();
        r.releasedOn = dateOf(q.value(3));
        r.ownLifecycle = !q.value(4).isNull();
        r.lifecycle = r.ownLifecycle ? int(Product::lifecycleFromId(q.value(4).toString())) : 0;
        r.endOfLife = dateOf(q.value(5));
        r.obsolete = dateOf(q.value(6));
        r.cpe = q.value(7).toString();
        r.purl = q.value(8).toString();
        list[*at].releases.append(r);
    }
    for (Product &p : list) {
        std::sort(p.releases.begin(), p.releases.end(), [](const ProductRelease &a, const ProductRelease &b) {
            return AdvisoryData::compareVersions(a.version, b.version) < 0;
        });
    }
    return list;
}

Result<std::optional<Product>> ProductCatalogue::product(const QString &name) const
{
    using R = Result<std::optional<Product>>;
    const auto products = all();
    if (!products)
        return R::failure(products.error());
    for (const Product &p : *products) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return R(p);
    }
    return R(std::nullopt);
}

QString ProductCatalogue::validate(const Product &p)
{
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        return tr("A product needs a name.");
    if (name.size() > 200 || p.productLine.size() > 200 || p.vendor.size() > 200)
        return tr("“%1”: names, product lines and vendors are at most 200 characters.").arg(name.left(200));
    if (hasControl(p.name) || hasControl(p.productLine) || hasControl(p.vendor))
        return tr("“%1”: names may not contain line breaks or control characters.").arg(name.left(200));
    // The identifiers go into advisories as they are: each must be what its standard says.
    auto badIds = [](const QString &cpe, const QString &purl) -> QString {
        if (!cpe.isEmpty()) {
            if (!cpe.startsWith(u"cpe:2.3:"))
                return tr("the CPE must be a CPE 2.3 name (cpe:2.3:…)");
            if (const auto parsed = Cpe::parse(cpe); !parsed)
                return tr("the CPE is not valid: %1").arg(parsed.error());
        }
        if (!purl.isEmpty()) {
            if (const auto parsed = PackageUrl::parse(purl); !parsed)
                return tr("the package URL is not valid: %1").arg(parsed.error());
        }
        return {};
    };
    if (const QString problem = badIds(p.cpe, p.purl); !problem.isEmpty())
        return tr("“%1”: %2.").arg(name, problem);
    if (p.lifecycle == Product::Lifecycle::EndOfLife && !p.endOfLife.isValid())
        return tr("“%1”: an end-of-life product needs its EOL date.").arg(name);
    if (p.lifecycle == Product::Lifecycle::Obsolete && !p.obsolete.isValid() && !p.endOfLife.isValid())
        return tr("“%1”: an obsolete product needs its OBS date.").arg(name);
    if (p.releases.size() > kMaxReleases)
        return tr("“%1”: more than %2 releases.").arg(name).arg(kMaxReleases);
    QSet<QString> versions;
    for (const ProductRelease &r : p.releases) {
        const QString v = r.version.trimmed();
        if (v.isEmpty() || v.size() > 100 || hasControl(v))
            return tr("“%1”: a release needs a version of at most 100 characters.").arg(name);
        if (versions.contains(v.toLower()))
            return tr("“%1”: release %2 is listed twice.").arg(name, v);
        versions.insert(v.toLower());
        if (const QString problem = badIds(r.cpe, r.purl); !problem.isEmpty())
            return tr("“%1” %2: %3.").arg(name, v, problem);
        if (r.ownLifecycle && Product::Lifecycle(r.lifecycle) == Product::Lifecycle::EndOfLife
            && !r.endOfLife.isValid())
            return tr("“%1” %2: an end-of-life release needs its EOL date.").arg(name, v);
        if (r.ownLifecycle && Product::Lifecycle(r.lifecycle) == Product::Lifecycle::Obsolete
            && !r.obsolete.isValid() && !r.endOfLife.isValid())
            return tr("“%1” %2: an obsolete release needs its OBS date.").arg(name, v);
    }
    return {};
}

Result<qint64> ProductCatalogue::save(const Product &product)
{
    Result<qint64> id = Result<qint64>::failure({});
    const Status s = m_db.transaction([&]() -> Status {
        id = write(product);
        return id ? Status() : Status::failure(id.error());
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<int> ProductCatalogue::saveAll(const QList<Product> &products)
{
    int changed = 0;
    const Status s = m_db.transaction([&]() -> Status {
        for (const Product &p : products) {
            const auto id = write(p);
            if (!id)
                return Status::failure(id.error());
            ++changed;
        }
        return {};
    });
    if (!s)
        return Result<int>::failure(s.error());
    return changed;
}

Result<qint64> ProductCatalogue::write(const Product &input)
{
    using R = Result<qint64>;
    if (const QString problem = validate(input); !problem.isEmpty())
        return R::failure(problem);
    Product p = input;
    p.name = p.name.trimmed();
    p.vendor = p.vendor.trimmed();
    // Identifiers in their canonical spelling, so that matching compares like with like.
    auto canonicalCpe = [](const QString &cpe) { return cpe.isEmpty() ? cpe : Cpe::parse(cpe)->toString(); };
    auto canonicalPurl
        = [](const QString &purl) { return purl.isEmpty() ? purl : PackageUrl::parse(purl)->toString(); };
    p.cpe = canonicalCpe(p.cpe);
    p.purl = canonicalPurl(p.purl);
    for (ProductRelease &r : p.releases) {
        r.version = r.version.trimmed();
        r.cpe = canonicalCpe(r.cpe);
        r.purl = canonicalPurl(r.purl);
    }

    // What is stored now: by id when the product has one (a rename), else by name.
    std::optional<Product> before;
    {
        const auto products = all();
        if (!products)
            return R::failure(products.error());
        for (const Product &stored : *products) {
            if ((p.id > 0 && stored.id == p.id)
                || (p.id <= 0 && stored.name.compare(p.name, Qt::CaseInsensitive) == 0)) {
                before = stored;
                break;
            }
        }
    }
    QSqlQuery q(m_db.connection());
    if (before) {
        q.prepare(
            QStringLiteral("UPDATE products SET name = :name, product_line = :line, third_party = :third,"
                           " lifecycle = :life, eol_date = :eol, obsolete_date = :obs, vendor = :vendor,"
                           " cpe = :cpe, purl = :purl WHERE id = :id RETURNING id"));
        q.bindValue(QStringLiteral(":id"), before->id);
    } else {
        q.prepare(
            QStringLiteral("INSERT INTO products (name, product_line, third_party, lifecycle, eol_date,"
                           " obsolete_date, vendor, cpe, purl) VALUES (:name, :line, :third, :life, :eol,"
                           " :obs, :vendor, :cpe, :purl) RETURNING id"));
    }
    q.bindValue(QStringLiteral(":name"), p.name);
    q.bindValue(QStringLiteral(":line"), notNull(p.productLine));
    q.bindValue(QStringLiteral(":third"), p.thirdParty ? 1 : 0);
    q.bindValue(QStringLiteral(":life"), Product::lifecycleId(p.lifecycle));
    q.bindValue(QStringLiteral(":eol"), dateValue(p.endOfLife));
    q.bindValue(QStringLiteral(":obs"), dateValue(p.obsolete));
    q.bindValue(QStringLiteral(":vendor"), notNull(p.vendor));
    q.bindValue(QStringLiteral(":cpe"), notNull(p.cpe));
    q.bindValue(QStringLiteral(":purl"), notNull(p.purl));
    if (!q.exec() || !q.next())
        return R::failure(q.lastError().text().isEmpty() ? tr("The product was not stored.") : sqlError(q));
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    // Releases: the stored ones not listed any more go, the others are upserted by version.
    QSet<QString> keep;
    for (const ProductRelease &r : p.releases)
        keep.insert(r.version);
    if (before) {
        for (const ProductRelease &r : before->releases) {
            if (keep.contains(r.version))
                continue;
            q.prepare(QStringLiteral("DELETE FROM product_releases WHERE id = ?"));
            q.addBindValue(r.id);
            if (!q.exec())
                return R::failure(sqlError(q));
        }
    }
    q.prepare(QStringLiteral(
        "INSERT INTO product_releases (product_id, version, released_on, lifecycle, eol_date, obsolete_date,"
        " cpe, purl) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (product_id, version) DO UPDATE SET"
        " released_on = excluded.released_on, lifecycle = excluded.lifecycle, eol_date = excluded.eol_date,"
        " obsolete_date = excluded.obsolete_date, cpe = excluded.cpe, purl = excluded.purl"));
    for (const ProductRelease &r : p.releases) {
        q.addBindValue(id);
        q.addBindValue(r.version);
        q.addBindValue(dateValue(r.releasedOn));
        q.addBindValue(r.ownLifecycle ? QVariant(Product::lifecycleId(Product::Lifecycle(r.lifecycle)))
                                      : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(dateValue(r.endOfLife));
        q.addBindValue(dateValue(r.obsolete));
        q.addBindValue(notNull(r.cpe));
        q.addBindValue(notNull(r.purl));
        if (!q.exec())
            return R::failure(sqlError(q));
    }
    if (m_audit) {
        if (Status s = m_audit->recordTeam(TeamTopic::Products, p.name, differences(before, p)); !s)
            return R::failure(s.error());
    }
    return id;
}

Status ProductCatalogue::remove(const QString &name)
{
    return m_db.transaction([&]() -> Status {
        const auto stored = product(name);
        if (!stored)
            return Status::failure(stored.error());
        if (!*stored)
            return Status::failure(tr("“%1” is not in the product catalogue.").arg(name));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM products WHERE id = ?"));
        q.addBindValue((*stored)->id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (m_audit) {
            QList<AuditLog::Entry> entries {{QStringLiteral("removed"), (*stored)->name, {}}};
            for (const ProductRelease &r : (*stored)->releases)
                entries.append({QStringLiteral("release_removed"), releaseSummary(r), {}});
            return m_audit->recordTeam(TeamTopic::Products, (*stored)->name, entries);
        }
        return {};
    });
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
