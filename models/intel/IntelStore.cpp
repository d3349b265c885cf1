#include "IntelStore.h"

#include "CveListReader.h"
#include "EpssScores.h"
#include "FeedArchive.h"
#include "KevCatalog.h"
#include "OsvReader.h"
#include "VulnRecord.h"
#include "advisory/AdvisoryStore.h"
#include "advisory/CweCatalog.h"
#include "core/Analyst.h"
#include "core/Case.h"
#include "core/Clock.h"
#include "sbom/Cpe.h"
#include "sbom/PackageUrl.h"
#include "sbom/VersionRange.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/StoredText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>

using StoredText::sqlError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IntelStore", text);
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The purl an OSV package names, without version: its own, or built from the ecosystem.
QString purlKey(const VulnAffected &a)
{
    if (!a.purl.isEmpty()) {
        const auto parsed = PackageUrl::parse(a.purl);
        return parsed ? parsed->withoutVersion() : QString();
    }
    if (a.ecosystem.isEmpty() || a.packageName.isEmpty())
        return {};
    const QString ecosystem = a.ecosystem.section(u':', 0, 0);
    static const QHash<QString, QString> types {{QStringLiteral("npm"), QStringLiteral("npm")},
        {QStringLiteral("PyPI"), QStringLiteral("pypi")}, {QStringLiteral("Maven"), QStringLiteral("maven")},
        {QStringLiteral("Go"), QStringLiteral("golang")},
        {QStringLiteral("crates.io"), QStringLiteral("cargo")},
        {QStringLiteral("RubyGems"), QStringLiteral("gem")},
        {QStringLiteral("NuGet"), QStringLiteral("nuget")},
        {QStringLiteral("Packagist"), QStringLiteral("composer")},
        {QStringLiteral("Hex"), QStringLiteral("hex")}, {QStringLiteral("Pub"), QStringLiteral("pub")},
        {QStringLiteral("Debian"), QStringLiteral("deb")}, {QStringLiteral("Alpine"), QStringLiteral("apk")}};
    const QString type = types.value(ecosystem);
    if (type.isEmpty())
        return {};
    PackageUrl p;
    p.type = type;
    QString name = a.packageName;
    if (type == u"maven") {
        p.nameSpace = name.section(u':', 0, 0);
        p.name = name.section(u':', 1);
    } else if (type == u"deb" || type == u"apk") {
        p.nameSpace = type == u"deb" ? QStringLiteral("debian") : QStringLiteral("alpine");
        p.name = name;
    } else if (const qsizetype slash = name.lastIndexOf(u'/'); slash > 0) {
        p.nameSpace = name.left(slash);
        p.name = name.mid(slash + 1);
    } else {
        p.name = name;
    }
    const auto built = PackageUrl::fromComponents(p);
    return built ? built->withoutVersion() : QString();
}

VersionOrder::Scheme schemeOf(const VulnAffected &a)
{
    if (!a.ecosystem.isEmpty())
        return VersionOrder::schemeForOsvEcosystem(a.ecosystem);
    if (a.versionType.compare(u"semver", Qt::CaseInsensitive) == 0)
        return VersionOrder::Scheme::Semver;
    if (!a.purl.isEmpty()) {
        if (const auto parsed = PackageUrl::parse(a.purl))
            return VersionOrder::schemeForPurlType(parsed->type);
    }
    return VersionOrder::Scheme::Generic;
}

// The affected versions of one package as vers ranges, one per line.
QString rangesOf(const VulnAffected &a)
{
    const VersionOrder::Scheme scheme = schemeOf(a);
    QStringList ranges;
    for (const VulnRange &r : a.ranges) {
        if (r.type.compare(u"GIT", Qt::CaseInsensitive) == 0)
            continue; // commits, not versions
        const VersionRange range = VersionRange::fromOsvEvents(scheme, r.events);
        if (!range.isEmpty())
            ranges.append(range.toString());
    }
    for (const QString &v : a.versions)
        ranges.append(VersionRange::exactly(scheme, v).toString());
    if (ranges.isEmpty() && a.defaultAffected)
        ranges.append(VersionRange::all(scheme).toString());
    ranges.removeDuplicates();
    return ranges.join(u'\n');
}

