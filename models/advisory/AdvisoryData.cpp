#include "AdvisoryData.h"

#include "CweCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

struct Named
{
    const char *id;
    const char *name;
};

constexpr Named kStatuses[] = {
    {"known_affected", QT_TRANSLATE_NOOP("AdvisoryData", "Known affected")},
    {"known_not_affected", QT_TRANSLATE_NOOP("AdvisoryData", "Known not affected")},
    {"fixed", QT_TRANSLATE_NOOP("AdvisoryData", "Fixed")},
    {"under_investigation", QT_TRANSLATE_NOOP("AdvisoryData", "Under investigation")},
};

constexpr Named kCategories[] = {
    {"vendor_fix", QT_TRANSLATE_NOOP("AdvisoryData", "Vendor fix")},
    {"workaround", QT_TRANSLATE_NOOP("AdvisoryData", "Workaround")},
    {"mitigation", QT_TRANSLATE_NOOP("AdvisoryData", "Mitigation")},
    {"no_fix_planned", QT_TRANSLATE_NOOP("AdvisoryData", "No fix planned")},
    {"none_available", QT_TRANSLATE_NOOP("AdvisoryData", "None available")},
};

template<typename E, size_t N>
bool lookUp(const Named (&table)[N], const QString &id, E *out)
{
    for (size_t i = 0; i < N; ++i) {
        if (id == QLatin1StringView(table[i].id)) {
            *out = E(i);
            return true;
        }
    }
    return false;
}

QString bounded(const QJsonValue &v, qsizetype max = AdvisoryData::maxTextChars)
{
    return v.toString().left(max);
}

Status failure(const char *text)
{
    return Status::failure(QCoreApplication::translate("AdvisoryData", text));
}

} // namespace

QList<ProductStatus> ProductStatuses::all()
{
    return {ProductStatus::KnownAffected, ProductStatus::KnownNotAffected, ProductStatus::Fixed,
        ProductStatus::UnderInvestigation};
}

QString ProductStatuses::id(ProductStatus status)
{
    return QString::fromLatin1(kStatuses[int(status)].id);
}

bool ProductStatuses::fromId(const QString &id, ProductStatus *status)
{
    return lookUp(kStatuses, id, status);
}

QString ProductStatuses::displayName(ProductStatus status)
{
    return QCoreApplication::translate("AdvisoryData", kStatuses[int(status)].name);
}

QList<RemediationCategory> RemediationCategories::all()
{
    return {RemediationCategory::VendorFix, RemediationCategory::Workaround, RemediationCategory::Mitigation,
        RemediationCategory::NoFixPlanned, RemediationCategory::NoneAvailable};
}

QString RemediationCategories::id(RemediationCategory category)
{
    return QString::fromLatin1(kCategories[int(category)].id);
}

bool RemediationCategories::fromId(const QString &id, RemediationCategory *category)
{
    return lookUp(kCategories, id, category);
}

QString RemediationCategories::displayName(RemediationCategory category)
{
    return QCoreApplication::translate("AdvisoryData", kCategories[int(category)].name);
}

QString AffectedProduct::versionText() const
{
    if (!isRange())
        return version;
    if (version.isEmpty())
        return QCoreApplication::translate("AdvisoryData", "before %1").arg(lessThan);
    return QCoreApplication::translate("AdvisoryData", "%1 to before %2").arg(version, lessThan);
}

bool AdvisoryData::isEmpty() const
{
    return cves.isEmpty() && cwes.isEmpty() && products.isEmpty() && remediations.isEmpty()
        && acknowledgments.isEmpty() && revisions.isEmpty();
}

bool AdvisoryData::isCveId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^CVE-[0-9]{4}-[0-9]{4,19}$"));
    return pattern.match(text).hasMatch();
}

