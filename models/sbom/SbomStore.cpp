#include "SbomStore.h"

#include "Cpe.h"
#include "PackageUrl.h"
#include "VersionOrder.h"
#include "VersionRange.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"
#include "storage/StoredText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using StoredText::sqlError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SbomStore", text);
}

constexpr int kRowsPerInsert = 400; // 5,200 bound values: under SQLite's and PostgreSQL's limits

QString cpeKey(const QString &cpe)
{
    const auto parsed = Cpe::parse(cpe);
    return parsed ? parsed->vendor + u':' + parsed->product : QString();
}

QString purlKey(const QString &purl)
{
    const auto parsed = PackageUrl::parse(purl);
    return parsed ? parsed->withoutVersion() : QString();
}

// The version a component is at: its own, else its purl's.
QString versionOf(const SbomComponent &c)
{
    if (!c.version.isEmpty())
        return c.version;
    const auto parsed = PackageUrl::parse(c.purl);
    return parsed ? parsed->version : QString();
}

// Distance of every component from the subject, by breadth-first search over the edges,
// with the component each is first reached through.
struct Reach
{
    int depth = 0;
    QString via;
};

QHash<QString, Reach> reachFromSubject(const SbomDocument &doc)
{
    QHash<QString, QList<QString>> edges;
    for (const SbomDependency &d : doc.dependencies)
        edges[d.from].append(d.to);
    QHash<QString, Reach> reach;
    if (doc.subjectRef.isEmpty())
        return reach;
    QList<QString> frontier {doc.subjectRef};
    int depth = 0;
    while (!frontier.isEmpty()) {
        ++depth;
        QList<QString> next;
        for (const QString &from : std::as_const(frontier)) {
            for (const QString &to : edges.value(from)) {
                if (to == doc.subjectRef || reach.contains(to))
                    continue;
                reach.insert(to, {depth, from == doc.subjectRef ? QString() : from});
                next.append(to);
            }
        }
        frontier = next;
    }
    return reach;
}

QString insertComponents(int rows)
{
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return QStringLiteral(
               "INSERT INTO sbom_components (sbom_id, ref, name, version, purl, cpe, supplier, type,"
               " name_key, purl_key, cpe_key, depth, via_ref) VALUES ")
        + values.join(u',');
}

// A PostgreSQL array literal of text values, each quoted (backslash and double quote
// escaped), bound as one parameter; emptyIsNull writes an empty value as NULL.
QString pgArray(const QStringList &values, bool emptyIsNull)
{
    QString out;
    out.reserve(values.size() * 24 + 2);
    out.append(u'{');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append(u',');
        const QString &v = values.at(i);
        if (emptyIsNull && v.isEmpty()) {
            out.append(QLatin1StringView("NULL"));
            continue;
        }
        out.append(u'"');
        for (const QChar ch : v) {
            if (ch == u'"' || ch == u'\\')
                out.append(u'\\');
            out.append(ch);
        }
        out.append(u'"');
    }
    out.append(u'}');
    return out;
}

