#include "AdvisoryData.h"

#include "CweCatalog.h"
#include "core/TextSanitizer.h"
#include "sbom/VersionOrder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTime>
#include <QUrl>

#include <algorithm>
#include <iterator>

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

constexpr Named kJustifications[] = {
    {"", QT_TRANSLATE_NOOP("AdvisoryData", "—")},
    {"component_not_present", QT_TRANSLATE_NOOP("AdvisoryData", "Component not present")},
    {"vulnerable_code_not_present", QT_TRANSLATE_NOOP("AdvisoryData", "Vulnerable code not present")},
    // Short enough for a table cell; the CSAF flag says it in full.
    {"vulnerable_code_not_in_execute_path", QT_TRANSLATE_NOOP("AdvisoryData", "Not in execute path")},
    {"vulnerable_code_cannot_be_controlled_by_adversary",
        QT_TRANSLATE_NOOP("AdvisoryData", "Not attacker-controllable")},
    {"inline_mitigations_already_exist", QT_TRANSLATE_NOOP("AdvisoryData", "Inline mitigations exist")},
};

constexpr Named kCreditTypes[] = {
    {"finder", QT_TRANSLATE_NOOP("AdvisoryData", "Finder")},
    {"reporter", QT_TRANSLATE_NOOP("AdvisoryData", "Reporter")},
    {"analyst", QT_TRANSLATE_NOOP("AdvisoryData", "Analyst")},
    {"coordinator", QT_TRANSLATE_NOOP("AdvisoryData", "Coordinator")},
    {"remediation developer", QT_TRANSLATE_NOOP("AdvisoryData", "Remediation developer")},
    {"remediation reviewer", QT_TRANSLATE_NOOP("AdvisoryData", "Remediation reviewer")},
    {"remediation verifier", QT_TRANSLATE_NOOP("AdvisoryData", "Remediation verifier")},
    {"tool", QT_TRANSLATE_NOOP("AdvisoryData", "Tool")},
    {"sponsor", QT_TRANSLATE_NOOP("AdvisoryData", "Sponsor")},
    {"other", QT_TRANSLATE_NOOP("AdvisoryData", "Other")},
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

QList<NotAffectedJustification> Justifications::all()
{
    QList<NotAffectedJustification> out;
    for (size_t i = 1; i < std::size(kJustifications); ++i)
        out.append(NotAffectedJustification(i));
    return out;
}

QString Justifications::id(NotAffectedJustification justification)
{
    return QString::fromLatin1(kJustifications[int(justification)].id);
}

bool Justifications::fromId(const QString &id, NotAffectedJustification *justification)
{
    return !id.isEmpty() && lookUp(kJustifications, id, justification);
}

QString Justifications::displayName(NotAffectedJustification justification)
{
    return QCoreApplication::translate("AdvisoryData", kJustifications[int(justification)].name);
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

QList<CreditType> CreditTypes::all()
{
    QList<CreditType> out;
    for (size_t i = 0; i < std::size(kCreditTypes); ++i)
        out.append(CreditType(i));
    return out;
}

QString CreditTypes::id(CreditType type)
{
    return QString::fromLatin1(kCreditTypes[int(type)].id);
}

bool CreditTypes::fromId(const QString &id, CreditType *type)
{
    return lookUp(kCreditTypes, id, type);
}

QString CreditTypes::displayName(CreditType type)
{
    return QCoreApplication::translate("AdvisoryData", kCreditTypes[int(type)].name);
}

QString AffectedProduct::versionText() const
{
    if (!isRange())
        return version;
    if (version.isEmpty())
        return QCoreApplication::translate("AdvisoryData", "before %1").arg(lessThan);
    return QCoreApplication::translate("AdvisoryData", "%1 to before %2").arg(version, lessThan);
}

QString AffectedProduct::vers() const
{
    // VERS (package-url/purl-spec, "vers: a version range specifier"): comparators joined
    // by "|", generic versioning scheme.
    if (!isRange())
        return QString();
    return version.trimmed().isEmpty()
        ? QStringLiteral("vers:generic/<%1").arg(lessThan.trimmed())
        : QStringLiteral("vers:generic/>=%1|<%2").arg(version.trimmed(), lessThan.trimmed());
}

bool Vulnerability::hasPublicText() const
{
    return !title.trimmed().isEmpty() || !summary.trimmed().isEmpty() || !description.trimmed().isEmpty()
        || !impact.trimmed().isEmpty();
}

bool AdvisoryData::isEmpty() const
{
    return vulnerabilities.isEmpty() && acknowledgments.isEmpty() && revisions.isEmpty()
        && creditName.isEmpty() && reporterAliases.isEmpty();
}

QStringList AdvisoryData::cves() const
{
    QStringList out;
    for (const Vulnerability &v : vulnerabilities) {
        if (!v.cve.isEmpty())
            out.append(v.cve);
    }
    return out;
}

const Vulnerability *AdvisoryData::vulnerability(const QString &cve) const
{
    for (const Vulnerability &v : vulnerabilities) {
        if (!cve.isEmpty() && v.cve == cve)
            return &v;
    }
    return nullptr;
}

QList<int> AdvisoryData::cwes() const
{
    QList<int> out;
    for (const Vulnerability &v : vulnerabilities) {
        for (int cwe : v.cwes) {
            if (!out.contains(cwe))
                out.append(cwe);
        }
    }
    return out;
}

bool AdvisoryData::hasProducts() const
{
    return std::any_of(vulnerabilities.cbegin(), vulnerabilities.cend(),
        [](const Vulnerability &v) { return !v.products.isEmpty(); });
}

Revision AdvisoryData::nextRevision(const QDateTime &at, const QString &summary) const
{
    const int last = revisions.isEmpty() ? 0 : revisions.constLast().number.toInt();
    QDateTime date = at.toUTC();
    // Seconds are what CSAF and CVE print; a revision is never earlier than the one before.
    date.setTime(QTime(date.time().hour(), date.time().minute(), date.time().second()));
    if (!revisions.isEmpty() && date < revisions.constLast().date)
        date = revisions.constLast().date;
    return Revision {QString::number(last + 1), date, summary};
}

bool AdvisoryData::isCveId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^CVE-[0-9]{4}-[0-9]{4,19}$"));
    return pattern.match(text).hasMatch();
}

bool AffectedProduct::covers(const QString &release) const
{
    const QString r = release.trimmed();
    if (!isRange())
        return AdvisoryData::compareVersions(version.trimmed(), r) == 0;
    return (version.trimmed().isEmpty() || AdvisoryData::compareVersions(r, version.trimmed()) >= 0)
        && AdvisoryData::compareVersions(r, lessThan.trimmed()) < 0;
}

int AdvisoryData::compareVersions(const QString &a, const QString &b)
{
    return VersionOrder::compareGeneric(a, b);
}

bool AdvisoryData::isVersion(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+~:-]{0,99}$"));
    return pattern.match(text).hasMatch();
}

