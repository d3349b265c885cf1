#include "DisclosurePolicy.h"

#include "core/TextSanitizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <array>

namespace {

QString translated(const QString &source)
{
    // User-made policies are not in any catalogue; translate() then returns them unchanged.
    return QCoreApplication::translate("DisclosurePolicy", source.toUtf8().constData());
}

struct EventInfo
{
    SlaEvent event;
    const char *id;
    const char *name;
};

constexpr std::array kEvents {
    EventInfo {SlaEvent::Received, "received", QT_TRANSLATE_NOOP("SlaEvent", "Received")},
    EventInfo {SlaEvent::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("SlaEvent", "Acknowledged")},
    EventInfo {SlaEvent::Triaged, "triaged", QT_TRANSLATE_NOOP("SlaEvent", "Triaged")},
    EventInfo {
        SlaEvent::Assessed, "assessed", QT_TRANSLATE_NOOP("SlaEvent", "Assessed (confirmed or rejected)")},
    EventInfo {SlaEvent::Resolved, "resolved", QT_TRANSLATE_NOOP("SlaEvent", "Resolved (fix available)")},
    EventInfo {SlaEvent::Disclosed, "disclosed", QT_TRANSLATE_NOOP("SlaEvent", "Disclosed")},
    EventInfo {SlaEvent::Closed, "closed", QT_TRANSLATE_NOOP("SlaEvent", "Closed")},
    EventInfo {
        SlaEvent::Exploited, "exploited", QT_TRANSLATE_NOOP("SlaEvent", "Known to be actively exploited")},
};

QJsonArray eventsToJson(const QList<SlaEvent> &events)
{
    QJsonArray array;
    for (SlaEvent e : events)
        array.append(SlaEvents::id(e));
    return array;
}

bool eventsFromJson(const QJsonValue &value, QList<SlaEvent> *events, QString *error)
{
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        SlaEvent e;
        if (!SlaEvents::fromId(v.toString(), &e)) {
            *error = QCoreApplication::translate("DisclosurePolicy", "Unknown case event “%1”.")
                         .arg(v.toString().left(40));
            return false;
        }
        events->append(e);
    }
    return true;
}

} // namespace

namespace SlaEvents {

QList<SlaEvent> all()
{
    QList<SlaEvent> list;
    for (const auto &e : kEvents)
        list.append(e.event);
    return list;
}

QString id(SlaEvent event)
{
    return QString::fromLatin1(kEvents[static_cast<size_t>(event)].id);
}

bool fromId(const QString &text, SlaEvent *event)
{
    // "confirmed" is what the workflow calls the end of an assessment.
    if (text.trimmed().compare(u"confirmed", Qt::CaseInsensitive) == 0) {
        *event = SlaEvent::Assessed;
        return true;
    }
    for (const auto &e : kEvents) {
        if (text.trimmed().compare(QLatin1StringView(e.id), Qt::CaseInsensitive) == 0) {
            *event = e.event;
            return true;
        }
    }
    return false;
}

QString displayName(SlaEvent event)
{
    return QCoreApplication::translate("SlaEvent", kEvents[static_cast<size_t>(event)].name);
}

} // namespace SlaEvents

QString ClockRule::displayName() const
{
    return translated(name);
}

QString ClockRule::displayDescription() const
{
    return translated(description);
}

QString ClockRule::unitId(Unit unit)
{
    switch (unit) {
    case Unit::BusinessDays:
        return QStringLiteral("business-days");
    case Unit::CalendarDays:
        return QStringLiteral("calendar-days");
    case Unit::Hours:
        return QStringLiteral("hours");
    }
    return {};
}

QString ClockRule::unitDisplayName(Unit unit)
{
    switch (unit) {
    case Unit::BusinessDays:
        return QCoreApplication::translate("ClockRule", "business days");
    case Unit::CalendarDays:
        return QCoreApplication::translate("ClockRule", "calendar days");
    case Unit::Hours:
        return QCoreApplication::translate("ClockRule", "hours");
    }
    return {};
}

