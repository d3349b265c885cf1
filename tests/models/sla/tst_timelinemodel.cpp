#include "TestSupport.h"
#include "sla/TimelineFilter.h"
#include "sla/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <array>
#include <memory>
#include <utility>

class TestTimelineModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void init();
    void cleanup();
    void structure();
    void milestones_data();
    void milestones();
    void caseSummary();
    void upsertUpdatesInPlace();
    void insertAndRemove();
    void nowChangesStates();
    void tickEvaluatesOnlyDueCases();
    void pausedCaseIsRecheckedHourly();
    void incrementalTicksMatchFullEvaluation();
    void casePolicyOverride();
    void reset();
    void filter_data();
    void filter();

private:
    static TimelineModel::CaseEntry entry(qint64 id, const char *received);
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

QDateTime instant(const char *text)
{
    return QDateTime::fromString(QLatin1StringView(text), Qt::ISODateWithMs).toUTC();
}

} // namespace

TimelineModel::CaseEntry TestTimelineModel::entry(qint64 id, const char *received)
{
    TimelineModel::CaseEntry e;
    e.id = id;
    e.title = QStringLiteral("Case %1 with a %2 in its title").arg(id).arg(QStringLiteral("%1"));
    e.events.received = instant(received);
    return e;
}

void TestTimelineModel::init()
{
    m_model = std::make_unique<TimelineModel>(SlaEngine(
        DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone("America/New_York")));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setNow(instant("2026-07-02T00:00:00Z"));
    m_model->setCases({entry(7, "2026-07-01T14:00:00Z"), entry(9, "2026-06-01T14:00:00Z")});
}

void TestTimelineModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestTimelineModel::structure()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(TimelineModel::ColumnCount));
    const QModelIndex c = m_model->indexOfCase(7);
    QVERIFY(c.isValid());
    QCOMPARE(m_model->rowCount(c), 4); // acknowledge, assess, disclose, embargo
    QCOMPARE(m_model->rowCount(m_model->index(0, 0, c)), 0);
    QCOMPARE(m_model->parent(m_model->index(2, 1, c)), c);
    QVERIFY(!m_model->indexOfCase(8).isValid());
    QCOMPARE(m_model->headerData(TimelineModel::DeadlineUtcColumn, Qt::Horizontal).toString(),
        QStringLiteral("Deadline (UTC)"));
    QVERIFY(m_model->roleNames().contains(TimelineModel::DeadlineRole));
}

void TestTimelineModel::milestones_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<int>("state");

    QTest::newRow("acknowledge") << 0 << "acknowledge" << "2026-07-09 23:59 EDT" << "2026-07-10 03:59 UTC"
                                 << int(ClockState::OnTrack);
    QTest::newRow("assess") << 1 << "assess" << "2026-07-23 23:59 EDT" << "2026-07-24 03:59 UTC"
                            << int(ClockState::OnTrack);
    QTest::newRow("disclose") << 2 << "disclose" << "2026-09-29 23:59 EDT" << "2026-09-30 03:59 UTC"
                              << int(ClockState::OnTrack);
    QTest::newRow("embargo") << 3 << "embargo" << "2026-09-29 23:59 EDT" << "2026-09-30 03:59 UTC"
                             << int(ClockState::OnTrack);
}

void TestTimelineModel::milestones()
{
    QFETCH(int, row);
    QFETCH(QString, id);
    QFETCH(QString, local);
    QFETCH(QString, utc);
    QFETCH(int, state);
    const QModelIndex c = m_model->indexOfCase(7);
    auto at = [&](int column) { return m_model->index(row, column, c); };
    QCOMPARE(at(0).data(TimelineModel::MilestoneIdRole).toString(), id);
    QCOMPARE(at(0).data(TimelineModel::CaseIdRole).toLongLong(), 7);
    QCOMPARE(at(TimelineModel::DeadlineColumn).data().toString(), local);
    QCOMPARE(at(TimelineModel::DeadlineUtcColumn).data().toString(), utc);
    QCOMPARE(at(TimelineModel::StateColumn).data(TimelineModel::StateRole).toInt(), state);
    QCOMPARE(at(TimelineModel::DeadlineColumn).data(TimelineModel::SortRole).toLongLong(),
        at(0).data(TimelineModel::DeadlineRole).toDateTime().toMSecsSinceEpoch());
}

