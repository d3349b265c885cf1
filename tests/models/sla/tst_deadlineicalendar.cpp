#include "TestSupport.h"
#include "sla/DeadlineICalendar.h"

#include <QRegularExpression>
#include <QTest>

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

class TestDeadlineICalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void roundTrip();
    void documentText_data();
    void documentText();
    void options();
    void repeatable();
    void hostileTitle();
    void rejectsGarbage();
    void selectionUnderEachCasePolicy();
    void uidsUniqueAndStable();
    void nothingToExportIsRefused();
    void pausedClockLeftOut();
    void descriptionsSayEachInstantOnce();

private:
    /// The document, or an empty string (and a failed check in the caller) on failure.
    static QString ics(const SlaEngine &engine, const QList<TimelineModel::CaseEntry> &cases,
        const QDateTime &at, const DeadlineICalendar::Options &options = {})
    {
        const Result<QString> written = DeadlineICalendar::write(engine, cases, at, options);
        if (!written)
            qWarning() << written.error();
        return written ? *written : QString();
    }
    /// The events of a document as KF6 CalendarCore reads them, by UID.
    static QMap<QString, KCalendarCore::Event::Ptr> events(const QString &ics);
    static QList<TimelineModel::CaseEntry> cases();
    static SlaEngine engine();
    static QDateTime now() { return instant("2026-07-08T00:00:00Z"); }
    static QDateTime instant(const char *text)
    {
        return QDateTime::fromString(QLatin1StringView(text), Qt::ISODateWithMs).toUTC();
    }
};

SlaEngine TestDeadlineICalendar::engine()
{
    return SlaEngine(
        DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone("America/New_York"));
}

QList<TimelineModel::CaseEntry> TestDeadlineICalendar::cases()
{
    TimelineModel::CaseEntry a;
    a.id = 7;
    a.title = QStringLiteral("Secret RCE in GigaWidget firmware");
    a.events.received = instant("2026-07-01T14:00:00Z");
    TimelineModel::CaseEntry b;
    b.id = 9;
    b.title = QStringLiteral("Embargoed issue");
    b.events.received = instant("2026-07-01T14:00:00Z");
    b.events.acknowledged = instant("2026-07-02T14:00:00Z");
    b.events.embargoOverride
        = EmbargoOverride {instant("2026-12-01T15:00:00Z"), QStringLiteral("hardware respin")};
    return {a, b};
}

void TestDeadlineICalendar::roundTrip()
{
    const auto back = DeadlineICalendar::read(ics(engine(), cases(), now()));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    const QList<ExportedDeadline> expected = {
        {7, QStringLiteral("acknowledge"), instant("2026-07-10T03:59:59Z"),
            QStringLiteral("Case #7 Acknowledge due")},
        {7, QStringLiteral("assess"), instant("2026-07-24T03:59:59Z"), QStringLiteral("Case #7 Assess due")},
        {7, QStringLiteral("disclose"), instant("2026-09-30T03:59:59Z"),
            QStringLiteral("Case #7 Disclose due")},
        {7, QStringLiteral("embargo"), instant("2026-09-30T03:59:59Z"),
            QStringLiteral("Case #7 embargo ends")},
        // Case 9: acknowledged (met, left out), negotiated embargo.
        {9, QStringLiteral("assess"), instant("2026-07-24T03:59:59Z"), QStringLiteral("Case #9 Assess due")},
        {9, QStringLiteral("disclose"), instant("2026-12-01T15:00:00Z"),
            QStringLiteral("Case #9 Disclose due")},
        {9, QStringLiteral("embargo"), instant("2026-12-01T15:00:00Z"),
            QStringLiteral("Case #9 embargo ends")},
    };
    QCOMPARE(back->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(back->at(i).caseId, expected.at(i).caseId);
        QCOMPARE(back->at(i).milestoneId, expected.at(i).milestoneId);
        QCOMPARE(back->at(i).deadline, expected.at(i).deadline);
        QCOMPARE(back->at(i).summary, expected.at(i).summary);
    }
}

void TestDeadlineICalendar::documentText_data()
{
    QTest::addColumn<QString>("needle");
    QTest::newRow("calendar") << "BEGIN:VCALENDAR";
    QTest::newRow("product") << "PRODID:-//PSIRT Desk//SLA deadlines//EN";
    // A name-based UUID (RFC 4122 version 5), as RFC 7986 recommends.
    QTest::newRow("uuid uid") << "UID:%1";
    QTest::newRow("utc start") << "DTSTART:20260710T035959Z";
    QTest::newRow("negotiated start") << "DTSTART:20261201T150000Z";
    QTest::newRow("confidential") << "CLASS:CONFIDENTIAL";
    QTest::newRow("reason in description") << "hardware respin";
}

