#include "TestSupport.h"
#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "inbox/InboxModel.h"
#include "queue/QueueModel.h"
#include "sla/SlaTracker.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The severity queue over a demo database: every open case once, in the band of its
// severity and the group of its next deadline's state, most urgent first.
class TestQueueModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groupsEveryOpenCase();
    void followsEditsAndFilters();
    void updatesInPlaceLikeARebuild();

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<SlaTracker> m_tracker;
    std::unique_ptr<InboxModel> m_inbox;
};

void TestQueueModel::initTestCase()
{
    TestSupport::isolate();
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC);
    Clock::setFixed(now);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(u"queue.sqlite"_s)).ok());
    QVERIFY(DemoGenerator::generate(m_db, {400, 11, now}).ok());
    m_store = std::make_unique<CaseStore>(m_db);
    m_tracker = std::make_unique<SlaTracker>(*m_store, m_db);
    m_inbox = std::make_unique<InboxModel>(*m_store);
    m_inbox->setDeadlineSource(m_tracker.get());
    QVERIFY(m_inbox->reload());
}

void TestQueueModel::groupsEveryOpenCase()
{
    QueueModel queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.setInboxModel(m_inbox.get());
    int open = 0;
    for (int row = 0; row < m_inbox->rowCount(); ++row)
        open += CaseStatuses::isOpen(m_inbox->rowAt(row).status) ? 1 : 0;
    QVERIFY(open > 50);
    QCOMPARE(queue.caseCount(), open);

    int counted = 0;
    int previousBand = -1;
    QSet<int> states;
    for (int b = 0; b < queue.rowCount(); ++b) {
        const QModelIndex band = queue.index(b, 0);
        const int bandId = band.data(QueueModel::BandRole).toInt();
        QVERIFY(bandId > previousBand); // Exploited, then Critical first, Unscored last
        previousBand = bandId;
        int inBand = 0;
        int previousState = -1;
        for (int s = 0; s < queue.rowCount(band); ++s) {
            const QModelIndex state = queue.index(s, 0, band);
            const int stateId = state.data(QueueModel::StateRole).toInt();
            QVERIFY(stateId > previousState); // Breached first
            previousState = stateId;
            states.insert(stateId);
            QCOMPARE(state.data(QueueModel::CountRole).toInt(), queue.rowCount(state));
            qint64 previousDeadline = 0;
            for (int c = 0; c < queue.rowCount(state); ++c) {
                const qint64 id = queue.index(c, 0, state).data(QueueModel::CaseIdRole).toLongLong();
                const InboxRow &r = m_inbox->rowAt(m_inbox->rowOfCase(id));
                QCOMPARE(int(QueueModel::bandOf(r)), bandId);
                const QModelIndex source = m_inbox->index(m_inbox->rowOfCase(id), InboxModel::NextDeadline);
                QCOMPARE(
                    int(QueueModel::stateOf(source.data(InboxModel::DeadlineStateRole).toInt())), stateId);
                const qint64 deadline = source.data(InboxModel::SortRole).toLongLong();
                if (deadline > 0 && previousDeadline > 0)
                    QVERIFY(deadline >= previousDeadline);
                if (deadline > 0)
                    previousDeadline = deadline;
                QCOMPARE(queue.indexOfCase(id), queue.index(c, 0, state));
            }
            inBand += queue.rowCount(state);
        }
        QCOMPARE(band.data(QueueModel::CountRole).toInt(), inBand);
        QVERIFY(band.data().toString().endsWith(u"(%1)"_s.arg(inBand)));
        counted += inBand;
    }
    QCOMPARE(counted, open);
    QVERIFY2(states.contains(int(QueueModel::State::Breached)), "the demo has breached cases");
    // Cases known to be exploited lead, whatever their score.
    QCOMPARE(queue.index(0, 0).data(QueueModel::BandRole).toInt(), int(QueueModel::Band::Exploited));
}

