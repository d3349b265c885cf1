#include "CveListReader.h"

#include "AffectedList.h"
#include "FeedJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CveListReader)
};

constexpr qsizetype kMaxName = 1024;
constexpr qsizetype kMaxTitle = 4096;
constexpr qsizetype kMaxDetails = 1024 * 1024;
constexpr qsizetype kMaxVersions = 10'000;
constexpr qsizetype kMaxCpes = 1000;
constexpr qsizetype kMaxCwes = 100;
constexpr qsizetype kMaxAdps = 100;

// The CVSS keys of a CVE 5 metrics[] entry, best first.
const char *const kCvssKeys[] = {"cvssV4_0", "cvssV3_1", "cvssV3_0"};

class Reader
{
public:
    explicit Reader(VulnRecord &record)
        : m_record(record)
    { }

    void warn(const QString &warning) { m_warnings.add(warning); }
    FeedJson::Warnings &warnings() { return m_warnings; }
    QStringList takeWarnings() { return m_warnings.take(); }

    // The English text of a descriptions-like list ({lang, value}), else the first one.
    QString englishText(const QJsonValue &value, const QString &where)
    {
        if (value.isUndefined())
            return QString();
        if (!value.isArray()) {
            warn(Tr::tr("%1: not a list").arg(where));
            return QString();
        }
        const QJsonArray array = value.toArray();
        QString first;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject item = array.at(i).toObject();
            const QString text = FeedJson::text(item.value(QStringLiteral("value")), kMaxDetails);
            if (text.isEmpty())
                continue;
            if (item.value(QStringLiteral("lang")).toString().startsWith(u"en", Qt::CaseInsensitive))
                return text;
            if (first.isEmpty())
                first = text;
        }
        return first;
    }

    // A CNA's vector wins over an ADP's of the same CVSS version; a newer version wins over both.
    void readMetrics(const QJsonValue &value, const QString &where, bool cna)
    {
        const QJsonArray metrics = value.toArray();
        for (qsizetype i = 0; i < metrics.size(); ++i) {
            const QJsonObject metric = metrics.at(i).toObject();
            for (const char *key : kCvssKeys) {
                const QJsonValue cvss = metric.value(QLatin1StringView(key));
                if (cvss.isUndefined())
                    continue;
                const QString vector
                    = FeedJson::text(cvss.toObject().value(QStringLiteral("vectorString")), 512).trimmed();
                const int rank = FeedJson::cvssRank(vector) * 2 + (cna ? 1 : 0);
                if (rank < 2) {
                    warn(Tr::tr("%1[%2].%3.vectorString: not a valid CVSS vector")
                            .arg(where)
                            .arg(i)
                            .arg(QLatin1StringView(key)));
                    continue;
                }
                if (rank > m_cvssRank) {
                    m_cvssRank = rank;
                    m_record.cvssVector = vector;
                }
            }
        }
    }

    void readProblemTypes(const QJsonValue &value)
    {
        const QJsonArray types = value.toArray();
        for (qsizetype i = 0; i < types.size(); ++i) {
            const QJsonArray descriptions
                = types.at(i).toObject().value(QStringLiteral("descriptions")).toArray();
            for (qsizetype d = 0; d < descriptions.size() && m_record.cwes.size() < kMaxCwes; ++d) {
                const QString cwe = descriptions.at(d).toObject().value(QStringLiteral("cweId")).toString();
                if (FeedJson::isCweId(cwe) && !m_record.cwes.contains(cwe))
                    m_record.cwes.append(cwe);
            }
        }
    }

    bool readAffected(const QJsonObject &object, const QString &where, VulnAffected *affected)
    {
        for (const char *key :
            {"vendor", "product", "packageName", "collectionURL", "repo", "defaultStatus"}) {
            if (!FeedJson::isOptionalText(object.value(QLatin1StringView(key)))) {
                warn(Tr::tr("%1.%2: not text").arg(where, QLatin1StringView(key)));
                return false;
            }
        }
        affected->vendor = FeedJson::text(object.value(QStringLiteral("vendor")), kMaxName);
        affected->product = FeedJson::text(object.value(QStringLiteral("product")), kMaxName);
        affected->packageName = FeedJson::text(object.value(QStringLiteral("packageName")), kMaxName);
        affected->collectionUrl = FeedJson::text(object.value(QStringLiteral("collectionURL")), kMaxName);
        const QString repo = FeedJson::text(object.value(QStringLiteral("repo")), kMaxName);
        affected->defaultAffected = object.value(QStringLiteral("defaultStatus")).toString() == u"affected";

        const QJsonArray cpes = object.value(QStringLiteral("cpes")).toArray();
        for (qsizetype i = 0; i < cpes.size() && affected->cpes.size() < kMaxCpes; ++i) {
            const QString cpe = FeedJson::text(cpes.at(i), kMaxName);
            if (cpe.startsWith(u"cpe:"))
                affected->cpes.append(cpe);
            else
                warn(Tr::tr("%1.cpes[%2]: not a CPE name").arg(where).arg(i));
        }

        const QJsonValue versions = object.value(QStringLiteral("versions"));
        if (!versions.isUndefined() && !versions.isArray()) {
            warn(Tr::tr("%1.versions: not a list").arg(where));
            return false;
        }
        const QJsonArray versionArray = versions.toArray();
        if (versionArray.size() > kMaxVersions)
            warn(Tr::tr("%1.versions: only the first %2 entries are read").arg(where).arg(kMaxVersions));
        for (qsizetype i = 0; i < versionArray.size() && i < kMaxVersions; ++i) {
            const QString versionWhere = QStringLiteral("%1.versions[%2]").arg(where).arg(i);
            const QJsonObject entry = versionArray.at(i).toObject();
            const QJsonValue version = entry.value(QStringLiteral("version"));
            if (!version.isString() || version.toString().isEmpty() || version.toString().size() > kMaxName) {
                warn(Tr::tr("%1.version: missing or not text").arg(versionWhere));
                continue;
            }
            bool wrongType = false;
            for (const char *key : {"status", "lessThan", "lessThanOrEqual", "versionType"})
                wrongType = wrongType || !FeedJson::isOptionalText(entry.value(QLatin1StringView(key)));
            if (wrongType) {
                warn(Tr::tr("%1: a field that should be text is not").arg(versionWhere));
                continue;
            }
            const QString status = entry.value(QStringLiteral("status")).toString();
            if (status != u"affected" && status != u"unaffected")
                continue; // "unknown" says nothing either way
            const QString type = FeedJson::text(entry.value(QStringLiteral("versionType")), 64);
            if (affected->versionType.isEmpty())
                affected->versionType = type;
            const QString lessThan = FeedJson::text(entry.value(QStringLiteral("lessThan")), kMaxName);
            const QString lessThanOrEqual
                = FeedJson::text(entry.value(QStringLiteral("lessThanOrEqual")), kMaxName);

            VulnRange range;
            range.type = QStringLiteral("cve");
            range.repo = repo;
            range.events.append({QStringLiteral("introduced"), version.toString()});
            // "*" is an open upper end: everything from version on.
            if (!lessThan.isEmpty()) {
                if (lessThan != u"*")
                    range.events.append({QStringLiteral("fixed"), lessThan});
            } else if (!lessThanOrEqual.isEmpty()) {
                if (lessThanOrEqual != u"*")
                    range.events.append({QStringLiteral("last_affected"), lessThanOrEqual});
            } else {
                range.events.append({QStringLiteral("last_affected"), version.toString()});
                if (status == u"affected")
                    affected->versions.append(version.toString());
            }
            if (status == u"affected")
                affected->ranges.append(std::move(range));
            else
                affected->unaffected.append(std::move(range));
        }
        return true;
    }

