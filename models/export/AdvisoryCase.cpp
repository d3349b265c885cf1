#include "AdvisoryCase.h"

#include "advisory/AdvisoryStore.h"
#include "storage/CaseStore.h"

#include <QHash>

QList<AffectedProduct> AdvisoryCase::products() const
{
    if (!advisory.products.isEmpty())
        return advisory.products;
    return {AffectedProduct {c.product, c.productVersion, QString(), ProductStatus::KnownAffected}};
}

QList<Acknowledgment> AdvisoryCase::publishableAcknowledgments() const
{
    QList<Acknowledgment> out;
    if (c.consentCredit
        && (!c.reporterName.trimmed().isEmpty() || !c.reporterOrganisation.trimmed().isEmpty()))
        out.append({c.reporterName.trimmed(), c.reporterOrganisation.trimmed(), true});
    for (const Acknowledgment &a : advisory.acknowledgments) {
        if (a.consent && !out.contains(a))
            out.append(a);
    }
    return out;
}

const CaseScore *AdvisoryCase::score(QChar major) const
{
    const CaseScore *best = nullptr;
    for (const CaseScore &s : scores) {
        if (!s.version.startsWith(major))
            continue;
        if (!best || s.primary || s.version > best->version)
            best = &s;
        if (s.primary)
            break;
    }
    return best;
}

Result<QList<AdvisoryCase>> AdvisoryCase::load(
    const CaseStore &cases, const AdvisoryStore &advisories, const QList<qint64> &ids)
{
    QList<AdvisoryCase> out;
    for (qint64 id : ids) {
        AdvisoryCase one;
        const auto c = cases.caseById(id);
        if (!c)
            return Result<QList<AdvisoryCase>>::failure(c.error());
        one.c = *c;
        const auto scores = cases.scores(id);
        if (!scores)
            return Result<QList<AdvisoryCase>>::failure(scores.error());
        one.scores = *scores;
        const auto advisory = advisories.load(id);
        if (!advisory)
            return Result<QList<AdvisoryCase>>::failure(advisory.error());
        one.advisory = advisory->data;
        out.append(std::move(one));
    }
    return out;
}

namespace {

struct Metric
{
    const char *key; // in the vector
    const char *name; // in the JSON
    QHash<QString, QString> values; // vector value → JSON value
};

// Source: FIRST CVSS JSON schemas (cvss-v3.1.json, cvss-v4.0.json), base metric names and
// enumerations; the vector abbreviations are the CVSS specifications'.
const QList<Metric> &v3Metrics()
{
    static const QList<Metric> metrics {
        {"AV", "attackVector",
            {{QStringLiteral("N"), QStringLiteral("NETWORK")},
                {QStringLiteral("A"), QStringLiteral("ADJACENT_NETWORK")},
                {QStringLiteral("L"), QStringLiteral("LOCAL")},
                {QStringLiteral("P"), QStringLiteral("PHYSICAL")}}},
        {"AC", "attackComplexity",
            {{QStringLiteral("L"), QStringLiteral("LOW")}, {QStringLiteral("H"), QStringLiteral("HIGH")}}},
        {"PR", "privilegesRequired",
            {{QStringLiteral("N"), QStringLiteral("NONE")}, {QStringLiteral("L"), QStringLiteral("LOW")},
                {QStringLiteral("H"), QStringLiteral("HIGH")}}},
        {"UI", "userInteraction",
            {{QStringLiteral("N"), QStringLiteral("NONE")},
                {QStringLiteral("R"), QStringLiteral("REQUIRED")}}},
        {"S", "scope",
            {{QStringLiteral("U"), QStringLiteral("UNCHANGED")},
                {QStringLiteral("C"), QStringLiteral("CHANGED")}}},
        {"C", "confidentialityImpact",
            {{QStringLiteral("N"), QStringLiteral("NONE")}, {QStringLiteral("L"), QStringLiteral("LOW")},
                {QStringLiteral("H"), QStringLiteral("HIGH")}}},
        {"I", "integrityImpact",
            {{QStringLiteral("N"), QStringLiteral("NONE")}, {QStringLiteral("L"), QStringLiteral("LOW")},
                {QStringLiteral("H"), QStringLiteral("HIGH")}}},
        {"A", "availabilityImpact",
            {{QStringLiteral("N"), QStringLiteral("NONE")}, {QStringLiteral("L"), QStringLiteral("LOW")},
                {QStringLiteral("H"), QStringLiteral("HIGH")}}},
    };
    return metrics;
}

const QList<Metric> &v4Metrics()
{
    static const QHash<QString, QString> nlh {{QStringLiteral("N"), QStringLiteral("NONE")},
        {QStringLiteral("L"), QStringLiteral("LOW")}, {QStringLiteral("H"), QStringLiteral("HIGH")}};
    static const QList<Metric> metrics {
        {"AV", "attackVector",
            {{QStringLiteral("N"), QStringLiteral("NETWORK")},
                {QStringLiteral("A"), QStringLiteral("ADJACENT")},
                {QStringLiteral("L"), QStringLiteral("LOCAL")},
                {QStringLiteral("P"), QStringLiteral("PHYSICAL")}}},
        {"AC", "attackComplexity",
            {{QStringLiteral("L"), QStringLiteral("LOW")}, {QStringLiteral("H"), QStringLiteral("HIGH")}}},
        {"AT", "attackRequirements",
            {{QStringLiteral("N"), QStringLiteral("NONE")},
                {QStringLiteral("P"), QStringLiteral("PRESENT")}}},
        {"PR", "privilegesRequired", nlh},
        {"UI", "userInteraction",
            {{QStringLiteral("N"), QStringLiteral("NONE")}, {QStringLiteral("P"), QStringLiteral("PASSIVE")},
                {QStringLiteral("A"), QStringLiteral("ACTIVE")}}},
        {"VC", "vulnConfidentialityImpact", nlh},
        {"VI", "vulnIntegrityImpact", nlh},
        {"VA", "vulnAvailabilityImpact", nlh},
        {"SC", "subConfidentialityImpact", nlh},
        {"SI", "subIntegrityImpact", nlh},
        {"SA", "subAvailabilityImpact", nlh},
    };
    return metrics;
}

} // namespace

QJsonObject CvssJson::object(const CaseScore &score)
{
    const bool v4 = score.version.startsWith(u'4');
    const bool v3 = score.version.startsWith(u'3');
    if ((!v3 && !v4) || score.severity.isEmpty())
        return {};
    QHash<QString, QString> parts;
    const QStringList fields = score.vector.split(u'/');
    if (fields.isEmpty() || fields.constFirst() != u"CVSS:" + score.version)
        return {};
    for (const QString &field : fields.mid(1)) {
        const qsizetype colon = field.indexOf(u':');
        if (colon <= 0)
            return {};
        parts.insert(field.left(colon), field.mid(colon + 1));
    }
    QJsonObject o {{QStringLiteral("version"), score.version}, {QStringLiteral("vectorString"), score.vector},
        {QStringLiteral("baseScore"), score.score},
        {QStringLiteral("baseSeverity"), score.severity.toUpper()}};
    for (const Metric &m : v4 ? v4Metrics() : v3Metrics()) {
        const QString value = parts.value(QLatin1StringView(m.key));
        if (!m.values.contains(value))
            return {};
        o.insert(QLatin1StringView(m.name), m.values.value(value));
    }
    return o;
}