bool ClockRule::unitFromId(const QString &text, Unit *unit)
{
    for (Unit u : {Unit::BusinessDays, Unit::CalendarDays, Unit::Hours}) {
        if (unitId(u) == text) {
            *unit = u;
            return true;
        }
    }
    return false;
}

QString PolicyNote::displayText() const
{
    return translated(text);
}

QString DisclosurePolicy::displayName() const
{
    return translated(m_name);
}

QJsonObject DisclosurePolicy::toJson() const
{
    QJsonArray clocks;
    for (const ClockRule &c : m_clocks) {
        clocks.append(QJsonObject {
            {QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("amount"), c.amount},
            {QStringLiteral("unit"), ClockRule::unitId(c.unit)},
            {QStringLiteral("start"), SlaEvents::id(c.start)},
            {QStringLiteral("stop"), eventsToJson(c.stopEvents)},
            {QStringLiteral("earlierOf"), eventsToJson(c.earlierOf)},
            {QStringLiteral("pausesWhileWaitingOnReporter"), c.pausesWhileWaitingOnReporter},
            {QStringLiteral("dueSoonHours"), c.dueSoonHours},
        });
    }
    QJsonArray notes;
    for (const PolicyNote &n : m_notes)
        notes.append(QJsonObject {{QStringLiteral("id"), n.id}, {QStringLiteral("text"), n.text}});
    return QJsonObject {
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), m_id},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("clocks"), clocks},
        {QStringLiteral("embargoClock"), m_embargoClockId},
        {QStringLiteral("notes"), notes},
    };
}

Result<DisclosurePolicy> DisclosurePolicy::fromJson(const QJsonObject &json)
{
    using R = Result<DisclosurePolicy>;
    if (json.value(QStringLiteral("format")).toInt(1) != 1)
        return R::failure(
            QCoreApplication::translate("DisclosurePolicy", "This policy was saved by a newer PSIRT Desk."));
    DisclosurePolicy p;
    p.m_id = json.value(QStringLiteral("id")).toString().trimmed();
    if (p.m_id.isEmpty() || p.m_id.size() > 64)
        return R::failure(
            QCoreApplication::translate("DisclosurePolicy", "A policy needs an id of 1 to 64 characters."));
    p.m_name = json.value(QStringLiteral("name")).toString().left(200);
    QSet<QString> ids;
    const QJsonArray clocks = json.value(QStringLiteral("clocks")).toArray();
    if (clocks.size() > maxClocks)
        return R::failure(QCoreApplication::translate(
            "DisclosurePolicy", "A policy has at most %1 clocks; this one has %2.")
                .arg(maxClocks)
                .arg(clocks.size()));
    for (const QJsonValue &v : clocks) {
        const QJsonObject o = v.toObject();
        ClockRule c;
        c.id = o.value(QStringLiteral("id")).toString().trimmed();
        if (c.id.isEmpty() || c.id.size() > 64 || ids.contains(c.id))
            return R::failure(QCoreApplication::translate(
                "DisclosurePolicy", "Every clock needs its own id of 1 to 64 characters."));
        ids.insert(c.id);
        c.name = o.value(QStringLiteral("name")).toString().left(200);
        c.description = o.value(QStringLiteral("description")).toString().left(2000);
        c.amount = o.value(QStringLiteral("amount")).toInt(-1);
        // Ten years is far beyond any policy; the bound keeps day-by-day counting cheap.
        if (c.amount < 0 || c.amount > 3660)
            return R::failure(QCoreApplication::translate(
                "DisclosurePolicy", "Clock “%1” needs a duration between 0 and 3660.")
                    .arg(c.id));
        if (!ClockRule::unitFromId(o.value(QStringLiteral("unit")).toString(), &c.unit))
            return R::failure(
                QCoreApplication::translate("DisclosurePolicy", "Clock “%1” has an unknown unit.").arg(c.id));
        if (!SlaEvents::fromId(o.value(QStringLiteral("start")).toString(), &c.start))
            return R::failure(
                QCoreApplication::translate("DisclosurePolicy", "Clock “%1” has an unknown start event.")
                    .arg(c.id));
        QString error;
        if (!eventsFromJson(o.value(QStringLiteral("stop")), &c.stopEvents, &error)
            || !eventsFromJson(o.value(QStringLiteral("earlierOf")), &c.earlierOf, &error))
            return R::failure(error);
        c.pausesWhileWaitingOnReporter = o.value(QStringLiteral("pausesWhileWaitingOnReporter")).toBool();
        c.dueSoonHours = o.value(QStringLiteral("dueSoonHours")).toInt(24);
        if (c.dueSoonHours < 0)
            return R::failure(QCoreApplication::translate(
                "DisclosurePolicy", "Clock “%1” has a negative “due soon” threshold.")
                    .arg(c.id));
        p.m_clocks.append(c);
    }
    p.m_embargoClockId = json.value(QStringLiteral("embargoClock")).toString();
    if (!p.m_embargoClockId.isEmpty() && !ids.contains(p.m_embargoClockId))
        return R::failure(QCoreApplication::translate(
            "DisclosurePolicy", "The embargo clock “%1” is not a clock of the policy.")
                .arg(TextSanitizer::singleLine(p.m_embargoClockId.left(64))));
    const QJsonArray notes = json.value(QStringLiteral("notes")).toArray();
    if (notes.size() > maxNotes)
        return R::failure(
            QCoreApplication::translate("DisclosurePolicy", "A policy has at most %1 notes; this one has %2.")
                .arg(maxNotes)
                .arg(notes.size()));
    for (const QJsonValue &v : notes) {
        const QJsonObject o = v.toObject();
        p.m_notes.append(PolicyNote {
            o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("text")).toString().left(2000)});
    }
    return p;
}

