#include "CveRecord.h"

#include "advisory/CweCatalog.h"
#include "core/TextSanitizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

// CVE status of a version for a CSAF/VEX product status.
QString cveStatus(ProductStatus status)
{
    switch (status) {
    case ProductStatus::KnownAffected:
        return QStringLiteral("affected");
    case ProductStatus::KnownNotAffected:
    case ProductStatus::Fixed:
        return QStringLiteral("unaffected");
    case ProductStatus::UnderInvestigation:
        break;
    }
    return QStringLiteral("unknown");
}

bool isSemver(const QString &version)
{
    // Semantic Versioning 2.0.0's core (MAJOR.MINOR.PATCH), optionally with pre-release and
    // build parts.
    static const QRegularExpression pattern(QStringLiteral(
        "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"));
    return pattern.match(version).hasMatch();
}

QJsonObject english(const char *key, const QString &text)
{
    return QJsonObject {{QStringLiteral("lang"), QStringLiteral("en")}, {QLatin1StringView(key), text}};
}

} // namespace

Result<QByteArray> CveRecord::build(
    const AdvisoryCase &ac, const AdvisoryPublisher &publisher, const Options &options)
{
    using R = Result<QByteArray>;
    if (const Status s = publisher.validateForCve(); !s)
        return R::failure(s.error());
    if (const Status s = ac.advisory.validate(); !s)
        return R::failure(s.error());
    const QStringList cves = ac.advisory.cves();
    const QString cveId = options.cveId.isEmpty() ? cves.value(0) : options.cveId;
    if (cveId.isEmpty())
        return R::failure(QCoreApplication::translate(
            "CveRecord", "The case has no CVE id yet; add one on its Advisory tab."));
    if (!cves.contains(cveId))
        return R::failure(QCoreApplication::translate("CveRecord", "%1 is not a CVE id of this case.")
                .arg(TextSanitizer::singleLine(cveId.left(40))));
    if (ac.advisory.revisions.isEmpty())
        return R::failure(QCoreApplication::translate("CveRecord",
            "The case has no published revision yet; a CVE record is published with its advisory. "
            "Publish a revision on the Advisory tab first."));
    Vulnerability vuln;
    for (const Vulnerability &v : ac.vulnerabilities()) {
        if (v.cve == cveId)
            vuln = v;
    }
    if (std::none_of(vuln.products.cbegin(), vuln.products.cend(),
            [](const AffectedProduct &p) { return p.status == ProductStatus::KnownAffected; }))
        return R::failure(QCoreApplication::translate("CveRecord",
            "No product is known affected by %1; a CVE record describes a vulnerability in "
            "something. Mark the affected products on the Advisory tab.")
                .arg(cveId));

    const QString orgId = publisher.cveOrgId.trimmed().toLower();
    // affected: one entry per product, its versions and ranges in order, under its vendor.
    QMap<QString, QJsonArray> versions;
    for (const AffectedProduct &p : vuln.products) {
        QJsonObject v {{QStringLiteral("status"), cveStatus(p.status)}};
        if (p.isRange()) {
            const QString from = p.version.trimmed().isEmpty() ? QStringLiteral("0") : p.version.trimmed();
            v.insert(QStringLiteral("version"), from);
            v.insert(QStringLiteral("lessThan"), p.lessThan.trimmed());
            v.insert(QStringLiteral("versionType"),
                isSemver(from) && isSemver(p.lessThan.trimmed()) ? QStringLiteral("semver")
                                                                 : QStringLiteral("custom"));
        } else {
            v.insert(QStringLiteral("version"), p.version.trimmed());
        }
        const QString product = TextSanitizer::forDocumentLine(p.product);
        versions[product.isEmpty() ? QStringLiteral("n/a") : product].append(v);
    }
    QJsonArray affected;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const QString vendor = TextSanitizer::forDocumentLine(publisher.vendorOf(it.key()));
        affected.append(
            QJsonObject {{QStringLiteral("vendor"), vendor.isEmpty() ? QStringLiteral("n/a") : vendor},
                {QStringLiteral("product"), it.key()}, {QStringLiteral("versions"), it.value()},
                {QStringLiteral("defaultStatus"), QStringLiteral("unaffected")}});
    }

    QString description = TextSanitizer::forDocument(vuln.description).trimmed();
    if (const QString impact = TextSanitizer::forDocument(vuln.impact).trimmed(); !impact.isEmpty())
        description = QString(description + QStringLiteral("\n\n") + impact).trimmed();
    QString title = TextSanitizer::forDocumentLine(vuln.title).left(256);
    if (title.isEmpty())
        title = cveId;
    if (description.isEmpty())
        description = title;
    const QDateTime published = ac.advisory.revisions.constFirst().date.toUTC();
    const QDateTime updated = ac.advisory.revisions.constLast().date.toUTC();
    QJsonObject provider {{QStringLiteral("orgId"), orgId},
        {QStringLiteral("dateUpdated"), updated.toString(Qt::ISODateWithMs)}};
    if (!publisher.cveShortName.trimmed().isEmpty())
        provider.insert(QStringLiteral("shortName"), publisher.cveShortName.trimmed());
    QJsonObject cna {{QStringLiteral("providerMetadata"), provider}, {QStringLiteral("title"), title},
        {QStringLiteral("descriptions"), QJsonArray {english("value", description.left(3999))}},
        {QStringLiteral("affected"), affected},
        {QStringLiteral("datePublic"), published.toString(Qt::ISODateWithMs)}};
    if (!vuln.cwes.isEmpty()) {
        QJsonArray descriptions;
        for (int cwe : vuln.cwes) {
            QJsonObject d = english("description", CweCatalog::label(cwe) + u' ' + CweCatalog::name(cwe));
            d.insert(QStringLiteral("cweId"), CweCatalog::label(cwe));
            d.insert(QStringLiteral("type"), QStringLiteral("CWE"));
            descriptions.append(d);
        }
        cna.insert(QStringLiteral("problemTypes"),
            QJsonArray {QJsonObject {{QStringLiteral("descriptions"), descriptions}}});
    }
    // Every score the case has, each under its version's name in the record format.
    QJsonArray metrics;
    for (const CaseScore &s : ac.scores) {
        static const QHash<QString, QString> key {{QStringLiteral("4.0"), QStringLiteral("cvssV4_0")},
            {QStringLiteral("3.1"), QStringLiteral("cvssV3_1")},
            {QStringLiteral("3.0"), QStringLiteral("cvssV3_0")},
            {QStringLiteral("2.0"), QStringLiteral("cvssV2_0")}};
        const QJsonObject o = CvssJson::object(s);
        if (!o.isEmpty() && key.contains(s.version))
            metrics.append(QJsonObject {{key.value(s.version), o}});
    }
    if (!metrics.isEmpty())
        cna.insert(QStringLiteral("metrics"), metrics);
    QJsonArray solutions;
    QJsonArray workarounds;
    for (const Remediation &r : vuln.remediations) {
        QString text = TextSanitizer::forDocument(r.details).trimmed();
        if (!r.fixedVersion.trimmed().isEmpty())
            text = QStringLiteral("%1\nFixed in %2.").arg(text, r.fixedVersion.trimmed()).trimmed();
        if (text.isEmpty())
            continue;
        (r.category == RemediationCategory::Workaround || r.category == RemediationCategory::Mitigation
                ? workarounds
                : solutions)
            .append(english("value", text.left(3999)));
    }
    if (!solutions.isEmpty())
        cna.insert(QStringLiteral("solutions"), solutions);
    if (!workarounds.isEmpty())
        cna.insert(QStringLiteral("workarounds"), workarounds);
    QJsonArray credits;
    for (const AdvisoryCase::Credit &credit : ac.credits()) {
        const QString name = TextSanitizer::forDocumentLine(credit.name);
        if (name.isEmpty())
            continue;
        QJsonObject o = english("value", name);
        o.insert(QStringLiteral("type"), CreditTypes::id(credit.type));
        credits.append(o);
    }
    if (!credits.isEmpty())
        cna.insert(QStringLiteral("credits"), credits);
    QString reference = options.advisoryUrl;
    if (reference.isEmpty()) {
        const QString base = publisher.nameSpace.trimmed();
        reference = base + (base.endsWith(u'/') ? QString() : QStringLiteral("/"))
            + QStringLiteral("advisories/")
            + QString::fromLatin1(
                QUrl::toPercentEncoding(ac.c.trackingId.isEmpty() ? cveId : ac.c.trackingId));
    }
    cna.insert(QStringLiteral("references"),
        QJsonArray {QJsonObject {{QStringLiteral("url"), reference},
            {QStringLiteral("tags"), QJsonArray {QStringLiteral("vendor-advisory")}}}});

    QJsonObject metadata {{QStringLiteral("cveId"), cveId}, {QStringLiteral("assignerOrgId"), orgId},
        {QStringLiteral("state"), QStringLiteral("PUBLISHED")},
        {QStringLiteral("datePublished"), published.toString(Qt::ISODateWithMs)},
        {QStringLiteral("dateUpdated"), updated.toString(Qt::ISODateWithMs)}};
    if (!publisher.cveShortName.trimmed().isEmpty())
        metadata.insert(QStringLiteral("assignerShortName"), publisher.cveShortName.trimmed());
    const QJsonObject root {{QStringLiteral("dataType"), QStringLiteral("CVE_RECORD")},
        {QStringLiteral("dataVersion"), QStringLiteral("5.1")}, {QStringLiteral("cveMetadata"), metadata},
        {QStringLiteral("containers"), QJsonObject {{QStringLiteral("cna"), cna}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList CveRecord::warnings(const QByteArray &record)
{
    QStringList out;
    const QJsonObject cna = QJsonDocument::fromJson(record)
                                .object()
                                .value(QLatin1StringView("containers"))
                                .toObject()
                                .value(QLatin1StringView("cna"))
                                .toObject();
    for (const QJsonValue type : cna.value(QLatin1StringView("problemTypes")).toArray()) {
        for (const QJsonValue d : type.toObject().value(QLatin1StringView("descriptions")).toArray()) {
            int id = 0;
            if (CweCatalog::parse(d.toObject().value(QLatin1StringView("cweId")).toString(), &id)
                && CweCatalog::isDiscouraged(id))
                out.append(CweCatalog::mappingWarning(id));
        }
    }
    return out;
}
