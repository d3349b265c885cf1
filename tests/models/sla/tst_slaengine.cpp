#include "TestSupport.h"
#include "sla/SlaEngine.h"
#include "storage/CaseStore.h"

#include <QTest>

class TestSlaEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void deadlines_data();
    void deadlines();
    void states_data();
    void states();
    void embargo();
    void embargoDisplay();
    void dueSoonOverride();
    void fromAuditLog();
    void fromAuditLogIgnoresJunk();
};

namespace {

QDateTime instant(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    Q_ASSERT(dt.isValid());
    return dt.toUTC();
}

SlaEngine engine(const QString &policy, const QString &calendar, const QString &zone)
{
    return SlaEngine(
        *DisclosurePolicy::preset(policy), *BusinessCalendar::preset(calendar), QTimeZone(zone.toUtf8()));
}

ClockStatus clock(const QList<ClockStatus> &clocks, const QString &id)
{
    for (const ClockStatus &c : clocks) {
        if (c.clockId == id)
            return c;
    }
    return {};
}

const QString kIso = QStringLiteral("iso29147-5-15-90");
const QString kPsirt = QStringLiteral("psirt-7-90");
const QString kNewYork = QStringLiteral("America/New_York");

} // namespace

void TestSlaEngine::deadlines_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("clockId");
    QTest::addColumn<QString>("deadline");

    // Policy 000, US calendar, New York: end of the Nth business day, local, in UTC.
    QTest::newRow("000 acknowledge over observed Jul 3")
        << kIso << "US" << kNewYork << "2026-07-01T10:00:00-04:00" << "acknowledge"
        << "2026-07-10T03:59:59.999Z";
    QTest::newRow("000 assess 15 business days")
        << kIso << "US" << kNewYork << "2026-07-01T10:00:00-04:00" << "assess" << "2026-07-24T03:59:59.999Z";
    QTest::newRow("000 disclose 90 calendar days") << kIso << "US" << kNewYork << "2026-07-01T10:00:00-04:00"
                                                   << "disclose" << "2026-09-30T03:59:59.999Z";
    // Counting happens on the team's local date, not the UTC one.
    QTest::newRow("late evening local is still that day")
        << kIso << "US" << kNewYork << "2026-07-02T02:00:00Z" << "acknowledge" << "2026-07-10T03:59:59.999Z";
    QTest::newRow("received on a Saturday") << kIso << "US" << kNewYork << "2026-03-07T12:00:00-05:00"
                                            << "acknowledge" << "2026-03-14T03:59:59.999Z";
    // DST: America/New_York springs forward on 2026-03-08 and falls back on 2026-11-01.
    QTest::newRow("NY across spring forward") << kIso << "US" << kNewYork << "2026-03-06T12:00:00-05:00"
                                              << "acknowledge" << "2026-03-14T03:59:59.999Z";
    QTest::newRow("NY across fall back") << kIso << "US" << kNewYork << "2026-10-30T12:00:00-04:00"
                                         << "acknowledge" << "2026-11-07T04:59:59.999Z";
    QTest::newRow("NY 90 days into DST") << kIso << "US" << kNewYork << "2025-12-24T15:00:00-05:00"
                                         << "disclose" << "2026-03-25T03:59:59.999Z";
    // DST: Europe/Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    QTest::newRow("Berlin across spring forward")
        << kIso << "US" << "Europe/Berlin" << "2026-03-27T10:00:00+01:00"
        << "acknowledge" << "2026-04-03T21:59:59.999Z";
    QTest::newRow("Berlin across fall back") << kIso << "US" << "Europe/Berlin" << "2026-10-23T10:00:00+02:00"
                                             << "acknowledge" << "2026-10-30T22:59:59.999Z";
    QTest::newRow("Berlin 90 days into summer time")
        << kIso << "US" << "Europe/Berlin" << "2026-03-01T10:00:00+01:00" << "disclose"
        << "2026-05-30T21:59:59.999Z";
    // America/Santiago springs forward at 24:00, so 2026-09-06 has no local midnight.
    QTest::newRow("Santiago, day without midnight")
        << kIso << "CN" << "America/Santiago" << "2026-09-06T03:30:00Z"
        << "acknowledge" << "2026-09-12T02:59:59.999Z";
    QTest::newRow("Santiago, 90 days") << kIso << "CN" << "America/Santiago" << "2026-09-06T03:30:00Z"
                                       << "disclose" << "2026-12-05T02:59:59.999Z";
    // Year ends.
    QTest::newRow("US year end 2025") << kIso << "US" << kNewYork << "2025-12-24T15:00:00-05:00"
                                      << "acknowledge" << "2026-01-03T04:59:59.999Z";
    QTest::newRow("US year end 2027") << kIso << "US" << kNewYork << "2027-12-22T09:00:00-05:00"
                                      << "acknowledge" << "2027-12-31T04:59:59.999Z";
    QTest::newRow("UTC 90 days over year end")
        << kIso << "US" << "UTC" << "2026-11-15T08:00:00Z" << "disclose" << "2027-02-13T23:59:59.999Z";
    // Policy 001, China: holiday blocks and worked weekends.
    QTest::newRow("001 respond over National Day 2026")
        << kPsirt << "CN" << "Asia/Shanghai" << "2026-09-30T10:00:00+08:00" << "respond"
        << "2026-10-15T15:59:59.999Z";
    QTest::newRow("001 respond over Spring Festival 2026")
        << kPsirt << "CN" << "Asia/Shanghai" << "2026-02-13T09:00:00+08:00" << "respond"
        << "2026-03-02T15:59:59.999Z";
    QTest::newRow("001 remediate 90 days") << kPsirt << "CN" << "Asia/Shanghai" << "2026-09-30T10:00:00+08:00"
                                           << "remediate" << "2026-12-29T15:59:59.999Z";
    QTest::newRow("000 acknowledge over Spring Festival 2025")
        << kIso << "CN" << "Asia/Shanghai" << "2025-01-24T09:00:00+08:00" << "acknowledge"
        << "2025-02-07T15:59:59.999Z";
    QTest::newRow("001 respond, US calendar") << kPsirt << "US" << kNewYork << "2026-11-20T09:00:00-05:00"
                                              << "respond" << "2026-12-03T04:59:59.999Z";
}

