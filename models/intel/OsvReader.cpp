#include "OsvReader.h"

#include "AffectedList.h"
#include "FeedJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OsvReader)
};

constexpr qsizetype kMaxId = 256;
constexpr qsizetype kMaxName = 1024;
constexpr qsizetype kMaxSummary = 4096;
constexpr qsizetype kMaxDetails = 1024 * 1024;
constexpr qsizetype kMaxAliases = 1000;
constexpr qsizetype kMaxRanges = 1000;
constexpr qsizetype kMaxEvents = 10'000;
constexpr qsizetype kMaxVersions = 100'000;
constexpr qsizetype kMaxCwes = 100;

const char *const kEvents[] = {"introduced", "fixed", "last_affected", "limit"};

class Reader
{
public:
    explicit Reader(VulnRecord &record)
        : m_record(record)
    { }

    void warn(const QString &warning) { m_warnings.add(warning); }
    FeedJson::Warnings &warnings() { return m_warnings; }
    QStringList takeWarnings() { return m_warnings.take(); }

    // Appends the strings of path's list to out, bounded and without duplicates.
    void readIds(const QJsonObject &object, const char *key, QStringList *out)
    {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray()) {
            warn(Tr::tr("%1: not a list").arg(QLatin1StringView(key)));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && out->size() < kMaxAliases; ++i) {
            const QString id = array.at(i).toString();
            if (id.isEmpty() || id.size() > kMaxId) {
                warn(Tr::tr("%1[%2]: not an id").arg(QLatin1StringView(key)).arg(i));
                continue;
            }
            if (!out->contains(id) && id != m_record.id)
                out->append(id);
        }
    }

    // Takes the best CVSS vector of a severity list, if better than the one found so far.
    void readSeverity(const QJsonValue &value, const QString &where)
    {
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray()) {
            warn(Tr::tr("%1: not a list").arg(where));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject severity = array.at(i).toObject();
            const QString type = severity.value(QStringLiteral("type")).toString();
            if (type != u"CVSS_V3" && type != u"CVSS_V4")
                continue;
            const QString score = FeedJson::text(severity.value(QStringLiteral("score")), 512).trimmed();
            const int rank = FeedJson::cvssRank(score);
            if (rank == 0) {
                warn(Tr::tr("%1[%2].score: not a valid CVSS vector").arg(where).arg(i));
                continue;
            }
            if (rank > m_cvssRank) {
                m_cvssRank = rank;
                m_record.cvssVector = score;
            }
        }
    }

    bool readAffected(const QJsonObject &object, const QString &where, VulnAffected *affected)
    {
        const QJsonValue package = object.value(QStringLiteral("package"));
        if (!package.isUndefined() && !package.isObject()) {
            warn(Tr::tr("%1.package: not an object").arg(where));
            return false;
        }
        const QJsonObject pkg = package.toObject();
        affected->ecosystem = FeedJson::text(pkg.value(QStringLiteral("ecosystem")), kMaxName);
        affected->packageName = FeedJson::text(pkg.value(QStringLiteral("name")), kMaxName);
        affected->purl = FeedJson::text(pkg.value(QStringLiteral("purl")), kMaxName);

        const QJsonValue ranges = object.value(QStringLiteral("ranges"));
        if (!ranges.isUndefined() && !ranges.isArray()) {
            warn(Tr::tr("%1.ranges: not a list").arg(where));
            return false;
        }
        const QJsonArray rangeArray = ranges.toArray();
        for (qsizetype r = 0; r < rangeArray.size() && r < kMaxRanges; ++r) {
            const QString rangeWhere = QStringLiteral("%1.ranges[%2]").arg(where).arg(r);
            const QJsonObject rangeObject = rangeArray.at(r).toObject();
            VulnRange range;
            range.type = FeedJson::text(rangeObject.value(QStringLiteral("type")), 64);
            range.repo = FeedJson::text(rangeObject.value(QStringLiteral("repo")), kMaxName);
            const QJsonArray events = rangeObject.value(QStringLiteral("events")).toArray();
            for (qsizetype e = 0; e < events.size() && e < kMaxEvents; ++e) {
                const QJsonObject event = events.at(e).toObject();
                bool found = false;
                for (const char *name : kEvents) {
                    const QJsonValue v = event.value(QLatin1StringView(name));
                    if (v.isString() && !v.toString().isEmpty() && v.toString().size() <= kMaxName) {
                        range.events.append({QString::fromLatin1(name), v.toString()});
                        found = true;
                        break;
                    }
                }
                if (!found)
                    warn(Tr::tr("%1.events[%2]: not an introduced, fixed, last_affected or limit event")
                            .arg(rangeWhere)
                            .arg(e));
            }
            if (range.type.isEmpty() || range.events.isEmpty()) {
                warn(Tr::tr("%1: no type or no events").arg(rangeWhere));
                continue;
            }
            affected->ranges.append(std::move(range));
        }

        const QJsonValue versions = object.value(QStringLiteral("versions"));
        if (!versions.isUndefined() && !versions.isArray()) {
            warn(Tr::tr("%1.versions: not a list").arg(where));
            return false;
        }
        const QJsonArray versionArray = versions.toArray();
        for (qsizetype v = 0; v < versionArray.size() && v < kMaxVersions; ++v) {
            const QString version = versionArray.at(v).toString();
            if (version.isEmpty() || version.size() > kMaxName)
                warn(Tr::tr("%1.versions[%2]: not a version").arg(where).arg(v));
            else
                affected->versions.append(version);
        }
        readSeverity(object.value(QStringLiteral("severity")), where + u".severity");
        return true;
    }

