#include "TestSupport.h"
#include "sla/TimelineModel.h"
#include "timeline/TimelinePane.h"
#include "timeline/TimelineProxyModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestTimelinePane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void init();
    void cleanup();
    void showsEveryCase();
    void filters_data();
    void filters();
    void sortsByDeadline();
    void embargoInLocalTimeAndUtc();

private:
    static QDateTime instant(const char *text)
    {
        return QDateTime::fromString(QLatin1StringView(text), Qt::ISODateWithMs).toUTC();
    }
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<TimelinePane> m_pane;
};

void TestTimelinePane::init()
{
    m_model = std::make_unique<TimelineModel>(SlaEngine(
        DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone("Europe/Berlin")));
    m_model->setNow(instant("2026-07-09T12:00:00Z"));
    TimelineModel::CaseEntry fresh {1, QStringLiteral("fresh"), {}, {}, {}};
    fresh.events.received = instant("2026-07-08T10:00:00Z");
    TimelineModel::CaseEntry dueSoon {2, QStringLiteral("due soon"), {}, {}, {}};
    dueSoon.events.received = instant("2026-07-01T10:00:00Z");
    TimelineModel::CaseEntry done {3, QStringLiteral("<b>done</b>"), {}, {}, {}};
    done.events.received = instant("2026-06-01T10:00:00Z");
    done.events.acknowledged = instant("2026-06-02T10:00:00Z");
    done.events.assessed = instant("2026-06-03T10:00:00Z");
    done.events.resolved = instant("2026-06-04T10:00:00Z");
    done.events.disclosed = instant("2026-06-04T10:00:00Z");
    m_model->setCases({fresh, dueSoon, done});
    m_pane = std::make_unique<TimelinePane>(m_model.get());
    m_pane->resize(900, 500);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestTimelinePane::cleanup()
{
    m_pane.reset();
    m_model.reset();
}

void TestTimelinePane::showsEveryCase()
{
    auto *view = m_pane->findChild<QTreeView *>(QStringLiteral("timelineView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(view->isExpanded(view->model()->index(0, 0)));
}

void TestTimelinePane::filters_data()
{
    QTest::addColumn<int>("filterIndex");
    QTest::addColumn<int>("cases");
    QTest::addColumn<int>("milestonesOfCase2");

    QTest::newRow("all") << 0 << 3 << 4;
    QTest::newRow("open") << 1 << 2 << 4; // case 3 is all met
    QTest::newRow("at risk") << 2 << 1 << 1; // only case 2's acknowledgement, breached
}

void TestTimelinePane::filters()
{
    QFETCH(int, filterIndex);
    QFETCH(int, cases);
    QFETCH(int, milestonesOfCase2);
    auto *combo = m_pane->findChild<QComboBox *>(QStringLiteral("timelineFilter"));
    QVERIFY(combo);
    combo->setCurrentIndex(filterIndex);
    const QAbstractItemModel *proxy = m_pane->findChild<QTreeView *>(QStringLiteral("timelineView"))->model();
    QCOMPARE(proxy->rowCount(), cases);
    const QModelIndex case2 = m_pane->proxy()->mapFromSource(m_model->indexOfCase(2));
    QVERIFY(case2.isValid());
    QCOMPARE(proxy->rowCount(case2), milestonesOfCase2);
    // The proxy answers hasChildren() for case rows from the source (the tree asks it of
    // every row): it must agree with what the filter shows.
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex c = proxy->index(row, 0);
        QCOMPARE(proxy->hasChildren(c), proxy->rowCount(c) > 0);
    }
    QAbstractItemModelTester tester(m_pane->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTimelinePane::sortsByDeadline()
{
    QTreeView *view = m_pane->view();
    view->sortByColumn(TimelineModel::DeadlineColumn, Qt::AscendingOrder);
    const QAbstractItemModel *proxy = view->model();
    // Case 2's next deadline (acknowledge, 8 July end of day Berlin) comes first; case 3 has
    // no open deadline and sorts last.
    QCOMPARE(proxy->index(0, 0).data(TimelineModel::CaseIdRole).toLongLong(), 2);
    QCOMPARE(proxy->index(2, 0).data(TimelineModel::CaseIdRole).toLongLong(), 3);
    const QModelIndex first = proxy->index(0, 0);
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < proxy->rowCount(first); ++row) {
        const qint64 key = proxy->index(row, TimelineModel::DeadlineColumn, first)
                               .data(TimelineModel::SortRole)
                               .toLongLong();
        QVERIFY(key >= previous);
        previous = key;
    }
    // The order follows a case whose deadlines move: case 1, received three weeks earlier,
    // now has the earliest (breached) acknowledgement.
    TimelineModel::CaseEntry earlier {1, QStringLiteral("fresh"), {}, {}, {}};
    earlier.events.received = instant("2026-06-20T10:00:00Z");
    m_model->upsertCase(earlier);
    QCOMPARE(proxy->index(0, 0).data(TimelineModel::CaseIdRole).toLongLong(), 1);
    QCOMPARE(proxy->index(1, 0).data(TimelineModel::CaseIdRole).toLongLong(), 2);
}

void TestTimelinePane::embargoInLocalTimeAndUtc()
{
    auto *label = m_pane->findChild<QLabel *>(QStringLiteral("embargoLabel"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QTreeView *view = m_pane->view();
    view->setCurrentIndex(m_pane->proxy()->mapFromSource(m_model->indexOfCase(1)));
    // Received 8 July: 90 days ends 6 October, end of day in Berlin (CEST).
    QTRY_COMPARE(
        label->text(), QStringLiteral("Case #1 embargo ends 2026-10-06 23:59 CEST (2026-10-06 21:59 UTC)"));
    // Selecting a milestone shows its case's embargo too.
    const QModelIndex milestone
        = m_pane->proxy()->mapFromSource(m_model->index(0, 0, m_model->indexOfCase(3)));
    view->setCurrentIndex(milestone);
    QTRY_VERIFY(label->text().startsWith(u"Case #3 embargo ends 2026-06-04"));
}

QTEST_MAIN(TestTimelinePane)
#include "tst_timelinepane.moc"