void TestSlaEngine::deadlines()
{
    QFETCH(QString, policy);
    QFETCH(QString, calendar);
    QFETCH(QString, zone);
    QFETCH(QString, received);
    QFETCH(QString, clockId);
    QFETCH(QString, deadline);
    const SlaEngine e = engine(policy, calendar, zone);
    CaseEvents events;
    events.received = instant(received);
    const ClockStatus c = clock(e.evaluate(events, events.received), clockId);
    QCOMPARE(c.clockId, clockId);
    QCOMPARE(c.deadline.toString(Qt::ISODateWithMs), deadline);
    QCOMPARE(c.deadline.timeSpec(), Qt::UTC);
    QCOMPARE(c.start, events.received);
}

void TestSlaEngine::states_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("clockId");
    QTest::addColumn<QString>("events"); // "event=instant;…", "pause=from/to", "embargo=instant"
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("deadline"); // empty: not checked
    QTest::addColumn<qint64>("margin"); // ms; -1: not checked

    const QString rx = QStringLiteral("received=2026-07-01T14:00:00Z");
    constexpr qint64 skip = -1;
    constexpr qint64 hour = 3600 * 1000;
    // acknowledge deadline 2026-07-10T03:59:59.999Z (end of Thu 9 July, New York).
    QTest::newRow("on track") << kIso << "acknowledge" << rx << "2026-07-02T00:00:00Z" << "on-track"
                              << "2026-07-10T03:59:59.999Z" << skip;
    QTest::newRow("due soon") << kIso << "acknowledge" << rx << "2026-07-09T12:00:00Z" << "due-soon" << ""
                              << qint64(16 * hour - 1);
    QTest::newRow("breached") << kIso << "acknowledge" << rx << "2026-07-10T04:00:00Z" << "breached" << ""
                              << qint64(-1);
    QTest::newRow("met early") << kIso << "acknowledge" << rx + u";acknowledged=2026-07-06T14:00:00Z"
                               << "2026-07-20T00:00:00Z" << "met" << ""
                               << qint64(3 * 24 * hour + 14 * hour - 1);
    QTest::newRow("met on the last millisecond")
        << kIso << "acknowledge" << rx + u";acknowledged=2026-07-10T03:59:59.999Z" << "2026-07-20T00:00:00Z"
        << "met" << "" << qint64(0);
    QTest::newRow("met late") << kIso << "acknowledge" << rx + u";acknowledged=2026-07-13T14:00:00Z"
                              << "2026-07-20T00:00:00Z" << "met-late" << ""
                              << qint64(-(3 * 24 * hour + 10 * hour + 1));
    QTest::newRow("stop after now has not happened")
        << kIso << "acknowledge" << rx + u";acknowledged=2026-07-06T14:00:00Z" << "2026-07-03T00:00:00Z"
        << "on-track" << "" << skip;
    QTest::newRow("not started") << kIso << "acknowledge" << rx << "2026-06-30T00:00:00Z" << "not-started"
                                 << "" << qint64(0);
    // assess: 15 business days, deadline 2026-07-24T03:59:59.999Z, pauses while waiting.
    QTest::newRow("assess on track") << kIso << "assess" << rx << "2026-07-10T00:00:00Z" << "on-track"
                                     << "2026-07-24T03:59:59.999Z" << skip;
    QTest::newRow("assess met by confirmation") << kIso << "assess" << rx + u";assessed=2026-07-15T12:00:00Z"
                                                << "2026-07-16T00:00:00Z" << "met" << "" << skip;
    // Open pause from Mon 6 Jul 10:00 to now (Tue 7 Jul 20:00 EDT): 34 business hours.
    QTest::newRow("paused, open") << kIso << "assess" << rx + u";pause=2026-07-06T14:00:00Z/"
                                  << "2026-07-08T00:00:00Z" << "paused" << "2026-07-27T13:59:59.999Z" << skip;
    // Waiting since this very instant: paused, deadline not yet moved.
    QTest::newRow("paused, began now")
        << kIso << "assess" << rx + u";pause=2026-07-08T00:00:00Z/" << "2026-07-08T00:00:00Z" << "paused"
        << "2026-07-24T03:59:59.999Z" << skip;
    QTest::newRow("paused two whole business days")
        << kIso << "assess" << rx + u";pause=2026-07-06T04:00:00Z/2026-07-08T04:00:00Z"
        << "2026-07-10T00:00:00Z"
        << "on-track" << "2026-07-28T03:59:59.999Z" << skip;
    QTest::newRow("pause over a weekend adds nothing")
        << kIso << "assess" << rx + u";pause=2026-07-11T04:00:00Z/2026-07-13T04:00:00Z"
        << "2026-07-14T00:00:00Z"
        << "on-track" << "2026-07-24T03:59:59.999Z" << skip;
    QTest::newRow("pause over a holiday adds nothing")
        << kIso << "assess" << rx + u";pause=2026-07-03T04:00:00Z/2026-07-04T04:00:00Z"
        << "2026-07-14T00:00:00Z"
        << "on-track" << "2026-07-24T03:59:59.999Z" << skip;
    QTest::newRow("two pauses") << kIso << "assess"
                                << rx
            + u";pause=2026-07-06T04:00:00Z/2026-07-07T04:00:00Z"
              u";pause=2026-07-14T04:00:00Z/2026-07-15T04:00:00Z"
                                << "2026-07-16T00:00:00Z" << "on-track" << "2026-07-28T03:59:59.999Z" << skip;
    QTest::newRow("pause after the deadline does not undo a breach")
        << kIso << "assess" << rx + u";pause=2026-07-25T00:00:00Z/" << "2026-07-31T00:00:00Z" << "breached"
        << "2026-07-24T03:59:59.999Z" << skip;
    QTest::newRow("pause after the stop changes nothing")
        << kIso << "assess" << rx + u";assessed=2026-07-08T00:00:00Z;pause=2026-07-09T00:00:00Z/"
        << "2026-07-10T00:00:00Z" << "met" << "2026-07-24T03:59:59.999Z" << skip;
    QTest::newRow("acknowledge does not pause")
        << kIso << "acknowledge" << rx + u";pause=2026-07-02T04:00:00Z/" << "2026-07-09T12:00:00Z"
        << "due-soon" << "2026-07-10T03:59:59.999Z" << skip;
    // remediate (policy 001): 90 calendar days, paused by elapsed time.
    QTest::newRow("remediate pause is elapsed time")
        << kPsirt << "remediate" << rx + u";pause=2026-07-05T00:00:00Z/2026-07-07T12:00:00Z"
        << "2026-07-10T00:00:00Z" << "on-track" << "2026-10-02T15:59:59.999Z" << skip;
    QTest::newRow("remediate met by resolution")
        << kPsirt << "remediate" << rx + u";resolved=2026-09-01T00:00:00Z" << "2026-09-02T00:00:00Z" << "met"
        << "2026-09-30T03:59:59.999Z" << skip;
    QTest::newRow("remediate due soon (14 days)")
        << kPsirt << "remediate" << rx << "2026-09-20T00:00:00Z" << "due-soon" << "" << skip;
    QTest::newRow("respond met") << kPsirt << "respond" << rx + u";acknowledged=2026-07-02T00:00:00Z"
                                 << "2026-07-02T00:00:00Z" << "met" << "2026-07-14T03:59:59.999Z" << skip;
    // disclose: 90 days or at resolution, whichever is earlier; a negotiated date replaces it.
    QTest::newRow("disclose before resolution")
        << kIso << "disclose" << rx + u";resolved=2026-08-01T12:00:00Z" << "2026-07-20T00:00:00Z"
        << "on-track" << "2026-09-30T03:59:59.999Z" << skip;
    QTest::newRow("disclose moves to resolution")
        << kIso << "disclose" << rx + u";resolved=2026-08-01T12:00:00Z" << "2026-08-02T00:00:00Z"
        << "breached"
        << "2026-08-01T12:00:00.000Z" << skip;
    QTest::newRow("disclose at resolution")
        << kIso << "disclose" << rx + u";resolved=2026-08-01T12:00:00Z;disclosed=2026-08-01T12:00:00Z"
        << "2026-08-02T00:00:00Z" << "met" << "2026-08-01T12:00:00.000Z" << qint64(0);
    QTest::newRow("disclose negotiated")
        << kIso << "disclose" << rx + u";embargo=2026-12-01T15:00:00Z" << "2026-10-01T00:00:00Z" << "on-track"
        << "2026-12-01T15:00:00.000Z" << skip;
    QTest::newRow("disclose 90 days breached")
        << kIso << "disclose" << rx << "2026-10-01T00:00:00Z" << "breached"
        << "2026-09-30T03:59:59.999Z" << skip;
    QTest::newRow("disclose due soon (7 days)")
        << kIso << "disclose" << rx << "2026-09-25T00:00:00Z" << "due-soon" << "" << skip;
}