QString cweText(const QStringList &cwes)
{
    return cwes.join(u',');
}

QList<int> cwesOf(const QString &stored)
{
    QList<int> out;
    for (const QString &c : stored.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = QString(c).remove(QStringLiteral("CWE-")).toInt(&ok);
        if (ok && n > 0)
            out.append(n);
    }
    return out;
}

} // namespace

QString CveIntel::text() const
{
    QStringList parts;
    if (hasEpss) {
        parts << QCoreApplication::translate("IntelStore", "EPSS %1 (%2th percentile, %3)")
                     .arg(QLocale().toString(epss, 'f', 3), QLocale().toString(percentile * 100, 'f', 1),
                         epssDate);
    }
    if (onKev) {
        parts << (ransomware
                ? QCoreApplication::translate("IntelStore", "KEV since %1, due %2, used by ransomware")
                : QCoreApplication::translate("IntelStore", "KEV since %1, due %2"))
                     .arg(kevAdded.toString(Qt::ISODate), kevDue.toString(Qt::ISODate));
    }
    return parts.join(QStringLiteral(" · "));
}

QString UpstreamAlert::stateId(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Case:
        return QStringLiteral("case");
    case State::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

UpstreamAlert::State UpstreamAlert::stateFromId(const QString &id)
{
    return id == u"case" ? State::Case : id == u"dismissed" ? State::Dismissed : State::Open;
}

QString UpstreamAlert::stateName(State state)
{
    switch (state) {
    case State::Open:
        return QCoreApplication::translate("IntelStore", "Open");
    case State::Case:
        return QCoreApplication::translate("IntelStore", "Case opened");
    case State::Dismissed:
        return QCoreApplication::translate("IntelStore", "Dismissed");
    }
    return {};
}

namespace {
// Whole sentences per state: a state name put into a sentence reads wrong in German.
QString alreadyDecided(qint64 alertId, UpstreamAlert::State state)
{
    return state == UpstreamAlert::State::Case
        ? QCoreApplication::translate("IntelStore", "Upstream alert %1 already has a case.").arg(alertId)
        : QCoreApplication::translate("IntelStore", "Upstream alert %1 was already dismissed.").arg(alertId);
}
} // namespace

IntelStore::IntelStore(CaseStore &cases)
    : m_cases(cases)
    , m_db(cases.database())
    , m_audit(cases.auditLog())
{ }

Status IntelStore::recordFeed(const FeedStatus &status, int replaced)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, data_date, records FROM feed_state WHERE feed = ?"));
    q.addBindValue(status.feed);
    if (!q.exec())
        return Status::failure(sqlError(q));
    QString was;
    if (q.next())
        was = QStringLiteral("%1, as of %2, %3 records")
                  .arg(q.value(0).toString(), q.value(1).toString())
                  .arg(q.value(2).toInt());
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO feed_state (feed, version, data_date, records, imported_at, imported_by)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (feed) DO UPDATE SET version = excluded.version,"
        " data_date = excluded.data_date, records = excluded.records,"
        " imported_at = excluded.imported_at, imported_by = excluded.imported_by"));
    q.addBindValue(status.feed);
    q.addBindValue(text(status.version.left(500)));
    q.addBindValue(text(status.dataDate));
    q.addBindValue(status.records);
    q.addBindValue(Clock::nowUtc().toMSecsSinceEpoch());
    q.addBindValue(StoredText::enc(Analyst::current()));
    if (!q.exec())
        return Status::failure(sqlError(q));
    const QString now = QStringLiteral("%1, as of %2, %3 records (%4 replaced)")
                            .arg(status.version.left(200), status.dataDate)
                            .arg(status.records)
                            .arg(replaced);
    return m_audit.recordTeam(TeamTopic::Feeds, status.feed, {{QStringLiteral("import"), was, now}});
}

