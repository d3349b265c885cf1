#include "SlaCommand.h"

#include "core/Clock.h"
#include "sla/PolicyStore.h"
#include "sla/SlaEngine.h"
#include "storage/Database.h"

#if PSIRTDESK_HAVE_ICALENDAR
#include "sla/DeadlineICalendar.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTimeZone>

#include <memory>

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

CliCommand slaCommand()
{
    CliCommand command;
    command.name = QStringLiteral("sla");
    command.summary = QCoreApplication::translate(
        "SlaCommand", "Compute the SLA clocks and embargo of a case under a disclosure policy");
    command.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate(
            "SlaCommand", "Prints each clock of the policy as: clock, deadline (ISO 8601, UTC), state."));
        parser.addHelpOption();
        const QCommandLineOption listOption(QStringLiteral("list"),
            QCoreApplication::translate("SlaCommand", "List the policies and calendars, then exit."));
        const QCommandLineOption policyOption(QStringLiteral("policy"),
            QCoreApplication::translate("SlaCommand", "Disclosure policy, by id or name."),
            QCoreApplication::translate("SlaCommand", "NAME"));
        const QCommandLineOption calendarOption(QStringLiteral("calendar"),
            QCoreApplication::translate("SlaCommand", "Business-day calendar (US, CN, …)."),
            QCoreApplication::translate("SlaCommand", "REGION"));
        const QCommandLineOption tzOption(QStringLiteral("tz"),
            QCoreApplication::translate("SlaCommand", "The team's time zone (IANA id, e.g. Europe/Berlin)."),
            QCoreApplication::translate("SlaCommand", "ZONE"));
        const QCommandLineOption receivedOption(QStringLiteral("received"),
            QCoreApplication::translate("SlaCommand", "When the report was received."),
            QCoreApplication::translate("SlaCommand", "ISO8601"));
        const QCommandLineOption acknowledgedOption(QStringLiteral("acknowledged"),
            QCoreApplication::translate("SlaCommand", "When the report was acknowledged."),
            QCoreApplication::translate("SlaCommand", "ISO8601"));
        const QCommandLineOption triagedOption(QStringLiteral("triaged"),
            QCoreApplication::translate("SlaCommand", "When triage began."),
            QCoreApplication::translate("SlaCommand", "ISO8601"));
        const QCommandLineOption assessedOption(
            QStringList {QStringLiteral("assessed"), QStringLiteral("confirmed")},
            QCoreApplication::translate("SlaCommand", "When the initial assessment was given."),
            QCoreApplication::translate("SlaCommand", "ISO8601"));
        const QCommandLineOption resolvedOption(QStringLiteral("resolved"),
            QCoreApplication::translate("SlaCommand", "When the issue was resolved."),
            QCoreApplication::translate("SlaCommand", "ISO8601"));
        const QCommandLineOption disclosedOption(QStringLiteral("disclosed"),
            QCoreApplication::translate("SlaCommand", "When the issue was disclosed."),
            QCoreApplication::translate("SlaCommand", "ISO8601"));
        const QCommandLineOption pausedOption(QStringLiteral("paused"),
            QCoreApplication::translate(
                "SlaCommand", "A stay in Needs More Info (repeatable; an empty TO means still waiting)."),
            QCoreApplication::translate("SlaCommand", "FROM/TO"));
        const QCommandLineOption embargoOption(QStringLiteral("embargo"),
            QCoreApplication::translate("SlaCommand", "A negotiated disclosure date replacing the policy's."),
            QCoreApplication::translate("SlaCommand", "ISO8601"));
        const QCommandLineOption reasonOption(QStringLiteral("embargo-reason"),
            QCoreApplication::translate("SlaCommand", "Why the disclosure date was negotiated."),
            QCoreApplication::translate("SlaCommand", "TEXT"));
        const QCommandLineOption nowOption(QStringLiteral("now"),
            QCoreApplication::translate(
                "SlaCommand", "Evaluate as of this instant (default: the current time)."),
            QCoreApplication::translate("SlaCommand", "ISO8601"));
        const QCommandLineOption dueSoonOption(QStringLiteral("due-soon"),
            QCoreApplication::translate("SlaCommand",
                "Call a clock due soon this many hours before its deadline (default: per clock)."),
            QCoreApplication::translate("SlaCommand", "HOURS"));
        const QCommandLineOption showEmbargoOption(QStringLiteral("show-embargo"),
            QCoreApplication::translate(
                "SlaCommand", "Also print a line: embargo, UTC instant, local time, source."));
        const QCommandLineOption databaseOption(QStringLiteral("database"),
            QCoreApplication::translate(
                "SlaCommand", "Also look policies and calendars up in this case database."),
            QCoreApplication::translate("SlaCommand", "LOCATION"));
        parser.addOptions({listOption, policyOption, calendarOption, tzOption, receivedOption,
            acknowledgedOption, triagedOption, assessedOption, resolvedOption, disclosedOption, pausedOption,
            embargoOption, reasonOption, nowOption, dueSoonOption, showEmbargoOption, databaseOption});
