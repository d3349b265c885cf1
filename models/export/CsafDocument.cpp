#include "CsafDocument.h"

#include "advisory/CweCatalog.h"
#include "core/TextSanitizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// One line of public text (titles, names); the fallback when nothing is left.
QString line(const QString &text, const QString &fallback = QStringLiteral("-"))
{
    const QString t = TextSanitizer::forDocumentLine(text);
    return t.isEmpty() ? fallback : t;
}

// Public text with its paragraphs.
QString paragraphs(const QString &text)
{
    const QString t = TextSanitizer::forDocument(text).trimmed();
    return t.isEmpty() ? QStringLiteral("-") : t;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CsafDocument", text);
}

// The CPE and purl the product catalogue gives a product at a version: the listed release's
// own, or the product's with the version filled in; for a range the product's own (a CPE
// with any version, a purl without one). What CSAF's test 6.2.16 asks of every product.
QJsonObject identificationHelper(const AdvisoryPublisher &publisher, const AffectedProduct &p)
{
    const Product *product = publisher.catalogueProduct(p.product);
    if (!product)
        return {};
    QString cpe;
    QString purl;
    if (p.isRange()) {
        cpe = product->cpe;
        purl = product->purl;
    } else {
        const ProductRelease *listed = product->release(p.version);
        ProductRelease release = listed ? *listed : ProductRelease {};
        if (!listed)
            release.version = p.version.trimmed();
        cpe = product->cpeOf(release);
        purl = product->purlOf(release);
    }
    QJsonObject helper;
    if (!cpe.isEmpty())
        helper.insert(QStringLiteral("cpe"), cpe);
    if (!purl.isEmpty())
        helper.insert(QStringLiteral("purl"), purl);
    return helper;
}

// "2.3", "before 2.3", "2.1 to before 2.3": the product tree's full names are English, as
// the document is.
QString versionWords(const AffectedProduct &p)
{
    if (!p.isRange())
        return p.version.trimmed();
    if (p.version.trimmed().isEmpty())
        return QStringLiteral("before %1").arg(p.lessThan.trimmed());
    return QStringLiteral("%1 to before %2").arg(p.version.trimmed(), p.lessThan.trimmed());
}

bool mayBePublished(CaseStatus status)
{
    // Cases that turned out to be no vulnerability of ours have nothing to advise.
    switch (status) {
    case CaseStatus::Spam:
    case CaseStatus::Duplicate:
    case CaseStatus::OutOfScope:
    case CaseStatus::Informative:
    case CaseStatus::NotReproducible:
        return false;
    default:
        return true;
    }
}

QString caseName(const Case &c)
{
    return c.trackingId.isEmpty() ? QStringLiteral("#%1").arg(c.id) : c.trackingId;
}

struct ProductEntry
{
    QString id;
    AffectedProduct product;
};

} // namespace

TlpLevel CsafDocument::defaultTlp(const QList<AdvisoryCase> &cases)
{
    for (const AdvisoryCase &ac : cases) {
        if (ac.c.status != CaseStatus::Disclosed && ac.c.status != CaseStatus::Closed)
            return TlpLevel::Amber;
    }
    return TlpLevel::Clear;
}

QString CsafDocument::csafTlpLabel(TlpLevel level)
{
    switch (level) {
    case TlpLevel::Clear:
        return QStringLiteral("WHITE");
    case TlpLevel::Green:
        return QStringLiteral("GREEN");
    case TlpLevel::Amber:
        return QStringLiteral("AMBER");
    case TlpLevel::Red:
        return QStringLiteral("RED");
    case TlpLevel::AmberStrict:
        break;
    }
    return QString();
}

QString CsafDocument::fileName(const QString &trackingId)
{
    static const QRegularExpression other(QStringLiteral("[^+\\-a-z0-9]+"));
    return trackingId.toLower().replace(other, QStringLiteral("_")) + QStringLiteral(".json");
}

