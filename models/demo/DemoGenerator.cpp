#include "DemoGenerator.h"

#include "DemoCaseWriter.h"
#include "DemoPlan.h"
#include "advisory/AdvisoryStore.h"
#include "correspondence/CorrespondenceStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"
#include "storage/TeamSettings.h"
#include "storage/TrackingIdPattern.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

// The demo is built in three parts: DemoCatalogue (the invented world), DemoPlan (what
// happens to each case) and DemoCaseWriter (its texts, mail and audit trail).
using namespace Demo;

Status DemoGenerator::check(const DemoOptions &options)
{
    if (options.cases < 0 || options.cases > maxCases)
        return Status::failure(
            QCoreApplication::translate("DemoGenerator", "The number of demo cases must be between 0 and %1.")
                .arg(maxCases));
    if (!options.now.isValid())
        return Status::failure(
            QCoreApplication::translate("DemoGenerator", "The demo data needs a valid “now”."));
    // Before 1972 the history would start before 1970 (times are stored as milliseconds
    // since then, and tracking ids of year 1969 would collide with the counter's).
    const QDateTime earliest = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC).addDays(historyDays);
    const QDateTime latest(QDate(9998, 12, 31), QTime(0, 0), QTimeZone::UTC);
    if (options.now < earliest || options.now > latest)
        return Status::failure(QCoreApplication::translate("DemoGenerator",
            "The demo's “now” must lie between %1 and %2: its two years of history must fit in the "
            "years 1970 to 9999.")
                .arg(earliest.toString(Qt::ISODate), latest.toString(Qt::ISODate)));
    return {};
}

