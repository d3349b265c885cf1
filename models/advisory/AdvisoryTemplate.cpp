#include "AdvisoryTemplate.h"

#include "CweCatalog.h"
#include "core/Case.h"

#include <QHash>
#include <QMap>

namespace {

QString joined(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ")
        + parts.constLast();
}

QString versionWords(const AffectedProduct &p)
{
    if (!p.isRange())
        return p.version;
    if (p.version.isEmpty())
        return QStringLiteral("versions before %1").arg(p.lessThan);
    return QStringLiteral("versions %1 up to but not including %2").arg(p.version, p.lessThan);
}

// "GigaSpire BLAST u6 23.4.1 and versions before 23.4.2" per product, in order of first use.
QString affectedWords(const QList<AffectedProduct> &products, ProductStatus status)
{
    QMap<int, QPair<QString, QStringList>> byOrder;
    QHash<QString, int> order;
    for (const AffectedProduct &p : products) {
        if (p.status != status)
            continue;
        const QString name = p.product.trimmed();
        if (!order.contains(name))
            order.insert(name, int(order.size()));
        auto &entry = byOrder[order.value(name)];
        entry.first = name;
        entry.second.append(versionWords(p));
    }
    QStringList parts;
    for (const auto &entry : std::as_const(byOrder))
        parts.append(entry.first + u' ' + joined(entry.second));
    return joined(parts);
}

// The products the vulnerability is about: a product known not to be affected is named in
// its own sentence, not in the title.
QString productNames(const QList<AffectedProduct> &products)
{
    QStringList names;
    for (const AffectedProduct &p : products) {
        if (p.status != ProductStatus::KnownNotAffected && !names.contains(p.product.trimmed()))
            names.append(p.product.trimmed());
    }
    return joined(names);
}

const CaseScore *primaryScore(const QList<CaseScore> &scores)
{
    const CaseScore *best = nullptr;
    for (const CaseScore &s : scores) {
        if (s.primary)
            return &s;
        if (!best)
            best = &s;
    }
    return best;
}

} // namespace

QList<AffectedProduct> AdvisoryTemplate::productsOf(const Vulnerability &v, const Case &c)
{
    if (!v.products.isEmpty())
        return v.products;
    return {AffectedProduct {c.product, c.productVersion, QString(), ProductStatus::KnownAffected}};
}

QString AdvisoryTemplate::impactOf(const QString &cvssVector)
{
    QHash<QString, QString> m;
    const QStringList fields = cvssVector.split(u'/');
    const QString head = fields.value(0);
    const bool v4 = head == u"CVSS:4.0";
    if (!v4 && head != u"CVSS:3.1" && head != u"CVSS:3.0")
        return QString();
    for (const QString &field : fields.mid(1))
        m.insert(field.section(u':', 0, 0), field.section(u':', 1));
    static const QHash<QString, QString> where {{QStringLiteral("N"), QStringLiteral("A remote attacker")},
        {QStringLiteral("A"), QStringLiteral("An attacker on an adjacent network")},
        {QStringLiteral("L"), QStringLiteral("An attacker with local access")},
        {QStringLiteral("P"), QStringLiteral("An attacker with physical access")}};
    static const QHash<QString, QString> who {{QStringLiteral("N"), QStringLiteral("without authentication")},
        {QStringLiteral("L"), QStringLiteral("with a low-privileged account")},
        {QStringLiteral("H"), QStringLiteral("with an administrative account")}};
    if (!where.contains(m.value(QStringLiteral("AV"))) || !who.contains(m.value(QStringLiteral("PR"))))
        return QString();
    const auto high = [&](const char *v3, const char *v4key) {
        const QString value = m.value(QLatin1StringView(v4 ? v4key : v3));
        return value == u"H" ? 2 : value == u"L" ? 1 : 0;
    };
    QStringList effects;
    if (const int c = high("C", "VC"))
        effects.append(c == 2 ? QStringLiteral("read confidential information")
                              : QStringLiteral("read some confidential information"));
    if (const int i = high("I", "VI"))
        effects.append(
            i == 2 ? QStringLiteral("change data and settings") : QStringLiteral("change some data"));
    if (const int a = high("A", "VA"))
        effects.append(a == 2 ? QStringLiteral("make the product unavailable")
                              : QStringLiteral("degrade the product's availability"));
    if (effects.isEmpty())
        return QString();
    const QString ui = m.value(QStringLiteral("UI"));
    const QString interaction
        = ui.isEmpty() || ui == u"N" ? QString() : QStringLiteral(", after persuading a user to act,");
    return QStringLiteral("%1 %2%3 could %4.")
        .arg(where.value(m.value(QStringLiteral("AV"))), who.value(m.value(QStringLiteral("PR"))),
            interaction, joined(effects));
}

Vulnerability AdvisoryTemplate::prefilled(Vulnerability v, const Case &c, const QList<CaseScore> &scores)
{
    const QList<AffectedProduct> products = productsOf(v, c);
    QString names = productNames(products);
    if (names.isEmpty()) // every product listed is not affected: the case's own product
        names = c.product.trimmed();
    const int cwe = v.cwes.value(0);
    const QString weakness = cwe ? CweCatalog::name(cwe) : QString();
    if (v.title.trimmed().isEmpty())
        v.title = weakness.isEmpty() ? QStringLiteral("Vulnerability in %1").arg(names)
                                     : QStringLiteral("%1 in %2").arg(weakness, names);
    const QString affected = affectedWords(products, ProductStatus::KnownAffected);
    const QString kind = weakness.isEmpty()
        ? QStringLiteral("a vulnerability")
        : QStringLiteral("a vulnerability of type %1 (%2)").arg(CweCatalog::label(cwe), weakness);
    // "GigaSpire u6 23.4.1 is", "GigaSpire u6 versions before 23.4.2 are".
    const auto verb = [](const QString &subject) {
        return subject.contains(QStringLiteral("versions")) || subject.contains(QStringLiteral(" and "))
            ? QStringLiteral("are")
            : QStringLiteral("is");
    };
    if (v.summary.trimmed().isEmpty())
        v.summary = affected.isEmpty()
            ? QStringLiteral("%1 %2 under investigation for %3.").arg(names, verb(names), kind)
            : QStringLiteral("%1 %2 affected by %3.").arg(affected, verb(affected), kind);
    if (v.description.trimmed().isEmpty()) {
        QStringList sentences {v.summary.trimmed()};
        QStringList fixes;
        for (const Remediation &r : v.remediations) {
            if (r.category == RemediationCategory::VendorFix && !r.fixedVersion.trimmed().isEmpty()
                && !fixes.contains(r.fixedVersion.trimmed()))
                fixes.append(r.fixedVersion.trimmed());
        }
        const QString fixed = affectedWords(products, ProductStatus::Fixed);
        if (!fixes.isEmpty())
            sentences.append(QStringLiteral("The vulnerability is fixed in version %1.").arg(joined(fixes)));
        else if (!fixed.isEmpty())
            sentences.append(QStringLiteral("%1 %2 not affected.").arg(fixed, verb(fixed)));
        const QString notAffected = affectedWords(products, ProductStatus::KnownNotAffected);
        if (!notAffected.isEmpty())
            sentences.append(QStringLiteral("%1 %2 not affected.").arg(notAffected, verb(notAffected)));
        v.description = sentences.join(u' ');
    }
    if (v.impact.trimmed().isEmpty()) {
        if (const CaseScore *s = primaryScore(scores))
            v.impact = impactOf(s->vector);
    }
    return v;
}