Result<FeedImport> IntelStore::importKev(const QString &path)
{
    using R = Result<FeedImport>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > KevCatalog::maxFileBytes)
        return R::failure(tr("%1 is larger than a KEV catalog may be.").arg(path));
    const auto catalog = KevCatalog::parse(file.readAll());
    if (!catalog)
        return R::failure(catalog.error());
    FeedImport result;
    result.feed = QStringLiteral("kev");
    result.warnings = catalog->warnings;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT cve_id FROM kev_entries")))
            return Status::failure(sqlError(q));
        QSet<QString> listedBefore;
        while (q.next())
            listedBefore.insert(q.value(0).toString());
        const int replaced = int(listedBefore.size());
        q.finish();
        // The catalog is the whole list: what it no longer names is not on it any more.
        if (!q.exec(QStringLiteral("DELETE FROM kev_entries")))
            return Status::failure(sqlError(q));
        q.prepare(QStringLiteral(
            "INSERT INTO kev_entries (cve_id, vendor_project, product, name, date_added, due_date,"
            " ransomware, required_action) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (cve_id) DO NOTHING"));
        for (const KevEntry &e : catalog->entries) {
            q.addBindValue(e.cveId);
            q.addBindValue(text(e.vendorProject.left(500)));
            q.addBindValue(text(e.product.left(500)));
            q.addBindValue(text(e.vulnerabilityName.left(1000)));
            q.addBindValue(text(e.dateAdded.toString(Qt::ISODate)));
            q.addBindValue(text(e.dueDate.toString(Qt::ISODate)));
            q.addBindValue(e.knownRansomware ? 1 : 0);
            q.addBindValue(text(e.requiredAction.left(2000)));
            if (!q.exec())
                return Status::failure(sqlError(q));
            ++result.records;
        }
        if (const Status recorded = recordFeed(
                {result.feed, catalog->catalogVersion,
                    catalog->dateReleased.toUTC().date().toString(Qt::ISODate), result.records, {}, {}},
                replaced);
            !recorded)
            return recorded;
        // What the catalog lists that it did not before is news to the team today: the cases
        // naming it are now known to be exploited (and their bulletin expedited).
        QStringList newlyListed;
        for (const KevEntry &e : catalog->entries) {
            if (!listedBefore.contains(e.cveId))
                newlyListed.append(e.cveId);
        }
        if (newlyListed.isEmpty())
            return {};
        const auto marked = m_cases.markKnownExploited(newlyListed);
        if (!marked)
            return Status::failure(marked.error());
        result.exploitedCases = *marked;
        return {};
    });
    if (!s)
        return R::failure(s.error());
    return result;
}

Result<FeedImport> IntelStore::importEpss(const QString &path)
{
    using R = Result<FeedImport>;
    const auto scores = EpssScores::readFile(path);
    if (!scores)
        return R::failure(scores.error());
    FeedImport result;
    result.feed = QStringLiteral("epss");
    result.warnings = scores->warnings;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM epss_scores")) || !q.next())
            return Status::failure(sqlError(q));
        const int replaced = q.value(0).toInt();
        q.finish();
        if (!q.exec(QStringLiteral("DELETE FROM epss_scores")))
            return Status::failure(sqlError(q));
        // 300,000 rows a day: multi-row inserts of 500.
        constexpr int kRows = 500;
        const auto &all = scores->scores;
        for (qsizetype start = 0; start < all.size(); start += kRows) {
            const int rows = int(std::min<qsizetype>(kRows, all.size() - start));
            QStringList values;
            for (int i = 0; i < rows; ++i)
                values.append(QStringLiteral("(?, ?, ?)"));
            QSqlQuery insert(m_db.connection());
            if (!insert.prepare(QStringLiteral("INSERT INTO epss_scores (cve_id, epss, percentile) VALUES ")
                    + values.join(u',') + QStringLiteral(" ON CONFLICT (cve_id) DO NOTHING")))
                return Status::failure(sqlError(insert));
            int col = 0;
            for (qsizetype i = start; i < start + rows; ++i) {
                insert.bindValue(col++, all.at(i).cveId);
                insert.bindValue(col++, all.at(i).epss);
                insert.bindValue(col++, all.at(i).percentile);
            }
            if (!insert.exec())
                return Status::failure(sqlError(insert));
        }
        result.records = int(all.size());
        return recordFeed({result.feed, scores->modelVersion, scores->scoreDate.toString(Qt::ISODate),
                              result.records, {}, {}},
            replaced);
    });
    if (!s)
        return R::failure(s.error());
    return result;
}

