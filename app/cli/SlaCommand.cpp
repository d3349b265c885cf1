#include "SlaCommand.h"

#include "core/Clock.h"
#include "sla/PolicyStore.h"
#include "sla/SlaEngine.h"
#include "storage/Database.h"

#if PSIRTDESK_HAVE_ICALENDAR
#include "core/AtomicFile.h"
#include "sla/DeadlineICalendar.h"
#endif

#include <QCoreApplication>
#include <QTimeZone>

namespace {

// ISO 8601 with or without an offset; without one the time is local to the team's zone.
// A bare date means the start of that day there.
QDateTime parseInstant(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return d.isValid() ? d.startOfDay(zone).toUTC() : QDateTime();
    }
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), zone);
    return dt.toUTC();
}

QString isoUtc(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

} // namespace

SlaCommand::SlaCommand()
    : DatabaseCommand(QStringLiteral("sla"), Need::Optional)
    , m_list(QStringLiteral("list"),
          QCoreApplication::translate("SlaCommand", "List the policies and calendars, then exit."))
    , m_policy(QStringLiteral("policy"),
          QCoreApplication::translate("SlaCommand", "Disclosure policy, by id or name."),
          QCoreApplication::translate("SlaCommand", "NAME"))
    , m_calendar(QStringLiteral("calendar"),
          QCoreApplication::translate("SlaCommand", "Business-day calendar (US, CN, …)."),
          QCoreApplication::translate("SlaCommand", "REGION"))
    , m_tz(QStringLiteral("tz"),
          QCoreApplication::translate("SlaCommand", "The team's time zone (IANA id, e.g. Europe/Berlin)."),
          QCoreApplication::translate("SlaCommand", "ZONE"))
    , m_received(QStringLiteral("received"),
          QCoreApplication::translate("SlaCommand", "When the report was received."),
          QCoreApplication::translate("SlaCommand", "ISO8601"))
    , m_acknowledged(QStringLiteral("acknowledged"),
          QCoreApplication::translate("SlaCommand", "When the report was acknowledged."),
          QCoreApplication::translate("SlaCommand", "ISO8601"))
    , m_triaged(QStringLiteral("triaged"), QCoreApplication::translate("SlaCommand", "When triage began."),
          QCoreApplication::translate("SlaCommand", "ISO8601"))
    , m_assessed(QStringList {QStringLiteral("assessed"), QStringLiteral("confirmed")},
          QCoreApplication::translate("SlaCommand", "When the initial assessment was given."),
          QCoreApplication::translate("SlaCommand", "ISO8601"))
    , m_resolved(QStringLiteral("resolved"),
          QCoreApplication::translate("SlaCommand", "When the issue was resolved."),
          QCoreApplication::translate("SlaCommand", "ISO8601"))
    , m_disclosed(QStringLiteral("disclosed"),
          QCoreApplication::translate("SlaCommand", "When the issue was disclosed."),
          QCoreApplication::translate("SlaCommand", "ISO8601"))
    , m_exploited(QStringLiteral("exploited"),
          QCoreApplication::translate(
              "SlaCommand", "Since when the issue is known to be actively exploited."),
          QCoreApplication::translate("SlaCommand", "ISO8601"))
    , m_paused(QStringLiteral("paused"),
          QCoreApplication::translate(
              "SlaCommand", "A stay in Needs More Info (repeatable; an empty TO means still waiting)."),
          QCoreApplication::translate("SlaCommand", "FROM/TO"))
    , m_embargo(QStringLiteral("embargo"),
          QCoreApplication::translate("SlaCommand", "A negotiated disclosure date replacing the policy's."),
          QCoreApplication::translate("SlaCommand", "ISO8601"))
    , m_reason(QStringLiteral("embargo-reason"),
          QCoreApplication::translate("SlaCommand", "Why the disclosure date was negotiated."),
          QCoreApplication::translate("SlaCommand", "TEXT"))
    , m_now(QStringLiteral("now"),
          QCoreApplication::translate(
              "SlaCommand", "Evaluate as of this instant (default: the current time)."),
          QCoreApplication::translate("SlaCommand", "ISO8601"))
    , m_dueSoon(QStringLiteral("due-soon"),
          QCoreApplication::translate("SlaCommand",
              "Call a clock due soon this many hours before its deadline (default: per clock)."),
          QCoreApplication::translate("SlaCommand", "HOURS"))
    , m_showEmbargo(QStringLiteral("show-embargo"),
          QCoreApplication::translate(
              "SlaCommand", "Also print a line: embargo, UTC instant, local time, source."))
    , m_ics(QStringLiteral("ics"),
          QCoreApplication::translate("SlaCommand",
              "Also write the open deadlines as an iCalendar file (case titles are never included)."),
          QCoreApplication::translate("SlaCommand", "FILE"))
    , m_case(QStringLiteral("case"),
          QCoreApplication::translate(
              "SlaCommand", "The case number used in the iCalendar events (default 1)."),
          QCoreApplication::translate("SlaCommand", "ID"))
{ }