void TestDeadlineICalendar::documentText()
{
    QFETCH(QString, needle);
    if (needle.contains(u"%1"))
        needle = needle.arg(
            QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\r?\n"));
    const QString document = ics(engine(), cases(), now());
    // RFC 5545 folds long lines; unfold before searching.
    QString unfolded = document;
    unfolded.remove(QStringLiteral("\r\n ")).remove(QStringLiteral("\n "));
    QVERIFY2(needle.contains(u"[0-9a-f]") ? unfolded.contains(QRegularExpression(needle))
                                          : unfolded.contains(needle),
        qPrintable(needle));
    // Titles stay out unless asked for.
    QVERIFY(!unfolded.contains(u"GigaWidget"));
}

void TestDeadlineICalendar::options()
{
    DeadlineICalendar::Options o;
    o.includeTitles = true;
    o.includeMet = true;
    const auto back = DeadlineICalendar::read(ics(engine(), cases(), now(), o));
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 8); // + case 9's met acknowledgement
    QVERIFY(back->at(0).summary.contains(u"GigaWidget"));
}

void TestDeadlineICalendar::repeatable()
{
    // Apart from the DTSTAMP the library sets to the export time, unchanged data gives an
    // identical file, so a synced calendar does not churn.
    static const QRegularExpression stamp(QStringLiteral("DTSTAMP:[0-9TZ]+\\r?\\n"));
    QString first = ics(engine(), cases(), now());
    QString second = ics(engine(), cases(), now());
    QCOMPARE(first.remove(stamp), second.remove(stamp));
}

void TestDeadlineICalendar::hostileTitle()
{
    QList<TimelineModel::CaseEntry> list = cases();
    list[0].title = QStringLiteral("x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:pwned");
    DeadlineICalendar::Options o;
    o.includeTitles = true;
    const auto back = DeadlineICalendar::read(ics(engine(), list, now(), o));
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 7);
    for (const ExportedDeadline &d : *back)
        QVERIFY(d.summary != u"pwned");
}

void TestDeadlineICalendar::rejectsGarbage()
{
    // KF6 CalendarCore logs the parse error itself.
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("parse error")));
    QVERIFY(!DeadlineICalendar::read(QStringLiteral("not a calendar")).ok());
    const auto empty = DeadlineICalendar::read(
        QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n"));
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

void TestDeadlineICalendar::selectionUnderEachCasePolicy()
{
    TimelineModel timeline(engine());
    timeline.setPolicies(DisclosurePolicy::presets());
    timeline.setNow(now());
    QList<TimelineModel::CaseEntry> list = cases();
    list[1].trackingId = QStringLiteral("PSIRT-2026-0042");
    list[1].policyId = DisclosurePolicy::psirt790Id();
    TimelineModel::CaseEntry third = list.at(0);
    third.id = 11;
    list.append(third);
    timeline.setCases(list);

    // Only the selected cases, each under its own policy, named by tracking id once issued.
    const auto back = DeadlineICalendar::read(*DeadlineICalendar::write(timeline, {9, 7, 404}, {}));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QSet<qint64> casesSeen;
    QStringList milestones;
    for (const ExportedDeadline &d : *back) {
        casesSeen.insert(d.caseId);
        if (d.caseId == 9) {
            milestones.append(d.milestoneId);
            QVERIFY2(d.summary.startsWith(u"PSIRT-2026-0042 "), qPrintable(d.summary));
        } else {
            QVERIFY2(d.summary.startsWith(u"Case #7 "), qPrintable(d.summary));
        }
    }
    QCOMPARE(casesSeen, (QSet<qint64> {7, 9}));
    // Policy 001's clocks (acknowledged on 2 July, so "respond" has stopped) and the embargo.
    QCOMPARE(milestones, (QStringList {QStringLiteral("remediate"), QStringLiteral("embargo")}));

    // No selection: every case the timeline shows.
    const auto all = DeadlineICalendar::read(*DeadlineICalendar::write(timeline, {}, {}));
    QVERIFY(all.ok());
    QVERIFY(
        std::any_of(all->cbegin(), all->cend(), [](const ExportedDeadline &d) { return d.caseId == 11; }));
}

QMap<QString, KCalendarCore::Event::Ptr> TestDeadlineICalendar::events(const QString &ics)
{
    auto calendar = KCalendarCore::MemoryCalendar::Ptr::create(QTimeZone::utc());
    QMap<QString, KCalendarCore::Event::Ptr> byUid;
    if (!KCalendarCore::ICalFormat().fromString(calendar, ics))
        return byUid;
    const KCalendarCore::Event::List list = calendar->rawEvents();
    for (const KCalendarCore::Event::Ptr &event : list)
        byUid.insert(event->uid(), event);
    return byUid;
}

// Issue #14: "psirtdesk-case-431-disclose" was the UID of case 431 in every database. The
// UID is now a version 5 UUID of case number, receipt instant and milestone: the same for
// the same case from export to export (whatever now, and after its tracking id is issued),
// different for case 431 of another database.
void TestDeadlineICalendar::uidsUniqueAndStable()
{
    TimelineModel::CaseEntry here = cases().constFirst();
    here.id = 431;
    TimelineModel::CaseEntry elsewhere = here;
    elsewhere.events.received = here.events.received.addSecs(-86400 * 3 - 7);

    const auto first = events(ics(engine(), {here}, now()));
    QVERIFY(!first.isEmpty());
    for (const auto &event : first) {
        QVERIFY2(!event->uid().contains(u"431"), qPrintable(event->uid()));
        QVERIFY(!QUuid::fromString(event->uid()).isNull());
        QCOMPARE(QUuid::fromString(event->uid()).version(), QUuid::Sha1);
    }

    here.trackingId = QStringLiteral("PSIRT-2026-0431");
    const auto later = events(ics(engine(), {here}, now().addDays(1)));
    QCOMPARE(later.keys(), first.keys());

    const auto other = events(ics(engine(), {elsewhere}, now()));
    QCOMPARE(other.size(), first.size());
    for (const QString &uid : other.keys())
        QVERIFY2(!first.contains(uid), qPrintable(uid));
    // One UID per milestone of one case.
    QSet<QString> milestones;
    for (const auto &event : first)
        milestones.insert(event->nonKDECustomProperty("X-PSIRTDESK-MILESTONE"));
    QCOMPARE(milestones.size(), first.size());
}

// RFC 5545 3.6: a calendar holds at least one component. An empty selection is refused with
// a message instead of writing a VCALENDAR without any.
void TestDeadlineICalendar::nothingToExportIsRefused()
{
    const Result<QString> written = DeadlineICalendar::write(engine(), {}, now());
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(u"deadline to export"), qPrintable(written.error()));

    // The same through a timeline: a selection of cases it does not show (closed, unknown).
    TimelineModel timeline(engine());
    timeline.setNow(now());
    timeline.setCases(cases());
    const Result<QString> none = DeadlineICalendar::write(timeline, {404}, {});
    QVERIFY(!none.ok());
    QCOMPARE(none.error(), written.error());
    QVERIFY(DeadlineICalendar::write(timeline, {7}, {}).ok());
}

