#include "TestSupport.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "sla/PolicyStore.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

// The tracker over a real database: cases moved through the workflow with a fixed clock,
// on SQLite and on a throwaway PostgreSQL server, and the demo data cross-checked against
// the engine evaluated case by case.
class TestSlaTracker final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { Clock::setSource(nullptr); }
    void followsTheWorkflow_data() { TestSupport::addBackendRows(); }
    void followsTheWorkflow();
    void statusHistoryMatchesAuditLog_data() { TestSupport::addBackendRows(); }
    void statusHistoryMatchesAuditLog();
    void demoDataMatchesEngine();
    void reloadTakesNewPolicy();
    void casePolicyOverride_data() { TestSupport::addBackendRows(); }
    void casePolicyOverride();

private:
    static QDateTime utc(const char *text)
    {
        return QDateTime::fromString(QLatin1StringView(text), Qt::ISODateWithMs).toUTC();
    }
    static NewReport report(const QString &title, const QDateTime &received);
};

void TestSlaTracker::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
    Analyst::setCurrent(QStringLiteral("tester"));
}

NewReport TestSlaTracker::report(const QString &title, const QDateTime &received)
{
    NewReport r;
    r.title = title;
    r.product = QStringLiteral("GigaSpire u6");
    r.productVersion = QStringLiteral("23.4.1");
    r.reporterName = QStringLiteral("Ada Researcher");
    r.reporterEmail = QStringLiteral("ada@example.org");
    r.description = QStringLiteral("A crafted request overflows a heap buffer in the web server.");
    r.stepsToReproduce = QStringLiteral("1. curl -d @poc.bin http://device/cgi-bin/x\n2. observe the crash");
    r.receivedAt = received;
    return r;
}

void TestSlaTracker::followsTheWorkflow()
{
    QFETCH(Database::Backend, backend);
    auto db = open(backend);
    QVERIFY(db);
    QVERIFY(PolicyStore(*db).setTimeZoneId(QStringLiteral("UTC")).ok());
    CaseStore store(*db);
    Clock::setFixed(utc("2026-07-01T12:00:00Z"));

    const auto first = store.createCase(report(QStringLiteral("first"), utc("2026-07-01T10:00:00Z")));
    QVERIFY2(first.ok(), qPrintable(first.error()));

    SlaTracker tracker(store, *db);
    QAbstractItemModelTester tester(tracker.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&tracker, &SlaTracker::deadlinesChanged);
    QSignalSpy counts(&tracker, &SlaTracker::countsChanged);
    QVERIFY(tracker.errorString().isEmpty());
    QCOMPARE(tracker.model()->rowCount(), 1);
    QCOMPARE(tracker.model()->engine().timeZone(), QTimeZone(QTimeZone::UTC));

    // US calendar: 3 July 2026 is the observed Independence Day, so five business days
    // after 1 July end on 9 July.
    auto next = tracker.nextDeadline(*first);
    QVERIFY(next);
    QCOMPARE(next->clockId, QStringLiteral("acknowledge"));
    QCOMPARE(next->deadlineUtc, utc("2026-07-09T23:59:59.999Z"));
    QCOMPARE(next->state, ClockState::OnTrack);
    QVERIFY(!next->clockName.isEmpty());
    QCOMPARE(tracker.breachedCount(), 0);
    QCOMPARE(tracker.dueSoonCount(), 0);

    // A new case joins the timeline on its own, as one inserted row.
    const auto second = store.createCase(report(QStringLiteral("second"), utc("2026-07-01T11:00:00Z")));
    QVERIFY(second.ok());
    QCOMPARE(tracker.model()->rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<QList<qint64>>(), QList<qint64> {*second});

    // Acknowledging stops the first clock: the next deadline is the assessment.
    QVERIFY(store.transition(*first, {CaseStatus::Acknowledged, 0, {}}).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<QList<qint64>>(), QList<qint64> {*first});
    next = tracker.nextDeadline(*first);
    QVERIFY(next);
    QCOMPARE(next->clockId, QStringLiteral("assess"));
    QCOMPARE(next->deadlineUtc, utc("2026-07-23T23:59:59.999Z"));

    // A day later the second case's acknowledgement is due soon; after it, breached.
    Clock::setFixed(utc("2026-07-09T12:00:00Z"));
    tracker.refreshNow();
    QCOMPARE(tracker.dueSoonCount(), 1);
    QCOMPARE(tracker.breachedCount(), 0);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(tracker.nextDeadline(*second)->state, ClockState::DueSoon);
    // The tick announces the one case it moved, not the other.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<QList<qint64>>(), QList<qint64> {*second});

    Clock::setFixed(utc("2026-07-10T00:00:00Z"));
    tracker.refreshNow();
    QCOMPARE(tracker.breachedCount(), 1);
    QCOMPARE(tracker.dueSoonCount(), 0);
    QCOMPARE(counts.count(), 2);
    QCOMPARE(tracker.nextDeadline(*second)->state, ClockState::Breached);
    changed.clear();
    // A tick that changes no state or deadline announces nothing (the timeline's margins
    // move, but no view is told to re-read 100,000 rows for them).
    QSignalSpy timelineChanged(tracker.model(), &QAbstractItemModel::dataChanged);
    Clock::setFixed(utc("2026-07-10T00:00:10Z"));
    tracker.refreshNow();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(timelineChanged.count(), 0);
    QCOMPARE(counts.count(), 2);

    // Waiting on the reporter pauses the assessment of the first case.
    // The change comes between two ticks: it counts at once, not after the next tick.
    Clock::setFixed(utc("2026-07-10T00:00:30Z"));
    QVERIFY(store.transition(*first, {CaseStatus::NeedsMoreInfo, 0, {}}).ok());
    QCOMPARE(tracker.model()->now(), utc("2026-07-10T00:00:30Z"));
    QCOMPARE(tracker.nextDeadline(*first)->clockId, QStringLiteral("assess"));
    QCOMPARE(tracker.nextDeadline(*first)->state, ClockState::Paused);

    // Closing the second case takes it off the timeline and out of the counts.
    changed.clear();
    QVERIFY(store.transition(*second, {CaseStatus::Spam, 0, {}}).ok());
    QCOMPARE(tracker.model()->rowCount(), 1);
    QVERIFY(!tracker.model()->indexOfCase(*second).isValid());
    QVERIFY(!tracker.nextDeadline(*second));
    QCOMPARE(tracker.breachedCount(), 0);
    QCOMPARE(counts.count(), 3);
    QCOMPARE(changed.count(), 1);

    // Fields that move no deadline leave the timeline alone.
    changed.clear();
    QVERIFY(store.setField(*first, CaseField::Owner, QStringLiteral("bob")).ok());
    QCOMPARE(changed.count(), 0);
}