void TestSlaEngine::states()
{
    QFETCH(QString, policy);
    QFETCH(QString, clockId);
    QFETCH(QString, events);
    QFETCH(QString, now);
    QFETCH(QString, state);
    QFETCH(QString, deadline);
    QFETCH(qint64, margin);

    CaseEvents e;
    const QStringList parts = events.split(u';');
    for (const QString &part : parts) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        if (key == u"pause") {
            e.pauses.append(
                PauseInterval {instant(value.section(u'/', 0, 0)), instant(value.section(u'/', 1))});
            if (value.endsWith(u'/'))
                e.status = CaseStatus::NeedsMoreInfo;
        } else if (key == u"embargo") {
            e.embargoOverride
                = EmbargoOverride {instant(value), QStringLiteral("vendor asked for more time")};
        } else {
            SlaEvent event;
            QVERIFY2(SlaEvents::fromId(key, &event), qPrintable(key));
            e.set(event, instant(value));
        }
    }
    const SlaEngine en = engine(policy, QStringLiteral("US"), kNewYork);
    const ClockStatus c = clock(en.evaluate(e, instant(now)), clockId);
    QCOMPARE(ClockStates::id(c.state), state);
    QVERIFY(!ClockStates::displayName(c.state).isEmpty());
    if (!deadline.isEmpty())
        QCOMPARE(c.deadline.toString(Qt::ISODateWithMs), deadline);
    if (margin != -1 || state == u"breached") {
        if (state == u"breached")
            QVERIFY(c.marginMs < 0);
        else
            QCOMPARE(c.marginMs, margin);
    }
    // Evaluation is a pure function of its inputs.
    const ClockStatus again = clock(en.evaluate(e, instant(now)), clockId);
    QCOMPARE(again.deadline, c.deadline);
    QCOMPARE(again.state, c.state);
}