Status AdvisoryData::validate() const
{
    if (cves.size() > maxItems || cwes.size() > maxItems || products.size() > maxItems
        || remediations.size() > maxItems || acknowledgments.size() > maxItems || revisions.size() > maxItems)
        return Status::failure(
            QCoreApplication::translate("AdvisoryData", "An advisory list holds at most %1 entries.")
                .arg(maxItems));
    QSet<QString> seenCves;
    for (const QString &cve : cves) {
        if (!isCveId(cve))
            return Status::failure(
                QCoreApplication::translate("AdvisoryData", "“%1” is not a CVE id (CVE-YYYY-NNNN).")
                    .arg(cve.left(40)));
        if (seenCves.contains(cve))
            return Status::failure(
                QCoreApplication::translate("AdvisoryData", "%1 is listed twice.").arg(cve));
        seenCves.insert(cve);
    }
    QSet<int> seenCwes;
    for (int cwe : cwes) {
        if (!CweCatalog::contains(cwe))
            return Status::failure(
                QCoreApplication::translate("AdvisoryData", "CWE-%1 is not in the CWE catalogue.").arg(cwe));
        if (seenCwes.contains(cwe))
            return Status::failure(
                QCoreApplication::translate("AdvisoryData", "CWE-%1 is listed twice.").arg(cwe));
        seenCwes.insert(cwe);
    }
    QSet<QString> seenProducts;
    for (const AffectedProduct &p : products) {
        if (p.product.trimmed().isEmpty())
            return failure(QT_TRANSLATE_NOOP("AdvisoryData", "An affected product has no name."));
        if (!p.isRange() && p.version.trimmed().isEmpty())
            return Status::failure(QCoreApplication::translate(
                "AdvisoryData", "“%1” needs a version, or a range with its first fixed version.")
                    .arg(p.product.left(80)));
        const QString key = p.product.trimmed() + u'\n' + p.version.trimmed() + u'\n' + p.lessThan.trimmed();
        if (seenProducts.contains(key))
            return Status::failure(QCoreApplication::translate("AdvisoryData", "“%1 %2” is listed twice.")
                    .arg(p.product.left(80), p.versionText().left(80)));
        seenProducts.insert(key);
    }
    for (const Remediation &r : remediations) {
        if (r.details.trimmed().isEmpty())
            return failure(
                QT_TRANSLATE_NOOP("AdvisoryData", "A remediation needs details for the customer."));
        if (!r.url.isEmpty()) {
            const QUrl url(r.url, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
                || url.host().isEmpty())
                return Status::failure(
                    QCoreApplication::translate("AdvisoryData", "“%1” is not an http(s) address.")
                        .arg(r.url.left(80)));
        }
    }
    for (const Acknowledgment &a : acknowledgments) {
        if (a.name.trimmed().isEmpty() && a.organization.trimmed().isEmpty())
            return failure(
                QT_TRANSLATE_NOOP("AdvisoryData", "An acknowledgment needs a name or an organisation."));
    }
    int previous = 0;
    QDateTime previousDate;
    for (const Revision &r : revisions) {
        bool ok = false;
        const int n = r.number.toInt(&ok);
        if (!ok || n != previous + 1)
            return failure(QT_TRANSLATE_NOOP(
                "AdvisoryData", "Revision numbers must count up by one from 1 (1, 2, 3, …)."));
        if (!r.date.isValid() || (previousDate.isValid() && r.date < previousDate))
            return failure(QT_TRANSLATE_NOOP(
                "AdvisoryData", "Each revision needs a date no earlier than the one before."));
        if (r.summary.trimmed().isEmpty())
            return failure(QT_TRANSLATE_NOOP("AdvisoryData", "Each revision needs a summary."));
        previous = n;
        previousDate = r.date;
    }
    return {};
}

QString AdvisoryData::summary() const
{
    return QCoreApplication::translate("AdvisoryData", "%n CVE(s)", nullptr, int(cves.size())) + u", "
        + QCoreApplication::translate("AdvisoryData", "%n product(s)", nullptr, int(products.size())) + u", "
        + QCoreApplication::translate("AdvisoryData", "%n remediation(s)", nullptr, int(remediations.size()))
        + u", "
        + QCoreApplication::translate("AdvisoryData", "%n revision(s)", nullptr, int(revisions.size()));
}

