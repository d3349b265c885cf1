#include "Product.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

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

namespace {

// The date the EOL or OBS state began: what the support period counts from.
QDate lifecycleSince(Product::Lifecycle lifecycle, const QDate &endOfLife, const QDate &obsolete)
{
    if (lifecycle == Product::Lifecycle::Obsolete)
        return obsolete.isValid() ? obsolete : endOfLife;
    if (lifecycle == Product::Lifecycle::EndOfLife)
        return endOfLife;
    return {};
}

QString versionKey(const QString &version)
{
    QString v = version.trimmed().toLower();
    if (v.size() > 1 && v.front() == u'v' && v.at(1).isDigit())
        v.remove(0, 1);
    return v;
}

} // namespace

QDate Product::securityUpdatesUntil(int supportMonths) const
{
    const QDate from = lifecycleSince(lifecycle, endOfLife, obsolete);
    return from.isValid() ? from.addMonths(std::max(0, supportMonths)) : QDate();
}

SupportStatus Product::support(const QDate &on, int supportMonths, const ProductRelease *release) const
{
    SupportStatus status;
    if (thirdParty) {
        status.state = SupportStatus::State::ThirdParty;
        return status;
    }
    Lifecycle life = lifecycle;
    QDate since = lifecycleSince(lifecycle, endOfLife, obsolete);
    // A release's own lifecycle counts when it ends support earlier than the product's.
    if (release && release->ownLifecycle) {
        const auto own = Lifecycle(release->lifecycle);
        const QDate ownSince = lifecycleSince(own, release->endOfLife, release->obsolete);
        if (ownSince.isValid() && (!since.isValid() || ownSince < since)) {
            life = own;
            since = ownSince;
        }
    }
    status.lifecycle = int(life);
    if (!since.isValid())
        return status;
    status.since = since;
    status.until = since.addMonths(std::max(0, supportMonths));
    status.state = on > status.until ? SupportStatus::State::Ended : SupportStatus::State::WindingDown;
    return status;
}

const ProductRelease *Product::release(const QString &version) const
{
    const QString wanted = versionKey(version);
    if (wanted.isEmpty())
        return nullptr;
    for (const ProductRelease &r : releases) {
        if (versionKey(r.version) == wanted)
            return &r;
    }
    return nullptr;
}

QString Product::cpeOf(const ProductRelease &r) const
{
    if (!r.cpe.isEmpty() || cpe.isEmpty())
        return r.cpe;
    // cpe:2.3:part:vendor:product:version:...: the version is the sixth field. Characters
    // other than letters, digits, '.', '_' and '-' are quoted with a backslash (NISTIR 7695).
    QStringList fields = cpe.split(u':');
    if (fields.size() < 6)
        return {};
    QString quoted;
    for (const QChar c : r.version.trimmed()) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
            quoted += u'\\';
        quoted += c;
    }
    fields[5] = quoted.toLower();
    return fields.join(u':');
}

QString Product::purlOf(const ProductRelease &r) const
{
    if (!r.purl.isEmpty() || purl.isEmpty())
        return r.purl;
    QString base = purl;
    QString tail;
    // Qualifiers and subpath follow the version: pkg:type/ns/name@version?q=v#sub.
    const qsizetype cut = base.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0) {
        tail = base.mid(cut);
        base.truncate(cut);
    }
    if (const qsizetype at = base.lastIndexOf(u'@'); at > base.lastIndexOf(u'/'))
        base.truncate(at);
    return base + u'@' + QString::fromLatin1(QUrl::toPercentEncoding(r.version.trimmed(), "._-~")) + tail;
}

QString SupportStatus::text() const
{
    const auto life = Product::Lifecycle(lifecycle);
    switch (state) {
    case State::ThirdParty:
        return QCoreApplication::translate("Product", "Third-party product");
    case State::Supported:
        return QCoreApplication::translate("Product", "Active");
    case State::WindingDown:
        return life == Product::Lifecycle::Obsolete
            ? QCoreApplication::translate("Product", "OBS since %1, security fixes until %2")
                  .arg(since.toString(Qt::ISODate), until.toString(Qt::ISODate))
            : QCoreApplication::translate("Product", "EOL since %1, security fixes until %2")
                  .arg(since.toString(Qt::ISODate), until.toString(Qt::ISODate));
    case State::Ended:
        return life == Product::Lifecycle::Obsolete
            ? QCoreApplication::translate("Product", "OBS since %1, security fixes ended %2")
                  .arg(since.toString(Qt::ISODate), until.toString(Qt::ISODate))
            : QCoreApplication::translate("Product", "EOL since %1, security fixes ended %2")
                  .arg(since.toString(Qt::ISODate), until.toString(Qt::ISODate));
    }
    return {};
}

ScopeAssessment assessScope(const QList<Product> &catalogue, const QString &productName, const QDate &on,
    const QString &version, int supportMonths)
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
    a.product = match->name;
    if (match->thirdParty) {
        a.verdict = ScopeAssessment::Verdict::ThirdParty;
        a.message = QCoreApplication::translate(
            "Product", "“%1” is a third-party product and out of scope of the disclosure policy.")
                        .arg(match->name);
        return a;
    }
    const ProductRelease *release = match->release(version);
    if (release)
        a.release = release->version;
    else if (!version.trimmed().isEmpty() && !match->releases.isEmpty())
        a.unknownRelease = true;
    a.support = match->support(on, supportMonths, release);
    const QString subject = release ? match->name + u' ' + release->version : match->name;
    if (a.support.state == SupportStatus::State::Ended) {
        a.verdict = ScopeAssessment::Verdict::PastSecurityUpdates;
        a.message
            = QCoreApplication::translate("Product", "“%1” is %2; its security-update period ended on %3.")
                  .arg(subject, Product::lifecycleName(Product::Lifecycle(a.support.lifecycle)).toLower(),
                      a.support.until.toString(Qt::ISODate));
        return a;
    }
    a.verdict = ScopeAssessment::Verdict::InScope;
    QStringList notes;
    if (a.unknownRelease)
        notes << QCoreApplication::translate(
            "Product", "Version “%1” is not a listed release of “%2”; check the version.")
                     .arg(version.trimmed(), match->name);
    if (a.support.state == SupportStatus::State::WindingDown)
        notes << subject + u": " + a.support.text();
    a.message = notes.join(u' ');
    return a;
}