void TestSlaEngine::embargo()
{
    const SlaEngine e = engine(kIso, QStringLiteral("US"), kNewYork);
    CaseEvents events;
    events.received = instant(QStringLiteral("2026-07-01T14:00:00Z"));
    const QDateTime now = instant(QStringLiteral("2026-07-02T00:00:00Z"));

    Embargo policy = e.embargo(events, now);
    QCOMPARE(policy.source, Embargo::Source::Policy);
    QCOMPARE(policy.at, instant(QStringLiteral("2026-09-30T03:59:59.999Z")));

    events.resolved = instant(QStringLiteral("2026-08-01T12:00:00Z"));
    Embargo resolved = e.embargo(events, instant(QStringLiteral("2026-08-02T00:00:00Z")));
    QCOMPARE(resolved.source, Embargo::Source::Resolution);
    QCOMPARE(resolved.at, events.resolved);

    events.embargoOverride = EmbargoOverride {
        instant(QStringLiteral("2026-12-01T15:00:00Z")), QStringLiteral("fix needs a hardware respin")};
    Embargo negotiated = e.embargo(events, now);
    QCOMPARE(negotiated.source, Embargo::Source::Negotiated);
    QCOMPARE(negotiated.reason, QStringLiteral("fix needs a hardware respin"));
    QCOMPARE(negotiated.at, instant(QStringLiteral("2026-12-01T15:00:00Z")));

    // Policy 001 has no embargo clock: only a negotiated date makes an embargo.
    const SlaEngine b = engine(kPsirt, QStringLiteral("CN"), QStringLiteral("Asia/Shanghai"));
    events.embargoOverride.reset();
    QVERIFY(!b.embargo(events, now).isSet());
}