void TestTimelineModel::caseSummary()
{
    // Case 9 was received a month earlier: acknowledge and assess are breached.
    const QModelIndex c = m_model->indexOfCase(9);
    QCOMPARE(c.data(TimelineModel::StateRole).toInt(), int(ClockState::Breached));
    QCOMPARE(m_model->index(c.row(), TimelineModel::DeadlineUtcColumn).data().toString(),
        QStringLiteral("2026-06-09 03:59 UTC"));
    // Titles are shown as given, never as format strings.
    QCOMPARE(c.data().toString(), QStringLiteral("#9 Case 9 with a %1 in its title"));
    QCOMPARE(m_model->indexOfCase(7).data(TimelineModel::StateRole).toInt(), int(ClockState::OnTrack));
}

void TestTimelineModel::upsertUpdatesInPlace()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    TimelineModel::CaseEntry e = entry(7, "2026-07-01T14:00:00Z");
    e.events.acknowledged = instant("2026-07-01T20:00:00Z");
    e.trackingId = QStringLiteral("PSIRT-2026-0007");
    m_model->upsertCase(e);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 2); // the case row and its milestones, one signal each
    const QModelIndex c = m_model->indexOfCase(7);
    QCOMPARE(m_model->index(0, 0, c).data(TimelineModel::StateRole).toInt(), int(ClockState::Met));
    QVERIFY(m_model->index(0, 0, c).data(TimelineModel::MarginRole).toLongLong() > 0);
    // Once acknowledged, the case is named by its tracking id, as in the inbox.
    QVERIFY(c.data().toString().startsWith(QStringLiteral("PSIRT-2026-0007 ")));
}

void TestTimelineModel::insertAndRemove()
{
    QPersistentModelIndex milestone = m_model->index(1, 0, m_model->indexOfCase(9));
    m_model->upsertCase(entry(11, "2026-07-01T14:00:00Z"));
    QCOMPARE(m_model->rowCount(), 3);
    m_model->removeCase(7);
    QCOMPARE(m_model->rowCount(), 2);
    // Case 9 moved up a row; its milestone index still points into it.
    QVERIFY(milestone.isValid());
    QCOMPARE(milestone.parent(), m_model->indexOfCase(9));
    QCOMPARE(milestone.data(TimelineModel::MilestoneIdRole).toString(), QStringLiteral("assess"));
    m_model->removeCase(12345); // unknown: nothing happens
    m_model->upsertCase(entry(0, "2026-07-01T14:00:00Z")); // ids are positive
    QCOMPARE(m_model->rowCount(), 2);
}

void TestTimelineModel::casePolicyOverride()
{
    m_model->setPolicies(DisclosurePolicy::presets());
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    // Case 7 moves to policy 001: two clocks (respond, remediate) and the embargo.
    TimelineModel::CaseEntry e = entry(7, "2026-07-01T14:00:00Z");
    e.policyId = DisclosurePolicy::psirt790Id();
    m_model->upsertCase(e);
    QModelIndex c = m_model->indexOfCase(7);
    QCOMPARE(m_model->rowCount(c), 3);
    QCOMPARE(removed.count(), 1); // the milestones are replaced, without a model reset
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(
        m_model->index(0, 0, c).data(TimelineModel::MilestoneIdRole).toString(), QStringLiteral("respond"));
    QCOMPARE(
        m_model->index(1, 0, c).data(TimelineModel::MilestoneIdRole).toString(), QStringLiteral("remediate"));
    QCOMPARE(c.data(TimelineModel::PolicyRole).toString(), DisclosurePolicy::psirt790().displayName());
    QCOMPARE(&m_model->engineFor(e), &m_model->engineFor(*m_model->caseEntry(7)));
    QCOMPARE(m_model->engineFor(e).policy().id(), DisclosurePolicy::psirt790Id());
    // Seven US business days after Wednesday 1 July 2026 (3 July is the observed holiday):
    QCOMPARE(m_model->index(0, TimelineModel::DeadlineUtcColumn, c).data().toString(),
        QStringLiteral("2026-07-14 03:59 UTC")); // end of 13 July in New York
    // Case 9 still follows the default.
    QCOMPARE(m_model->rowCount(m_model->indexOfCase(9)), 4);
    QCOMPARE(m_model->indexOfCase(9).data(TimelineModel::PolicyRole).toString(),
        DisclosurePolicy::iso29147().displayName());

    // Back to the default: the fourth milestone returns.
    e.policyId.clear();
    m_model->upsertCase(e);
    c = m_model->indexOfCase(7);
    QCOMPARE(m_model->rowCount(c), 4);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(m_model->index(0, 0, c).data(TimelineModel::MilestoneIdRole).toString(),
        QStringLiteral("acknowledge"));

    // A policy the model does not know falls back to the default instead of showing nothing.
    e.policyId = QStringLiteral("deleted-policy");
    m_model->upsertCase(e);
    QCOMPARE(m_model->rowCount(m_model->indexOfCase(7)), 4);
}

