#include "TestSupport.h"
#include "sla/DeadlineICalendar.h"

#include <QRegularExpression>
#include <QTest>

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

private:
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
    const QString ics = DeadlineICalendar::write(engine(), cases(), now());
    const auto back = DeadlineICalendar::read(ics);
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
    QTest::newRow("stable uid") << "UID:psirtdesk-case-7-acknowledge";
    QTest::newRow("utc start") << "DTSTART:20260710T035959Z";
    QTest::newRow("negotiated start") << "DTSTART:20261201T150000Z";
    QTest::newRow("confidential") << "CLASS:CONFIDENTIAL";
    QTest::newRow("reason in description") << "hardware respin";
}

void TestDeadlineICalendar::documentText()
{
    QFETCH(QString, needle);
    const QString ics = DeadlineICalendar::write(engine(), cases(), now());
    // RFC 5545 folds long lines; unfold before searching.
    QString unfolded = ics;
    unfolded.remove(QStringLiteral("\r\n ")).remove(QStringLiteral("\n "));
    QVERIFY2(unfolded.contains(needle), qPrintable(needle));
    // Titles stay out unless asked for.
    QVERIFY(!unfolded.contains(u"GigaWidget"));
}

void TestDeadlineICalendar::options()
{
    DeadlineICalendar::Options o;
    o.includeTitles = true;
    o.includeMet = true;
    const auto back = DeadlineICalendar::read(DeadlineICalendar::write(engine(), cases(), now(), o));
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 8); // + case 9's met acknowledgement
    QVERIFY(back->at(0).summary.contains(u"GigaWidget"));
}

void TestDeadlineICalendar::repeatable()
{
    // Apart from the DTSTAMP the library sets to the export time, unchanged data gives an
    // identical file, so a synced calendar does not churn.
    static const QRegularExpression stamp(QStringLiteral("DTSTAMP:[0-9TZ]+\\r?\\n"));
    QString first = DeadlineICalendar::write(engine(), cases(), now());
    QString second = DeadlineICalendar::write(engine(), cases(), now());
    QCOMPARE(first.remove(stamp), second.remove(stamp));
}

void TestDeadlineICalendar::hostileTitle()
{
    QList<TimelineModel::CaseEntry> list = cases();
    list[0].title = QStringLiteral("x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:pwned");
    DeadlineICalendar::Options o;
    o.includeTitles = true;
    const auto back = DeadlineICalendar::read(DeadlineICalendar::write(engine(), list, now(), o));
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
    const auto back = DeadlineICalendar::read(DeadlineICalendar::write(timeline, {9, 7, 404}, {}));
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
    const auto all = DeadlineICalendar::read(DeadlineICalendar::write(timeline, {}, {}));
    QVERIFY(all.ok());
    QVERIFY(
        std::any_of(all->cbegin(), all->cend(), [](const ExportedDeadline &d) { return d.caseId == 11; }));
}

QTEST_GUILESS_MAIN(TestDeadlineICalendar)
#include "tst_deadlineicalendar.moc"