namespace {

Status validateProducts(const QList<AffectedProduct> &products)
{
    QSet<QString> seen;
    for (const AffectedProduct &p : products) {
        if (p.product.trimmed().isEmpty())
            return failure(QT_TRANSLATE_NOOP("AdvisoryData", "An affected product has no name."));
        if (!p.isRange() && p.version.trimmed().isEmpty())
            return Status::failure(QCoreApplication::translate(
                "AdvisoryData", "“%1” needs a version, or a range with its first fixed version.")
                    .arg(p.product.left(80)));
        for (const QString &version : {p.version.trimmed(), p.lessThan.trimmed()}) {
            if (!version.isEmpty() && !AdvisoryData::isVersion(version))
                return Status::failure(QCoreApplication::translate("AdvisoryData",
                    "“%1” is not a version. Write one version (such as 2.3 or 23.4.1-rc2); for "
                    "“prior to 2.3” leave the first version empty and put 2.3 under “Fixed in”.")
                        .arg(TextSanitizer::singleLine(version.left(80))));
        }
        const QString key = p.product.trimmed() + u'\n' + p.version.trimmed() + u'\n' + p.lessThan.trimmed();
        if (seen.contains(key))
            return Status::failure(QCoreApplication::translate("AdvisoryData", "“%1 %2” is listed twice.")
                    .arg(p.product.left(80), p.versionText().left(80)));
        seen.insert(key);
    }
    return {};
}

Status validateRemediations(const QList<Remediation> &remediations)
{
    for (const Remediation &r : remediations) {
        if (r.details.trimmed().isEmpty())
            return failure(
                QT_TRANSLATE_NOOP("AdvisoryData", "A remediation needs details for the customer."));
        if (!r.fixedVersion.trimmed().isEmpty() && !AdvisoryData::isVersion(r.fixedVersion.trimmed()))
            return Status::failure(QCoreApplication::translate("AdvisoryData", "“%1” is not a version.")
                    .arg(TextSanitizer::singleLine(r.fixedVersion.left(80))));
        if (!r.url.isEmpty()) {
            const QUrl url(r.url, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
                || url.host().isEmpty())
                return Status::failure(
                    QCoreApplication::translate("AdvisoryData", "“%1” is not an http(s) address.")
                        .arg(r.url.left(80)));
        }
    }
    return {};
}

} // namespace