Result<FeedImport> IntelStore::importRecords(const QString &path)
{
    using R = Result<FeedImport>;
    FeedImport result;
    QString latest; // the newest "modified" among the records: what the data is as of
    QStringList sources;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery remove(m_db.connection());
        remove.prepare(QStringLiteral("DELETE FROM vuln_records WHERE record_id = ?"));
        QSqlQuery insert(m_db.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO vuln_records (record_id, source, cve_id, title, cvss_vector, cwes,"
                           " modified, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        QSqlQuery affected(m_db.connection());
        affected.prepare(
            QStringLiteral("INSERT INTO vuln_affected (record, purl_key, cpe_key, name_key, package, ranges)"
                           " VALUES (?, ?, ?, ?, ?, ?)"));
        int replaced = 0;
        QStringList warnings;
        const Status walked = FeedArchive::forEachJson(
            path,
            [&](const QString &member, const QByteArray &json) -> Status {
                // A CVE record has "dataType": "CVE_RECORD"; anything else is read as OSV.
                const bool cve = json.left(4096).contains("\"CVE_RECORD\"");
                const auto record = cve ? CveListReader::parse(json) : OsvReader::parse(json);
                if (!record) {
                    ++result.skipped;
                    if (result.warnings.size() < 200)
                        result.warnings.append(member + u": " + record.error());
                    return {};
                }
                if (!sources.contains(cve ? QStringLiteral("cve") : QStringLiteral("osv")))
                    sources.append(cve ? QStringLiteral("cve") : QStringLiteral("osv"));
                remove.bindValue(0, record->id);
                if (!remove.exec())
                    return Status::failure(sqlError(remove));
                replaced += remove.numRowsAffected() > 0 ? 1 : 0;
                insert.bindValue(0, record->id);
                insert.bindValue(1, cve ? QStringLiteral("cve") : QStringLiteral("osv"));
                insert.bindValue(2, text(record->cveId()));
                insert.bindValue(3, text(record->headline().left(500)));
                insert.bindValue(4, text(record->cvssVector));
                insert.bindValue(5, text(cweText(record->cwes)));
                insert.bindValue(6,
                    record->modified.isValid() ? QVariant(record->modified.toMSecsSinceEpoch())
                                               : QVariant(QMetaType::fromType<qint64>()));
                insert.bindValue(7, record->withdrawn ? 1 : 0);
                if (!insert.exec() || !insert.next())
                    return Status::failure(sqlError(insert));
                const qint64 id = insert.value(0).toLongLong();
                insert.finish();
                if (record->modified.isValid()) {
                    const QString day = record->modified.toUTC().date().toString(Qt::ISODate);
                    latest = std::max(latest, day);
                }
                for (const VulnAffected &a : record->affected) {
                    const QString ranges = rangesOf(a);
                    if (ranges.isEmpty())
                        continue;
                    const QString package = !a.packageName.isEmpty() ? a.packageName : a.product;
                    // One row per key the package can be found by.
                    QList<std::array<QString, 3>> keys; // purl, cpe, name
                    if (const QString pk = purlKey(a); !pk.isEmpty())
                        keys.append({pk, QString(), QString()});
                    for (const QString &c : a.cpes) {
                        if (const auto parsed = Cpe::parse(c))
                            keys.append({QString(), parsed->vendor + u':' + parsed->product, QString()});
                    }
                    if (keys.isEmpty() && !package.isEmpty()
                        && package.compare(u"n/a", Qt::CaseInsensitive) != 0)
                        keys.append({QString(), QString(), package.toLower()});
                    for (const auto &k : std::as_const(keys)) {
                        affected.bindValue(0, id);
                        affected.bindValue(1, text(k[0]));
                        affected.bindValue(2, text(k[1]));
                        affected.bindValue(3, text(k[2]));
                        affected.bindValue(4, text(package.left(500)));
                        affected.bindValue(5, ranges);
                        if (!affected.exec())
                            return Status::failure(sqlError(affected));
                    }
                }
                ++result.records;
                return {};
            },
            &warnings);
        if (!walked)
            return walked;
        result.warnings += warnings;
        if (result.records == 0)
            return Status::failure(tr("%1 holds no OSV or CVE record PSIRT Desk could read.").arg(path));
        result.feed = sources.size() == 1 ? sources.first() : QStringLiteral("osv+cve");
        // One state per source; a mixed file updates both. Records accumulate file by file,
        // so each source's state counts what is stored for it and is as of its newest record.
        QSqlQuery state(m_db.connection());
        state.prepare(QStringLiteral("SELECT COUNT(*), MAX(modified) FROM vuln_records WHERE source = ?"));
        for (const QString &feed : std::as_const(sources)) {
            state.bindValue(0, feed);
            if (!state.exec() || !state.next())
                return Status::failure(sqlError(state));
            const int stored = state.value(0).toInt();
            const QString asOf = state.value(1).isNull()
                ? latest
                : QDateTime::fromMSecsSinceEpoch(state.value(1).toLongLong(), QTimeZone::UTC)
                      .date()
                      .toString(Qt::ISODate);
            state.finish();
            if (Status st = recordFeed({feed, QFileInfo(path).fileName(), asOf, stored, {}, {}}, replaced);
                !st)
                return st;
        }
        return {};
    });
    if (!s)
        return R::failure(s.error());
    const auto raised = match();
    if (!raised)
        return R::failure(raised.error());
    result.newAlerts = *raised;
    return result;
}