#if PSIRTDESK_HAVE_ICALENDAR
        const QCommandLineOption icsOption(QStringLiteral("ics"),
            QCoreApplication::translate("SlaCommand",
                "Also write the open deadlines as an iCalendar file (case titles are never included)."),
            QCoreApplication::translate("SlaCommand", "FILE"));
        const QCommandLineOption caseOption(QStringLiteral("case"),
            QCoreApplication::translate(
                "SlaCommand", "The case number used in the iCalendar events (default 1)."),
            QCoreApplication::translate("SlaCommand", "ID"));
        parser.addOptions({icsOption, caseOption});
#endif
        if (!parser.parse(arguments)) {
            err << parser.errorText() << '\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            // QCommandLineParser names the executable only; the command belongs in the usage.
            const QString help = parser.helpText();
            out << QCoreApplication::translate("SlaCommand", "Usage: %1 [options]").arg(arguments.value(0))
                << help.mid(help.indexOf(u'\n'));
            return 0;
        }
        if (!parser.positionalArguments().isEmpty()) {
            err << QCoreApplication::translate("SlaCommand", "Unexpected argument “%1”.")
                       .arg(parser.positionalArguments().constFirst().left(80))
                << '\n';
            return 2;
        }

        QList<DisclosurePolicy> policies = DisclosurePolicy::presets();
        QList<BusinessCalendar> calendars = BusinessCalendar::presets();
        std::unique_ptr<Database> db;
        if (parser.isSet(databaseOption)) {
            db = std::make_unique<Database>();
            if (Status s = db->open(parser.value(databaseOption)); !s) {
                err << s.error() << '\n';
                return 1;
            }
            PolicyStore store(*db);
            const auto stored = store.policies();
            const auto storedCalendars = store.calendars();
            if (!stored || !storedCalendars) {
                err << (stored ? storedCalendars.error() : stored.error()) << '\n';
                return 1;
            }
            // A stored policy with a preset's id is the team's edited version of it.
            for (const DisclosurePolicy &p : *stored) {
                policies.removeIf([&](const DisclosurePolicy &q) { return q.id() == p.id(); });
                policies.append(p);
            }
            for (const BusinessCalendar &c : *storedCalendars) {
                calendars.removeIf([&](const BusinessCalendar &q) { return q.id() == c.id(); });
                calendars.append(c);
            }
        }

        if (parser.isSet(listOption)) {
            for (const DisclosurePolicy &p : std::as_const(policies))
                out << "policy\t" << p.id() << '\t' << p.displayName() << '\n';
            for (const BusinessCalendar &c : std::as_const(calendars))
                out << "calendar\t" << c.id() << '\t' << c.displayName() << '\t'
                    << QCoreApplication::translate("SlaCommand", "holidays %1–%2")
                           .arg(c.coveredFromYear())
                           .arg(c.coveredToYear())
                    << '\n';
            return 0;
        }

        for (const auto *required : {&policyOption, &calendarOption, &tzOption, &receivedOption}) {
            if (!parser.isSet(*required)) {
                err << QCoreApplication::translate("SlaCommand", "Missing --%1.")
                           .arg(required->names().constFirst())
                    << '\n';
                return 2;
            }
        }
        const QString policyKey = parser.value(policyOption).trimmed();
        const DisclosurePolicy *policy = nullptr;
        for (const DisclosurePolicy &p : std::as_const(policies)) {
            if (p.id().compare(policyKey, Qt::CaseInsensitive) == 0
                || p.name().compare(policyKey, Qt::CaseInsensitive) == 0
                || p.displayName().compare(policyKey, Qt::CaseInsensitive) == 0)
                policy = &p;
        }
        if (!policy) {
            err << QCoreApplication::translate("SlaCommand", "Unknown policy “%1”; see --list.")
                       .arg(policyKey.left(80))
                << '\n';
            return 2;
        }
        const QString calendarKey = parser.value(calendarOption).trimmed();
        const BusinessCalendar *calendar = nullptr;
        for (const BusinessCalendar &c : std::as_const(calendars)) {
            if (c.id().compare(calendarKey, Qt::CaseInsensitive) == 0)
                calendar = &c;
        }
        if (!calendar) {
            err << QCoreApplication::translate("SlaCommand", "Unknown calendar “%1”; see --list.")
                       .arg(calendarKey.left(80))
                << '\n';
            return 2;
        }
        const QByteArray zoneId = parser.value(tzOption).trimmed().toUtf8();
        const QTimeZone zone = zoneId == "UTC" ? QTimeZone(QTimeZone::UTC) : QTimeZone(zoneId);
        if (!zone.isValid()) {
            err << QCoreApplication::translate("SlaCommand", "Unknown time zone “%1”.")
                       .arg(QString::fromUtf8(zoneId.left(80)))
                << '\n';
            return 2;
        }

        CaseEvents events;
        auto instant = [&](const QCommandLineOption &option, QDateTime *target) {
            if (!parser.isSet(option))
                return true;
            *target = parseInstant(parser.value(option), zone);
            if (!target->isValid()) {
                err << QCoreApplication::translate(
                    "SlaCommand", "--%1: “%2” is not an ISO 8601 date and time.")
                           .arg(option.names().constFirst(), parser.value(option).left(80))
                    << '\n';
                return false;
            }
            return true;
        };
        QDateTime now = Clock::nowUtc();
        QDateTime embargoAt;
        if (!instant(receivedOption, &events.received) || !instant(acknowledgedOption, &events.acknowledged)
            || !instant(triagedOption, &events.triaged) || !instant(assessedOption, &events.assessed)
            || !instant(resolvedOption, &events.resolved) || !instant(disclosedOption, &events.disclosed)
            || !instant(nowOption, &now) || !instant(embargoOption, &embargoAt))
            return 2;
        if (embargoAt.isValid())
            events.embargoOverride = EmbargoOverride {embargoAt, parser.value(reasonOption)};

        const QStringList pauses = parser.values(pausedOption);
        for (const QString &text : pauses) {
            const qsizetype slash = text.indexOf(u'/');
            const QString fromText = slash < 0 ? text : text.left(slash);
            const QString toText = slash < 0 ? QString() : text.mid(slash + 1);
            PauseInterval pause {parseInstant(fromText, zone), {}};
            if (!toText.trimmed().isEmpty())
                pause.to = parseInstant(toText, zone);
            if (!pause.from.isValid() || (!toText.trimmed().isEmpty() && !pause.to.isValid())
                || (pause.to.isValid() && pause.to < pause.from)) {
                err << QCoreApplication::translate(
                    "SlaCommand", "--paused: “%1” is not FROM/TO with FROM before TO.")
                           .arg(text.left(120))
                    << '\n';
                return 2;
            }
            events.pauses.append(pause);
            if (!pause.to.isValid() || pause.to > now)
                events.status = CaseStatus::NeedsMoreInfo;
        }

        SlaEngine engine(*policy, *calendar, zone);
        if (parser.isSet(dueSoonOption)) {
            bool ok = false;
            const double hours = parser.value(dueSoonOption).toDouble(&ok);
            if (!ok || hours < 0 || hours > 24 * 3660) {
                err << QCoreApplication::translate("SlaCommand", "--due-soon needs a number of hours.")
                    << '\n';
                return 2;
            }
            engine.setDueSoonOverride(qint64(hours * 3600 * 1000));
        }

        const QList<ClockStatus> clocks = engine.evaluate(events, now);
        bool uncovered = false;
        for (const ClockStatus &c : clocks) {
            out << c.clockId << '\t' << isoUtc(c.deadline) << '\t' << ClockStates::id(c.state) << '\n';
            if (c.deadline.isValid() && !calendar->covers(engine.localDate(c.deadline)))
                uncovered = true;
        }
        if (parser.isSet(showEmbargoOption)) {
            const Embargo e = engine.embargo(events, now);
            static const char *const sources[] = {"none", "policy", "resolution", "negotiated"};
            out << "embargo\t" << isoUtc(e.at) << '\t' << e.displayText(zone) << '\t'
                << sources[static_cast<int>(e.source)] << '\n';
        }
#if PSIRTDESK_HAVE_ICALENDAR
        if (parser.isSet(icsOption)) {
            bool ok = true;
            const qint64 caseId = parser.isSet(caseOption) ? parser.value(caseOption).toLongLong(&ok) : 1;
            if (!ok || caseId <= 0) {
                err << QCoreApplication::translate("SlaCommand", "--case needs a positive number.") << '\n';
                return 2;
            }
            QSaveFile file(parser.value(icsOption));
            const QByteArray ics
                = DeadlineICalendar::write(engine, {{caseId, QString(), events, {}, {}}}, now).toUtf8();
            if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
                err << QCoreApplication::translate("SlaCommand", "Cannot write %1: %2")
                           .arg(parser.value(icsOption), file.errorString())
                    << '\n';
                return 1;
            }
        }
#endif
        if (uncovered || !calendar->covers(engine.localDate(events.received)))
            err << QCoreApplication::translate("SlaCommand",
                "Warning: calendar %1 has holiday data for %2–%3 only; other years count weekends only.")
                       .arg(calendar->id())
                       .arg(calendar->coveredFromYear())
                       .arg(calendar->coveredToYear())
                << '\n';
        return 0;
    };
    return command;
}