Status AdvisoryData::validate() const
{
    if (vulnerabilities.size() > maxItems || acknowledgments.size() > maxItems || revisions.size() > maxItems
        || reporterAliases.size() > maxItems)
        return Status::failure(
            QCoreApplication::translate("AdvisoryData", "An advisory list holds at most %1 entries.")
                .arg(maxItems));
    QSet<QString> seenCves;
    for (const Vulnerability &v : vulnerabilities) {
        if (v.cwes.size() > maxItems || v.products.size() > maxItems || v.remediations.size() > maxItems)
            return Status::failure(
                QCoreApplication::translate("AdvisoryData", "An advisory list holds at most %1 entries.")
                    .arg(maxItems));
        if (!v.cve.isEmpty()) {
            if (!isCveId(v.cve))
                return Status::failure(
                    QCoreApplication::translate("AdvisoryData", "“%1” is not a CVE id (CVE-YYYY-NNNN).")
                        .arg(TextSanitizer::singleLine(v.cve.left(40))));
            if (seenCves.contains(v.cve))
                return Status::failure(
                    QCoreApplication::translate("AdvisoryData", "%1 is listed twice.").arg(v.cve));
            seenCves.insert(v.cve);
        }
        QSet<int> seenCwes;
        for (int cwe : v.cwes) {
            if (!CweCatalog::contains(cwe))
                return Status::failure(
                    QCoreApplication::translate("AdvisoryData", "CWE-%1 is not in the CWE catalogue.")
                        .arg(cwe));
            if (seenCwes.contains(cwe))
                return Status::failure(
                    QCoreApplication::translate("AdvisoryData", "CWE-%1 is listed twice.").arg(cwe));
            seenCwes.insert(cwe);
        }
        if (const Status s = validateProducts(v.products); !s)
            return s;
        if (const Status s = validateRemediations(v.remediations); !s)
            return s;
    }
    for (const Acknowledgment &a : acknowledgments) {
        if (a.name.trimmed().isEmpty())
            return failure(QT_TRANSLATE_NOOP("AdvisoryData", "An acknowledgment needs the name to credit."));
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
    int products = 0;
    int remediations = 0;
    for (const Vulnerability &v : vulnerabilities) {
        products += int(v.products.size());
        remediations += int(v.remediations.size());
    }
    return QCoreApplication::translate(
               "AdvisoryData", "%n vulnerability(s)", nullptr, int(vulnerabilities.size()))
        + u", " + QCoreApplication::translate("AdvisoryData", "%n CVE(s)", nullptr, int(cves().size()))
        + u", " + QCoreApplication::translate("AdvisoryData", "%n product(s)", nullptr, products) + u", "
        + QCoreApplication::translate("AdvisoryData", "%n remediation(s)", nullptr, remediations) + u", "
        + QCoreApplication::translate("AdvisoryData", "%n revision(s)", nullptr, int(revisions.size()));
}

namespace {

QJsonArray productsJson(const QList<AffectedProduct> &products)
{
    QJsonArray out;
    for (const AffectedProduct &p : products) {
        QJsonObject o {{QStringLiteral("product"), p.product}, {QStringLiteral("version"), p.version},
            {QStringLiteral("lessThan"), p.lessThan},
            {QStringLiteral("status"), ProductStatuses::id(p.status)}};
        if (p.justification != NotAffectedJustification::None)
            o.insert(QStringLiteral("justification"), Justifications::id(p.justification));
        if (!p.impactStatement.isEmpty())
            o.insert(QStringLiteral("impactStatement"), p.impactStatement);
        out.append(o);
    }
    return out;
}

QJsonArray remediationsJson(const QList<Remediation> &remediations)
{
    QJsonArray out;
    for (const Remediation &r : remediations)
        out.append(QJsonObject {{QStringLiteral("category"), RemediationCategories::id(r.category)},
            {QStringLiteral("details"), r.details}, {QStringLiteral("fixedVersion"), r.fixedVersion},
            {QStringLiteral("url"), r.url}});
    return out;
}

QJsonArray intsJson(const QList<int> &values)
{
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

Result<QList<AffectedProduct>> productsFromJson(const QJsonArray &array)
{
    QList<AffectedProduct> out;
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        AffectedProduct p;
        p.product = bounded(o.value(QLatin1StringView("product")), 500);
        p.version = bounded(o.value(QLatin1StringView("version")), 200);
        p.lessThan = bounded(o.value(QLatin1StringView("lessThan")), 200);
        if (!ProductStatuses::fromId(o.value(QLatin1StringView("status")).toString(), &p.status))
            return Result<QList<AffectedProduct>>::failure(
                QCoreApplication::translate("AdvisoryData", "unknown product status"));
        const QString justification = o.value(QLatin1StringView("justification")).toString();
        if (!justification.isEmpty() && !Justifications::fromId(justification, &p.justification))
            return Result<QList<AffectedProduct>>::failure(
                QCoreApplication::translate("AdvisoryData", "unknown justification"));
        p.impactStatement = bounded(o.value(QLatin1StringView("impactStatement")));
        out.append(p);
    }
    return out;
}

Result<QList<Remediation>> remediationsFromJson(const QJsonArray &array)
{
    QList<Remediation> out;
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        Remediation r;
        if (!RemediationCategories::fromId(o.value(QLatin1StringView("category")).toString(), &r.category))
            return Result<QList<Remediation>>::failure(
                QCoreApplication::translate("AdvisoryData", "unknown remediation category"));
        r.details = bounded(o.value(QLatin1StringView("details")));
        r.fixedVersion = bounded(o.value(QLatin1StringView("fixedVersion")), 200);
        r.url = bounded(o.value(QLatin1StringView("url")), 2000);
        out.append(r);
    }
    return out;
}

QList<int> intsFromJson(const QJsonArray &array)
{
    QList<int> out;
    for (const QJsonValue v : array)
        out.append(v.toInt());
    return out;
}

} // namespace