void TestSlaEngine::embargoDisplay()
{
    Embargo e;
    e.at = instant(QStringLiteral("2026-05-30T21:59:59.999Z"));
    e.source = Embargo::Source::Policy;
    QCOMPARE(e.displayText(QTimeZone("Europe/Berlin")),
        QStringLiteral("2026-05-30 23:59 CEST (2026-05-30 21:59 UTC)"));
    QCOMPARE(e.displayText(QTimeZone("Asia/Shanghai")),
        QStringLiteral("2026-05-31 05:59 CST (2026-05-30 21:59 UTC)"));
}

void TestSlaEngine::dueSoonOverride()
{
    SlaEngine e = engine(kIso, QStringLiteral("US"), kNewYork);
    CaseEvents events;
    events.received = instant(QStringLiteral("2026-07-01T14:00:00Z"));
    const QDateTime now = instant(QStringLiteral("2026-07-07T00:00:00Z"));
    QCOMPARE(clock(e.evaluate(events, now), QStringLiteral("acknowledge")).state, ClockState::OnTrack);
    e.setDueSoonOverride(qint64(96) * 3600 * 1000);
    QCOMPARE(clock(e.evaluate(events, now), QStringLiteral("acknowledge")).state, ClockState::DueSoon);
}

void TestSlaEngine::fromAuditLog()
{
    auto entry = [](const char *at, const char *from, const char *to) {
        AuditEntry a;
        a.at = instant(QString::fromLatin1(at));
        a.field = QStringLiteral("status");
        a.oldValue = QString::fromLatin1(from);
        a.newValue = QString::fromLatin1(to);
        return a;
    };
    AuditEntry created;
    created.field = QStringLiteral("created");
    created.at = instant(QStringLiteral("2026-07-01T15:00:00Z"));
    const QList<AuditEntry> log = {
        created,
        entry("2026-07-02T10:00:00Z", "new", "acknowledged"),
        entry("2026-07-03T10:00:00Z", "acknowledged", "triage"),
        entry("2026-07-06T10:00:00Z", "triage", "needs-more-info"),
        entry("2026-07-08T10:00:00Z", "needs-more-info", "triage"),
        entry("2026-07-09T10:00:00Z", "triage", "confirmed"),
        // Undo and redo must not move the milestone.
        entry("2026-07-09T11:00:00Z", "confirmed", "triage"),
        entry("2026-07-09T12:00:00Z", "triage", "confirmed"),
        entry("2026-07-10T10:00:00Z", "confirmed", "remediation"),
        entry("2026-07-20T10:00:00Z", "remediation", "needs-more-info"),
    };
    const QDateTime received = instant(QStringLiteral("2026-07-01T14:00:00Z"));
    const CaseEvents e = CaseEvents::fromAuditLog(received, log);
    QCOMPARE(e.received, received);
    QCOMPARE(e.acknowledged, instant(QStringLiteral("2026-07-02T10:00:00Z")));
    QCOMPARE(e.triaged, instant(QStringLiteral("2026-07-03T10:00:00Z")));
    QCOMPARE(e.assessed, instant(QStringLiteral("2026-07-09T10:00:00Z")));
    QVERIFY(!e.resolved.isValid());
    QCOMPARE(e.status, CaseStatus::NeedsMoreInfo);
    QCOMPARE(e.pauses.size(), 2);
    QCOMPARE(e.pauses.at(0).from, instant(QStringLiteral("2026-07-06T10:00:00Z")));
    QCOMPARE(e.pauses.at(0).to, instant(QStringLiteral("2026-07-08T10:00:00Z")));
    QVERIFY(!e.pauses.at(1).to.isValid());

    // Closing as a duplicate is an assessment and closes the case.
    const CaseEvents dup
        = CaseEvents::fromAuditLog(received, {entry("2026-07-02T10:00:00Z", "new", "duplicate")});
    QCOMPARE(dup.acknowledged, instant(QStringLiteral("2026-07-02T10:00:00Z")));
    QCOMPARE(dup.assessed, dup.acknowledged);
    QCOMPARE(dup.closed, dup.acknowledged);

    // The engine reads it directly.
    const SlaEngine en = engine(kIso, QStringLiteral("US"), kNewYork);
    const QList<ClockStatus> clocks = en.evaluate(e, instant(QStringLiteral("2026-07-21T00:00:00Z")));
    QCOMPARE(clock(clocks, QStringLiteral("acknowledge")).state, ClockState::Met);
    QCOMPARE(clock(clocks, QStringLiteral("assess")).state, ClockState::Met);
    QCOMPARE(clock(clocks, QStringLiteral("disclose")).state, ClockState::OnTrack);
}

void TestSlaEngine::fromAuditLogIgnoresJunk()
{
    AuditEntry junk;
    junk.field = QStringLiteral("status");
    junk.at = instant(QStringLiteral("2026-07-02T10:00:00Z"));
    junk.oldValue = QStringLiteral("new");
    junk.newValue = QStringLiteral("'; DROP TABLE cases; --");
    AuditEntry title;
    title.field = QStringLiteral("title");
    title.at = junk.at;
    title.newValue = QStringLiteral("resolved");
    const CaseEvents e
        = CaseEvents::fromAuditLog(instant(QStringLiteral("2026-07-01T14:00:00Z")), {junk, title});
    QVERIFY(!e.acknowledged.isValid());
    QCOMPARE(e.status, CaseStatus::New);
    QVERIFY(e.pauses.isEmpty());
}

QTEST_GUILESS_MAIN(TestSlaEngine)
#include "tst_slaengine.moc"
