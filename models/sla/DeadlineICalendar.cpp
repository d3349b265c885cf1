#include "DeadlineICalendar.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

#include <KCalendarCore/CalFormat>
#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <algorithm>
#include <functional>
#include <tuple>

namespace {

const QByteArray kCaseProperty = QByteArrayLiteral("X-PSIRTDESK-CASE");
const QByteArray kMilestoneProperty = QByteArrayLiteral("X-PSIRTDESK-MILESTONE");

QDateTime wholeSeconds(const QDateTime &instant)
{
    const qint64 ms = instant.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms - (((ms % 1000) + 1000) % 1000), QTimeZone::UTC);
}

/// A version 5 UUID (RFC 4122, as RFC 7986 recommends for UIDs) of what identifies a
/// deadline across databases without a database id: the case's number, the millisecond its
/// report was received, and the milestone. The tracking id is left out on purpose: it is
/// issued on acknowledgement, and the events exported before must keep their UIDs.
QString uidOf(const TimelineModel::CaseEntry &c, const QString &milestoneId)
{
    static const QUuid kNamespace(QStringLiteral("6d1f3c2a-8e4b-4f7a-9c1d-2b5e8a7f4c30"));
    const qint64 received = c.events.received.isValid() ? c.events.received.toMSecsSinceEpoch() : 0;
    const QString name = QStringLiteral("case/%1/received/%2/%3")
                             .arg(QString::number(c.id), QString::number(received), milestoneId);
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

/// "2026-12-01 10:00 EST (2026-12-01 15:00 UTC)", or once when the zone is UTC's offset.
QString instantText(const QDateTime &at, const QTimeZone &zone)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    const QString utc
        = QCoreApplication::translate("DeadlineICalendar", "%1 UTC").arg(at.toUTC().toString(format));
    if (zone.offsetFromUtc(at) == 0)
        return utc;
    const QDateTime local = at.toTimeZone(zone);
    return QCoreApplication::translate("DeadlineICalendar", "%1 %2 (%3)")
        .arg(local.toString(format), zone.abbreviation(at), utc);
}

Result<QString> writeCases(const QList<TimelineModel::CaseEntry> &cases,
    const std::function<const SlaEngine &(const TimelineModel::CaseEntry &)> &engineFor, const QDateTime &now,
    const DeadlineICalendar::Options &options)
{
    KCalendarCore::CalFormat::setApplication(
        QStringLiteral("PSIRT Desk"), QStringLiteral("-//PSIRT Desk//SLA deadlines//EN"));
    auto calendar = KCalendarCore::MemoryCalendar::Ptr::create(QTimeZone::utc());
    int events = 0;

    auto add = [&](const TimelineModel::CaseEntry &c, const QString &milestoneId, const QString &name,
                   const QDateTime &deadline, const QString &description) {
        auto event = KCalendarCore::Event::Ptr::create();
        event->setUid(uidOf(c, milestoneId));
        event->setDtStart(wholeSeconds(deadline));
        event->setDtEnd(wholeSeconds(deadline));
        // The tracking id is what analysts and reporters quote; before acknowledgement
        // there is none, and the database number stands in.
        const QString caseName = c.trackingId.isEmpty()
            ? QCoreApplication::translate("DeadlineICalendar", "Case #%1").arg(QString::number(c.id))
            : c.trackingId;
        const QString summary = options.includeTitles
            ? QCoreApplication::translate("DeadlineICalendar", "%1 %2: %3")
                  .arg(caseName, name, c.title.left(200))
            : QCoreApplication::translate("DeadlineICalendar", "%1 %2").arg(caseName, name);
        event->setSummary(summary);
        event->setDescription(description);
        event->setCategories({QStringLiteral("PSIRT Desk"), QStringLiteral("SLA")});
        event->setSecrecy(KCalendarCore::Incidence::SecrecyConfidential);
        event->setNonKDECustomProperty(kCaseProperty, QString::number(c.id));
        event->setNonKDECustomProperty(kMilestoneProperty, milestoneId);
        // A stable stamp keeps repeated exports of unchanged data identical.
        event->setCreated(wholeSeconds(now));
        event->setLastModified(wholeSeconds(now));
        calendar->addEvent(event);
        ++events;
    };

    for (const TimelineModel::CaseEntry &c : cases) {
        const SlaEngine &engine = engineFor(c);
        const QList<ClockRule> rules = engine.policy().clocks();
        const QList<ClockStatus> clocks = engine.evaluate(c.events, now);
        for (qsizetype i = 0; i < clocks.size(); ++i) {
            const ClockStatus &s = clocks.at(i);
            if (!s.deadline.isValid())
                continue;
            const bool stopped = s.state == ClockState::Met || s.state == ClockState::MetLate;
            if ((stopped && !options.includeMet) || s.state == ClockState::Paused)
                continue;
            add(c, s.clockId,
                QCoreApplication::translate("DeadlineICalendar", "%1 due").arg(rules.at(i).displayName()),
                s.deadline,
                QCoreApplication::translate("DeadlineICalendar", "%1 — policy %2, state %3 as of %4.")
                    .arg(rules.at(i).displayDescription(), engine.policy().displayName(),
                        ClockStates::displayName(s.state), instantText(now, QTimeZone::utc())));
        }
        const Embargo e = engine.embargo(c.events, now);
        if (e.isSet()) {
            QString description = QCoreApplication::translate("DeadlineICalendar", "Embargo ends %1.")
                                      .arg(instantText(e.at, engine.timeZone()));
            if (!e.reason.isEmpty())
                description += u' '
                    + QCoreApplication::translate("DeadlineICalendar", "Negotiated: %1")
                          .arg(e.reason.left(500));
            add(c, QStringLiteral("embargo"),
                QCoreApplication::translate("DeadlineICalendar", "embargo ends"), e.at, description);
        }
    }
    if (events == 0)
        return Result<QString>::failure(QCoreApplication::translate("DeadlineICalendar",
            "None of the selected cases has a deadline to export (closed cases, met clocks and clocks "
            "paused while waiting on the reporter have none). An iCalendar file needs at least one."));
    KCalendarCore::ICalFormat format;
    return format.toString(calendar);
}

} // namespace