// SQLite: components and edges in multi-row inserts, one statement per 400 rows.
Status insertSqlite(
    const QSqlDatabase &conn, qint64 sbomId, const SbomDocument &doc, const QHash<QString, Reach> &reach)
{
    const auto &components = doc.components;
    // The full-size statement is prepared once (SQLite spends ~40 ms preparing 5,200
    // placeholders, bench-sbom); only the last, shorter chunk needs one of its own.
    QSqlQuery full(conn);
    int fullPrepared = 0;
    for (qsizetype start = 0; start < components.size(); start += kRowsPerInsert) {
        const int rows = int(std::min<qsizetype>(kRowsPerInsert, components.size() - start));
        QSqlQuery partial(conn);
        QSqlQuery &insert = rows == kRowsPerInsert ? full : partial;
        if ((rows != kRowsPerInsert || fullPrepared == 0) && !insert.prepare(insertComponents(rows)))
            return Status::failure(sqlError(insert));
        if (rows == kRowsPerInsert)
            fullPrepared = rows;
        int col = 0;
        // Never a null QString: Qt binds it as SQL NULL, and these columns are NOT NULL.
        const auto text = [](const QString &v) { return v.isNull() ? QStringLiteral("") : v; };
        for (qsizetype i = start; i < start + rows; ++i) {
            const SbomComponent &c = components.at(i);
            const auto r = reach.constFind(c.ref);
            insert.bindValue(col++, sbomId);
            insert.bindValue(col++, c.ref);
            insert.bindValue(col++, text(c.name));
            insert.bindValue(col++, text(versionOf(c)));
            insert.bindValue(col++, text(c.purl));
            insert.bindValue(col++, text(c.cpe));
            insert.bindValue(col++, text(c.supplier));
            insert.bindValue(col++, text(c.type));
            insert.bindValue(col++, text(c.name.toLower()));
            insert.bindValue(col++, text(purlKey(c.purl)));
            insert.bindValue(col++, text(cpeKey(c.cpe)));
            insert.bindValue(
                col++, r == reach.cend() ? QVariant(QMetaType::fromType<int>()) : QVariant(r->depth));
            insert.bindValue(col++,
                r == reach.cend() || r->via.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                      : QVariant(r->via));
        }
        if (!insert.exec())
            return Status::failure(sqlError(insert));
    }
    for (qsizetype start = 0; start < doc.dependencies.size(); start += kRowsPerInsert) {
        const int rows = int(std::min<qsizetype>(kRowsPerInsert, doc.dependencies.size() - start));
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values.append(QStringLiteral("(?, ?, ?)"));
        QSqlQuery insert(conn);
        if (!insert.prepare(
                QStringLiteral("INSERT INTO sbom_dependencies (sbom_id, from_ref, to_ref) VALUES ")
                + values.join(u',')))
            return Status::failure(sqlError(insert));
        int col = 0;
        for (qsizetype i = start; i < start + rows; ++i) {
            insert.bindValue(col++, sbomId);
            insert.bindValue(col++, doc.dependencies.at(i).from);
            insert.bindValue(col++, doc.dependencies.at(i).to);
        }
        if (!insert.exec())
            return Status::failure(sqlError(insert));
    }
    return {};
}

QString summaryText(const SbomSummary &s)
{
    return QStringLiteral("%1, %2 components, sha256 %3").arg(s.format).arg(s.components).arg(s.sha256);
}

} // namespace