Status DemoGenerator::generate(
    Database &db, const DemoOptions &options, const std::function<void(int)> &progress)
{
    if (const Status s = check(options); !s)
        return s;
    CaseStore store(db);
    const auto existing = store.caseCount();
    if (!existing)
        return Status::failure(existing.error());
    if (*existing > 0)
        return Status::failure(QCoreApplication::translate("DemoGenerator",
            "Demo data goes into an empty database; this one already holds %n case(s).", nullptr, *existing));
    const auto pattern = TrackingIdPattern::parse(store.trackingIdPattern());
    if (!pattern)
        return Status::failure(pattern.error());

    const QDateTime nowDt = options.now.toUTC();
    const qint64 now = ms(nowDt);
    const QDate today = nowDt.date();
    const Tables tables = makeTables(today);

    ProductCatalogue catalogue(db);
    for (const Product &product : tables.products) {
        if (const auto saved = catalogue.save(product); !saved)
            return Status::failure(saved.error());
    }

    // 1. The plan: times, products, flaws and the workflow path of every case.
    QRandomGenerator rng(options.seed);
    const qint64 start = ms(nowDt.addDays(-historyDays));
    QList<qint64> received;
    received.reserve(options.cases);
    while (received.size() < options.cases) {
        // Reports grow over time, and fewer arrive at weekends.
        const qint64 t
            = start + qint64(std::pow(rng.generateDouble(), 0.85) * double(now - 10 * kMinute - start));
        if (utc(t).date().dayOfWeek() >= 6 && rng.generateDouble() < 0.55)
            continue;
        received.append(t);
    }
    std::sort(received.begin(), received.end());

    const QList<IntakeChannel> channels {IntakeChannel::Email, IntakeChannel::WebForm,
        IntakeChannel::EncryptedEmail, IntakeChannel::Partner, IntakeChannel::Internal, IntakeChannel::Phone,
        IntakeChannel::Other};
    const QList<int> channelWeights {40, 28, 12, 9, 7, 2, 2};
    QList<Plan> plans(options.cases);
    for (int i = 0; i < options.cases; ++i) {
        Plan &p = plans[i];
        p.received = received.at(i);
        if (rng.generateDouble() < 0.03)
            p.product = -1 - int(rng.bounded(countOf(kUnknownProducts)));
        else
            p.product = weighted(rng, tables.productWeights);
        p.version = int(rng.bounded(3));
        p.vclass = pickClass(rng, kindOf(p.product));
        p.component = pickComponent(rng, kindOf(p.product));
        p.channel = channels.at(weighted(rng, channelWeights));
        p.outcome = pickOutcome(rng, p.product, today);
        if (p.outcome == Outcome::SpamEarly)
            p.channel = rng.generateDouble() < 0.5 ? IntakeChannel::Email : IntakeChannel::WebForm;
        if (isDuplicateOutcome(p.outcome)) {
            // The original came earlier: same product if possible, never a duplicate or spam.
            const int from = std::max(0, i - 400);
            int target = -1;
            for (int j = i - 1; j >= from && target < 0; --j) {
                if (plans.at(j).product == p.product && !isDuplicateOutcome(plans.at(j).outcome)
                    && plans.at(j).outcome != Outcome::SpamEarly)
                    target = j;
            }
            for (int j = i - 1; j >= from && target < 0; --j) {
                if (!isDuplicateOutcome(plans.at(j).outcome) && plans.at(j).outcome != Outcome::SpamEarly)
                    target = j;
            }
            if (target < 0) {
                p.outcome = Outcome::InformativeEarly;
            } else {
                const Plan &original = plans.at(target);
                p.duplicateOf = target + 1;
                p.product = original.product;
                p.version = original.version;
                p.vclass = original.vclass;
                p.component = original.component;
            }
        }
        planTimeline(rng, p, now, int(tables.analysts.size()));
    }

    // 2. Tracking ids in the order of acknowledgement, numbered per counter scope.
    QList<int> acknowledged;
    for (int i = 0; i < options.cases; ++i) {
        if (plans.at(i).ackAt > 0)
            acknowledged.append(i);
    }
    std::stable_sort(acknowledged.begin(), acknowledged.end(),
        [&plans](int a, int b) { return plans.at(a).ackAt < plans.at(b).ackAt; });
    QHash<QString, qint64> counters;
    for (int i : std::as_const(acknowledged))
        plans[i].trackingNumber = ++counters[pattern->scope(utc(plans.at(i).ackAt).date())];

    // 3. Texts and audit trails, streamed into one import transaction.
    DemoCaseWriter writer(tables, plans, *pattern, options.seed);
    CorrespondenceStore correspondence(db, store.auditLog());
    AdvisoryStore advisories(store);
    // The team that publishes the demo's advisories (reserved example domain; the CNA id is
    // a made-up UUID).
    AdvisoryPublisher publisher {QStringLiteral("Calix PSIRT"),
        QStringLiteral("https://security.calix.example"), QStringLiteral("psirt@calix.example"),
        QStringLiteral("7d5f0b6e-3c1a-4b8e-9f2d-1a2b3c4d5e6f"), QStringLiteral("Calix"),
        QStringLiteral("Calix"), {}};
    TeamSettings settings(db);
    if (const Status s = publisher.save(settings); !s)
        return s;
    Status mailStored;
    int next = 0;
    if (progress)
        progress(0);
    const Status imported = store.importCases([&](Case *c, QList<AuditEntry> *trail) {
        if (next >= options.cases || !mailStored)
            return false;
        // The mail of the cases written so far, in batches inside the import's transaction
        // (the next case is not written yet, so its mail waits).
        if (next % 256 == 0) {
            mailStored = correspondence.importMessages(writer.takeMail());
            if (mailStored)
                mailStored = advisories.importAdvisories(writer.takeAdvisories());
        }
        writer.write(next, c, trail);
        ++next;
        if (progress && (next % 1000 == 0 || next == options.cases))
            progress(next);
        return true;
    });
    if (!imported)
        return imported;
    if (!mailStored)
        return mailStored;
    if (const Status s = correspondence.importMessages(writer.takeMail()); !s)
        return s;
    return advisories.importAdvisories(writer.takeAdvisories());
}
