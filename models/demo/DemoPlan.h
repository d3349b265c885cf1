#pragma once

#include "DemoCatalogue.h"
#include "core/Case.h"
#include "core/Product.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// The plan of the demo: when each case arrives, about what, and the workflow path it has
// taken by "now". Internal to models/demo.
namespace Demo {

inline constexpr qint64 kMinute = 60 * 1000;
inline constexpr qint64 kHour = 60 * kMinute;
inline constexpr qint64 kDay = 24 * kHour;

inline qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

inline QDateTime utc(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::UTC);
}

struct Tables
{
    QList<Product> products;
    QList<int> productWeights;
    QStringList analysts;
};

int weighted(QRandomGenerator &rng, const QList<int> &weights);
qint64 between(QRandomGenerator &rng, qint64 lo, qint64 hi);

// The outcome a case is headed for; where it stands "now" depends on its age.
enum class Outcome {
    SpamEarly,
    OutOfScopeEarly,
    InformativeEarly,
    DuplicateEarly,
    OutOfScopeAfterTriage,
    NotReproducible,
    InformativeAfterTriage,
    DuplicateAfterTriage,
    DisclosedAndClosed,
    ClosedWithoutAdvisory,
    StaysInRemediation,
    StaysConfirmed,
    StaysDisclosed,
    StaysResolved,
    StaysWaitingOnReporter,
};

struct Step
{
    CaseStatus to;
    qint64 at;
};

// Everything about a case that depends on other cases (tracking-id order, duplicate
// targets) or on the timeline, decided before any text is written.
struct Plan
{
    qint64 received = 0;
    int product = -1; // index into the catalogue, or -1 - index into kUnknownProducts
    int vclass = 0;
    int component = 0;
    int version = 0;
    Outcome outcome = Outcome::DisclosedAndClosed;
    IntakeChannel channel = IntakeChannel::Email;
    QList<Step> steps;
    std::optional<CaseStatus> pausedFrom;
    qint64 needsInfoAt = 0;
    qint64 ackAt = 0;
    int owner = -1;
    qint64 ownerAt = 0;
    int reassignedTo = -1;
    qint64 reassignedAt = 0;
    qint64 scoredAt = 0;
    qint64 duplicateOf = 0;
    qint64 trackingNumber = 0;
};

bool isDuplicateOutcome(Outcome o);
Tables makeTables(const QDate &today);
// Picks a component that fits the product's kind.
int pickComponent(QRandomGenerator &rng, unsigned kind);
int pickClass(QRandomGenerator &rng, unsigned kind);
unsigned kindOf(int product);
Outcome pickOutcome(QRandomGenerator &rng, int product, const QDate &today);
// Walks the workflow towards the planned outcome; stops at the first step that would lie
// after "now", which is what leaves young cases open and old ones closed.
void planTimeline(QRandomGenerator &rng, Plan &p, qint64 now, int analystCount);

} // namespace Demo