Result<QList<FeedStatus>> IntelStore::feeds() const
{
    using R = Result<QList<FeedStatus>>;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT feed, version, data_date, records, imported_at, imported_by FROM feed_state"
            " ORDER BY feed")))
        return R::failure(sqlError(q));
    QList<FeedStatus> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
            QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::UTC),
            StoredText::dec(q.value(5))});
    }
    return list;
}

Result<QHash<QString, CveIntel>> IntelStore::intel(const QStringList &cves) const
{
    using R = Result<QHash<QString, CveIntel>>;
    QHash<QString, CveIntel> out;
    QString epssDate;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT data_date FROM feed_state WHERE feed = 'epss'")))
            return R::failure(sqlError(q));
        if (q.next())
            epssDate = q.value(0).toString();
    }
    QSqlQuery epss(m_db.connection());
    epss.prepare(QStringLiteral("SELECT epss, percentile FROM epss_scores WHERE cve_id = ?"));
    QSqlQuery kev(m_db.connection());
    kev.prepare(
        QStringLiteral("SELECT date_added, due_date, ransomware, name FROM kev_entries WHERE cve_id = ?"));
    for (const QString &raw : cves) {
        const QString cve = raw.trimmed().toUpper();
        if (cve.isEmpty() || out.contains(cve))
            continue;
        CveIntel i;
        i.cve = cve;
        epss.bindValue(0, cve);
        if (!epss.exec())
            return R::failure(sqlError(epss));
        if (epss.next()) {
            i.hasEpss = true;
            i.epss = epss.value(0).toDouble();
            i.percentile = epss.value(1).toDouble();
            i.epssDate = epssDate;
        }
        epss.finish();
        kev.bindValue(0, cve);
        if (!kev.exec())
            return R::failure(sqlError(kev));
        if (kev.next()) {
            i.onKev = true;
            i.kevAdded = QDate::fromString(kev.value(0).toString(), Qt::ISODate);
            i.kevDue = QDate::fromString(kev.value(1).toString(), Qt::ISODate);
            i.ransomware = kev.value(2).toInt() != 0;
            i.kevName = kev.value(3).toString();
        }
        kev.finish();
        out.insert(cve, i);
    }
    return out;
}