DisclosurePolicy DisclosurePolicy::iso29147()
{
    DisclosurePolicy p;
    p.m_id = iso29147Id();
    p.m_name = QStringLiteral(
        QT_TRANSLATE_NOOP("DisclosurePolicy", "ISO/IEC 29147: 5 / 15 business days, 90-day disclosure"));
    // Quoted in substance from seed policy 000 (Calix CVD policy, based on ISO/IEC 29147:2018).
    // Acknowledgement is not paused: it is owed to the reporter before any question can be
    // asked. The assessment pauses while the team waits on the reporter, as HackerOne does
    // for Needs More Info. The embargo is tied to the report date and never pauses.
    p.m_clocks = {
        ClockRule {QStringLiteral("acknowledge"),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy", "Acknowledge")),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy",
                "Acknowledge receipt within 5 business days and issue a unique tracking id.")),
            5, ClockRule::Unit::BusinessDays, SlaEvent::Received, {SlaEvent::Acknowledged}, {}, false, 24},
        ClockRule {QStringLiteral("assess"), QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy", "Assess")),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy",
                "Give an initial assessment of severity and impact within 15 business days.")),
            15, ClockRule::Unit::BusinessDays, SlaEvent::Received, {SlaEvent::Assessed}, {}, true, 48},
        ClockRule {QStringLiteral("disclose"),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy", "Disclose")),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy",
                "The reporter withholds disclosure until the issue is resolved or 90 days after the "
                "report, whichever is earlier.")),
            90, ClockRule::Unit::CalendarDays, SlaEvent::Received, {SlaEvent::Disclosed},
            {SlaEvent::Resolved}, false, 7 * 24},
    };
    p.m_embargoClockId = QStringLiteral("disclose");
    p.m_notes = {
        PolicyNote {QStringLiteral("progress"),
            QStringLiteral(QT_TRANSLATE_NOOP(
                "DisclosurePolicy", "Give regular progress updates with an estimated completion date."))},
        PolicyNote {QStringLiteral("remediation"),
            QStringLiteral(
                QT_TRANSLATE_NOOP("DisclosurePolicy", "Prioritise remediation by severity and impact."))},
        PolicyNote {QStringLiteral("privacy"),
            QStringLiteral(QT_TRANSLATE_NOOP(
                "DisclosurePolicy", "Share the reporter's identifying information only with consent."))},
    };
    return p;
}