private:
    VulnRecord &m_record;
    FeedJson::Warnings m_warnings;
    int m_cvssRank = 0;
};

} // namespace

Result<VulnRecord> CveListReader::parse(const QByteArray &json)
{
    using R = Result<VulnRecord>;
    if (json.size() > maxRecordBytes)
        return R::failure(Tr::tr("The CVE record is larger than %1 MiB; it was not read.")
                .arg(maxRecordBytes / (1024 * 1024)));
    const auto root = FeedJson::parseObject(json);
    if (!root)
        return R::failure(Tr::tr("Not a CVE record. %1").arg(root.error()));
    if (root->value(QStringLiteral("dataType")).toString() != u"CVE_RECORD")
        return R::failure(Tr::tr("Not a CVE record: dataType is not CVE_RECORD."));
    const QJsonObject metadata = root->value(QStringLiteral("cveMetadata")).toObject();
    VulnRecord record;
    record.source = VulnRecord::Source::CveList;
    record.id = metadata.value(QStringLiteral("cveId")).toString();
    if (!FeedJson::isCveId(record.id))
        return R::failure(Tr::tr("Not a CVE record: cveMetadata.cveId: missing or not a CVE id."));
    const QJsonValue containers = root->value(QStringLiteral("containers"));
    if (!containers.isObject())
        return R::failure(Tr::tr("Not a CVE record: containers: missing or not an object."));
    const QJsonValue cnaValue = containers.toObject().value(QStringLiteral("cna"));
    if (!cnaValue.isObject())
        return R::failure(Tr::tr("Not a CVE record: containers.cna: missing or not an object."));
    const QJsonObject cna = cnaValue.toObject();

    Reader reader(record);
    const QString state = metadata.value(QStringLiteral("state")).toString();
    record.withdrawn = state == u"REJECTED";
    if (state != u"PUBLISHED" && !record.withdrawn)
        reader.warn(Tr::tr("cveMetadata.state: neither PUBLISHED nor REJECTED"));
    for (const auto &[key, out] :
        {std::pair {"datePublished", &record.published}, std::pair {"dateUpdated", &record.modified}}) {
        const QJsonValue value = metadata.value(QLatin1StringView(key));
        *out = FeedJson::timestamp(value.toString());
        if (!value.isUndefined() && !out->isValid())
            reader.warn(Tr::tr("cveMetadata.%1: not a date and time").arg(QLatin1StringView(key)));
    }

    if (!FeedJson::isOptionalText(cna.value(QStringLiteral("title"))))
        reader.warn(Tr::tr("containers.cna.title: not text"));
    record.title = FeedJson::text(cna.value(QStringLiteral("title")), kMaxTitle);
    record.details = record.withdrawn ? reader.englishText(cna.value(QStringLiteral("rejectedReasons")),
                                            QStringLiteral("containers.cna.rejectedReasons"))
                                      : reader.englishText(cna.value(QStringLiteral("descriptions")),
                                            QStringLiteral("containers.cna.descriptions"));

    reader.readMetrics(cna.value(QStringLiteral("metrics")), QStringLiteral("containers.cna.metrics"), true);
    reader.readProblemTypes(cna.value(QStringLiteral("problemTypes")));
    const QJsonArray adps = containers.toObject().value(QStringLiteral("adp")).toArray();
    for (qsizetype i = 0; i < adps.size() && i < kMaxAdps; ++i) {
        const QJsonObject adp = adps.at(i).toObject();
        reader.readMetrics(
            adp.value(QStringLiteral("metrics")), QStringLiteral("containers.adp[%1].metrics").arg(i), false);
        reader.readProblemTypes(adp.value(QStringLiteral("problemTypes")));
    }

    record.affected = AffectedList::read(cna.value(QStringLiteral("affected")),
        QStringLiteral("containers.cna.affected"), reader.warnings(),
        [&reader](const QJsonObject &entry, const QString &where, VulnAffected *affected) {
            return reader.readAffected(entry, where, affected);
        });
    record.warnings = reader.takeWarnings();
    return record;
}