QString SlaCommand::summary() const
{
    return QCoreApplication::translate(
        "SlaCommand", "Compute the SLA clocks and embargo of a case under a disclosure policy");
}

QString SlaCommand::description() const
{
    return QCoreApplication::translate(
        "SlaCommand", "Prints each clock of the policy as: clock, deadline (ISO 8601, UTC), state.");
}

void SlaCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions(
        {m_list, m_policy, m_calendar, m_tz, m_received, m_acknowledged, m_triaged, m_assessed, m_resolved,
            m_disclosed, m_exploited, m_paused, m_embargo, m_reason, m_now, m_dueSoon, m_showEmbargo});
#if PSIRTDESK_HAVE_ICALENDAR
    parser.addOptions({m_ics, m_case});
#endif
}

std::optional<int> SlaCommand::checkArguments(const QCommandLineParser &parser)
{
    return refuseArguments(parser);
}

std::optional<int> SlaCommand::loadStored(Database &db)
{
    PolicyStore store(db);
    const auto stored = store.policies();
    const auto storedCalendars = store.calendars();
    if (!stored || !storedCalendars)
        return failure(stored ? storedCalendars.error() : stored.error());
    // A stored policy with a preset's id is the team's edited version of it.
    for (const DisclosurePolicy &p : *stored) {
        m_policies.removeIf([&](const DisclosurePolicy &q) { return q.id() == p.id(); });
        m_policies.append(p);
    }
    for (const BusinessCalendar &c : *storedCalendars) {
        m_calendars.removeIf([&](const BusinessCalendar &q) { return q.id() == c.id(); });
        m_calendars.append(c);
    }
    return std::nullopt;
}

int SlaCommand::list()
{
    for (const DisclosurePolicy &p : std::as_const(m_policies))
        out() << "policy\t" << p.id() << '\t' << p.displayName() << '\n';
    for (const BusinessCalendar &c : std::as_const(m_calendars))
        out() << "calendar\t" << c.id() << '\t' << c.displayName() << '\t'
              << QCoreApplication::translate("SlaCommand", "holidays %1–%2")
                     .arg(c.coveredFromYear())
                     .arg(c.coveredToYear())
              << '\n';
    return ExitCode::Ok;
}

