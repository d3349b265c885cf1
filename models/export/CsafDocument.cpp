#include "CsafDocument.h"

#include "advisory/CweCatalog.h"
#include "core/TextSanitizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString nonEmpty(const QString &text, const QString &fallback)
{
    const QString t = TextSanitizer::singleLine(text).trimmed();
    return t.isEmpty() ? fallback : t;
}

// A vers range (https://github.com/package-url/purl-spec, VERS) for a version range.
QString versRange(const AffectedProduct &p)
{
    return p.version.trimmed().isEmpty()
        ? QStringLiteral("vers:generic/<%1").arg(p.lessThan.trimmed())
        : QStringLiteral("vers:generic/>=%1|<%2").arg(p.version.trimmed(), p.lessThan.trimmed());
}

struct ProductEntry
{
    QString id;
    AffectedProduct product;
};

} // namespace

Result<QByteArray> CsafDocument::build(
    const QList<AdvisoryCase> &cases, const AdvisoryPublisher &publisher, const Options &options)
{
    if (cases.isEmpty())
        return Result<QByteArray>::failure(QCoreApplication::translate("CsafDocument", "No case to export."));
    if (const Status s = publisher.validateForCsaf(); !s)
        return Result<QByteArray>::failure(s.error());
    for (const AdvisoryCase &ac : cases) {
        if (const Status s = ac.advisory.validate(); !s)
            return Result<QByteArray>::failure(s.error());
    }
    const AdvisoryCase &first = cases.constFirst();
    const QString trackingId = nonEmpty(
        options.trackingId, nonEmpty(first.c.trackingId, QStringLiteral("case-%1").arg(first.c.id)));

    // Products: one product id per (product, version or range), shared by every case of the
    // group; the tree groups them by product name under the vendor.
    QMap<QString, QList<ProductEntry>> byName; // product name → its versions, in order of first use
    QHash<QString, QString> idOf; // product + version key → id
    int counter = 0;
    const auto productId = [&](const AffectedProduct &p) {
        const QString name = nonEmpty(p.product, QStringLiteral("?"));
        const QString key = name + u'\n' + p.version.trimmed() + u'\n' + p.lessThan.trimmed();
        auto it = idOf.constFind(key);
        if (it != idOf.cend())
            return *it;
        const QString id = QStringLiteral("CSAFPID-%1").arg(++counter, 4, 10, QLatin1Char('0'));
        idOf.insert(key, id);
        byName[name].append({id, p});
        return id;
    };

    QJsonArray vulnerabilities;
    QList<Revision> revisions;
    for (const AdvisoryCase &ac : cases) {
        const QList<AffectedProduct> products = ac.products();
        QMap<QString, QJsonArray> status; // status key → product ids
        QJsonArray affectedIds;
        QJsonArray allIds;
        for (const AffectedProduct &p : products) {
            const QString id = productId(p);
            QJsonArray &list = status[ProductStatuses::id(p.status)];
            if (!list.contains(id))
                list.append(id);
            if (!allIds.contains(id))
                allIds.append(id);
            if ((p.status == ProductStatus::KnownAffected || p.status == ProductStatus::UnderInvestigation)
                && !affectedIds.contains(id))
                affectedIds.append(id);
        }
        QJsonObject productStatus;
        for (auto it = status.cbegin(); it != status.cend(); ++it)
            productStatus.insert(it.key(), it.value());
        const QJsonArray remediationIds = affectedIds.isEmpty() ? allIds : affectedIds;

        QJsonArray scores;
        if (const CaseScore *s = ac.score(u'3')) {
            const QJsonObject cvss = CvssJson::object(*s);
            if (!cvss.isEmpty() && !affectedIds.isEmpty())
                scores.append(QJsonObject {
                    {QStringLiteral("cvss_v3"), cvss}, {QStringLiteral("products"), affectedIds}});
        }
        QJsonArray remediations;
        for (const Remediation &r : ac.advisory.remediations) {
            QJsonObject o {{QStringLiteral("category"), RemediationCategories::id(r.category)},
                {QStringLiteral("details"), nonEmpty(r.details, QStringLiteral("-"))},
                {QStringLiteral("product_ids"), remediationIds}};
            if (!r.url.isEmpty())
                o.insert(QStringLiteral("url"), r.url);
            remediations.append(o);
        }
        QJsonArray acknowledgments;
        for (const Acknowledgment &a : ac.publishableAcknowledgments()) {
            QJsonObject o;
            if (!a.name.trimmed().isEmpty())
                o.insert(QStringLiteral("names"), QJsonArray {TextSanitizer::singleLine(a.name).trimmed()});
            if (!a.organization.trimmed().isEmpty())
                o.insert(QStringLiteral("organization"), TextSanitizer::singleLine(a.organization).trimmed());
            acknowledgments.append(o);
        }
        const QJsonArray notes {QJsonObject {{QStringLiteral("category"), QStringLiteral("description")},
            {QStringLiteral("title"), QStringLiteral("Description")},
            {QStringLiteral("text"),
                nonEmpty(ac.c.description.isEmpty() ? ac.c.title : ac.c.description, QStringLiteral("-"))}}};
        const auto vulnerability = [&](const QString &cve) {
            QJsonObject v {{QStringLiteral("title"), nonEmpty(ac.c.title, trackingId)},
                {QStringLiteral("notes"), notes}, {QStringLiteral("product_status"), productStatus}};
            if (!cve.isEmpty())
                v.insert(QStringLiteral("cve"), cve);
            if (!ac.advisory.cwes.isEmpty()) {
                // CSAF 2.0 has room for one CWE per vulnerability: the first (the root cause).
                const int cwe = ac.advisory.cwes.constFirst();
                v.insert(QStringLiteral("cwe"),
                    QJsonObject {{QStringLiteral("id"), CweCatalog::label(cwe)},
                        {QStringLiteral("name"), CweCatalog::name(cwe)}});
            }
            if (!scores.isEmpty())
                v.insert(QStringLiteral("scores"), scores);
            if (!remediations.isEmpty())
                v.insert(QStringLiteral("remediations"), remediations);
            if (!acknowledgments.isEmpty())
                v.insert(QStringLiteral("acknowledgments"), acknowledgments);
            if (!ac.c.trackingId.isEmpty())
                v.insert(QStringLiteral("ids"),
                    QJsonArray {QJsonObject {{QStringLiteral("system_name"), publisher.name.trimmed()},
                        {QStringLiteral("text"), ac.c.trackingId}}});
            return v;
        };
        if (ac.advisory.cves.isEmpty()) {
            vulnerabilities.append(vulnerability(QString()));
        } else {
            for (const QString &cve : ac.advisory.cves)
                vulnerabilities.append(vulnerability(cve));
        }
        if (revisions.isEmpty())
            revisions = ac.advisory.revisions; // the group's history is the first case's
    }

    if (revisions.isEmpty()) {
        revisions.append({QStringLiteral("1"), options.now.toUTC(),
            QCoreApplication::translate("CsafDocument", "Initial release.")});
    }
    QJsonArray history;
    for (const Revision &r : revisions)
        history.append(
            QJsonObject {{QStringLiteral("number"), r.number}, {QStringLiteral("date"), isoUtc(r.date)},
                {QStringLiteral("summary"), nonEmpty(r.summary, QStringLiteral("-"))}});

    QJsonArray productBranches;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        QJsonArray versions;
        for (const ProductEntry &e : it.value()) {
            const bool range = e.product.isRange();
            const QString versionName
                = range ? versRange(e.product) : nonEmpty(e.product.version, QStringLiteral("?"));
            // "Calix GigaSpire" stays as it is; "GigaSpire" becomes "Calix GigaSpire".
            const QString vendorPrefix = it.key().startsWith(publisher.vendorName() + u' ')
                ? QString()
                : publisher.vendorName() + u' ';
            const QString fullName
                = vendorPrefix + it.key() + u' ' + (range ? e.product.versionText() : versionName);
            versions.append(QJsonObject {
                {QStringLiteral("category"),
                    range ? QStringLiteral("product_version_range") : QStringLiteral("product_version")},
                {QStringLiteral("name"), versionName},
                {QStringLiteral("product"),
                    QJsonObject {{QStringLiteral("name"), fullName}, {QStringLiteral("product_id"), e.id}}}});
        }
        productBranches.append(QJsonObject {{QStringLiteral("category"), QStringLiteral("product_name")},
            {QStringLiteral("name"), it.key()}, {QStringLiteral("branches"), versions}});
    }
    const QJsonObject productTree {{QStringLiteral("branches"),
        QJsonArray {QJsonObject {{QStringLiteral("category"), QStringLiteral("vendor")},
            {QStringLiteral("name"), publisher.vendorName()},
            {QStringLiteral("branches"), productBranches}}}}};

    QString title = nonEmpty(options.title, nonEmpty(first.c.title, trackingId));
    // Counted first: lupdate 6.8 never finished parsing this call when the numerus argument
    // was written inline as int(cases.size() - 1).
    if (const int more = int(cases.size()) - 1; options.title.isEmpty() && more > 0)
        title = QCoreApplication::translate("CsafDocument", "%1 and %n more", nullptr, more).arg(title);
    QJsonObject publisherObject {{QStringLiteral("category"), QStringLiteral("vendor")},
        {QStringLiteral("name"), publisher.name.trimmed()},
        {QStringLiteral("namespace"), publisher.nameSpace.trimmed()}};
    if (!publisher.contact.trimmed().isEmpty())
        publisherObject.insert(QStringLiteral("contact_details"), publisher.contact.trimmed());
    QString summary;
    for (const AdvisoryCase &ac : cases)
        summary += (summary.isEmpty() ? QString() : QStringLiteral("\n")) + nonEmpty(ac.c.title, trackingId);
    // The document's members, a level at a time.
    QJsonObject engineObject;
    engineObject.insert(QStringLiteral("name"), QStringLiteral("PSIRT Desk"));
    engineObject.insert(QStringLiteral("version"), options.generatorVersion);
    QJsonObject generator;
    generator.insert(QStringLiteral("date"), isoUtc(options.now));
    generator.insert(QStringLiteral("engine"), engineObject);
    QJsonObject tracking;
    tracking.insert(QStringLiteral("id"), trackingId);
    tracking.insert(QStringLiteral("status"), options.status);
    tracking.insert(QStringLiteral("version"), revisions.constLast().number);
    tracking.insert(QStringLiteral("revision_history"), history);
    tracking.insert(QStringLiteral("initial_release_date"), isoUtc(revisions.constFirst().date));
    tracking.insert(QStringLiteral("current_release_date"), isoUtc(revisions.constLast().date));
    tracking.insert(QStringLiteral("generator"), generator);
    QJsonObject tlp;
    tlp.insert(QStringLiteral("label"), QStringLiteral("WHITE"));
    tlp.insert(QStringLiteral("url"), QStringLiteral("https://www.first.org/tlp/"));
    QJsonObject distribution;
    distribution.insert(QStringLiteral("tlp"), tlp);
    QJsonObject summaryNote;
    summaryNote.insert(QStringLiteral("category"), QStringLiteral("summary"));
    summaryNote.insert(QStringLiteral("title"), QStringLiteral("Summary"));
    summaryNote.insert(QStringLiteral("text"), summary);
    QJsonObject reference;
    reference.insert(QStringLiteral("category"), QStringLiteral("external"));
    reference.insert(QStringLiteral("summary"), QStringLiteral("Security advisories of the publisher"));
    reference.insert(QStringLiteral("url"), publisher.nameSpace.trimmed());
    QJsonObject document;
    document.insert(QStringLiteral("category"), QStringLiteral("csaf_security_advisory"));
    document.insert(QStringLiteral("csaf_version"), QStringLiteral("2.0"));
    document.insert(QStringLiteral("lang"), QStringLiteral("en"));
    document.insert(QStringLiteral("title"), title);
    document.insert(QStringLiteral("publisher"), publisherObject);
    document.insert(QStringLiteral("distribution"), distribution);
    document.insert(QStringLiteral("notes"), QJsonArray {summaryNote});
    document.insert(QStringLiteral("references"), QJsonArray {reference});
    document.insert(QStringLiteral("tracking"), tracking);
    const QJsonObject root {{QStringLiteral("document"), document},
        {QStringLiteral("product_tree"), productTree}, {QStringLiteral("vulnerabilities"), vulnerabilities}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