SbomStore::SbomStore(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{ }

Result<SbomSummary> SbomStore::import(
    const QString &productName, const QString &releaseName, const QByteArray &json)
{
    using R = Result<SbomSummary>;
    const auto product = ProductCatalogue(m_db).product(productName);
    if (!product)
        return R::failure(product.error());
    if (!*product)
        return R::failure(tr("“%1” is not in the product catalogue.").arg(productName.left(200)));
    const ProductRelease *release = (*product)->release(releaseName);
    if (!release)
        return R::failure(tr("%1 has no release “%2” in the catalogue; add it on the Products page first.")
                .arg((*product)->name, releaseName.left(100)));
    const auto doc = SbomDocument::parse(json);
    if (!doc)
        return R::failure(doc.error());

    SbomSummary summary;
    summary.product = (*product)->name;
    summary.release = release->version;
    summary.format = SbomDocument::formatName(doc->format) + u' ' + doc->specVersion;
    summary.subject = QString(doc->subjectName + u' ' + doc->subjectVersion).trimmed();
    summary.components = int(doc->components.size());
    summary.sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    summary.importedAt = Clock::nowUtc();
    summary.importedBy = Analyst::current();
    const QHash<QString, Reach> reach = reachFromSubject(*doc);

    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        // What it replaces, for the audit trail.
        QString replaced;
        q.prepare(QStringLiteral(
            "SELECT format, spec_version, component_count, sha256 FROM sboms WHERE release_id = ?"));
        q.addBindValue(release->id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.next())
            replaced = summaryText({0, {}, {}, q.value(0).toString() + u' ' + q.value(1).toString(), {},
                q.value(2).toInt(), q.value(3).toString(), {}, {}});
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM sboms WHERE release_id = ?"));
        q.addBindValue(release->id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        q.prepare(
            QStringLiteral("INSERT INTO sboms (release_id, format, spec_version, serial, subject, created_at,"
                           " sha256, component_count, imported_at, imported_by)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(release->id);
        q.addBindValue(SbomDocument::formatName(doc->format));
        q.addBindValue(doc->specVersion);
        q.addBindValue(QString(u"" + doc->serial.left(1000)));
        q.addBindValue(QString(u"" + summary.subject.left(1000)));
        q.addBindValue(doc->created.isValid() ? QVariant(doc->created.toMSecsSinceEpoch())
                                              : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(summary.sha256);
        q.addBindValue(summary.components);
        q.addBindValue(summary.importedAt.toMSecsSinceEpoch());
        q.addBindValue(StoredText::enc(summary.importedBy));
        if (!q.exec() || !q.next())
            return Status::failure(sqlError(q));
        summary.id = q.value(0).toLongLong();
        q.finish();

        const auto &components = doc->components;
        if (m_db.backend() == Database::Backend::PostgreSQL) {
            // One statement per table: each column as one array parameter, unnested by the
            // server (half the time of 400-row multi-row inserts, bench-sbom).
            QList<QStringList> columns(10);
            QStringList depth;
            QStringList via;
            for (const SbomComponent &c : components) {
                const auto r = reach.constFind(c.ref);
                const QString values[] = {c.ref, c.name, versionOf(c), c.purl, c.cpe, c.supplier, c.type,
                    c.name.toLower(), purlKey(c.purl), cpeKey(c.cpe)};
                for (int i = 0; i < 10; ++i)
                    columns[i].append(values[i].isNull() ? QStringLiteral("") : values[i]);
                depth.append(r == reach.cend() ? QString() : QString::number(r->depth));
                via.append(r == reach.cend() ? QString() : r->via);
            }
            QSqlQuery insert(m_db.connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO sbom_components (sbom_id, ref, name, version, purl, cpe, supplier, type,"
                " name_key, purl_key, cpe_key, depth, via_ref) SELECT ?, * FROM unnest(?::text[], ?::text[],"
                " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                " ?::int[], ?::text[])"));
            insert.addBindValue(summary.id);
            for (const QStringList &column : std::as_const(columns))
                insert.addBindValue(pgArray(column, false));
            insert.addBindValue(pgArray(depth, true));
            insert.addBindValue(pgArray(via, true));
            if (!insert.exec())
                return Status::failure(sqlError(insert));
            QStringList from;
            QStringList to;
            for (const auto &d : doc->dependencies) {
                from.append(d.from);
                to.append(d.to);
            }
            QSqlQuery edges(m_db.connection());
            edges.prepare(QStringLiteral("INSERT INTO sbom_dependencies (sbom_id, from_ref, to_ref)"
                                         " SELECT ?, * FROM unnest(?::text[], ?::text[])"));
            edges.addBindValue(summary.id);
            edges.addBindValue(pgArray(from, false));
            edges.addBindValue(pgArray(to, false));
            if (!edges.exec())
                return Status::failure(sqlError(edges));
        } else if (const Status inserted = insertSqlite(m_db.connection(), summary.id, *doc, reach);
            !inserted) {
            return inserted;
        }
        return m_audit.recordTeam(TeamTopic::Sboms, summary.product + u' ' + summary.release,
            {{QStringLiteral("sbom"), replaced, summaryText(summary)}});
    });
    if (!s)
        return R::failure(s.error());
    return summary;
}

Result<QList<SbomSummary>> SbomStore::list() const
{
    using R = Result<QList<SbomSummary>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.id, p.name, r.version, s.format, s.spec_version, s.subject,"
                               " s.component_count, s.sha256, s.imported_at, s.imported_by FROM sboms s"
                               " JOIN product_releases r ON r.id = s.release_id"
                               " JOIN products p ON p.id = r.product_id ORDER BY p.name, s.id")))
        return R::failure(sqlError(q));
    QList<SbomSummary> list;
    while (q.next()) {
        SbomSummary s;
        s.id = q.value(0).toLongLong();
        s.product = q.value(1).toString();
        s.release = q.value(2).toString();
        s.format = q.value(3).toString() + u' ' + q.value(4).toString();
        s.subject = q.value(5).toString();
        s.components = q.value(6).toInt();
        s.sha256 = q.value(7).toString();
        s.importedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::UTC);
        s.importedBy = StoredText::dec(q.value(9));
        list.append(s);
    }
    return list;
}

Status SbomStore::remove(const QString &productName, const QString &releaseName)
{
    return m_db.transaction([&]() -> Status {
        const auto product = ProductCatalogue(m_db).product(productName);
        if (!product)
            return Status::failure(product.error());
        const ProductRelease *release = *product ? (*product)->release(releaseName) : nullptr;
        if (!release)
            return Status::failure(
                tr("There is no release “%1 %2” in the catalogue.").arg(productName, releaseName));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM sboms WHERE release_id = ? RETURNING format, spec_version,"
                                 " component_count, sha256"));
        q.addBindValue(release->id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (!q.next())
            return Status::failure(tr("%1 %2 has no SBOM.").arg((*product)->name, release->version));
        const QString was = summaryText({0, {}, {}, q.value(0).toString() + u' ' + q.value(1).toString(), {},
            q.value(2).toInt(), q.value(3).toString(), {}, {}});
        q.finish();
        return m_audit.recordTeam(TeamTopic::Sboms, (*product)->name + u' ' + release->version,
            {{QStringLiteral("sbom"), was, {}}});
    });
}

