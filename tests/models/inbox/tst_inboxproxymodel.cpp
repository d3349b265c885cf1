// The inbox's sort-and-filter proxy: what it shows after any sequence of changes equals a
// fresh arrangement of the same rows, whether it arranged on the GUI thread or on a worker,
// and a re-arrangement keeps the analyst's current case.
#include "TestSupport.h"
#include "core/Clock.h"
#include "inbox/InboxFilter.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxProxyModel.h"
#include "storage/CaseStore.h"
#include "workflow/Workflow.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestInboxProxyModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;

    static QStringList products() { return {u"GigaSpire"_s, u"SMx"_s, u"DPx"_s, u"TX-1"_s}; }
    static QStringList owners() { return {QString(), u"ana"_s, u"bo"_s}; }

    qint64 add(QRandomGenerator &random)
    {
        NewReport r;
        r.title
            = u"Case %1 %2"_s.arg(random.bounded(1000)).arg(random.bounded(2) ? u"overflow"_s : u"bypass"_s);
        r.product = products().at(random.bounded(int(products().size())));
        r.productVersion = u"1.0"_s;
        r.reporterEmail = u"r@example.org"_s;
        r.description = u"details"_s;
        r.owner = owners().at(random.bounded(int(owners().size())));
        // Many share a day, so ties (broken by id) are exercised.
        r.receivedAt = QDateTime(QDate(2026, 10, 1 + random.bounded(20)), QTime(8, 0), QTimeZone::UTC);
        const auto id = m_store->createCase(r);
        return id ? *id : 0;
    }

    static QList<qint64> shownIds(const QAbstractItemModel &proxy)
    {
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(InboxModel::CaseIdRole).toLongLong());
        return ids;
    }

    // What a proxy made now, on the same rows, with the same filter and sort, shows.
    static QList<qint64> freshIds(InboxModel &model, const InboxProxyModel &proxy)
    {
        InboxProxyModel fresh;
        fresh.setInboxModel(&model);
        fresh.sort(proxy.sortColumn(), proxy.sortOrder());
        fresh.setFilter(proxy.filter());
        return shownIds(fresh);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC));
    }
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestSupport::freshLocation(Database::Backend::SQLite, m_dir, nullptr)).ok());
        m_store = std::make_unique<CaseStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void placesEachChangeWhereAFreshArrangementWould_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<bool>("quickText");
        QTest::newRow("title ascending, filtered") << int(InboxModel::Title) << Qt::AscendingOrder << true;
        QTest::newRow("received descending") << int(InboxModel::Received) << Qt::DescendingOrder << false;
        QTest::newRow("owner ascending, filtered") << int(InboxModel::Owner) << Qt::AscendingOrder << true;
        QTest::newRow("status descending") << int(InboxModel::Status) << Qt::DescendingOrder << false;
    }
    void placesEachChangeWhereAFreshArrangementWould()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(bool, quickText);
        QRandomGenerator random(20261203);
        for (int i = 0; i < 60; ++i)
            QVERIFY(add(random));
        InboxModel model(*m_store);
        QVERIFY(model.reload());
        InboxProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setInboxModel(&model);
        proxy.sort(column, order);
        InboxFilter filter;
        filter.statusScope = InboxFilter::StatusScope::All;
        if (quickText)
            filter.quickText = u"OVERFLOW"_s; // case-blind
        proxy.setFilter(filter);
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount() < model.rowCount() || !quickText);
        QCOMPARE(shownIds(proxy), freshIds(model, proxy));

        // Edits that move rows, take them out of the filter and bring them back; new cases.
        for (int step = 0; step < 80; ++step) {
            const qint64 id = model.rowAt(random.bounded(model.rowCount())).id;
            switch (random.bounded(4)) {
            case 0:
                QVERIFY(m_store
                        ->setField(id, CaseField::Title,
                            u"Renamed %1 %2"_s.arg(random.bounded(1000))
                                .arg(random.bounded(2) ? u"overflow"_s : u"xss"_s))
                        .ok());
                break;
            case 1:
                QVERIFY(
                    m_store->setField(id, CaseField::Owner, owners().at(random.bounded(int(owners().size()))))
                        .ok());
                break;
            case 2: {
                // The first status the workflow offers: moves rows when sorting by status.
                const auto c = m_store->caseById(id);
                QVERIFY(c);
                const QList<CaseStatus> next = Workflow::nextStatuses(*c);
                if (!next.isEmpty() && next.constFirst() != CaseStatus::Duplicate)
                    QVERIFY(m_store->transition(id, {next.constFirst(), 0, u"again"_s}).ok());
                break;
            }
            default:
                QVERIFY(add(random));
                break;
            }
            QCOMPARE(shownIds(proxy), freshIds(model, proxy));
        }
        // A narrower filter over the same sort reuses the kept order and still agrees.
        filter.owner = u"ana"_s;
        proxy.setFilter(filter);
        QCOMPARE(shownIds(proxy), freshIds(model, proxy));
        for (const qint64 id : shownIds(proxy))
            QCOMPARE(model.rowAt(model.rowOfCase(id)).owner, u"ana"_s);
    }

    void arrangesOnAWorkerAndKeepsTheCurrentCase()
    {
        QRandomGenerator random(7);
        for (int i = 0; i < 40; ++i)
            QVERIFY(add(random));
        InboxModel model(*m_store);
        QVERIFY(model.reload());
        InboxProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setBackgroundRows(1); // every arrangement on a worker
        QSignalSpy arranged(&proxy, &InboxProxyModel::arranged);
        proxy.setInboxModel(&model);
        QVERIFY(proxy.isArranging());
        QCOMPARE(proxy.rowCount(), 0); // nothing yet: the first arrangement is on its way
        QVERIFY(arranged.wait());
        QCOMPARE(proxy.rowCount(), model.rowCount());

        QItemSelectionModel selection(&proxy);
        const QModelIndex pick = proxy.index(17, InboxModel::Title);
        const qint64 picked = pick.data(InboxModel::CaseIdRole).toLongLong();
        selection.setCurrentIndex(pick, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        // A new sort: until the worker delivers, the old order stays, whole and consistent.
        const QList<qint64> before = shownIds(proxy);
        proxy.sort(InboxModel::Title, Qt::DescendingOrder);
        QVERIFY(proxy.isArranging());
        QCOMPARE(shownIds(proxy), before);
        QVERIFY(arranged.wait());
        QVERIFY(!proxy.isArranging());
        QCOMPARE(shownIds(proxy), freshIds(model, proxy));
        QVERIFY(shownIds(proxy) != before);
        QCOMPARE(selection.currentIndex().data(InboxModel::CaseIdRole).toLongLong(), picked);
        QCOMPARE(selection.currentIndex().column(), int(InboxModel::Title));
        QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
    }

    void aChangeDuringABackgroundArrangementIsNotLost()
    {
        QRandomGenerator random(11);
        for (int i = 0; i < 30; ++i)
            QVERIFY(add(random));
        InboxModel model(*m_store);
        QVERIFY(model.reload());
        InboxProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setBackgroundRows(1);
        QSignalSpy arranged(&proxy, &InboxProxyModel::arranged);
        proxy.setInboxModel(&model);
        QVERIFY(arranged.wait());
        proxy.sort(InboxModel::Title, Qt::AscendingOrder);
        InboxFilter filter;
        filter.quickText = u"zebra"_s;
        proxy.setFilter(filter);
        QVERIFY(proxy.isArranging());
        // Matches the new filter, but the worker's snapshot was taken before it existed.
        NewReport r;
        r.title = u"Zebra crossing overflow"_s;
        r.product = u"SMx"_s;
        r.productVersion = u"2"_s;
        r.reporterEmail = u"z@example.org"_s;
        r.description = u"d"_s;
        const auto id = m_store->createCase(r);
        QVERIFY(id);
        QTRY_VERIFY(!proxy.isArranging());
        QCOMPARE(shownIds(proxy), QList<qint64>({*id}));
        QCOMPARE(shownIds(proxy), freshIds(model, proxy));
    }

    void headersShowWhenNothingMatches()
    {
        QRandomGenerator random(3);
        QVERIFY(add(random));
        InboxModel model(*m_store);
        QVERIFY(model.reload());
        InboxProxyModel proxy;
        proxy.setInboxModel(&model);
        InboxFilter filter;
        filter.quickText = u"no such text anywhere"_s;
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.headerData(InboxModel::Title, Qt::Horizontal).toString(), u"Title"_s);
    }
};

QTEST_GUILESS_MAIN(TestInboxProxyModel)
#include "tst_inboxproxymodel.moc"