std::optional<int> SlaCommand::readEvents(
    const QCommandLineParser &parser, const QTimeZone &zone, CaseEvents *events, QDateTime *now)
{
    // Bad instants are usage errors, reported without the "--help" hint, as before.
    const auto instant = [&](const QCommandLineOption &option, QDateTime *target) {
        if (!parser.isSet(option))
            return true;
        *target = parseInstant(parser.value(option), zone);
        if (target->isValid())
            return true;
        err() << QCoreApplication::translate("SlaCommand", "--%1: “%2” is not an ISO 8601 date and time.")
                     .arg(option.names().constFirst(), parser.value(option).left(80))
              << '\n';
        return false;
    };
    QDateTime embargoAt;
    if (!instant(m_received, &events->received) || !instant(m_acknowledged, &events->acknowledged)
        || !instant(m_triaged, &events->triaged) || !instant(m_assessed, &events->assessed)
        || !instant(m_resolved, &events->resolved) || !instant(m_disclosed, &events->disclosed)
        || !instant(m_exploited, &events->exploited) || !instant(m_now, now)
        || !instant(m_embargo, &embargoAt))
        return ExitCode::Usage;
    if (embargoAt.isValid())
        events->embargoOverride = EmbargoOverride {embargoAt, parser.value(m_reason)};
    // A milestone cannot come before the report it answers.
    for (const auto &[option, at] : {std::pair {&m_acknowledged, events->acknowledged},
             std::pair {&m_triaged, events->triaged}, std::pair {&m_assessed, events->assessed},
             std::pair {&m_resolved, events->resolved}, std::pair {&m_disclosed, events->disclosed}}) {
        if (at.isValid() && at < events->received) {
            err() << QCoreApplication::translate("SlaCommand", "--%1 (%2) is before --received (%3).")
                         .arg(option->names().constFirst(), isoUtc(at), isoUtc(events->received))
                  << '\n';
            return ExitCode::Usage;
        }
    }

    const QStringList pauses = parser.values(m_paused);
    for (const QString &text : pauses) {
        const qsizetype slash = text.indexOf(u'/');
        const QString fromText = slash < 0 ? text : text.left(slash);
        const QString toText = slash < 0 ? QString() : text.mid(slash + 1);
        PauseInterval pause {parseInstant(fromText, zone), {}};
        if (!toText.trimmed().isEmpty())
            pause.to = parseInstant(toText, zone);
        if (!pause.from.isValid() || (!toText.trimmed().isEmpty() && !pause.to.isValid())
            || (pause.to.isValid() && pause.to < pause.from)) {
            err() << QCoreApplication::translate(
                "SlaCommand", "--paused: “%1” is not FROM/TO with FROM before TO.")
                         .arg(text.left(120))
                  << '\n';
            return ExitCode::Usage;
        }
        events->pauses.append(pause);
        if (!pause.to.isValid() || pause.to > *now)
            events->status = CaseStatus::NeedsMoreInfo;
    }
    return std::nullopt;
}

std::optional<int> SlaCommand::writeICalendar(
    const QCommandLineParser &parser, const SlaEngine &engine, const CaseEvents &events, const QDateTime &now)
{
#if PSIRTDESK_HAVE_ICALENDAR
    if (!parser.isSet(m_ics))
        return std::nullopt;
    bool ok = true;
    const qint64 caseId = parser.isSet(m_case) ? parser.value(m_case).toLongLong(&ok) : 1;
    if (!ok || caseId <= 0) {
        err() << QCoreApplication::translate("SlaCommand", "--case needs a positive number.") << '\n';
        return ExitCode::Usage;
    }
    const Result<QString> ics = DeadlineICalendar::write(engine, {{caseId, QString(), events, {}, {}}}, now);
    if (!ics)
        return failure(ics.error());
    if (const Status s = AtomicFile::write(parser.value(m_ics), ics->toUtf8()); !s)
        return failure(s.error());
#else
    Q_UNUSED(parser)
    Q_UNUSED(engine)
    Q_UNUSED(events)
    Q_UNUSED(now)
#endif
    return std::nullopt;
}

bool SlaCommand::onlyReads(const QCommandLineParser &) const
{
    return true;
}

int SlaCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    m_policies = DisclosurePolicy::presets();
    m_calendars = BusinessCalendar::presets();
    if (db) {
        if (const auto stop = loadStored(*db))
            return *stop;
    }
    if (parser.isSet(m_list))
        return list();

    for (const auto *required : {&m_policy, &m_calendar, &m_tz, &m_received}) {
        if (!parser.isSet(*required)) {
            err() << QCoreApplication::translate("SlaCommand", "Missing --%1.")
                         .arg(required->names().constFirst())
                  << '\n';
            return ExitCode::Usage;
        }
    }
    const QString policyKey = parser.value(m_policy).trimmed();
    const DisclosurePolicy *policy = nullptr;
    for (const DisclosurePolicy &p : std::as_const(m_policies)) {
        if (p.id().compare(policyKey, Qt::CaseInsensitive) == 0
            || p.name().compare(policyKey, Qt::CaseInsensitive) == 0
            || p.displayName().compare(policyKey, Qt::CaseInsensitive) == 0)
            policy = &p;
    }
    if (!policy) {
        err() << QCoreApplication::translate("SlaCommand", "Unknown policy “%1”; see --list.")
                     .arg(policyKey.left(80))
              << '\n';
        return ExitCode::Usage;
    }
    const QString calendarKey = parser.value(m_calendar).trimmed();
    const BusinessCalendar *calendar = nullptr;
    for (const BusinessCalendar &c : std::as_const(m_calendars)) {
        if (c.id().compare(calendarKey, Qt::CaseInsensitive) == 0)
            calendar = &c;
    }
    if (!calendar) {
        err() << QCoreApplication::translate("SlaCommand", "Unknown calendar “%1”; see --list.")
                     .arg(calendarKey.left(80))
              << '\n';
        return ExitCode::Usage;
    }
    const QByteArray zoneId = parser.value(m_tz).trimmed().toUtf8();
    if (zoneId.isEmpty()) {
        err() << QCoreApplication::translate(
            "SlaCommand", "--tz needs a time zone, such as Europe/Berlin or UTC.")
              << '\n';
        return ExitCode::Usage;
    }
    const QTimeZone zone = zoneId == "UTC" ? QTimeZone(QTimeZone::UTC) : QTimeZone(zoneId);
    if (!zone.isValid()) {
        err() << QCoreApplication::translate("SlaCommand", "Unknown time zone “%1”.")
                     .arg(QString::fromUtf8(zoneId.left(80)))
              << '\n';
        return ExitCode::Usage;
    }

    CaseEvents events;
    QDateTime now = Clock::nowUtc();
    if (const auto stop = readEvents(parser, zone, &events, &now))
        return *stop;

    SlaEngine engine(*policy, *calendar, zone);
    if (parser.isSet(m_dueSoon)) {
        bool ok = false;
        const double hours = parser.value(m_dueSoon).toDouble(&ok);
        if (!ok || hours < 0 || hours > 24 * 3660) {
            err() << QCoreApplication::translate("SlaCommand", "--due-soon needs a number of hours.") << '\n';
            return ExitCode::Usage;
        }
        engine.setDueSoonOverride(qint64(hours * 3600 * 1000));
    }

    const QList<ClockStatus> clocks = engine.evaluate(events, now);
    for (const ClockStatus &c : clocks) {
        if (c.deadline.isValid() && c.deadline.date().year() > 9999) {
            err() << QCoreApplication::translate(
                "SlaCommand", "The %1 deadline of a report received on %2 falls after the year 9999.")
                         .arg(c.clockId, isoUtc(events.received))
                  << '\n';
            return ExitCode::Usage;
        }
    }
    bool uncovered = false;
    const QList<ClockRule> rules = engine.policy().clocks();
    for (qsizetype i = 0; i < clocks.size(); ++i) {
        const ClockStatus &c = clocks.at(i);
        if (!SlaEngine::isMilestone(rules.at(i), c))
            continue;
        out() << c.clockId << '\t' << isoUtc(c.deadline) << '\t' << ClockStates::id(c.state) << '\n';
        if (c.deadline.isValid() && !calendar->covers(engine.localDate(c.deadline)))
            uncovered = true;
    }
    if (parser.isSet(m_showEmbargo)) {
        const Embargo e = engine.embargo(events, now);
        static const char *const sources[] = {"none", "policy", "resolution", "negotiated"};
        out() << "embargo\t" << isoUtc(e.at) << '\t' << e.displayText(zone) << '\t'
              << sources[static_cast<int>(e.source)] << '\n';
    }
    if (const auto stop = writeICalendar(parser, engine, events, now))
        return *stop;
    if (uncovered || !calendar->covers(engine.localDate(events.received)))
        err() << QCoreApplication::translate("SlaCommand",
            "Warning: calendar %1 has holiday data for %2–%3 only; other years count weekends only.")
                     .arg(calendar->id())
                     .arg(calendar->coveredFromYear())
                     .arg(calendar->coveredToYear())
              << '\n';
    return ExitCode::Ok;
}