Result<QList<WhereUsedHit>> SbomStore::whereUsed(const QString &rawQuery, const QString &rangeText) const
{
    using R = Result<QList<WhereUsedHit>>;
    const QString query = rawQuery.trimmed();
    if (query.isEmpty())
        return R::failure(tr("Say what to look for: a package URL, a CPE or a component name."));
    std::optional<VersionRange> range;
    if (!rangeText.trimmed().isEmpty()) {
        auto parsed = VersionRange::parse(rangeText.trimmed());
        if (!parsed)
            return R::failure(tr("Not a version range: %1").arg(parsed.error()));
        range = *parsed;
    }
    QString column;
    QString key;
    QString exactVersion;
    VersionOrder::Scheme scheme = range ? range->scheme() : VersionOrder::Scheme::Generic;
    std::optional<Cpe> pattern;
    if (query.startsWith(u"pkg:", Qt::CaseInsensitive)) {
        const auto purl = PackageUrl::parse(query);
        if (!purl)
            return R::failure(tr("Not a package URL: %1").arg(purl.error()));
        column = QStringLiteral("purl_key");
        key = purl->withoutVersion();
        exactVersion = purl->version;
        if (!range)
            scheme = VersionOrder::schemeForPurlType(purl->type);
    } else if (query.startsWith(u"cpe:", Qt::CaseInsensitive)) {
        const auto cpe = Cpe::parse(query);
        if (!cpe)
            return R::failure(tr("Not a CPE: %1").arg(cpe.error()));
        if (cpe->vendor.contains(u'*') || cpe->product.contains(u'*') || cpe->vendor.contains(u'?')
            || cpe->product.contains(u'?'))
            return R::failure(tr("Name the CPE's vendor and product; only the other fields may be “*”."));
        column = QStringLiteral("cpe_key");
        key = cpe->vendor + u':' + cpe->product;
        pattern = *cpe;
    } else {
        if (query.size() > SbomDocument::maxText)
            return R::failure(tr("The component name is too long."));
        column = QStringLiteral("name_key");
        key = query.toLower();
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // column is one of three names above, never input.
    q.prepare(QStringLiteral(
                  "SELECT p.name, r.version, c.name, c.version, c.purl, c.cpe, c.depth, v.name, v.version"
                  " FROM sbom_components c JOIN sboms s ON s.id = c.sbom_id"
                  " JOIN product_releases r ON r.id = s.release_id JOIN products p ON p.id = r.product_id"
                  " LEFT JOIN sbom_components v ON v.sbom_id = c.sbom_id AND v.ref = c.via_ref"
                  " WHERE c.")
        + column + QStringLiteral(" = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return R::failure(sqlError(q));
    QList<WhereUsedHit> hits;
    while (q.next()) {
        WhereUsedHit h;
        h.product = q.value(0).toString();
        h.release = q.value(1).toString();
        h.component = q.value(2).toString();
        h.version = q.value(3).toString();
        h.purl = q.value(4).toString();
        h.cpe = q.value(5).toString();
        h.depth = q.value(6).isNull() ? 0 : q.value(6).toInt();
        if (!q.value(7).isNull())
            h.via = QString(q.value(7).toString() + u' ' + q.value(8).toString()).trimmed();
        if (!exactVersion.isEmpty()
            && VersionOrder::compare(
                   scheme, VersionOrder::comparable(h.version), VersionOrder::comparable(exactVersion))
                != 0)
            continue;
        if (pattern) {
            const auto concrete = Cpe::parse(h.cpe);
            if (!concrete || !pattern->matches(*concrete))
                continue;
        }
        if (range && !range->contains(VersionOrder::comparable(h.version)))
            continue;
        hits.append(h);
    }
    std::sort(hits.begin(), hits.end(), [](const WhereUsedHit &a, const WhereUsedHit &b) {
        if (a.product != b.product)
            return a.product < b.product;
        if (const int c = VersionOrder::compareGeneric(a.release, b.release); c != 0)
            return c < 0;
        return std::tie(a.component, a.version) < std::tie(b.component, b.version);
    });
    return hits;
}