void TestSlaTracker::statusHistoryMatchesAuditLog()
{
    QFETCH(Database::Backend, backend);
    auto db = open(backend);
    QVERIFY(db);
    CaseStore store(*db);
    Clock::setFixed(utc("2026-07-01T12:00:00Z"));
    const auto a = store.createCase(report(QStringLiteral("a"), utc("2026-07-01T10:00:00Z")));
    const auto b = store.createCase(report(QStringLiteral("b"), utc("2026-07-01T11:00:00Z")));
    QVERIFY(a.ok() && b.ok());
    Clock::setFixed(utc("2026-07-02T12:00:00Z"));
    QVERIFY(store.transition(*a, {CaseStatus::Acknowledged, 0, {}}).ok());
    Clock::setFixed(utc("2026-07-03T12:00:00Z"));
    QVERIFY(store.transition(*a, {CaseStatus::Triage, 0, {}}).ok());
    QVERIFY(store.setField(*b, CaseField::Owner, QStringLiteral("bob")).ok());

    const auto all = store.statusHistory();
    QVERIFY2(all.ok(), qPrintable(all.error()));
    const auto one = store.statusHistory({*a});
    QVERIFY(one.ok());
    QCOMPARE(one->value(*a).size(), all->value(*a).size());
    for (const qint64 id : {*a, *b}) {
        const auto log = store.auditLog(id);
        QVERIFY(log.ok());
        const QDateTime received = store.caseById(id)->receivedAt;
        QCOMPARE(
            CaseEvents::fromAuditLog(received, all->value(id)), CaseEvents::fromAuditLog(received, *log));
        for (const AuditEntry &e : all->value(id))
            QCOMPARE(e.field, QStringLiteral("status"));
    }
    QCOMPARE(all->value(*a).size(), 2);
    QCOMPARE(all->value(*a).at(1).newValue, QStringLiteral("triage"));
}

