#include "SlaEngine.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;
constexpr qint64 kMsPerHour = 60 * 60 * 1000;
constexpr qint64 kNotComputed = std::numeric_limits<qint64>::min();
constexpr qint64 kNoInstant = std::numeric_limits<qint64>::min();
constexpr qint64 kUnixEpochJd = 2440588; // QDate(1970, 1, 1).toJulianDay()
// About 16 years of days either side of the first day asked for; farther days are computed
// without caching.
constexpr qint64 kWindowDays = 12000;

qint64 ms(const QDateTime &instant)
{
    return instant.isValid() ? instant.toMSecsSinceEpoch() : kNoInstant;
}

QDateTime utc(qint64 msecs)
{
    return msecs == kNoInstant ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

namespace ClockStates {

QString id(ClockState state)
{
    switch (state) {
    case ClockState::NotStarted:
        return QStringLiteral("not-started");
    case ClockState::OnTrack:
        return QStringLiteral("on-track");
    case ClockState::DueSoon:
        return QStringLiteral("due-soon");
    case ClockState::Paused:
        return QStringLiteral("paused");
    case ClockState::Breached:
        return QStringLiteral("breached");
    case ClockState::Met:
        return QStringLiteral("met");
    case ClockState::MetLate:
        return QStringLiteral("met-late");
    }
    return {};
}

QString displayName(ClockState state)
{
    switch (state) {
    case ClockState::NotStarted:
        return QCoreApplication::translate("ClockState", "Not started");
    case ClockState::OnTrack:
        return QCoreApplication::translate("ClockState", "On track");
    case ClockState::DueSoon:
        return QCoreApplication::translate("ClockState", "Due soon");
    case ClockState::Paused:
        return QCoreApplication::translate("ClockState", "Paused");
    case ClockState::Breached:
        return QCoreApplication::translate("ClockState", "Breached");
    case ClockState::Met:
        return QCoreApplication::translate("ClockState", "Met");
    case ClockState::MetLate:
        return QCoreApplication::translate("ClockState", "Met late");
    }
    return {};
}

} // namespace ClockStates

QString Embargo::displayText(const QTimeZone &zone) const
{
    if (!at.isValid())
        return QCoreApplication::translate("Embargo", "no embargo");
    const QDateTime local = at.toTimeZone(zone);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    return QCoreApplication::translate("Embargo", "%1 %2 (%3 UTC)")
        .arg(local.toString(format), zone.abbreviation(at), at.toUTC().toString(format));
}

SlaEngine::SlaEngine(DisclosurePolicy policy, BusinessCalendar calendar, QTimeZone zone)
    : m_policy(std::move(policy))
    , m_calendar(std::move(calendar))
    , m_zone(zone.isValid() ? std::move(zone) : QTimeZone(QTimeZone::UTC))
{ }

qint64 SlaEngine::dayStart(qint64 jd) const
{
    auto compute
        = [this](qint64 day) { return QDate::fromJulianDay(day).startOfDay(m_zone).toMSecsSinceEpoch(); };
    if (m_dayStarts.empty()) {
        m_windowBase = jd - kWindowDays / 2;
        m_dayStarts.assign(kWindowDays, kNotComputed);
        m_businessDays.assign(kWindowDays, -1);
    }
    const qint64 index = jd - m_windowBase;
    if (index < 0 || index >= kWindowDays)
        return compute(jd);
    qint64 &slot = m_dayStarts[size_t(index)];
    if (slot == kNotComputed)
        slot = compute(jd);
    return slot;
}

bool SlaEngine::isBusinessDay(qint64 jd) const
{
    if (m_dayStarts.empty())
        dayStart(jd); // sets up the window
    const qint64 index = jd - m_windowBase;
    if (index < 0 || index >= kWindowDays)
        return m_calendar.isBusinessDay(QDate::fromJulianDay(jd));
    qint8 &slot = m_businessDays[size_t(index)];
    if (slot < 0)
        slot = m_calendar.isBusinessDay(QDate::fromJulianDay(jd)) ? 1 : 0;
    return slot == 1;
}

qint64 SlaEngine::localJd(qint64 utcMs) const
{
    // Guess with the last offset seen, then correct against the cached day boundaries.
    qint64 jd = floorDiv(utcMs + m_lastOffsetMs, kMsPerDay) + kUnixEpochJd;
    while (utcMs < dayStart(jd))
        --jd;
    while (utcMs >= dayStart(jd + 1))
        ++jd;
    m_lastOffsetMs = (jd - kUnixEpochJd) * kMsPerDay - dayStart(jd);
    return jd;
}

qint64 SlaEngine::addBusinessDays(qint64 jd, int n) const
{
    qint64 d = jd;
    if (n <= 0) {
        for (int guard = 0; guard < 366 && !isBusinessDay(d); ++guard)
            ++d;
        return d;
    }
    int counted = 0;
    // A calendar with no business days at all must not hang the engine.
    for (int guard = 0; counted < n && guard < n * 7 + 366; ++guard) {
        ++d;
        if (isBusinessDay(d))
            ++counted;
    }
    return d;
}

qint64 SlaEngine::businessMsBetween(qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    qint64 total = 0;
    const qint64 last = localJd(to);
    for (qint64 jd = localJd(from); jd <= last; ++jd) {
        if (!isBusinessDay(jd))
            continue;
        const qint64 s = std::max(from, dayStart(jd));
        const qint64 e = std::min(to, dayStart(jd + 1));
        if (e > s)
            total += e - s;
    }
    return total;
}

qint64 SlaEngine::addBusinessMs(qint64 at, qint64 amount) const
{
    qint64 t = at;
    qint64 jd = localJd(t);
    for (int guard = 0; guard < 20000; ++guard) {
        if (isBusinessDay(jd)) {
            const qint64 available = dayStart(jd + 1) - t;
            if (amount < available)
                return t + amount;
            amount -= available;
        }
        ++jd;
        t = dayStart(jd);
    }
    return t;
}

QDate SlaEngine::localDate(const QDateTime &instant) const
{
    return QDate::fromJulianDay(localJd(instant.toMSecsSinceEpoch()));
}

qint64 SlaEngine::deadlineMs(qint64 start, int amount, ClockRule::Unit unit) const
{
    switch (unit) {
    case ClockRule::Unit::Hours:
        return start + amount * kMsPerHour;
    case ClockRule::Unit::CalendarDays:
        return dayStart(localJd(start) + amount + 1) - 1;
    case ClockRule::Unit::BusinessDays:
        return dayStart(addBusinessDays(localJd(start), amount) + 1) - 1;
    }
    return kNoInstant;
}

QDateTime SlaEngine::deadlineFrom(const QDateTime &start, int amount, ClockRule::Unit unit) const
{
    if (!start.isValid())
        return {};
    return utc(deadlineMs(start.toMSecsSinceEpoch(), amount, unit));
}

qint64 SlaEngine::evaluateRule(const ClockRule &rule, const CaseEvents &events, qint64 now, ClockStatus *out,
    Embargo::Source *embargoSource) const
{
    auto happened = [&](SlaEvent e) {
        const qint64 t = ms(events.at(e));
        return t <= now ? t : kNoInstant; // an event after `now` has not happened yet
    };
    out->clockId = rule.id;
    const qint64 start = happened(rule.start);
    if (start == kNoInstant) {
        out->state = ClockState::NotStarted;
        return kNoInstant;
    }
    out->start = utc(start);

    qint64 stop = kNoInstant;
    for (SlaEvent e : rule.stopEvents) {
        const qint64 t = happened(e);
        if (t != kNoInstant && (stop == kNoInstant || t < stop))
            stop = std::max(t, start);
    }

    qint64 deadline = deadlineMs(start, rule.amount, rule.unit);
    const bool isEmbargo = !m_policy.embargoClockId().isEmpty() && rule.id == m_policy.embargoClockId();
    Embargo::Source source = Embargo::Source::Policy;

    bool paused = false;
    qint64 pausedTotal = 0;
    if (isEmbargo && events.embargoOverride && events.embargoOverride->at.isValid()) {
        // A negotiated date replaces the policy's outright; it already accounts for any
        // waiting, so pauses and earlier-of rules do not apply to it.
        deadline = events.embargoOverride->at.toMSecsSinceEpoch();
        source = Embargo::Source::Negotiated;
    } else {
        if (rule.pausesWhileWaitingOnReporter && !events.pauses.isEmpty()) {
            QList<PauseInterval> pauses = events.pauses;
            std::sort(pauses.begin(), pauses.end(),
                [](const PauseInterval &a, const PauseInterval &b) { return a.from < b.from; });
            for (const PauseInterval &p : std::as_const(pauses)) {
                qint64 from = ms(p.from);
                if (from == kNoInstant || from > now)
                    continue;
                from = std::max(from, start);
                qint64 to = p.to.isValid() ? std::min(ms(p.to), now) : now;
                const bool open = !p.to.isValid() || ms(p.to) > now;
                if (stop != kNoInstant)
                    to = std::min(to, stop);
                // Waiting on the reporter after the deadline does not undo a breach.
                if (from >= deadline)
                    continue;
                // A case that began waiting this very instant is paused, though no time has
                // passed yet (the tracker evaluates a change the moment it is made).
                if (open && stop == kNoInstant)
                    paused = true;
                if (to <= from)
                    continue;
                const qint64 extension
                    = rule.unit == ClockRule::Unit::BusinessDays ? businessMsBetween(from, to) : to - from;
                deadline = rule.unit == ClockRule::Unit::BusinessDays ? addBusinessMs(deadline, extension)
                                                                      : deadline + extension;
                pausedTotal += extension;
            }
        }
        for (SlaEvent e : rule.earlierOf) {
            const qint64 t = happened(e);
            if (t != kNoInstant && t < deadline) {
                deadline = std::max(t, start);
                source = Embargo::Source::Resolution;
            }
        }
    }
    out->deadline = utc(deadline);
    out->pausedMs = pausedTotal;
    if (embargoSource)
        *embargoSource = source;

    if (stop != kNoInstant) {
        out->stoppedAt = utc(stop);
        out->marginMs = deadline - stop;
        out->state = stop <= deadline ? ClockState::Met : ClockState::MetLate;
        return deadline;
    }
    out->marginMs = deadline - now;
    const qint64 dueSoon = m_dueSoonOverride.value_or(qint64(rule.dueSoonHours) * kMsPerHour);
    if (now > deadline)
        out->state = ClockState::Breached;
    else if (paused)
        out->state = ClockState::Paused;
    else if (deadline - now <= dueSoon)
        out->state = ClockState::DueSoon;
    else
        out->state = ClockState::OnTrack;
    return deadline;
}

ClockStatus SlaEngine::evaluate(const ClockRule &rule, const CaseEvents &events, const QDateTime &now) const
{
    ClockStatus status;
    evaluateRule(rule, events, now.toMSecsSinceEpoch(), &status, nullptr);
    return status;
}

QList<ClockStatus> SlaEngine::evaluate(const CaseEvents &events, const QDateTime &now) const
{
    const qint64 n = now.toMSecsSinceEpoch();
    const QList<ClockRule> rules = m_policy.clocks();
    QList<ClockStatus> result(rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i)
        evaluateRule(rules.at(i), events, n, &result[i], nullptr);
    return result;
}

std::optional<qint64> SlaEngine::nextChangeMs(
    const CaseEvents &events, qint64 now, std::optional<qint64> pausedRecheckMs) const
{
    qint64 next = std::numeric_limits<qint64>::max();
    const auto consider = [&](qint64 t) {
        if (t > now && t < next)
            next = t;
    };
    // An event dated after now has not happened yet (evaluateRule): it takes effect then.
    for (const QDateTime *t : {&events.received, &events.acknowledged, &events.triaged, &events.assessed,
             &events.resolved, &events.disclosed, &events.closed, &events.exploited}) {
        if (t->isValid())
            consider(t->toMSecsSinceEpoch());
    }
    for (const PauseInterval &p : events.pauses) {
        if (p.from.isValid())
            consider(p.from.toMSecsSinceEpoch());
        if (p.to.isValid())
            consider(p.to.toMSecsSinceEpoch());
    }
    const QList<ClockRule> rules = m_policy.clocks();
    for (const ClockRule &rule : rules) {
        ClockStatus status;
        const qint64 deadline = evaluateRule(rule, events, now, &status, nullptr);
        const qint64 dueSoon = m_dueSoonOverride.value_or(qint64(rule.dueSoonHours) * kMsPerHour);
        switch (status.state) {
        case ClockState::Paused:
            consider(pausedRecheckMs.value_or(now + 1));
            break;
        case ClockState::OnTrack:
            consider(deadline - dueSoon); // due soon once deadline - now <= dueSoon
            consider(deadline + 1); // breached once now > deadline
            break;
        case ClockState::DueSoon:
            consider(deadline + 1);
            break;
        case ClockState::NotStarted:
        case ClockState::Breached:
        case ClockState::Met:
        case ClockState::MetLate:
            break;
        }
    }
    // The embargo's own end (a negotiated date, or a stopped embargo clock's deadline): a
    // timeline shows it passed once now is after it.
    if (const Embargo e = embargo(events, QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC)); e.isSet())
        consider(e.at.toMSecsSinceEpoch() + 1);
    if (next == std::numeric_limits<qint64>::max())
        return std::nullopt;
    return next;
}

Embargo SlaEngine::embargo(const CaseEvents &events, const QDateTime &now) const
{
    Embargo e;
    if (events.embargoOverride && events.embargoOverride->at.isValid()) {
        e.at = events.embargoOverride->at.toUTC();
        e.source = Embargo::Source::Negotiated;
        e.reason = events.embargoOverride->reason;
        return e;
    }
    const QList<ClockRule> rules = m_policy.clocks();
    for (const ClockRule &rule : rules) {
        if (rule.id != m_policy.embargoClockId())
            continue;
        ClockStatus status;
        Embargo::Source source = Embargo::Source::None;
        if (evaluateRule(rule, events, now.toMSecsSinceEpoch(), &status, &source) != kNoInstant) {
            e.at = status.deadline;
            e.source = source;
        }
    }
    return e;
}