Result<int> IntelStore::match()
{
    using R = Result<int>;
    struct Hit
    {
        QString component;
        QSet<QString> releases;
    };
    std::map<std::pair<QString, QString>, Hit> hits; // (record, component key) → hit
    for (const char *key : {"purl_key", "cpe_key", "name_key"}) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        const QString column = QString::fromLatin1(key); // one of three names, never input
        if (!q.exec(QStringLiteral("SELECT r.record_id, a.ranges, c.") + column
                + QStringLiteral(", c.name, c.version, p.name, rel.version FROM vuln_affected a"
                                 " JOIN vuln_records r ON r.id = a.record AND r.withdrawn = 0"
                                 " JOIN sbom_components c ON c.")
                + column + QStringLiteral(" = a.") + column
                + QStringLiteral(" JOIN sboms s ON s.id = c.sbom_id"
                                 " JOIN product_releases rel ON rel.id = s.release_id"
                                 " JOIN products p ON p.id = rel.product_id WHERE a.")
                + column + QStringLiteral(" <> ''")))
            return R::failure(sqlError(q));
        QHash<QString, std::optional<VersionRange>> parsed;
        while (q.next()) {
            const QString version = VersionOrder::comparable(q.value(4).toString());
            if (version.isEmpty())
                continue;
            bool inside = false;
            for (const QString &line : q.value(1).toString().split(u'\n', Qt::SkipEmptyParts)) {
                auto it = parsed.find(line);
                if (it == parsed.end()) {
                    const auto range = VersionRange::parse(line);
                    it = parsed.insert(line, range ? std::optional<VersionRange>(*range) : std::nullopt);
                }
                if (*it && (*it)->contains(version)) {
                    inside = true;
                    break;
                }
            }
            if (!inside)
                continue;
            Hit &h = hits[{
                q.value(0).toString(), column.left(column.indexOf(u'_')) + u':' + q.value(2).toString()}];
            h.component = QString(q.value(3).toString() + u' ' + q.value(4).toString()).trimmed();
            h.releases.insert(q.value(5).toString() + u' ' + q.value(6).toString());
        }
    }
    int raised = 0;
    const Status s = m_db.transaction([&]() -> Status {
        QSet<std::pair<QString, QString>> known;
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT record_id, component_key, state FROM upstream_alerts")))
            return Status::failure(sqlError(q));
        QList<std::pair<QString, QString>> gone;
        while (q.next()) {
            const std::pair<QString, QString> key {q.value(0).toString(), q.value(1).toString()};
            known.insert(key);
            if (q.value(2).toString() == u"open" && hits.find(key) == hits.end())
                gone.append(key);
        }
        // An open alert nobody decided on goes when the component no longer matches (a
        // fixed release's SBOM, a withdrawn record); decided ones stay as the record of it.
        q.prepare(QStringLiteral("DELETE FROM upstream_alerts WHERE record_id = ? AND component_key = ?"));
        for (const auto &[record, component] : std::as_const(gone)) {
            q.addBindValue(record);
            q.addBindValue(component);
            if (!q.exec())
                return Status::failure(sqlError(q));
        }
        q.prepare(
            QStringLiteral("INSERT INTO upstream_alerts (record_id, component_key, component, releases,"
                           " created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_id, component_key)"
                           " DO UPDATE SET component = excluded.component, releases = excluded.releases"));
        const qint64 now = Clock::nowUtc().toMSecsSinceEpoch();
        for (const auto &[key, hit] : hits) {
            QStringList releases(hit.releases.cbegin(), hit.releases.cend());
            releases.sort();
            q.addBindValue(key.first);
            q.addBindValue(key.second);
            q.addBindValue(hit.component);
            q.addBindValue(releases.join(u'\n'));
            q.addBindValue(now);
            if (!q.exec())
                return Status::failure(sqlError(q));
            if (!known.contains(key))
                ++raised;
        }
        if (raised > 0 || !gone.isEmpty())
            return m_audit.recordTeam(TeamTopic::Alerts, QStringLiteral("match"),
                {{QStringLiteral("alerts"), {},
                    QStringLiteral("%1 raised, %2 no longer matching").arg(raised).arg(gone.size())}});
        return {};
    });
    if (!s)
        return R::failure(s.error());
    return raised;
}