QByteArray AdvisoryData::toJson() const
{
    QJsonArray cveArray;
    for (const QString &c : cves)
        cveArray.append(c);
    QJsonArray cweArray;
    for (int c : cwes)
        cweArray.append(c);
    QJsonArray productArray;
    for (const AffectedProduct &p : products)
        productArray.append(QJsonObject {{QStringLiteral("product"), p.product},
            {QStringLiteral("version"), p.version}, {QStringLiteral("lessThan"), p.lessThan},
            {QStringLiteral("status"), ProductStatuses::id(p.status)}});
    QJsonArray remediationArray;
    for (const Remediation &r : remediations)
        remediationArray.append(
            QJsonObject {{QStringLiteral("category"), RemediationCategories::id(r.category)},
                {QStringLiteral("details"), r.details}, {QStringLiteral("fixedVersion"), r.fixedVersion},
                {QStringLiteral("url"), r.url}});
    QJsonArray ackArray;
    for (const Acknowledgment &a : acknowledgments)
        ackArray.append(QJsonObject {{QStringLiteral("name"), a.name},
            {QStringLiteral("organization"), a.organization}, {QStringLiteral("consent"), a.consent}});
    QJsonArray revisionArray;
    for (const Revision &r : revisions)
        revisionArray.append(QJsonObject {{QStringLiteral("number"), r.number},
            {QStringLiteral("date"), r.date.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("summary"), r.summary}});
    const QJsonObject root {{QStringLiteral("cves"), cveArray}, {QStringLiteral("cwes"), cweArray},
        {QStringLiteral("products"), productArray}, {QStringLiteral("remediations"), remediationArray},
        {QStringLiteral("acknowledgments"), ackArray}, {QStringLiteral("revisions"), revisionArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<AdvisoryData> AdvisoryData::fromJson(const QByteArray &json)
{
    const auto fail = [](const QString &why) {
        return Result<AdvisoryData>::failure(
            QCoreApplication::translate("AdvisoryData", "The stored advisory data is unreadable: %1")
                .arg(why));
    };
    if (json.size() > 16 * 1024 * 1024)
        return fail(QCoreApplication::translate("AdvisoryData", "too large"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return fail(error.errorString());
    const QJsonObject root = doc.object();
    AdvisoryData data;
    const auto list = [&root](const char *key) { return root.value(QLatin1StringView(key)).toArray(); };
    for (const QJsonValue v : list("cves"))
        data.cves.append(bounded(v, 40));
    for (const QJsonValue v : list("cwes"))
        data.cwes.append(v.toInt());
    for (const QJsonValue v : list("products")) {
        const QJsonObject o = v.toObject();
        AffectedProduct p;
        p.product = bounded(o.value(QLatin1StringView("product")), 500);
        p.version = bounded(o.value(QLatin1StringView("version")), 200);
        p.lessThan = bounded(o.value(QLatin1StringView("lessThan")), 200);
        if (!ProductStatuses::fromId(o.value(QLatin1StringView("status")).toString(), &p.status))
            return fail(QCoreApplication::translate("AdvisoryData", "unknown product status"));
        data.products.append(p);
    }
    for (const QJsonValue v : list("remediations")) {
        const QJsonObject o = v.toObject();
        Remediation r;
        if (!RemediationCategories::fromId(o.value(QLatin1StringView("category")).toString(), &r.category))
            return fail(QCoreApplication::translate("AdvisoryData", "unknown remediation category"));
        r.details = bounded(o.value(QLatin1StringView("details")));
        r.fixedVersion = bounded(o.value(QLatin1StringView("fixedVersion")), 200);
        r.url = bounded(o.value(QLatin1StringView("url")), 2000);
        data.remediations.append(r);
    }
    for (const QJsonValue v : list("acknowledgments")) {
        const QJsonObject o = v.toObject();
        data.acknowledgments.append({bounded(o.value(QLatin1StringView("name")), 200),
            bounded(o.value(QLatin1StringView("organization")), 200),
            o.value(QLatin1StringView("consent")).toBool()});
    }
    for (const QJsonValue v : list("revisions")) {
        const QJsonObject o = v.toObject();
        data.revisions.append({bounded(o.value(QLatin1StringView("number")), 20),
            QDateTime::fromString(o.value(QLatin1StringView("date")).toString(), Qt::ISODate).toUTC(),
            bounded(o.value(QLatin1StringView("summary")))});
    }
    if (const Status valid = data.validate(); !valid)
        return fail(valid.error());
    return data;
}