private:
    VulnRecord &m_record;
    FeedJson::Warnings m_warnings;
    int m_cvssRank = 0;
};

} // namespace

Result<VulnRecord> OsvReader::parse(const QByteArray &json)
{
    using R = Result<VulnRecord>;
    if (json.size() > maxRecordBytes)
        return R::failure(Tr::tr("The OSV record is larger than %1 MiB; it was not read.")
                .arg(maxRecordBytes / (1024 * 1024)));
    const auto root = FeedJson::parseObject(json);
    if (!root)
        return R::failure(Tr::tr("Not an OSV record. %1").arg(root.error()));

    VulnRecord record;
    record.source = VulnRecord::Source::Osv;
    const QJsonValue id = root->value(QStringLiteral("id"));
    record.id = id.toString().trimmed();
    if (record.id.isEmpty() || record.id.size() > kMaxId)
        return R::failure(Tr::tr("Not an OSV record: id: missing or not an id."));
    const QJsonValue modified = root->value(QStringLiteral("modified"));
    record.modified = FeedJson::timestamp(modified.toString());
    if (!record.modified.isValid())
        return R::failure(Tr::tr("Not an OSV record: modified: missing or not a date and time."));

    Reader reader(record);
    const QJsonValue published = root->value(QStringLiteral("published"));
    record.published = FeedJson::timestamp(published.toString());
    if (!published.isUndefined() && !record.published.isValid())
        reader.warn(Tr::tr("published: not a date and time"));
    const QJsonValue withdrawn = root->value(QStringLiteral("withdrawn"));
    record.withdrawn = !withdrawn.isUndefined() && !withdrawn.isNull();
    if (record.withdrawn && !FeedJson::timestamp(withdrawn.toString()).isValid())
        reader.warn(Tr::tr("withdrawn: not a date and time"));

    reader.readIds(*root, "aliases", &record.aliases);
    reader.readIds(*root, "upstream", &record.aliases);
    for (const char *key : {"summary", "details"}) {
        if (!FeedJson::isOptionalText(root->value(QLatin1StringView(key))))
            reader.warn(Tr::tr("%1: not text").arg(QLatin1StringView(key)));
    }
    record.summary = FeedJson::text(root->value(QStringLiteral("summary")), kMaxSummary);
    record.details = FeedJson::text(root->value(QStringLiteral("details")), kMaxDetails);
    reader.readSeverity(root->value(QStringLiteral("severity")), QStringLiteral("severity"));

    // GitHub's advisories carry their CWEs here; other databases have none.
    const QJsonArray cwes = root->value(QStringLiteral("database_specific"))
                                .toObject()
                                .value(QStringLiteral("cwe_ids"))
                                .toArray();
    for (qsizetype i = 0; i < cwes.size() && record.cwes.size() < kMaxCwes; ++i) {
        const QString cwe = cwes.at(i).toString();
        if (!FeedJson::isCweId(cwe))
            reader.warn(Tr::tr("database_specific.cwe_ids[%1]: not a CWE id").arg(i));
        else if (!record.cwes.contains(cwe))
            record.cwes.append(cwe);
    }

    record.affected = AffectedList::read(root->value(QStringLiteral("affected")), QStringLiteral("affected"),
        reader.warnings(), [&reader](const QJsonObject &entry, const QString &where, VulnAffected *affected) {
            return reader.readAffected(entry, where, affected);
        });
    record.warnings = reader.takeWarnings();
    return record;
}