DisclosurePolicy DisclosurePolicy::psirt790()
{
    DisclosurePolicy p;
    p.m_id = psirt790Id();
    p.m_name = QStringLiteral(
        QT_TRANSLATE_NOOP("DisclosurePolicy", "PSIRT: respond in 7 working days, 90-day remediation"));
    // From seed policy 001 (Zhone PSIRT page). "Remediation typically takes up to 90 days"
    // is counted from the report, as the case is usually identified at intake and a team
    // cannot see the identification date before triage; a team that counts from
    // confirmation changes `start` to "assessed". It pauses while waiting on the reporter
    // ("we may contact you if we need more information"). The disclosure date is
    // negotiated, so the policy has no embargo clock; an embargo is set per case.
    p.m_clocks = {
        ClockRule {QStringLiteral("respond"),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy", "Respond")),
            QStringLiteral(
                QT_TRANSLATE_NOOP("DisclosurePolicy", "Respond to the report within 7 working days.")),
            7, ClockRule::Unit::BusinessDays, SlaEvent::Received, {SlaEvent::Acknowledged}, {}, false, 24},
        ClockRule {QStringLiteral("remediate"),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy", "Remediate")),
            QStringLiteral(QT_TRANSLATE_NOOP(
                "DisclosurePolicy", "Remediation typically takes up to 90 days; it may take longer.")),
            90, ClockRule::Unit::CalendarDays, SlaEvent::Received, {SlaEvent::Resolved}, {}, true, 14 * 24},
        // "If the vulnerability has been actively exploited … Zhone will expedite the release of
        // a security bulletin … which may or may not include a full firmware patch": the policy
        // names no figure; 7 calendar days from the moment the team knows is this preset's
        // reading (a team changes it in the policy editor). It runs only on cases known to be
        // exploited, and publishing (Disclosed) stops it, fixed or not.
        ClockRule {QStringLiteral("expedite"),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy", "Expedited bulletin")),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy",
                "Actively exploited: publish a security bulletin without waiting for a full fix.")),
            7, ClockRule::Unit::CalendarDays, SlaEvent::Exploited, {SlaEvent::Disclosed}, {}, false, 48},
    };
    p.m_notes = {
        PolicyNote {QStringLiteral("advisory-critical"),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy",
                "Issue a security advisory when the severity is CRITICAL, the response process is "
                "complete and sufficient mitigations are available."))},
        PolicyNote {QStringLiteral("advisory-exploited"),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy",
                "Expedite the advisory when the vulnerability is actively exploited or raises public "
                "concern, with or without a full fix."))},
        PolicyNote {QStringLiteral("negotiated-disclosure"),
            QStringLiteral(QT_TRANSLATE_NOOP(
                "DisclosurePolicy", "The disclosure date is negotiated with the reporter."))},
        PolicyNote {QStringLiteral("eol-support"),
            QStringLiteral(QT_TRANSLATE_NOOP("DisclosurePolicy",
                "End-of-life and obsolete products get security updates for 1 year after the EOL/OBS "
                "date."))},
    };
    return p;
}

QList<DisclosurePolicy> DisclosurePolicy::presets()
{
    return {iso29147(), psirt790()};
}

Result<DisclosurePolicy> DisclosurePolicy::preset(const QString &idOrName)
{
    const QString key = idOrName.trimmed();
    QStringList ids;
    for (const DisclosurePolicy &p : presets()) {
        if (p.id().compare(key, Qt::CaseInsensitive) == 0 || p.name().compare(key, Qt::CaseInsensitive) == 0
            || p.displayName().compare(key, Qt::CaseInsensitive) == 0)
            return p;
        ids.append(p.id());
    }
    return Result<DisclosurePolicy>::failure(
        QCoreApplication::translate("DisclosurePolicy", "Unknown policy “%1” (known: %2).")
            .arg(key.left(60), ids.join(QStringLiteral(", "))));
}