QByteArray AdvisoryData::toJson() const
{
    QJsonArray vulnerabilityArray;
    for (const Vulnerability &v : vulnerabilities)
        vulnerabilityArray.append(QJsonObject {{QStringLiteral("cve"), v.cve},
            {QStringLiteral("cwes"), intsJson(v.cwes)}, {QStringLiteral("title"), v.title},
            {QStringLiteral("summary"), v.summary}, {QStringLiteral("description"), v.description},
            {QStringLiteral("impact"), v.impact}, {QStringLiteral("products"), productsJson(v.products)},
            {QStringLiteral("remediations"), remediationsJson(v.remediations)}});
    QJsonArray ackArray;
    for (const Acknowledgment &a : acknowledgments)
        ackArray.append(
            QJsonObject {{QStringLiteral("name"), a.name}, {QStringLiteral("organization"), a.organization},
                {QStringLiteral("consent"), a.consent}, {QStringLiteral("type"), CreditTypes::id(a.type)}});
    QJsonArray revisionArray;
    for (const Revision &r : revisions)
        revisionArray.append(QJsonObject {{QStringLiteral("number"), r.number},
            {QStringLiteral("date"), r.date.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("summary"), r.summary}});
    const QJsonObject root {{QStringLiteral("format"), 2},
        {QStringLiteral("vulnerabilities"), vulnerabilityArray}, {QStringLiteral("creditName"), creditName},
        {QStringLiteral("creditType"), CreditTypes::id(creditType)},
        {QStringLiteral("reporterAliases"), QJsonArray::fromStringList(reporterAliases)},
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
    const auto list
        = [](const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toArray(); };
    if (root.contains(QLatin1StringView("vulnerabilities"))) {
        for (const QJsonValue value : list(root, "vulnerabilities")) {
            const QJsonObject o = value.toObject();
            Vulnerability v;
            v.cve = bounded(o.value(QLatin1StringView("cve")), 40);
            v.cwes = intsFromJson(list(o, "cwes"));
            v.title = bounded(o.value(QLatin1StringView("title")), maxTitleChars);
            v.summary = bounded(o.value(QLatin1StringView("summary")));
            v.description = bounded(o.value(QLatin1StringView("description")));
            v.impact = bounded(o.value(QLatin1StringView("impact")));
            const auto products = productsFromJson(list(o, "products"));
            if (!products)
                return fail(products.error());
            v.products = *products;
            const auto remediations = remediationsFromJson(list(o, "remediations"));
            if (!remediations)
                return fail(remediations.error());
            v.remediations = *remediations;
            data.vulnerabilities.append(v);
            if (data.vulnerabilities.size() > maxItems)
                break;
        }
    } else {
        // The first format: one list of each for the whole case. Each CVE becomes a
        // vulnerability with the shared data (or one without a CVE), so nothing is lost.
        Vulnerability shared;
        shared.cwes = intsFromJson(list(root, "cwes"));
        const auto products = productsFromJson(list(root, "products"));
        if (!products)
            return fail(products.error());
        shared.products = *products;
        const auto remediations = remediationsFromJson(list(root, "remediations"));
        if (!remediations)
            return fail(remediations.error());
        shared.remediations = *remediations;
        const QJsonArray cves = list(root, "cves");
        for (const QJsonValue v : cves) {
            Vulnerability one = shared;
            one.cve = bounded(v, 40);
            data.vulnerabilities.append(one);
            if (data.vulnerabilities.size() > maxItems)
                break;
        }
        if (cves.isEmpty() && shared != Vulnerability {})
            data.vulnerabilities.append(shared);
    }
    data.creditName = bounded(root.value(QLatin1StringView("creditName")), 200);
    if (const QString type = root.value(QLatin1StringView("creditType")).toString();
        !type.isEmpty() && !CreditTypes::fromId(type, &data.creditType))
        return fail(QCoreApplication::translate("AdvisoryData", "unknown credit type"));
    for (const QJsonValue v : list(root, "reporterAliases")) {
        data.reporterAliases.append(bounded(v, 200));
        if (data.reporterAliases.size() > maxItems)
            break;
    }
    for (const QJsonValue v : list(root, "acknowledgments")) {
        const QJsonObject o = v.toObject();
        Acknowledgment a {bounded(o.value(QLatin1StringView("name")), 200),
            bounded(o.value(QLatin1StringView("organization")), 200),
            o.value(QLatin1StringView("consent")).toBool()};
        if (const QString type = o.value(QLatin1StringView("type")).toString();
            !type.isEmpty() && !CreditTypes::fromId(type, &a.type))
            return fail(QCoreApplication::translate("AdvisoryData", "unknown credit type"));
        if (a.name.trimmed().isEmpty()) // the first format allowed an organisation alone
            a.name = a.organization;
        data.acknowledgments.append(a);
    }
    for (const QJsonValue v : list(root, "revisions")) {
        const QJsonObject o = v.toObject();
        data.revisions.append({bounded(o.value(QLatin1StringView("number")), 20),
            QDateTime::fromString(o.value(QLatin1StringView("date")).toString(), Qt::ISODate).toUTC(),
            bounded(o.value(QLatin1StringView("summary")))});
    }
    if (const Status valid = data.validate(); !valid)
        return fail(valid.error());
    return data;
}
