// The SLA documents a team keeps in its case database, read as PolicyStore reads them: a
// JSON object, then DisclosurePolicy::fromJson or BusinessCalendar::fromJson. What reads
// must write back to the same document, and a policy or calendar that reads must be
// usable by SlaEngine on a case with a pause, in a zone with daylight saving time.

#include "FuzzSupport.h"
#include "sla/BusinessCalendar.h"
#include "sla/DisclosurePolicy.h"
#include "sla/SlaEngine.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdint>

namespace {

using FuzzSupport::require;

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1StringView(iso), Qt::ISODate);
}

void runEngine(const DisclosurePolicy &policy, const BusinessCalendar &calendar)
{
    static const QTimeZone zone = [] {
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        return berlin.isValid() ? berlin : QTimeZone(QTimeZone::UTC);
    }();
    CaseEvents events;
    events.received = at("2026-03-27T16:30:00Z"); // the Friday before the DST change
    events.acknowledged = at("2026-03-31T08:00:00Z");
    events.triaged = at("2026-04-02T10:00:00Z");
    events.pauses
        = {{at("2026-04-03T09:00:00Z"), at("2026-04-14T12:00:00Z")}, {at("2026-05-01T00:00:00Z"), {}}};
    events.status = CaseStatus::NeedsMoreInfo;
    const QDateTime now = at("2026-05-04T12:00:00Z");

    const SlaEngine engine(policy, calendar, zone);
    const QList<ClockStatus> statuses = engine.evaluate(events, now);
    require(statuses.size() == policy.clocks().size(), "one status per clock");
    [[maybe_unused]] const Embargo embargo = engine.embargo(events, now);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (const std::optional<qint64> next = engine.nextChangeMs(events, nowMs))
        require(*next > nowMs, "the next change is after now");
    for (const ClockRule &rule : policy.clocks()) [[maybe_unused]]
        const QDateTime deadline = engine.deadlineFrom(events.received, rule.amount, rule.unit);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQtLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const QJsonObject object = doc.object();

    if (const auto policy = DisclosurePolicy::fromJson(object)) {
        const auto again = DisclosurePolicy::fromJson(policy->toJson());
        require(bool(again), "a policy's own JSON reads back");
        require(*again == *policy, "a policy reads back unchanged");
        [[maybe_unused]] const QString name = policy->displayName();
        runEngine(*policy, BusinessCalendar::unitedStates());
    }
    if (const auto calendar = BusinessCalendar::fromJson(object)) {
        const auto again = BusinessCalendar::fromJson(calendar->toJson());
        require(bool(again), "a calendar's own JSON reads back");
        require(*again == *calendar, "a calendar reads back unchanged");
        runEngine(DisclosurePolicy::iso29147(), *calendar);
    }
    return 0;
}