Result<QList<UpstreamAlert>> IntelStore::alerts(bool openOnly) const
{
    using R = Result<QList<UpstreamAlert>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                    "SELECT a.id, a.record_id, r.cve_id, r.title, r.cvss_vector, r.cwes, a.component,"
                    " a.component_key, a.releases, a.state, a.case_id, a.justification, a.note, a.created_at"
                    " FROM upstream_alerts a LEFT JOIN vuln_records r ON r.record_id = a.record_id")
            + (openOnly ? QStringLiteral(" WHERE a.state = 'open'") : QString())
            + QStringLiteral(" ORDER BY a.id")))
        return R::failure(sqlError(q));
    QList<UpstreamAlert> list;
    QStringList cves;
    while (q.next()) {
        UpstreamAlert a;
        a.id = q.value(0).toLongLong();
        a.recordId = q.value(1).toString();
        a.cve = q.value(2).toString();
        a.title = q.value(3).toString();
        a.cvssVector = q.value(4).toString();
        a.cwes = cwesOf(q.value(5).toString());
        a.component = q.value(6).toString();
        a.componentKey = q.value(7).toString();
        a.releases = q.value(8).toString().split(u'\n', Qt::SkipEmptyParts);
        a.state = UpstreamAlert::stateFromId(q.value(9).toString());
        a.caseId = q.value(10).toLongLong();
        Justifications::fromId(q.value(11).toString(), &a.justification);
        a.note = q.value(12).toString();
        a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), QTimeZone::UTC);
        if (!a.cve.isEmpty())
            cves.append(a.cve);
        list.append(a);
    }
    const auto intel = this->intel(cves);
    if (!intel)
        return R::failure(intel.error());
    for (UpstreamAlert &a : list)
        a.intel = intel->value(a.cve);
    // What most needs a look first: on KEV, then by EPSS.
    std::stable_sort(list.begin(), list.end(), [](const UpstreamAlert &x, const UpstreamAlert &y) {
        if (x.intel.onKev != y.intel.onKev)
            return x.intel.onKev;
        return x.intel.epss > y.intel.epss;
    });
    return list;
}

Result<UpstreamAlert> IntelStore::alert(qint64 id) const
{
    const auto all = alerts();
    if (!all)
        return Result<UpstreamAlert>::failure(all.error());
    for (const UpstreamAlert &a : *all) {
        if (a.id == id)
            return a;
    }
    return Result<UpstreamAlert>::failure(tr("There is no upstream alert %1.").arg(id));
}

Result<qint64> IntelStore::openCase(qint64 alertId, CaseStore &cases, AdvisoryStore &advisories)
{
    using R = Result<qint64>;
    const auto a = alert(alertId);
    if (!a)
        return R::failure(a.error());
    if (a->state != UpstreamAlert::State::Open)
        return R::failure(alreadyDecided(alertId, a->state));
    const QString first = a->releases.value(0);
    const qsizetype split = first.lastIndexOf(u' ');
    NewReport report;
    const QString name = a->cve.isEmpty() ? a->recordId : a->cve;
    report.title = QStringLiteral("%1 in %2: %3")
                       .arg(name, a->component, a->title)
                       .left(CaseFieldInfo::maxLength(CaseField::Title));
    report.product = split > 0 ? first.left(split) : first;
    report.productVersion = split > 0 ? first.mid(split + 1) : QStringLiteral("(not stated)");
    report.reporterName = QStringLiteral("Upstream: %1").arg(a->recordId);
    report.channel = IntakeChannel::Internal;
    QStringList cwes;
    for (const int cwe : a->cwes)
        cwes.append(QStringLiteral("CWE-%1").arg(cwe));
    report.description = QStringLiteral(
        "%1\n\nRecord: %2\nCVSS: %3\nWeaknesses: %4\nComponent: %5\nReleases that contain it:\n%6")
                             .arg(a->title, a->recordId, a->cvssVector, cwes.join(QStringLiteral(", ")),
                                 a->component, a->releases.join(u'\n'))
                             .left(CaseFieldInfo::maxLength(CaseField::Description));
    qint64 caseId = 0;
    const Status s = m_db.transaction([&]() -> Status {
        const auto created = cases.createCase(report);
        if (!created)
            return Status::failure(created.error());
        caseId = *created;
        AdvisoryData data;
        Vulnerability v;
        v.cve = a->cve;
        // The advisory takes CWEs the catalogue knows; the description names every one.
        for (const int cwe : a->cwes) {
            if (CweCatalog::contains(cwe))
                v.cwes.append(cwe);
        }
        for (const QString &release : a->releases) {
            const qsizetype at = release.lastIndexOf(u' ');
            if (at > 0)
                v.products.append(
                    {release.left(at), release.mid(at + 1), QString(), ProductStatus::UnderInvestigation});
        }
        data.vulnerabilities = {v};
        if (const auto saved = advisories.save(caseId, data, 0); !saved)
            return Status::failure(saved.error());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE upstream_alerts SET state = 'case', case_id = ? WHERE id = ? AND state = 'open'"));
        q.addBindValue(caseId);
        q.addBindValue(alertId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("Someone else decided on upstream alert %1 meanwhile.").arg(alertId));
        return m_audit.recordTeam(TeamTopic::Alerts, a->recordId + u' ' + a->componentKey,
            {{QStringLiteral("state"), QStringLiteral("open"), QStringLiteral("case %1").arg(caseId)}});
    });
    if (!s)
        return R::failure(s.error());
    return caseId;
}