Result<QString> DeadlineICalendar::write(const SlaEngine &engine,
    const QList<TimelineModel::CaseEntry> &cases, const QDateTime &now, const Options &options)
{
    return writeCases(
        cases, [&engine](const TimelineModel::CaseEntry &) -> const SlaEngine & { return engine; }, now,
        options);
}

Result<QString> DeadlineICalendar::write(
    const TimelineModel &timeline, const QList<qint64> &caseIds, const Options &options)
{
    QList<TimelineModel::CaseEntry> cases;
    if (caseIds.isEmpty()) {
        cases = timeline.cases();
    } else {
        for (const qint64 id : caseIds) {
            if (const TimelineModel::CaseEntry *entry = timeline.caseEntry(id))
                cases.append(*entry);
        }
    }
    return writeCases(
        cases,
        [&timeline](
            const TimelineModel::CaseEntry &entry) -> const SlaEngine & { return timeline.engineFor(entry); },
        timeline.now(), options);
}

Result<QList<ExportedDeadline>> DeadlineICalendar::read(const QString &ics)
{
    using R = Result<QList<ExportedDeadline>>;
    auto calendar = KCalendarCore::MemoryCalendar::Ptr::create(QTimeZone::utc());
    KCalendarCore::ICalFormat format;
    if (!format.fromString(calendar, ics))
        return R::failure(
            QCoreApplication::translate("DeadlineICalendar", "This is not an iCalendar document."));
    QList<ExportedDeadline> list;
    const KCalendarCore::Event::List events = calendar->rawEvents();
    for (const KCalendarCore::Event::Ptr &event : events) {
        bool ok = false;
        const qint64 caseId = event->nonKDECustomProperty(kCaseProperty).toLongLong(&ok);
        if (!ok)
            continue;
        list.append(ExportedDeadline {caseId, event->nonKDECustomProperty(kMilestoneProperty),
            event->dtStart().toUTC(), event->summary()});
    }
    std::sort(list.begin(), list.end(), [](const ExportedDeadline &a, const ExportedDeadline &b) {
        return std::tie(a.caseId, a.deadline, a.milestoneId) < std::tie(b.caseId, b.deadline, b.milestoneId);
    });
    return list;
}
