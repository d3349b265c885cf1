#include "KevCatalog.h"

#include "FeedJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace {

constexpr qsizetype kMaxName = 1024;
constexpr qsizetype kMaxText = 64 * 1024;
constexpr qsizetype kMaxCwes = 100;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KevCatalog)
};

struct EntryReader
{
    const QJsonObject &object;
    QString where; // "vulnerabilities[3]"
    QString problem;

    QString text(const char *key, qsizetype max)
    {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (!FeedJson::isOptionalText(value) && problem.isEmpty())
            problem = Tr::tr("%1.%2: not text").arg(where, QLatin1StringView(key));
        return FeedJson::text(value, max);
    }

    QDate date(const char *key)
    {
        const QDate d = FeedJson::date(object.value(QLatin1StringView(key)).toString());
        if (!d.isValid() && problem.isEmpty())
            problem = Tr::tr("%1.%2: not a date").arg(where, QLatin1StringView(key));
        return d;
    }
};

} // namespace

Result<KevCatalog> KevCatalog::parse(const QByteArray &json)
{
    using R = Result<KevCatalog>;
    if (json.size() > maxFileBytes)
        return R::failure(Tr::tr("The KEV catalog is larger than %1 MiB; it was not read.")
                .arg(maxFileBytes / (1024 * 1024)));
    const auto root = FeedJson::parseObject(json);
    if (!root)
        return R::failure(Tr::tr("Not a KEV catalog. %1").arg(root.error()));
    const QJsonValue list = root->value(QStringLiteral("vulnerabilities"));
    if (!list.isArray())
        return R::failure(Tr::tr("Not a KEV catalog: vulnerabilities: missing or not a list."));
    const QJsonArray array = list.toArray();
    if (array.size() > maxEntries)
        return R::failure(
            Tr::tr("The KEV catalog lists more than %1 vulnerabilities; it was not read.").arg(maxEntries));

    KevCatalog catalog;
    FeedJson::Warnings warnings;
    const QJsonValue version = root->value(QStringLiteral("catalogVersion"));
    if (!FeedJson::isOptionalText(version))
        warnings.add(Tr::tr("catalogVersion: not text"));
    catalog.catalogVersion = FeedJson::text(version, kMaxName);
    const QString released = root->value(QStringLiteral("dateReleased")).toString();
    catalog.dateReleased = FeedJson::timestamp(released);
    if (!catalog.dateReleased.isValid())
        warnings.add(Tr::tr("dateReleased: not a date and time"));

    QString firstEntryProblem;
    auto entryProblem = [&](const QString &problem) {
        if (firstEntryProblem.isEmpty())
            firstEntryProblem = problem;
        warnings.add(problem);
    };
    QSet<QString> seen;
    catalog.entries.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("vulnerabilities[%1]").arg(i);
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            entryProblem(Tr::tr("%1: not an object").arg(where));
            continue;
        }
        const QJsonObject object = value.toObject();
        EntryReader read {object, where, {}};
        KevEntry entry;
        entry.cveId = read.text("cveID", 32);
        if (read.problem.isEmpty() && !FeedJson::isCveId(entry.cveId))
            read.problem = Tr::tr("%1.cveID: not a CVE id").arg(where);
        entry.vendorProject = read.text("vendorProject", kMaxName).trimmed();
        entry.product = read.text("product", kMaxName).trimmed();
        entry.vulnerabilityName = read.text("vulnerabilityName", kMaxName);
        entry.shortDescription = read.text("shortDescription", kMaxText);
        entry.requiredAction = read.text("requiredAction", kMaxText);
        entry.notes = read.text("notes", kMaxText);
        entry.dateAdded = read.date("dateAdded");
        entry.dueDate = read.date("dueDate");
        const QString ransomware = read.text("knownRansomwareCampaignUse", 32);
        entry.knownRansomware = ransomware.compare(u"Known", Qt::CaseInsensitive) == 0;

        const QJsonValue cwes = object.value(QStringLiteral("cwes"));
        if (!cwes.isUndefined() && !cwes.isNull() && !cwes.isArray() && read.problem.isEmpty())
            read.problem = Tr::tr("%1.cwes: not a list").arg(where);
        if (!read.problem.isEmpty()) {
            entryProblem(read.problem);
            continue;
        }
        const QJsonArray cweArray = cwes.toArray();
        for (qsizetype c = 0; c < cweArray.size() && entry.cwes.size() < kMaxCwes; ++c) {
            const QString cwe = cweArray.at(c).toString();
            if (FeedJson::isCweId(cwe)) {
                if (!entry.cwes.contains(cwe))
                    entry.cwes.append(cwe);
            } else {
                warnings.add(Tr::tr("%1.cwes[%2]: not a CWE id").arg(where).arg(c));
            }
        }
        if (seen.contains(entry.cveId)) {
            warnings.add(
                Tr::tr("%1.cveID: %2 is listed twice; the first entry is kept").arg(where, entry.cveId));
            continue;
        }
        seen.insert(entry.cveId);
        catalog.entries.append(std::move(entry));
    }
    if (catalog.entries.isEmpty() && !array.isEmpty())
        return R::failure(Tr::tr(
            "Not a KEV catalog: none of its %n entries could be read (%1).", nullptr, int(array.size()))
                .arg(firstEntryProblem));
    catalog.warnings = warnings.take();
    return catalog;
}