void TestTimelineModel::nowChangesStates()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(instant("2026-07-09T12:00:00Z"));
    // Only the case whose state changed is announced: its row, then its milestones.
    const QModelIndex c = m_model->indexOfCase(7);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), c.row());
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().parent(), c);
    QCOMPARE(m_model->index(0, 0, c).data(TimelineModel::StateRole).toInt(), int(ClockState::DueSoon));
    QCOMPARE(c.data(TimelineModel::StateRole).toInt(), int(ClockState::DueSoon));
    m_model->setNow(instant("2026-10-01T00:00:00Z"));
    QCOMPARE(m_model->index(3, 0, c).data(TimelineModel::StateRole).toInt(), int(ClockState::Breached));
}

void TestTimelineModel::tickEvaluatesOnlyDueCases()
{
    // Nothing can change for either case between two ticks a minute apart at the start of
    // July: the tick evaluates neither.
    m_model->setNow(instant("2026-07-02T00:01:00Z"));
    QCOMPARE(m_model->lastEvaluatedCount(), 0);
    // Case 9 (received 1 June) passes deadlines in between; case 7's due-soon threshold
    // comes within a week.
    m_model->setNow(instant("2026-07-09T12:00:00Z"));
    QVERIFY(m_model->lastEvaluatedCount() >= 1);
    QVERIFY(m_model->lastEvaluatedCount() <= 2);
    // Back in time: everything is evaluated again.
    m_model->setNow(instant("2026-07-02T00:00:00Z"));
    QCOMPARE(m_model->lastEvaluatedCount(), 2);
}

void TestTimelineModel::pausedCaseIsRecheckedHourly()
{
    // Case 7 waits on the reporter from the day after its receipt: a clock is paused and its
    // deadline moves on with time. The minute ticks leave the case alone until its own
    // minute of the hour (:07), which brings the deadline up to date.
    const SlaEngine engine(
        DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone("Europe/Berlin"));
    TimelineModel::CaseEntry waiting {7, QStringLiteral("waiting"), {}, {}, {}};
    waiting.events.received = instant("2026-07-06T08:00:00Z");
    waiting.events.pauses.append(PauseInterval {instant("2026-07-07T08:00:00Z"), {}});
    TimelineModel model(engine);
    model.reset(engine, DisclosurePolicy::presets(), instant("2026-07-08T10:10:00Z"), {waiting});
    const QModelIndex c = model.index(0, 0);
    int paused = -1;
    for (int row = 0; row < model.rowCount(c); ++row) {
        if (model.index(row, 0, c).data(TimelineModel::StateRole).toInt() == int(ClockState::Paused))
            paused = row;
    }
    QVERIFY(paused >= 0);
    const QModelIndex milestone = model.index(paused, 0, c);
    // The engine itself still says "the next millisecond" for a paused clock.
    const qint64 at = instant("2026-07-08T10:10:00Z").toMSecsSinceEpoch();
    QCOMPARE(engine.nextChangeMs(waiting.events, at).value_or(0), at + 1);
    QCOMPARE(engine.nextChangeMs(waiting.events, at, at + 3'600'000).value_or(0), at + 3'600'000);

    const QDateTime before = milestone.data(TimelineModel::DeadlineRole).toDateTime();
    QVERIFY(before.isValid());
    for (const char *tick : {"2026-07-08T10:11:00Z", "2026-07-08T10:40:00Z", "2026-07-08T11:06:00Z"}) {
        model.setNow(instant(tick));
        QCOMPARE(model.lastEvaluatedCount(), 0);
    }
    model.setNow(instant("2026-07-09T11:07:00Z"));
    QCOMPARE(model.lastEvaluatedCount(), 1);
    QCOMPARE(milestone.data(TimelineModel::StateRole).toInt(), int(ClockState::Paused));
    QVERIFY2(milestone.data(TimelineModel::DeadlineRole).toDateTime() > before,
        qPrintable(milestone.data(TimelineModel::DeadlineRole).toDateTime().toString(Qt::ISODate)));
    model.setNow(instant("2026-07-09T11:08:00Z"));
    QCOMPARE(model.lastEvaluatedCount(), 0);
}

