#include "AdvisoryCase.h"

#include "advisory/AdvisoryStore.h"
#include "advisory/AdvisoryTemplate.h"
#include "storage/CaseStore.h"

#include <QHash>

QList<Vulnerability> AdvisoryCase::vulnerabilities() const
{
    QList<Vulnerability> out;
    const QList<Vulnerability> entered = advisory.vulnerabilities.isEmpty()
        ? QList<Vulnerability> {Vulnerability {}}
        : advisory.vulnerabilities;
    for (const Vulnerability &v : entered) {
        Vulnerability shown = AdvisoryTemplate::prefilled(v, c, scores);
        shown.products = AdvisoryTemplate::productsOf(v, c);
        out.append(shown);
    }
    return out;
}

QList<AdvisoryCase::Credit> AdvisoryCase::credits() const
{
    QList<Credit> out;
    if (c.consentCredit) {
        const QString name = advisory.creditName.trimmed().isEmpty() ? c.reporterName.trimmed()
                                                                     : advisory.creditName.trimmed();
        if (!name.isEmpty())
            out.append({name, advisory.creditType});
    }
    for (const Acknowledgment &a : advisory.acknowledgments) {
        const Credit credit {a.name.trimmed(), a.type};
        if (a.consent && !credit.name.isEmpty() && !out.contains(credit))
            out.append(credit);
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

// Source: FIRST CVSS v2.0 JSON schema (cvss-v2.0.json) and the CVSS v2 guide's base metrics.
const QList<Metric> &v2Metrics()
{
    static const QHash<QString, QString> npc {{QStringLiteral("N"), QStringLiteral("NONE")},
        {QStringLiteral("P"), QStringLiteral("PARTIAL")}, {QStringLiteral("C"), QStringLiteral("COMPLETE")}};
    static const QList<Metric> metrics {
        {"AV", "accessVector",
            {{QStringLiteral("L"), QStringLiteral("LOCAL")},
                {QStringLiteral("A"), QStringLiteral("ADJACENT_NETWORK")},
                {QStringLiteral("N"), QStringLiteral("NETWORK")}}},
        {"AC", "accessComplexity",
            {{QStringLiteral("H"), QStringLiteral("HIGH")}, {QStringLiteral("M"), QStringLiteral("MEDIUM")},
                {QStringLiteral("L"), QStringLiteral("LOW")}}},
        {"Au", "authentication",
            {{QStringLiteral("M"), QStringLiteral("MULTIPLE")},
                {QStringLiteral("S"), QStringLiteral("SINGLE")},
                {QStringLiteral("N"), QStringLiteral("NONE")}}},
        {"C", "confidentialityImpact", npc},
        {"I", "integrityImpact", npc},
        {"A", "availabilityImpact", npc},
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
    const bool v2 = score.version == u"2.0";
    const bool v4 = score.version.startsWith(u'4');
    const bool v3 = score.version.startsWith(u'3');
    if (!v2 && !v3 && !v4)
        return {};
    QHash<QString, QString> parts;
    // Version 2 vectors carry no prefix ("AV:N/AC:L/Au:N/C:P/I:P/A:P"), sometimes parentheses.
    QString vector = score.vector;
    if (v2 && vector.startsWith(u'(') && vector.endsWith(u')'))
        vector = vector.mid(1, vector.size() - 2);
    QStringList fields = vector.split(u'/');
    if (!v2
        && (fields.isEmpty() || fields.takeFirst() != u"CVSS:" + score.version || score.severity.isEmpty()))
        return {};
    for (const QString &field : std::as_const(fields)) {
        const qsizetype colon = field.indexOf(u':');
        if (colon <= 0)
            return {};
        parts.insert(field.left(colon), field.mid(colon + 1));
    }
    QJsonObject o {{QStringLiteral("version"), score.version}, {QStringLiteral("vectorString"), vector},
        {QStringLiteral("baseScore"), score.score}};
    if (!v2) // the v2 schema has no severity
        o.insert(QStringLiteral("baseSeverity"), score.severity.toUpper());
    for (const Metric &m : v2 ? v2Metrics() : v4 ? v4Metrics() : v3Metrics()) {
        const QString value = parts.value(QLatin1StringView(m.key));
        if (!m.values.contains(value))
            return {};
        o.insert(QLatin1StringView(m.name), m.values.value(value));
    }
    return o;
}
