#include "Product.h"

#include <QCoreApplication>

QString Product::lifecycleId(Lifecycle l)
{
    switch (l) {
    case Lifecycle::Active:
        return QStringLiteral("active");
    case Lifecycle::EndOfLife:
        return QStringLiteral("end-of-life");
    case Lifecycle::Obsolete:
        return QStringLiteral("obsolete");
    }
    return QStringLiteral("active");
}

Product::Lifecycle Product::lifecycleFromId(const QString &id)
{
    if (id == u"end-of-life")
        return Lifecycle::EndOfLife;
    if (id == u"obsolete")
        return Lifecycle::Obsolete;
    return Lifecycle::Active;
}

QString Product::lifecycleName(Lifecycle l)
{
    switch (l) {
    case Lifecycle::Active:
        return QCoreApplication::translate("Product", "Active");
    case Lifecycle::EndOfLife:
        return QCoreApplication::translate("Product", "End of life");
    case Lifecycle::Obsolete:
        return QCoreApplication::translate("Product", "Obsolete");
    }
    return {};
}

QDate Product::securityUpdatesUntil() const
{
    QDate from;
    if (lifecycle == Lifecycle::Obsolete)
        from = obsolete.isValid() ? obsolete : endOfLife;
    else if (lifecycle == Lifecycle::EndOfLife)
        from = endOfLife;
    return from.isValid() ? from.addYears(1) : QDate();
}

ScopeAssessment assessScope(const QList<Product> &catalogue, const QString &productName, const QDate &on)
{
    ScopeAssessment a;
    const QString wanted = productName.trimmed();
    const Product *match = nullptr;
    for (const Product &p : catalogue) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            match = &p;
            break;
        }
    }
    if (!match) {
        a.verdict = ScopeAssessment::Verdict::Unknown;
        a.message = QCoreApplication::translate(
            "Product", "“%1” is not in the product catalogue; check whether it is one of ours.")
                        .arg(wanted);
        return a;
    }
    if (match->thirdParty) {
        a.verdict = ScopeAssessment::Verdict::ThirdParty;
        a.message = QCoreApplication::translate(
            "Product", "“%1” is a third-party product and out of scope of the disclosure policy.")
                        .arg(match->name);
        return a;
    }
    const QDate until = match->securityUpdatesUntil();
    if (until.isValid() && on > until) {
        a.verdict = ScopeAssessment::Verdict::PastSecurityUpdates;
        a.message
            = QCoreApplication::translate("Product", "“%1” is %2; its security-update period ended on %3.")
                  .arg(match->name, Product::lifecycleName(match->lifecycle).toLower(),
                      until.toString(Qt::ISODate));
        return a;
    }
    a.verdict = ScopeAssessment::Verdict::InScope;
    return a;
}