QString CsafDocument::canonicalUrl(
    const AdvisoryPublisher &publisher, TlpLevel tlp, int year, const QString &trackingId)
{
    QString base = publisher.nameSpace.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    // The provider's directory (CsafProvider writes it): one folder per year, the TLP in the
    // document and its feed, not in the path.
    Q_UNUSED(tlp)
    return QStringLiteral("%1/.well-known/csaf/%2/%3").arg(base).arg(year).arg(fileName(trackingId));
}

Result<QByteArray> CsafDocument::build(
    const QList<AdvisoryCase> &cases, const AdvisoryPublisher &publisher, const Options &options)
{
    using R = Result<QByteArray>;
    const QString product = options.product.trimmed();
    const QString release = options.release.trimmed();
    // A release's VEX may rest on its upstream alerts alone.
    const bool upstream = !options.upstream.isEmpty() && !product.isEmpty() && !release.isEmpty();
    if (cases.isEmpty() && !upstream)
        return R::failure(tr("No case to export."));
    if (const Status s = publisher.validateForCsaf(); !s)
        return R::failure(s.error());
    const bool released = options.status != u"draft";
    QHash<QString, QString> cveCase; // CVE id → the case that names it
    for (const AdvisoryCase &ac : cases) {
        if (const Status s = ac.advisory.validate(); !s)
            return R::failure(s.error());
        if (released && !mayBePublished(ac.c.status))
            return R::failure(tr("Case %1 is closed as “%2”: there is no vulnerability to publish an "
                                 "advisory about.")
                    .arg(caseName(ac.c), CaseStatuses::displayName(ac.c.status)));
        for (const QString &cve : ac.advisory.cves()) {
            if (cveCase.contains(cve))
                return R::failure(tr("%1 is a vulnerability of both %2 and %3; one advisory describes "
                                     "each vulnerability once. Export the cases separately, or keep the "
                                     "CVE on one of them.")
                        .arg(cve, cveCase.value(cve), caseName(ac.c)));
            cveCase.insert(cve, caseName(ac.c));
        }
    }
    const AdvisoryCase *first = cases.isEmpty() ? nullptr : &cases.constFirst();
    QString trackingId = line(options.trackingId, QString());
    if (trackingId.isEmpty() && !product.isEmpty()) {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        trackingId
            = line(QStringLiteral("VEX-%1-%2").arg(product, release).replace(spaces, QStringLiteral("-")));
        if (trackingId.endsWith(u'-'))
            trackingId.chop(1);
    }
    if (trackingId.isEmpty() && first)
        trackingId = line(first->c.trackingId, QStringLiteral("case-%1").arg(first->c.id));
    const TlpLevel tlp = options.tlp.value_or(defaultTlp(cases));
    if (csafTlpLabel(tlp).isEmpty())
        return R::failure(tr("CSAF 2.0 has no TLP:AMBER+STRICT; choose TLP:AMBER or TLP:RED."));

    // The group's history is the first case's.
    QList<Revision> revisions = first ? first->advisory.revisions : QList<Revision> {};
    if (!product.isEmpty() && released) {
        // A product's VEX changes whenever one of its advisories does: their revisions, in
        // date order, numbered anew.
        struct Dated
        {
            Revision r;
            QString trackingId;
        };
        QList<Dated> all;
        for (const AdvisoryCase &ac : cases) {
            for (const Revision &r : ac.advisory.revisions)
                all.append({r, caseName(ac.c)});
        }
        std::stable_sort(all.begin(), all.end(), [](const Dated &a, const Dated &b) {
            return a.r.date != b.r.date ? a.r.date < b.r.date : a.trackingId < b.trackingId;
        });
        revisions.clear();
        for (const Dated &d : all)
            revisions.append(Revision {QString::number(revisions.size() + 1), d.r.date,
                QStringLiteral("%1 revision %2: %3").arg(d.trackingId, d.r.number, d.r.summary)});
    }
    if (!released) {
        revisions = {Revision {QStringLiteral("0"), options.now.toUTC(), QStringLiteral("Draft.")}};
    } else if (revisions.isEmpty() && first) {
        return R::failure(tr("Case %1 has no published revision yet. Publish one on its Advisory tab "
                             "(Publish Revision); until then only a draft can be exported.")
                .arg(caseName(first->c)));
    }

    // Products: one product id per (product, version or range), shared by every vulnerability;
    // the tree groups them by product name under the vendor.
    QMap<QString, QList<ProductEntry>> byName;
    QHash<QString, QString> idOf; // product + version key → id
    int counter = 0;
    const auto productId = [&](const AffectedProduct &p) {
        const QString name = line(p.product, QStringLiteral("?"));
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
    QStringList titles;
    QStringList summaries;
    QSet<QString> statedCves; // what the cases say about the product; an upstream alert adds nothing to it
    for (const AdvisoryCase &ac : cases) {
        const CaseScore *v3 = ac.score(u'3');
        const CaseScore *v2 = ac.score(u'2');
        QJsonArray acknowledgments;
        for (const AdvisoryCase::Credit &credit : ac.credits())
            acknowledgments.append(QJsonObject {{QStringLiteral("names"), QJsonArray {line(credit.name)}}});
        const QList<Vulnerability> list = ac.vulnerabilities();
        for (qsizetype index = 0; index < list.size(); ++index) {
            Vulnerability vuln = list.at(index);
            if (!product.isEmpty()) {
                QList<AffectedProduct> about;
                for (const AffectedProduct &p : vuln.products) {
                    if (p.product.trimmed().compare(product, Qt::CaseInsensitive) != 0)
                        continue;
                    if (release.isEmpty()) {
                        about.append(p);
                    } else if (about.isEmpty() && p.covers(release)) {
                        // The statement about the release itself (the first entry that covers
                        // it: entries do not overlap in a valid advisory).
                        AffectedProduct at = p;
                        at.version = release;
                        at.lessThan.clear();
                        about.append(at);
                    }
                }
                if (about.isEmpty())
                    continue; // this vulnerability says nothing about the product
                vuln.products = about;
            }
            const QString which = vuln.cve.isEmpty()
                ? tr("Vulnerability %1 of case %2").arg(index + 1).arg(caseName(ac.c))
                : vuln.cve;
            QMap<QString, QJsonArray> status; // status key → product ids
            QJsonArray affectedIds;
            for (const AffectedProduct &p : vuln.products) {
                const QString id = productId(p);
                QJsonArray &ids = status[ProductStatuses::id(p.status)];
                if (!ids.contains(id))
                    ids.append(id);
                if (p.status == ProductStatus::KnownAffected && !affectedIds.contains(id))
                    affectedIds.append(id);
            }
            QJsonObject productStatus;
            for (auto it = status.cbegin(); it != status.cend(); ++it)
                productStatus.insert(it.key(), it.value());

            // Why products are not affected: one flag per justification, one impact threat per
            // statement, each naming its products (one justification per product, 6.1.33).
            QMap<QString, QJsonArray> flagged; // justification → product ids
            QMap<QString, QJsonArray> statements; // statement → product ids
            QSet<QString> justified;
            for (const AffectedProduct &p : vuln.products) {
                if (p.status != ProductStatus::KnownNotAffected)
                    continue;
                const QString id = productId(p);
                if (p.justification != NotAffectedJustification::None && !justified.contains(id)) {
                    flagged[Justifications::id(p.justification)].append(id);
                    justified.insert(id);
                }
                if (const QString statement = paragraphs(p.impactStatement); statement != u"-") {
                    QJsonArray &ids = statements[statement];
                    if (!ids.contains(id))
                        ids.append(id);
                    justified.insert(id);
                }
                if (!justified.contains(id) && options.profile == Profile::Vex && released)
                    return R::failure(tr("%1: “%2 %3” is marked not affected without saying why. A VEX "
                                         "document needs a justification or an impact statement for "
                                         "every product that is not affected; add one on the Advisory "
                                         "tab.")
                            .arg(which, line(p.product), line(versionWords(p))));
            }
            QJsonArray flags;
            for (auto it = flagged.cbegin(); it != flagged.cend(); ++it)
                flags.append(QJsonObject {
                    {QStringLiteral("label"), it.key()}, {QStringLiteral("product_ids"), it.value()}});
            QJsonArray threats;
            for (auto it = statements.cbegin(); it != statements.cend(); ++it)
                threats.append(QJsonObject {{QStringLiteral("category"), QStringLiteral("impact")},
                    {QStringLiteral("details"), it.key()}, {QStringLiteral("product_ids"), it.value()}});
            if (options.profile == Profile::Vex && vuln.cve.isEmpty() && ac.c.trackingId.isEmpty())
                return R::failure(tr("%1 has neither a CVE nor a tracking id; a VEX document must name "
                                     "each vulnerability so that scanners can match it.")
                        .arg(which));
            if (options.profile == Profile::Vex && status.isEmpty() && released)
                return R::failure(tr("%1 names no product. A VEX document states for each "
                                     "vulnerability which products are affected, fixed, not affected "
                                     "or under investigation.")
                        .arg(which));

            // Scores and remediations belong to the known affected products only: fixed, not
            // affected and still investigated products have nothing to score or remedy.
            QJsonArray scores;
            if (!affectedIds.isEmpty()) {
                QJsonObject score {{QStringLiteral("products"), affectedIds}};
                if (v3) {
                    if (const QJsonObject cvss = CvssJson::object(*v3); !cvss.isEmpty())
                        score.insert(QStringLiteral("cvss_v3"), cvss);
                }
                if (v2) {
                    if (const QJsonObject cvss = CvssJson::object(*v2); !cvss.isEmpty())
                        score.insert(QStringLiteral("cvss_v2"), cvss);
                }
                if (score.size() > 1)
                    scores.append(score);
                else if (released)
                    return R::failure(tr("%1 has affected products but no CVSS 3.x or 2.0 score, and "
                                         "CSAF 2.0 cannot carry CVSS 4.0. Add a CVSS 3.1 vector on the "
                                         "case's Scoring tab.")
                            .arg(which));
            }
            QJsonArray remediations;
            if (!affectedIds.isEmpty()) {
                for (const Remediation &r : vuln.remediations) {
                    QJsonObject o {{QStringLiteral("category"), RemediationCategories::id(r.category)},
                        {QStringLiteral("details"), paragraphs(r.details)},
                        {QStringLiteral("product_ids"), affectedIds}};
                    if (!r.url.isEmpty())
                        o.insert(QStringLiteral("url"), r.url);
                    remediations.append(o);
                }
                if (remediations.isEmpty() && released)
                    return R::failure(tr("%1 has affected products but no remediation. Add one on the "
                                         "Advisory tab: a vendor fix, a workaround, a mitigation, or "
                                         "“No fix planned”.")
                            .arg(which));
            }
            QJsonArray notes {QJsonObject {{QStringLiteral("category"), QStringLiteral("summary")},
                                  {QStringLiteral("title"), QStringLiteral("Summary")},
                                  {QStringLiteral("text"), paragraphs(vuln.summary)}},
                QJsonObject {{QStringLiteral("category"), QStringLiteral("description")},
                    {QStringLiteral("title"), QStringLiteral("Description")},
                    {QStringLiteral("text"), paragraphs(vuln.description)}}};
            if (!vuln.impact.trimmed().isEmpty())
                notes.append(QJsonObject {{QStringLiteral("category"), QStringLiteral("details")},
                    {QStringLiteral("title"), QStringLiteral("Impact")},
                    {QStringLiteral("text"), paragraphs(vuln.impact)}});
            QJsonObject v {{QStringLiteral("title"), line(vuln.title, trackingId)},
                {QStringLiteral("notes"), notes}, {QStringLiteral("product_status"), productStatus}};
            if (!vuln.cve.isEmpty())
                v.insert(QStringLiteral("cve"), vuln.cve);
            if (!vuln.cwes.isEmpty()) {
                // CSAF 2.0 has room for one CWE per vulnerability: the first (the root cause).
                const int cwe = vuln.cwes.constFirst();
                v.insert(QStringLiteral("cwe"),
                    QJsonObject {{QStringLiteral("id"), CweCatalog::label(cwe)},
                        {QStringLiteral("name"), CweCatalog::name(cwe)}});
            }
            if (!scores.isEmpty())
                v.insert(QStringLiteral("scores"), scores);
            if (!remediations.isEmpty())
                v.insert(QStringLiteral("remediations"), remediations);
            if (!flags.isEmpty())
                v.insert(QStringLiteral("flags"), flags);
            if (!threats.isEmpty())
                v.insert(QStringLiteral("threats"), threats);
            if (!acknowledgments.isEmpty())
                v.insert(QStringLiteral("acknowledgments"), acknowledgments);
            if (!ac.c.trackingId.isEmpty())
                v.insert(QStringLiteral("ids"),
                    QJsonArray {QJsonObject {{QStringLiteral("system_name"), line(publisher.name)},
                        {QStringLiteral("text"), ac.c.trackingId}}});
            vulnerabilities.append(v);
            if (!vuln.cve.isEmpty())
                statedCves.insert(vuln.cve);
            titles.append(line(vuln.title, trackingId));
            summaries.append(paragraphs(vuln.summary));
        }
    }

    // The release's upstream alerts: one vulnerability per record, about the release only.
    int notAffected = 0;
    int investigated = 0;
    for (const UpstreamStatement &u : upstream ? options.upstream : QList<UpstreamStatement> {}) {
        if (!u.cve.isEmpty() && statedCves.contains(u.cve))
            continue;
        const QString name = u.cve.isEmpty() ? line(u.recordId) : u.cve;
        const AffectedProduct &p = u.product;
        const QString id = productId(p);
        QJsonObject v {{QStringLiteral("title"), line(u.title, name)},
            {QStringLiteral("product_status"),
                QJsonObject {{ProductStatuses::id(p.status), QJsonArray {id}}}}};
        if (p.status == ProductStatus::KnownNotAffected) {
            const QString statement = paragraphs(p.impactStatement);
            if (p.justification == NotAffectedJustification::None && statement == u"-" && released)
                return R::failure(tr("%1: “%2 %3” is marked not affected without saying why. A VEX "
                                     "document needs a justification or an impact statement for "
                                     "every product that is not affected.")
                        .arg(name, line(p.product), line(p.version)));
            if (p.justification != NotAffectedJustification::None)
                v.insert(QStringLiteral("flags"),
                    QJsonArray {QJsonObject {{QStringLiteral("label"), Justifications::id(p.justification)},
                        {QStringLiteral("product_ids"), QJsonArray {id}}}});
            if (statement != u"-")
                v.insert(QStringLiteral("threats"),
                    QJsonArray {QJsonObject {{QStringLiteral("category"), QStringLiteral("impact")},
                        {QStringLiteral("details"), statement},
                        {QStringLiteral("product_ids"), QJsonArray {id}}}});
            ++notAffected;
        } else {
            ++investigated;
        }
        if (!u.cve.isEmpty())
            v.insert(QStringLiteral("cve"), u.cve);
        if (!u.recordId.isEmpty() && u.recordId != u.cve)
            v.insert(QStringLiteral("ids"),
                QJsonArray {QJsonObject {{QStringLiteral("system_name"), QStringLiteral("OSV")},
                    {QStringLiteral("text"), line(u.recordId)}}});
        // English, as the document is.
        v.insert(QStringLiteral("notes"),
            QJsonArray {QJsonObject {{QStringLiteral("category"), QStringLiteral("details")},
                {QStringLiteral("title"), QStringLiteral("Upstream vulnerability")},
                {QStringLiteral("text"),
                    line(QStringLiteral("%1 in %2, a component of %3 %4.")
                            .arg(line(u.recordId), u.components.join(QStringLiteral(", ")), p.product,
                                p.version))}}});
        vulnerabilities.append(v);
        titles.append(line(u.title, name));
    }
    if (notAffected + investigated > 0) {
        const QString summary
            = QStringLiteral("Upstream vulnerabilities in components of %1 %2: %3 not affected, "
                             "%4 under investigation.")
                  .arg(line(product), line(release))
                  .arg(notAffected)
                  .arg(investigated);
        summaries.append(summary);
        if (released) {
            // The alerts' decisions are a revision of their own, in date order with the cases'.
            const QDateTime at
                = (options.upstreamDecided.isValid() ? options.upstreamDecided : options.now).toUTC();
            qsizetype position = 0;
            while (position < revisions.size() && revisions.at(position).date <= at)
                ++position;
            revisions.insert(position, Revision {QString(), at, summary});
            for (qsizetype i = 0; i < revisions.size(); ++i)
                revisions[i].number = QString::number(i + 1);
        }
    }
    if (revisions.isEmpty())
        return R::failure(
            tr("There is nothing published about %1 %2 yet.").arg(line(product), line(release)));

    if (vulnerabilities.isEmpty() && !product.isEmpty())
        return R::failure(tr("No advisory of these cases says anything about %1%2.")
                .arg(line(product), release.isEmpty() ? QString() : u' ' + line(release)));
    QJsonArray history;
    for (const Revision &r : revisions)
        history.append(QJsonObject {{QStringLiteral("number"), r.number},
            {QStringLiteral("date"), isoUtc(r.date)}, {QStringLiteral("summary"), line(r.summary)}});

    // One vendor branch per maker: the publisher's own products, and each third-party
    // product under its own vendor from the product catalogue.
    QMap<QString, QList<QString>> namesByVendor;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        namesByVendor[line(publisher.vendorOf(it.key()))].append(it.key());
    QJsonArray vendorBranches;
    for (auto v = namesByVendor.cbegin(); v != namesByVendor.cend(); ++v) {
        const QString &vendor = v.key();
        QJsonArray productBranches;
        for (const QString &productName : v.value()) {
            const auto it = byName.constFind(productName);
            QJsonArray versions;
            for (const ProductEntry &e : it.value()) {
                const bool range = e.product.isRange();
                const QString versionName
                    = range ? e.product.vers() : line(e.product.version, QStringLiteral("?"));
                // "Calix GigaSpire" stays as it is; "GigaSpire" becomes "Calix GigaSpire".
                // "OpenSSL" under the vendor OpenSSL stays "OpenSSL".
                const bool named = it.key() == vendor || it.key().startsWith(vendor + u' ');
                const QString vendorPrefix = named ? QString() : vendor + u' ';
                const QString fullName = vendorPrefix + it.key() + u' ' + line(versionWords(e.product));
                QJsonObject fullProduct {
                    {QStringLiteral("name"), fullName}, {QStringLiteral("product_id"), e.id}};
                if (const QJsonObject helper = identificationHelper(publisher, e.product); !helper.isEmpty())
                    fullProduct.insert(QStringLiteral("product_identification_helper"), helper);
                versions.append(QJsonObject {
                    {QStringLiteral("category"),
                        range ? QStringLiteral("product_version_range") : QStringLiteral("product_version")},
                    {QStringLiteral("name"), versionName}, {QStringLiteral("product"), fullProduct}});
            }
            productBranches.append(QJsonObject {{QStringLiteral("category"), QStringLiteral("product_name")},
                {QStringLiteral("name"), it.key()}, {QStringLiteral("branches"), versions}});
        }
        vendorBranches.append(QJsonObject {{QStringLiteral("category"), QStringLiteral("vendor")},
            {QStringLiteral("name"), vendor}, {QStringLiteral("branches"), productBranches}});
    }
    const QJsonObject productTree {{QStringLiteral("branches"), vendorBranches}};

    QString title = line(options.title, QString());
    if (title.isEmpty() && !product.isEmpty())
        title = QStringLiteral("VEX for %1").arg(line(QString(product + u' ' + release).trimmed()));
    if (title.isEmpty()) {
        title = titles.value(0, trackingId);
        // Counted first: lupdate 6.8 never finished parsing this call when the numerus
        // argument was written inline.
        if (const int more = int(titles.size()) - 1; more > 0)
            title = QStringLiteral("%1 and %2 more").arg(title).arg(more); // English, as the document is
    }
    QJsonObject publisherObject {{QStringLiteral("category"), QStringLiteral("vendor")},
        {QStringLiteral("name"), line(publisher.name)},
        {QStringLiteral("namespace"), publisher.nameSpace.trimmed()}};
    if (!publisher.contact.trimmed().isEmpty())
        publisherObject.insert(QStringLiteral("contact_details"), line(publisher.contact));
    const QDateTime generated = released ? revisions.constLast().date : options.now;
    QJsonObject engineObject;
    engineObject.insert(QStringLiteral("name"), QStringLiteral("PSIRT Desk"));
    engineObject.insert(QStringLiteral("version"), options.generatorVersion);
    QJsonObject generator;
    generator.insert(QStringLiteral("date"), isoUtc(generated));
    generator.insert(QStringLiteral("engine"), engineObject);
    QJsonObject tracking;
    tracking.insert(QStringLiteral("id"), trackingId);
    tracking.insert(QStringLiteral("status"), options.status);
    tracking.insert(QStringLiteral("version"), revisions.constLast().number);
    tracking.insert(QStringLiteral("revision_history"), history);
    tracking.insert(QStringLiteral("initial_release_date"), isoUtc(revisions.constFirst().date));
    tracking.insert(QStringLiteral("current_release_date"), isoUtc(revisions.constLast().date));
    tracking.insert(QStringLiteral("generator"), generator);
    QJsonObject tlpObject;
    tlpObject.insert(QStringLiteral("label"), csafTlpLabel(tlp));
    tlpObject.insert(QStringLiteral("url"), QStringLiteral("https://www.first.org/tlp/"));
    QJsonObject distribution;
    distribution.insert(QStringLiteral("tlp"), tlpObject);
    QJsonObject summaryNote;
    summaryNote.insert(QStringLiteral("category"), QStringLiteral("summary"));
    summaryNote.insert(QStringLiteral("title"), QStringLiteral("Summary"));
    summaryNote.insert(QStringLiteral("text"), summaries.join(QStringLiteral("\n\n")));
    QJsonObject self;
    self.insert(QStringLiteral("category"), QStringLiteral("self"));
    self.insert(QStringLiteral("summary"), QStringLiteral("Canonical URL of this advisory"));
    self.insert(QStringLiteral("url"),
        canonicalUrl(publisher, tlp, revisions.constFirst().date.toUTC().date().year(), trackingId));
    QJsonObject reference;
    reference.insert(QStringLiteral("category"), QStringLiteral("external"));
    reference.insert(QStringLiteral("summary"), QStringLiteral("Security advisories of the publisher"));
    reference.insert(QStringLiteral("url"), publisher.nameSpace.trimmed());
    QJsonObject document;
    document.insert(QStringLiteral("category"),
        options.profile == Profile::Vex ? QStringLiteral("csaf_vex")
                                        : QStringLiteral("csaf_security_advisory"));
    document.insert(QStringLiteral("csaf_version"), QStringLiteral("2.0"));
    document.insert(QStringLiteral("lang"), QStringLiteral("en"));
    document.insert(QStringLiteral("title"), title);
    document.insert(QStringLiteral("publisher"), publisherObject);
    document.insert(QStringLiteral("distribution"), distribution);
    document.insert(QStringLiteral("notes"), QJsonArray {summaryNote});
    document.insert(QStringLiteral("references"), QJsonArray {self, reference});
    document.insert(QStringLiteral("tracking"), tracking);
    const QJsonObject root {{QStringLiteral("document"), document},
        {QStringLiteral("product_tree"), productTree}, {QStringLiteral("vulnerabilities"), vulnerabilities}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