// A paused clock's deadline moves with every minute the case waits on the reporter; its
// DTSTART used to move on every export. It has no due instant, so it is left out, and two
// exports at different instants of the pause agree.
void TestDeadlineICalendar::pausedClockLeftOut()
{
    TimelineModel::CaseEntry waiting = cases().constFirst();
    waiting.events.acknowledged = instant("2026-07-02T14:00:00Z");
    waiting.events.pauses.append(PauseInterval {instant("2026-07-03T10:00:00Z"), QDateTime()});
    waiting.events.status = CaseStatus::NeedsMoreInfo;
    const SlaEngine sla = engine();
    QList<ClockState> states;
    for (const ClockStatus &s : sla.evaluate(waiting.events, now()))
        states.append(s.state);
    QVERIFY(states.contains(ClockState::Paused)); // the fixture pauses something

    const auto early = events(ics(sla, {waiting}, now()));
    const auto late = events(ics(sla, {waiting}, now().addDays(9)));
    QVERIFY(!early.isEmpty());
    QCOMPARE(late.keys(), early.keys());
    for (auto it = early.cbegin(); it != early.cend(); ++it)
        QCOMPARE(late.value(it.key())->dtStart(), it.value()->dtStart());
    const QList<ClockStatus> clocks = sla.evaluate(waiting.events, now());
    for (const auto &event : early) {
        const QString milestone = event->nonKDECustomProperty("X-PSIRTDESK-MILESTONE");
        for (const ClockStatus &s : clocks)
            QVERIFY2(s.clockId != milestone || s.state != ClockState::Paused, qPrintable(milestone));
    }
}

// "… UTC (… UTC)" and "2026-07-08T00:00:00Z UTC": each instant is written once, in the
// team's zone with UTC beside it only when they differ.
void TestDeadlineICalendar::descriptionsSayEachInstantOnce()
{
    const SlaEngine utc(
        DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone(QTimeZone::UTC));
    const SlaEngine newYork = engine();
    for (const SlaEngine *sla : std::initializer_list<const SlaEngine *> {&utc, nullptr}) {
        const auto list = events(ics(sla ? *sla : newYork, cases(), now()));
        QVERIFY(!list.isEmpty());
        for (const auto &event : list) {
            const QString text = event->description();
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("UTC \\(.*UTC\\)"))), qPrintable(text));
            QVERIFY2(!text.contains(u"Z UTC"), qPrintable(text));
            QVERIFY2(text.count(u"UTC") == 1, qPrintable(text));
            if (event->nonKDECustomProperty("X-PSIRTDESK-MILESTONE") == u"embargo"
                && event->nonKDECustomProperty("X-PSIRTDESK-CASE") == u"9") {
                QCOMPARE(text.section(u'.', 0, 0) + u'.',
                    sla ? QStringLiteral("Embargo ends 2026-12-01 15:00 UTC.")
                        : QStringLiteral("Embargo ends 2026-12-01 10:00 EST (2026-12-01 15:00 UTC)."));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestDeadlineICalendar)
#include "tst_deadlineicalendar.moc"