void TestSlaTracker::demoDataMatchesEngine()
{
    auto db = open(Database::Backend::SQLite);
    QVERIFY(db);
    const QDateTime now = utc("2026-11-23T12:00:00Z");
    Clock::setFixed(now);
    QVERIFY(PolicyStore(*db).setTimeZoneId(QStringLiteral("Europe/Berlin")).ok());
    const Status generated = DemoGenerator::generate(*db, DemoOptions {300, 7, now});
    QVERIFY2(generated.ok(), qPrintable(generated.error()));

    CaseStore store(*db);
    SlaTracker tracker(store, *db);
    QAbstractItemModelTester tester(tracker.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto rows = store.inboxRows();
    QVERIFY(rows.ok());
    int open = 0;
    int breached = 0;
    int dueSoon = 0;
    const SlaEngine &engine = tracker.model()->engine();
    for (const InboxRow &row : *rows) {
        if (!CaseStatuses::isOpen(row.status)) {
            QVERIFY(!tracker.model()->indexOfCase(row.id).isValid());
            QVERIFY(!tracker.nextDeadline(row.id));
            continue;
        }
        ++open;
        QVERIFY(tracker.model()->indexOfCase(row.id).isValid());
        // The bulk query must give what the per-case audit log gives.
        CaseEvents events = CaseEvents::fromAuditLog(
            QDateTime::fromMSecsSinceEpoch(row.receivedAtMs, QTimeZone::UTC), *store.auditLog(row.id));
        events.status = row.status;
        const QList<ClockStatus> clocks = engine.evaluate(events, now);
        std::optional<QDateTime> earliest;
        bool anyBreached = false;
        bool anyDueSoon = false;
        for (const ClockStatus &c : clocks) {
            anyBreached |= c.state == ClockState::Breached;
            anyDueSoon |= c.state == ClockState::DueSoon;
            const bool running = c.state == ClockState::OnTrack || c.state == ClockState::DueSoon
                || c.state == ClockState::Paused || c.state == ClockState::Breached;
            if (running && (!earliest || c.deadline < *earliest))
                earliest = c.deadline;
        }
        const Embargo embargo = engine.embargo(events, now);
        if (embargo.isSet() && !(events.disclosed.isValid() && events.disclosed <= now)) {
            anyBreached |= now > embargo.at;
            if (!earliest || embargo.at < *earliest)
                earliest = embargo.at;
        }
        breached += anyBreached ? 1 : 0;
        dueSoon += !anyBreached && anyDueSoon ? 1 : 0;
        const auto next = tracker.nextDeadline(row.id);
        QCOMPARE(next.has_value(), earliest.has_value());
        if (next)
            QCOMPARE(next->deadlineUtc, *earliest);
    }
    QVERIFY(open > 0);
    QCOMPARE(tracker.model()->rowCount(), open);
    QCOMPARE(tracker.breachedCount(), breached);
    QCOMPARE(tracker.dueSoonCount(), dueSoon);
    QVERIFY(breached > 0); // the demo has overdue cases; the check above is not vacuous
}

void TestSlaTracker::reloadTakesNewPolicy()
{
    auto db = open(Database::Backend::SQLite);
    QVERIFY(db);
    Clock::setFixed(utc("2026-07-01T12:00:00Z"));
    PolicyStore policies(*db);
    QVERIFY(policies.seedPresets().ok());
    CaseStore store(*db);
    const auto id = store.createCase(report(QStringLiteral("a"), utc("2026-07-01T10:00:00Z")));
    QVERIFY(id.ok());
    SlaTracker tracker(store, *db);
    QAbstractItemModelTester tester(tracker.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tracker.nextDeadline(*id)->clockId, QStringLiteral("acknowledge"));

    QVERIFY(policies.setDefaultPolicyId(DisclosurePolicy::psirt790Id()).ok());
    QSignalSpy all(&tracker, &SlaTracker::allDeadlinesChanged);
    QVERIFY(tracker.reload().ok());
    QCOMPARE(all.count(), 1);
    QCOMPARE(tracker.model()->engine().policy().id(), DisclosurePolicy::psirt790Id());
    QCOMPARE(tracker.nextDeadline(*id)->clockId, QStringLiteral("respond"));
}

void TestSlaTracker::casePolicyOverride()
{
    QFETCH(Database::Backend, backend);
    auto db = open(backend);
    QVERIFY(db);
    Clock::setFixed(utc("2026-07-01T12:00:00Z"));
    QVERIFY(PolicyStore(*db).setTimeZoneId(QStringLiteral("UTC")).ok());
    CaseStore store(*db);
    const auto id = store.createCase(report(QStringLiteral("contract"), utc("2026-07-01T10:00:00Z")));
    const auto other = store.createCase(report(QStringLiteral("default"), utc("2026-07-01T10:00:00Z")));
    QVERIFY(id.ok() && other.ok());
    SlaTracker tracker(store, *db);
    QAbstractItemModelTester tester(tracker.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&tracker, &SlaTracker::deadlinesChanged);

    // The case is put under policy 001 (an edit like any other: audited, row-versioned).
    const auto before = store.caseById(*id);
    QVERIFY(before.ok());
    QVERIFY(
        store.setField(*id, CaseField::SlaPolicy, DisclosurePolicy::psirt790Id(), before->rowVersion).ok());
    QCOMPARE(store.caseById(*id)->slaPolicy, DisclosurePolicy::psirt790Id());
    QCOMPARE(changed.count(), 1);
    auto next = tracker.nextDeadline(*id);
    QVERIFY(next);
    QCOMPARE(next->clockId, QStringLiteral("respond"));
    QCOMPARE(next->deadlineUtc, utc("2026-07-13T23:59:59.999Z"));
    QCOMPARE(tracker.nextDeadline(*other)->clockId, QStringLiteral("acknowledge"));
    const auto log = store.auditLog(*id);
    QVERIFY(log.ok());
    QVERIFY(std::any_of(log->cbegin(), log->cend(), [](const AuditEntry &e) {
        return e.field == u"sla_policy" && e.newValue == DisclosurePolicy::psirt790Id();
    }));

    // A fresh tracker (another analyst, the CLI) reads the same override from the database.
    SlaTracker again(store, *db);
    QCOMPARE(again.nextDeadline(*id)->clockId, QStringLiteral("respond"));
    QCOMPARE(again.model()->rowCount(again.model()->indexOfCase(*id)), 3);
}

QTEST_GUILESS_MAIN(TestSlaTracker)
#include "tst_slatracker.moc"
