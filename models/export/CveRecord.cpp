#include "CveRecord.h"

#include "advisory/CweCatalog.h"
#include "core/TextSanitizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

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

QJsonObject english(const char *key, const QString &text)
{
    return QJsonObject {{QStringLiteral("lang"), QStringLiteral("en")}, {QLatin1StringView(key), text}};
}

} // namespace

Result<QByteArray> CveRecord::build(
    const AdvisoryCase &ac, const AdvisoryPublisher &publisher, const Options &options)
{
    if (const Status s = publisher.validateForCve(); !s)
        return Result<QByteArray>::failure(s.error());
    if (const Status s = ac.advisory.validate(); !s)
        return Result<QByteArray>::failure(s.error());
    const QString cveId = options.cveId.isEmpty() ? ac.advisory.cves.value(0) : options.cveId;
    if (cveId.isEmpty())
        return Result<QByteArray>::failure(QCoreApplication::translate(
            "CveRecord", "The case has no CVE id yet; add one on its Advisory tab."));
    if (!ac.advisory.cves.contains(cveId))
        return Result<QByteArray>::failure(
            QCoreApplication::translate("CveRecord", "%1 is not a CVE id of this case.").arg(cveId.left(40)));

    const QString orgId = publisher.cveOrgId.trimmed().toLower();
    const QString vendor = TextSanitizer::singleLine(publisher.vendorName()).trimmed();
    // affected: one entry per product, its versions and ranges in order.
    QMap<QString, QJsonArray> versions;
    for (const AffectedProduct &p : ac.products()) {
        QJsonObject v {{QStringLiteral("status"), cveStatus(p.status)}};
        if (p.isRange()) {
            v.insert(QStringLiteral("version"),
                p.version.trimmed().isEmpty() ? QStringLiteral("0") : p.version.trimmed());
            v.insert(QStringLiteral("lessThan"), p.lessThan.trimmed());
            v.insert(QStringLiteral("versionType"), QStringLiteral("custom"));
        } else {
            v.insert(QStringLiteral("version"), p.version.trimmed());
        }
        versions[TextSanitizer::singleLine(p.product).trimmed()].append(v);
    }
    QJsonArray affected;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        affected.append(
            QJsonObject {{QStringLiteral("vendor"), vendor.isEmpty() ? QStringLiteral("n/a") : vendor},
                {QStringLiteral("product"), it.key()}, {QStringLiteral("versions"), it.value()},
                {QStringLiteral("defaultStatus"), QStringLiteral("unaffected")}});

    const QString description = ac.c.description.trimmed().isEmpty() ? ac.c.title : ac.c.description;
    QJsonObject cna {{QStringLiteral("providerMetadata"), QJsonObject {{QStringLiteral("orgId"), orgId}}},
        {QStringLiteral("title"), TextSanitizer::singleLine(ac.c.title).left(256)},
        {QStringLiteral("descriptions"), QJsonArray {english("value", description.left(3999))}},
        {QStringLiteral("affected"), affected}};
    if (!publisher.cveShortName.trimmed().isEmpty()) {
        QJsonObject provider = cna.value(QStringLiteral("providerMetadata")).toObject();
        provider.insert(QStringLiteral("shortName"), publisher.cveShortName.trimmed());
        cna.insert(QStringLiteral("providerMetadata"), provider);
    }
    if (!ac.advisory.cwes.isEmpty()) {
        QJsonArray descriptions;
        for (int cwe : ac.advisory.cwes) {
            QJsonObject d = english("description", CweCatalog::label(cwe) + u' ' + CweCatalog::name(cwe));
            d.insert(QStringLiteral("cweId"), CweCatalog::label(cwe));
            d.insert(QStringLiteral("type"), QStringLiteral("CWE"));
            descriptions.append(d);
        }
        cna.insert(QStringLiteral("problemTypes"),
            QJsonArray {QJsonObject {{QStringLiteral("descriptions"), descriptions}}});
    }
    QJsonArray metrics;
    if (const CaseScore *s = ac.score(u'3'); s && s->version == u"3.1") {
        const QJsonObject o = CvssJson::object(*s);
        if (!o.isEmpty())
            metrics.append(QJsonObject {{QStringLiteral("cvssV3_1"), o}});
    }
    if (const CaseScore *s = ac.score(u'4')) {
        const QJsonObject o = CvssJson::object(*s);
        if (!o.isEmpty())
            metrics.append(QJsonObject {{QStringLiteral("cvssV4_0"), o}});
    }
    if (!metrics.isEmpty())
        cna.insert(QStringLiteral("metrics"), metrics);
    QJsonArray solutions;
    QJsonArray workarounds;
    for (const Remediation &r : ac.advisory.remediations) {
        QString text = r.details.trimmed();
        if (!r.fixedVersion.trimmed().isEmpty())
            text += QStringLiteral("\nFixed in %1.").arg(r.fixedVersion.trimmed());
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
    for (const Acknowledgment &a : ac.publishableAcknowledgments()) {
        const QString who = a.organization.isEmpty() ? a.name
            : a.name.isEmpty()                       ? a.organization
                                                     : QStringLiteral("%1 (%2)").arg(a.name, a.organization);
        QJsonObject credit = english("value", TextSanitizer::singleLine(who).trimmed());
        credit.insert(QStringLiteral("type"), QStringLiteral("finder"));
        credits.append(credit);
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
    cna.insert(QStringLiteral("references"), QJsonArray {QJsonObject {{QStringLiteral("url"), reference}}});
    if (options.published.isValid())
        cna.insert(QStringLiteral("datePublic"), options.published.toUTC().toString(Qt::ISODateWithMs));

    QJsonObject metadata {{QStringLiteral("cveId"), cveId}, {QStringLiteral("assignerOrgId"), orgId},
        {QStringLiteral("state"), QStringLiteral("PUBLISHED")}};
    if (!publisher.cveShortName.trimmed().isEmpty())
        metadata.insert(QStringLiteral("assignerShortName"), publisher.cveShortName.trimmed());
    if (options.published.isValid())
        metadata.insert(
            QStringLiteral("datePublished"), options.published.toUTC().toString(Qt::ISODateWithMs));
    const QJsonObject root {{QStringLiteral("dataType"), QStringLiteral("CVE_RECORD")},
        {QStringLiteral("dataVersion"), QStringLiteral("5.1")}, {QStringLiteral("cveMetadata"), metadata},
        {QStringLiteral("containers"), QJsonObject {{QStringLiteral("cna"), cna}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
