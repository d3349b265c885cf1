#include "DemoPlan.h"

#include "advisory/AdvisoryData.h"

#include <QRegularExpression>

#include <algorithm>

namespace Demo {

int weighted(QRandomGenerator &rng, const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int x = int(rng.bounded(total));
    for (qsizetype i = 0; i < weights.size(); ++i) {
        x -= weights.at(i);
        if (x < 0)
            return int(i);
    }
    return int(weights.size() - 1);
}

qint64 between(QRandomGenerator &rng, qint64 lo, qint64 hi)
{
    return hi <= lo ? lo : lo + qint64(rng.generateDouble() * double(hi - lo));
}

bool isDuplicateOutcome(Outcome o)
{
    return o == Outcome::DuplicateEarly || o == Outcome::DuplicateAfterTriage;
}

Tables makeTables(const QDate &today)
{
    Tables t;
    for (const ProductSpec &spec : kProducts) {
        Product p;
        p.name = u8(spec.name);
        p.productLine = u8(spec.line);
        p.thirdParty = spec.thirdParty;
        for (const auto &[product, vendor] : kThirdPartyVendors) {
            if (qstrcmp(product, spec.name) == 0)
                p.vendor = u8(vendor);
        }
        p.lifecycle = spec.lifecycle;
        if (spec.lifecycle != L::Active)
            p.endOfLife = today.addDays(-spec.eolDaysAgo);
        if (spec.lifecycle == L::Obsolete)
            p.obsolete = today.addDays(-spec.obsoleteDaysAgo);
        // Identifiers as a vendor would publish them: firmware CPEs ("o") for devices,
        // application CPEs ("a") otherwise; a generic purl under the maker.
        const QString maker = p.vendor.isEmpty() ? p.name.section(u' ', 0, 0) : p.vendor;
        QString slug = p.name.toLower();
        if (slug.startsWith(maker.toLower() + u' '))
            slug.remove(0, maker.size() + 1);
        slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
        slug.replace(QRegularExpression(QStringLiteral("^_|_$")), QString());
        const bool device = (spec.kind & Device) != 0 && !spec.thirdParty;
        const QString vendorId
            = QString(maker.toLower())
                  .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
        p.cpe = QStringLiteral("cpe:2.3:%1:%2:%3:*:*:*:*:*:*:*:*")
                    .arg(device ? QStringLiteral("o") : QStringLiteral("a"), vendorId,
                        device ? slug + u"_firmware" : slug);
        p.purl = QStringLiteral("pkg:generic/%1/%2").arg(vendorId, QString(slug).replace(u'_', u'-'));
        // The three versions reports name, released over the last two years.
        int age = 720;
        for (const char *version : spec.versions) {
            if (AdvisoryData::isVersion(u8(version)) && !p.release(u8(version))) {
                ProductRelease r;
                r.version = u8(version);
                r.releasedOn = today.addDays(-age);
                p.releases.append(r);
            }
            age /= 2;
        }
        t.products.append(p);
        t.productWeights.append(spec.weight);
    }
    for (const char *a : kAnalysts)
        t.analysts.append(u8(a));
    return t;
}

int pickComponent(QRandomGenerator &rng, unsigned kind)
{
    QList<int> fitting;
    for (int i = 0; i < countOf(kComponents); ++i) {
        if (kComponents[i].kinds & kind)
            fitting.append(i);
    }
    return fitting.at(int(rng.bounded(int(fitting.size()))));
}

int pickClass(QRandomGenerator &rng, unsigned kind)
{
    QList<int> ids;
    QList<int> weights;
    for (int i = 0; i < countOf(kClasses); ++i) {
        if (kClasses[i].kinds & kind) {
            ids.append(i);
            weights.append(kClasses[i].weight);
        }
    }
    return ids.at(weighted(rng, weights));
}

unsigned kindOf(int product)
{
    return product >= 0 ? kProducts[product].kind : unsigned(Device);
}

Outcome pickOutcome(QRandomGenerator &rng, int product, const QDate &today)
{
    // Weights in outcome order; third-party and unsupported products end out of scope more.
    QList<int> w {4, 3, 2, 3, 3, 6, 4, 6, 32, 22, 4, 2, 2, 2, 3};
    const bool thirdParty = product >= 0 && kProducts[product].thirdParty;
    const bool unknown = product < 0;
    bool unsupported = false;
    if (product >= 0 && kProducts[product].lifecycle != L::Active) {
        const int days = kProducts[product].lifecycle == L::Obsolete ? kProducts[product].obsoleteDaysAgo
                                                                     : kProducts[product].eolDaysAgo;
        unsupported = today.addDays(-days).addYears(1) < today;
    }
    if (thirdParty || unsupported) {
        w[int(Outcome::OutOfScopeEarly)] = 30;
        w[int(Outcome::OutOfScopeAfterTriage)] = 15;
    }
    if (unknown)
        w[int(Outcome::InformativeEarly)] = 10;
    return Outcome(weighted(rng, w));
}

void planTimeline(QRandomGenerator &rng, Plan &p, qint64 now, int analystCount)
{
    using S = CaseStatus;
    qint64 t = p.received + between(rng, 5 * kMinute, 2 * kHour); // entered at intake
    p.steps.clear();
    const auto step = [&](S to, qint64 minDelay, qint64 maxDelay) {
        const qint64 at = t + between(rng, minDelay, maxDelay);
        if (at > now)
            return false;
        t = at;
        p.steps.append(Step {to, at});
        return true;
    };
    // A pause waiting on the reporter; false when the reporter has not answered by now.
    const auto maybeNeedsInfo = [&](S from) {
        if (rng.generateDouble() >= 0.12 && p.outcome != Outcome::StaysWaitingOnReporter)
            return true;
        if (!step(S::NeedsMoreInfo, 4 * kHour, 3 * kDay))
            return false;
        p.needsInfoAt = t;
        if (p.outcome == Outcome::StaysWaitingOnReporter || !step(from, 2 * kDay, 25 * kDay)) {
            p.pausedFrom = from;
            return false;
        }
        return true;
    };
    const Outcome o = p.outcome;
    switch (o) {
    case Outcome::SpamEarly:
        step(S::Spam, 10 * kMinute, 2 * kDay);
        return;
    case Outcome::OutOfScopeEarly:
        step(S::OutOfScope, 2 * kHour, 5 * kDay);
        return;
    case Outcome::InformativeEarly:
        step(S::Informative, 2 * kHour, 5 * kDay);
        return;
    case Outcome::DuplicateEarly:
        step(S::Duplicate, 1 * kHour, 4 * kDay);
        return;
    default:
        break;
    }
    // A few acknowledgements miss the five-business-day target.
    const qint64 ackMax = rng.generateDouble() < 0.06 ? 12 * kDay : 6 * kDay;
    if (!step(S::Acknowledged, 1 * kHour, ackMax))
        return;
    p.ackAt = t;
    if (rng.generateDouble() < 0.85) {
        p.owner = int(rng.bounded(analystCount));
        p.ownerAt = t;
    }
    if (!maybeNeedsInfo(S::Acknowledged))
        return;
    if (!step(S::Triage, 4 * kHour, 8 * kDay))
        return;
    if (p.owner < 0 && rng.generateDouble() < 0.7) {
        p.owner = int(rng.bounded(analystCount));
        p.ownerAt = t;
    }
    const bool scores = o != Outcome::OutOfScopeAfterTriage && o != Outcome::NotReproducible
        && o != Outcome::InformativeAfterTriage && o != Outcome::DuplicateAfterTriage;
    if (scores) {
        const qint64 at = t + between(rng, 2 * kHour, 3 * kDay);
        if (at <= now)
            p.scoredAt = at;
    }
    if (!maybeNeedsInfo(S::Triage))
        return;
    switch (o) {
    case Outcome::OutOfScopeAfterTriage:
        step(S::OutOfScope, 1 * kDay, 12 * kDay);
        return;
    case Outcome::NotReproducible:
        step(S::NotReproducible, 3 * kDay, 20 * kDay);
        return;
    case Outcome::InformativeAfterTriage:
        step(S::Informative, 1 * kDay, 15 * kDay);
        return;
    case Outcome::DuplicateAfterTriage:
        step(S::Duplicate, 1 * kDay, 10 * kDay);
        return;
    default:
        break;
    }
    // Confirmed lies after scoring, so every confirmed case carries a score.
    if (p.scoredAt == 0)
        return;
    t = std::max(t, p.scoredAt);
    if (!step(S::Confirmed, 1 * kHour, 12 * kDay))
        return;
    if (p.owner >= 0 && rng.generateDouble() < 0.06) {
        p.reassignedTo = int((p.owner + 1 + int(rng.bounded(analystCount - 1))) % analystCount);
        p.reassignedAt = t + between(rng, 1 * kHour, 2 * kDay);
        if (p.reassignedAt > now)
            p.reassignedTo = -1;
    }
    if (o == Outcome::StaysConfirmed || !step(S::Remediation, 1 * kDay, 7 * kDay))
        return;
    if (p.reassignedTo >= 0)
        t = std::max(t, p.reassignedAt);
    if (o == Outcome::StaysInRemediation || !step(S::Resolved, 10 * kDay, 110 * kDay))
        return;
    if (o == Outcome::StaysResolved)
        return;
    if (o == Outcome::ClosedWithoutAdvisory) {
        step(S::Closed, 2 * kDay, 21 * kDay);
        return;
    }
    if (!step(S::Disclosed, 1 * kDay, 30 * kDay) || o == Outcome::StaysDisclosed)
        return;
    step(S::Closed, 1 * kDay, 14 * kDay);
}

} // namespace Demo
