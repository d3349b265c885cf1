#include "CvssBaseScore.h"

#include <QHash>
#include <QStringList>

#include <cmath>

namespace {

// Roundup as defined in CVSS v3.1 Appendix A: avoids floating-point artefacts.
double roundUp(double value)
{
    const auto scaled = static_cast<long long>(std::llround(value * 100000.0));
    if (scaled % 10000 == 0)
        return double(scaled) / 100000.0;
    return double(scaled / 10000 + 1) / 10.0;
}

} // namespace

namespace CvssBaseScore {

std::optional<double> v31(const QString &vector)
{
    const QStringList parts = vector.split(u'/');
    if (parts.isEmpty() || !parts.constFirst().startsWith(u"CVSS:3."))
        return std::nullopt;
    QHash<QString, QString> m;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype colon = parts.at(i).indexOf(u':');
        if (colon <= 0)
            return std::nullopt;
        m.insert(parts.at(i).left(colon), parts.at(i).mid(colon + 1));
    }
    const QString s = m.value(QStringLiteral("S"));
    if (s != u"U" && s != u"C")
        return std::nullopt;
    const bool changed = s == u"C";
    static const QHash<QString, double> av {{QStringLiteral("N"), 0.85}, {QStringLiteral("A"), 0.62},
        {QStringLiteral("L"), 0.55}, {QStringLiteral("P"), 0.2}};
    static const QHash<QString, double> ac {{QStringLiteral("L"), 0.77}, {QStringLiteral("H"), 0.44}};
    const QHash<QString, double> pr {{QStringLiteral("N"), 0.85},
        {QStringLiteral("L"), changed ? 0.68 : 0.62}, {QStringLiteral("H"), changed ? 0.5 : 0.27}};
    static const QHash<QString, double> ui {{QStringLiteral("N"), 0.85}, {QStringLiteral("R"), 0.62}};
    static const QHash<QString, double> cia {
        {QStringLiteral("H"), 0.56}, {QStringLiteral("L"), 0.22}, {QStringLiteral("N"), 0.0}};
    const auto get = [&m](const QHash<QString, double> &table, const char *key, double *out) {
        const auto it = table.constFind(m.value(QString::fromLatin1(key)));
        if (it == table.cend())
            return false;
        *out = it.value();
        return true;
    };
    double vAv, vAc, vPr, vUi, c, i, a;
    if (!get(av, "AV", &vAv) || !get(ac, "AC", &vAc) || !get(pr, "PR", &vPr) || !get(ui, "UI", &vUi)
        || !get(cia, "C", &c) || !get(cia, "I", &i) || !get(cia, "A", &a))
        return std::nullopt;
    const double iss = 1.0 - (1.0 - c) * (1.0 - i) * (1.0 - a);
    const double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * std::pow(iss - 0.02, 15) : 6.42 * iss;
    const double exploitability = 8.22 * vAv * vAc * vPr * vUi;
    if (impact <= 0)
        return 0.0;
    if (changed)
        return roundUp(std::min(1.08 * (impact + exploitability), 10.0));
    return roundUp(std::min(impact + exploitability, 10.0));
}

QString severity(double score)
{
    if (score <= 0.0)
        return QStringLiteral("None");
    if (score < 4.0)
        return QStringLiteral("Low");
    if (score < 7.0)
        return QStringLiteral("Medium");
    if (score < 9.0)
        return QStringLiteral("High");
    return QStringLiteral("Critical");
}

} // namespace CvssBaseScore