void TestQueueModel::followsEditsAndFilters()
{
    QueueModel queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.setInboxModel(m_inbox.get());
    // An open, unscored case moves to the Critical band when it is scored.
    qint64 id = 0;
    for (int row = 0; row < m_inbox->rowCount() && id == 0; ++row) {
        const InboxRow &r = m_inbox->rowAt(row);
        if (CaseStatuses::isOpen(r.status) && r.cvssScore < 0)
            id = r.id;
    }
    QVERIFY(id > 0);
    QCOMPARE(queue.indexOfCase(id).data(QueueModel::BandRole).toInt(), int(QueueModel::Band::Unscored));
    QVERIFY(
        m_store->setFields(id, {{CaseField::CvssScore, 9.1}, {CaseField::Severity, u"Critical"_s}}, -1).ok());
    QTRY_COMPARE(queue.indexOfCase(id).data(QueueModel::BandRole).toInt(), int(QueueModel::Band::Critical));
    // Known to be exploited: it leads the queue, above every severity.
    QVERIFY(m_store
            ->setFields(id,
                {{CaseField::ExploitedAt, Clock::nowUtc()},
                    {CaseField::ExploitedSource, u"Vendor threat intel, 2026-10-01"_s}})
            .ok());
    QTRY_COMPARE(queue.indexOfCase(id).data(QueueModel::BandRole).toInt(), int(QueueModel::Band::Exploited));
    QCOMPARE(queue.index(0, 0).data(QueueModel::BandRole).toInt(), int(QueueModel::Band::Exploited));
    QVERIFY(m_store
            ->setFields(id, {{CaseField::ExploitedAt, QDateTime()}, {CaseField::ExploitedSource, QString()}})
            .ok());
    QTRY_COMPARE(queue.indexOfCase(id).data(QueueModel::BandRole).toInt(), int(QueueModel::Band::Critical));
    QVERIFY(m_store->setField(id, CaseField::Priority, u"P1"_s).ok());
    QTRY_COMPARE(
        queue.indexOfCase(id).siblingAtColumn(QueueModel::Priority).data().toString(), u"P1 – urgent"_s);

    // The inbox's filter: one product only.
    const QString product = m_inbox->rowAt(m_inbox->rowOfCase(id)).product;
    InboxFilter filter;
    filter.product = product;
    queue.setFilter(filter);
    QVERIFY(queue.caseCount() > 0);
    QVERIFY(queue.caseCount() < m_inbox->rowCount());
    for (int b = 0; b < queue.rowCount(); ++b) {
        const QModelIndex band = queue.index(b, 0);
        for (int s = 0; s < queue.rowCount(band); ++s) {
            const QModelIndex state = queue.index(s, 0, band);
            for (int c = 0; c < queue.rowCount(state); ++c)
                QCOMPARE(queue.index(c, QueueModel::Product, state).data().toString(), product);
        }
    }
}

namespace {
// The queue as text, group by group, in display order: band/state/count and case ids.
QStringList layoutOf(const QueueModel &queue)
{
    QStringList out;
    for (int b = 0; b < queue.rowCount(); ++b) {
        const QModelIndex band = queue.index(b, 0);
        out.append(band.data().toString());
        for (int s = 0; s < queue.rowCount(band); ++s) {
            const QModelIndex state = queue.index(s, 0, band);
            out.append(u"  "_s + state.data().toString());
            for (int c = 0; c < queue.rowCount(state); ++c)
                out.append(u"    "_s + queue.index(c, 0, state).data(QueueModel::CaseIdRole).toString());
        }
    }
    return out;
}
} // namespace

void TestQueueModel::updatesInPlaceLikeARebuild()
{
    QueueModel queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.setInboxModel(m_inbox.get());
    QSignalSpy resets(&queue, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&queue, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&queue, &QAbstractItemModel::rowsRemoved);

    // Edits that move cases between bands, out of the queue and into it, and a tick that
    // moves deadlines into other states: each is a few row moves, never a reset.
    QList<qint64> open;
    for (int row = 0; row < m_inbox->rowCount(); ++row) {
        if (CaseStatuses::isOpen(m_inbox->rowAt(row).status))
            open.append(m_inbox->rowAt(row).id);
    }
    QVERIFY(open.size() > 20);
    QVERIFY(m_store->setFields(open.at(0), {{CaseField::CvssScore, 2.0}, {CaseField::Severity, u"Low"_s}}, -1)
            .ok());
    QVERIFY(m_store
            ->setFields(open.at(1), {{CaseField::CvssScore, 10.0}, {CaseField::Severity, u"Critical"_s}}, -1)
            .ok());
    qint64 spam = 0; // closed as Informative: it leaves the queue
    for (int i = 2; i < open.size() && spam == 0; ++i) {
        const CaseStatus st = m_inbox->rowAt(m_inbox->rowOfCase(open.at(i))).status;
        if (st == CaseStatus::New || st == CaseStatus::Acknowledged || st == CaseStatus::Triage)
            spam = open.at(i);
    }
    QVERIFY(spam > 0);
    QVERIFY(m_store->transition(spam, {CaseStatus::Informative, 0, {}}).ok());
    const auto created = m_store->createCase(TestSupport::minimalReport(u"a new report"_s));
    QVERIFY(created.ok());
    Clock::setFixed(QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone::UTC));
    m_tracker->refreshNow();
    QCOMPARE(resets.count(), 0);
    QVERIFY(inserted.count() > 0);
    QVERIFY(removed.count() > 0);
    QVERIFY(!queue.indexOfCase(spam).isValid());
    QVERIFY(queue.indexOfCase(*created).isValid());

    QueueModel fresh;
    fresh.setInboxModel(m_inbox.get());
    QCOMPARE(queue.caseCount(), fresh.caseCount());
    QCOMPARE(layoutOf(queue), layoutOf(fresh));
}

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