void TestTimelineModel::incrementalTicksMatchFullEvaluation()
{
    // Seeded cases in every shape the engine knows (waiting, acknowledged, disclosed ahead,
    // negotiated embargoes, another policy), ticked hour by hour over ten weeks: after every
    // tick the incrementally updated model shows exactly what a freshly evaluated one shows,
    // margins included.
    QRandomGenerator random(20261203);
    const QDateTime start = instant("2026-06-01T09:30:00Z");
    const auto at = [&](int maxHours) { return start.addSecs(qint64(random.bounded(maxHours)) * 3600 + 17); };
    QList<TimelineModel::CaseEntry> cases;
    for (qint64 id = 1; id <= 300; ++id) {
        TimelineModel::CaseEntry e;
        e.id = id;
        e.title = QStringLiteral("Case %1").arg(id);
        e.events.received = at(24 * 40);
        if (random.bounded(3) > 0)
            e.events.acknowledged = e.events.received.addSecs(random.bounded(24 * 8) * 3600);
        if (random.bounded(4) == 0)
            e.events.triaged = e.events.received.addSecs(random.bounded(24 * 20) * 3600);
        if (random.bounded(5) == 0) {
            PauseInterval p {e.events.received.addSecs(random.bounded(24 * 10) * 3600), {}};
            if (random.bounded(2) == 0)
                p.to = p.from.addSecs(random.bounded(24 * 6) * 3600);
            e.events.pauses.append(p);
        }
        if (random.bounded(6) == 0)
            e.events.disclosed = e.events.received.addSecs(random.bounded(24 * 60) * 3600);
        if (random.bounded(6) == 0)
            e.events.embargoOverride = EmbargoOverride {at(24 * 70), QStringLiteral("agreed")};
        if (random.bounded(4) == 0)
            e.policyId = DisclosurePolicy::psirt790Id();
        cases.append(e);
    }
    const SlaEngine engine(
        DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone("Europe/Berlin"));
    TimelineModel ticking(engine);
    ticking.reset(engine, DisclosurePolicy::presets(), start, cases);
    int evaluated = 0;
    for (int hour = 1; hour <= 24 * 70; ++hour) {
        const QDateTime now = start.addSecs(qint64(hour) * 3600);
        ticking.setNow(now);
        evaluated += ticking.lastEvaluatedCount();
        TimelineModel fresh(engine);
        fresh.reset(engine, DisclosurePolicy::presets(), now, cases);
        for (int row = 0; row < fresh.rowCount(); ++row) {
            const QList<TimelineModel::Milestone> &want = fresh.milestonesAt(row);
            const QList<TimelineModel::Milestone> &got = ticking.milestonesAt(row);
            QCOMPARE(got.size(), want.size());
            for (qsizetype i = 0; i < want.size(); ++i) {
                if (!got.at(i).sameShown(want.at(i)))
                    QFAIL(qPrintable(QStringLiteral("case %1, milestone %2, at %3: %4 %5, want %6 %7")
                            .arg(ticking.caseIdAt(row))
                            .arg(want.at(i).id, now.toString(Qt::ISODate), ClockStates::id(got.at(i).state),
                                got.at(i).deadline.toString(Qt::ISODate), ClockStates::id(want.at(i).state),
                                want.at(i).deadline.toString(Qt::ISODate))));
                const QModelIndex c = ticking.index(row, 0);
                QCOMPARE(ticking.index(int(i), 0, c).data(TimelineModel::MarginRole),
                    fresh.index(int(i), 0, fresh.index(row, 0)).data(TimelineModel::MarginRole));
            }
        }
    }
    // The point of it: far fewer evaluations than cases × ticks.
    QVERIFY2(evaluated < 300 * 24 * 70 / 4, qPrintable(QString::number(evaluated)));
}

void TestTimelineModel::reset()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setCases({});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestTimelineModel::filter_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("accepted");
    using M = TimelineFilter::Mode;
    using S = ClockState;
    const std::pair<S, std::array<bool, 3>> table[] = {
        // state: All, Open, AtRisk
        {S::NotStarted, {true, false, false}},
        {S::OnTrack, {true, true, false}},
        {S::DueSoon, {true, true, true}},
        {S::Paused, {true, true, false}},
        {S::Breached, {true, true, true}},
        {S::Met, {true, false, false}},
        {S::MetLate, {true, false, false}},
    };
    for (const auto &[state, accepted] : table) {
        int i = 0;
        for (M mode : {M::All, M::Open, M::AtRisk}) {
            QTest::addRow("%s mode %d", qPrintable(ClockStates::id(state)), i)
                << int(mode) << int(state) << accepted[size_t(i)];
            ++i;
        }
    }
}

void TestTimelineModel::filter()
{
    QFETCH(int, mode);
    QFETCH(int, state);
    QFETCH(bool, accepted);
    QCOMPARE(TimelineFilter(TimelineFilter::Mode(mode)).accepts(ClockState(state)), accepted);
}

// A QGuiApplication, so the tester can check the decoration and font roles.
QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