Status IntelStore::dismiss(qint64 alertId, NotAffectedJustification why, const QString &note)
{
    if (why == NotAffectedJustification::None)
        return Status::failure(
            tr("Say why the releases are not affected (one of the five VEX justifications)."));
    const auto a = alert(alertId);
    if (!a)
        return Status::failure(a.error());
    if (a->state != UpstreamAlert::State::Open)
        return Status::failure(alreadyDecided(alertId, a->state));
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE upstream_alerts SET state = 'dismissed', justification = ?, note = ?"
                                 " WHERE id = ? AND state = 'open'"));
        q.addBindValue(Justifications::id(why));
        q.addBindValue(text(note.left(2000)));
        q.addBindValue(alertId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("Someone else decided on upstream alert %1 meanwhile.").arg(alertId));
        return m_audit.recordTeam(TeamTopic::Alerts, a->recordId + u' ' + a->componentKey,
            {{QStringLiteral("state"), QStringLiteral("open"),
                u"dismissed: " + Justifications::id(why) + u' ' + note.left(500)}});
    });
}

Result<QList<std::pair<UpstreamAlert, QDateTime>>> IntelStore::releaseAlerts(
    Database &db, const AuditLog &audit, const QString &product, const QString &release)
{
    using R = Result<QList<std::pair<UpstreamAlert, QDateTime>>>;
    // match() names each release "product version", the catalogue's words.
    const QString wanted = QString(product.trimmed() + u' ' + release.trimmed());
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT a.id, a.record_id, r.cve_id, r.title, a.component, a.component_key, a.releases, a.state,"
            " a.case_id, a.justification, a.note, a.created_at"
            " FROM upstream_alerts a LEFT JOIN vuln_records r ON r.record_id = a.record_id ORDER BY a.id")))
        return R::failure(sqlError(q));
    QList<std::pair<UpstreamAlert, QDateTime>> list;
    while (q.next()) {
        UpstreamAlert a;
        a.releases = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
        if (!a.releases.contains(wanted, Qt::CaseInsensitive))
            continue;
        a.id = q.value(0).toLongLong();
        a.recordId = q.value(1).toString();
        a.cve = q.value(2).toString();
        a.title = q.value(3).toString();
        a.component = q.value(4).toString();
        a.componentKey = q.value(5).toString();
        a.state = UpstreamAlert::stateFromId(q.value(7).toString());
        a.caseId = q.value(8).toLongLong();
        Justifications::fromId(q.value(9).toString(), &a.justification);
        a.note = q.value(10).toString();
        a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), QTimeZone::UTC);
        list.append({a, a.createdAt});
    }
    if (list.isEmpty())
        return list;
    // openCase() and dismiss() record each decision on the team trail under this subject.
    const auto trail = audit.teamTrail(TeamTopic::Alerts);
    if (!trail)
        return R::failure(trail.error());
    QHash<QString, QDateTime> decided;
    for (const TeamAuditEntry &e : *trail) {
        if (e.field == u"state")
            decided.insert(e.subject, e.at);
    }
    for (auto &[a, at] : list) {
        if (a.state != UpstreamAlert::State::Open)
            at = decided.value(a.recordId + u' ' + a.componentKey, a.createdAt);
    }
    return list;
}
