#pragma once

#include "sla/BusinessCalendar.h"
#include "sla/CaseEvents.h"
#include "sla/DisclosurePolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

enum class ClockState {
    NotStarted, // the start event has not happened yet
    OnTrack,
    DueSoon, // within the clock's "due soon" threshold of the deadline
    Paused, // waiting on the reporter; the deadline moves while it lasts
    Breached, // deadline passed, not stopped
    Met, // stopped on time
    MetLate, // stopped after the deadline
};

namespace ClockStates {
/// Stable id for the command line and exports ("on-track", "met-late", …).
QString id(ClockState state);
QString displayName(ClockState state);
} // namespace ClockStates

/// One clock of one case, as of a given instant.
struct ClockStatus
{
    QString clockId;
    ClockState state = ClockState::NotStarted;
    QDateTime start; // UTC
    QDateTime deadline; // UTC, after pauses, earlier-of events and overrides
    QDateTime stoppedAt; // UTC, when the stop event happened
    qint64 pausedMs = 0; // business or elapsed time the deadline was pushed back
    // deadline minus the stop instant (met) or minus now (running): how early (positive) or
    // late (negative). Zero when not started.
    qint64 marginMs = 0;
};

/// The planned end of a case's embargo.
struct Embargo
{
    enum class Source { None, Policy, Resolution, Negotiated };
    QDateTime at; // UTC
    Source source = Source::None;
    QString reason;

    bool isSet() const { return at.isValid(); }
    /// "2026-05-31 23:59 CEST (2026-05-31 21:59 UTC)": analysts across time zones must never
    /// have to convert an embargo in their heads.
    QString displayText(const QTimeZone &zone) const;
};

/// Computes a policy's clocks for cases, counting days in a team's calendar and time zone.
///
/// Deadline rule for day-based clocks: a clock of N days ends at the end of the Nth
/// business (or calendar) day after the day the start event happened, in the team's zone,
/// i.e. at 23:59:59.999 local time, stored in UTC. The day of the event itself does not
/// count, and an event on a weekend or holiday is counted from the next business day. This
/// is how legal and contractual periods expressed in days are read (e.g. Regulation (EEC,
/// Euratom) No 1182/71, art. 3: a period in days starts at the beginning of the day after
/// the event and ends with the expiry of the last hour of its last day), and how
/// "within 5 business days" is read by reporters: the vendor has all of the fifth day.
/// Keeping the time of day instead (OSIDB style) would make a report received at 18:00
/// due at 18:00, which no policy text says. Hour-based clocks are exact elapsed time.
/// Working on local calendar days makes DST changes and year ends fall out naturally: a
/// day is whatever the zone says it is (23, 24 or 25 hours).
///
/// Pauses (Needs More Info) push a pausing clock's deadline back by the time paused: the
/// business time inside the pause for business-day clocks, elapsed time otherwise. A pause
/// that begins after the deadline or after the clock stopped changes nothing.
///
/// Every evaluation takes `now` explicitly; events after `now` are treated as not yet
/// happened, so results are reproducible. The engine caches per-day zone offsets and
/// business-day flags; it is cheap to copy but not thread-safe: use one per thread.
class SlaEngine final
{
public:
    SlaEngine(DisclosurePolicy policy, BusinessCalendar calendar, QTimeZone zone);

    const DisclosurePolicy &policy() const { return m_policy; }
    const BusinessCalendar &calendar() const { return m_calendar; }
    const QTimeZone &timeZone() const { return m_zone; }

    /// Replaces every clock's own "due soon" threshold (nullopt: use the clocks' own).
    void setDueSoonOverride(std::optional<qint64> ms) { m_dueSoonOverride = ms; }

    QList<ClockStatus> evaluate(const CaseEvents &events, const QDateTime &now) const;
    /// Whether a clock's status is a milestone of the case at all: a clock that starts only
    /// if the case turns out to be exploited is none of the cases not known to be (the
    /// timeline, the report and `sla` leave it out rather than list it as not started).
    static bool isMilestone(const ClockRule &rule, const ClockStatus &status)
    {
        return status.state != ClockState::NotStarted || rule.start != SlaEvent::Exploited;
    }
    ClockStatus evaluate(const ClockRule &rule, const CaseEvents &events, const QDateTime &now) const;
    Embargo embargo(const CaseEvents &events, const QDateTime &now) const;
    /// The earliest instant after now (UTC, ms since the epoch) at which evaluate() or
    /// embargo() for these events can answer another state or deadline with nothing new
    /// recorded: a due-soon threshold or a deadline reached, an event dated ahead of now
    /// taking effect. A paused clock's deadline moves with time, so it answers the next
    /// millisecond, or pausedRecheckMs when given (after now): a caller that may show a
    /// paused clock's drifting deadline that late says when it wants it again. nullopt: time
    /// alone changes nothing (every clock stopped or not started and no event ahead). A
    /// timeline re-evaluates a case only once this instant has come.
    std::optional<qint64> nextChangeMs(
        const CaseEvents &events, qint64 nowMs, std::optional<qint64> pausedRecheckMs = {}) const;

    /// The deadline of a day- or hour-based duration started at start, with no pauses (UTC).
    QDateTime deadlineFrom(const QDateTime &start, int amount, ClockRule::Unit unit) const;
    /// The local calendar date of an instant in the team's zone.
    QDate localDate(const QDateTime &instant) const;

private:
    qint64 evaluateRule(const ClockRule &rule, const CaseEvents &events, qint64 now, ClockStatus *out,
        Embargo::Source *embargoSource) const;
    qint64 deadlineMs(qint64 start, int amount, ClockRule::Unit unit) const;
    qint64 dayStart(qint64 jd) const;
    bool isBusinessDay(qint64 jd) const;
    qint64 localJd(qint64 utcMs) const;
    qint64 businessMsBetween(qint64 from, qint64 to) const;
    qint64 addBusinessMs(qint64 at, qint64 ms) const;
    qint64 addBusinessDays(qint64 jd, int n) const;

    DisclosurePolicy m_policy;
    BusinessCalendar m_calendar;
    QTimeZone m_zone;
    std::optional<qint64> m_dueSoonOverride;

    // Lazily filled per-day caches over a window of julian days; the zone and calendar
    // lookups behind them dominate the cost otherwise (see bench-sla).
    mutable qint64 m_windowBase = 0;
    mutable std::vector<qint64> m_dayStarts; // 0 = not computed
    mutable std::vector<qint8> m_businessDays; // -1 = not computed
    mutable qint64 m_lastOffsetMs = 0;
};
