#include "TestSupport.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "inbox/AuditLogModel.h"
#include "inbox/InboxFilter.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxProxyModel.h"
#include "storage/CaseStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

class TestInboxModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;

    qint64 add(const QString &title, const QString &product, int day, const QString &owner = {})
    {
        NewReport r;
        r.title = title;
        r.product = product;
        r.productVersion = QStringLiteral("1.0");
        r.reporterEmail = QStringLiteral("r@example.org");
        r.description = QStringLiteral("details");
        r.owner = owner;
        r.receivedAt = QDateTime(QDate(2026, 10, day), QTime(8, 0), QTimeZone::UTC);
        const auto id = m_store->createCase(r);
        return id ? *id : 0;
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
        QVERIFY(add(QStringLiteral("Heap overflow"), QStringLiteral("GigaSpire"), 3, QStringLiteral("ana")));
        QVERIFY(add(QStringLiteral("auth bypass"), QStringLiteral("SMx"), 1));
        QVERIFY(
            add(QStringLiteral("Command injection"), QStringLiteral("GigaSpire"), 2, QStringLiteral("bo")));
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void modelFollowsTheStore()
    {
        InboxModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(InboxModel::ColumnCount));
        QCOMPARE(model.index(0, InboxModel::Title).data().toString(), QStringLiteral("Heap overflow"));
        QCOMPARE(model.index(0, InboxModel::TrackingId).data().toString(), QStringLiteral("(new)"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 id = add(QStringLiteral("New one"), QStringLiteral("DPx"), 5);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        const int row = model.rowOfCase(id);
        QCOMPARE(row, 3);

        QVERIFY(m_store->transition(id, {CaseStatus::Acknowledged, 0, {}}).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(
            model.index(row, InboxModel::TrackingId).data().toString(), QStringLiteral("PSIRT-2026-0001"));
        QCOMPARE(model.index(row, InboxModel::Status).data().toString(), QStringLiteral("Acknowledged"));
        QCOMPARE(reset.count(), 0); // fine-grained, never a reset for one change
    }

    void loadsInTheBackground()
    {
        InboxModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &InboxModel::loaded);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.reloadInBackground();
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0); // nothing read on this thread
        // The worker has read its snapshot but its result is not delivered yet (no event loop
        // ran): what is made now is missing from the snapshot and must still appear.
        QThreadPool::globalInstance()->waitForDone();
        const qint64 late = add(QStringLiteral("Arrived while loading"), QStringLiteral("DPx"), 6);
        QVERIFY(m_store->transition(late, {CaseStatus::Acknowledged, 0, {}}).ok());
        QVERIFY(loaded.wait(10000));
        QVERIFY(!model.isLoading());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        const int row = model.rowOfCase(late);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, InboxModel::Status).data().toString(), QStringLiteral("Acknowledged"));
        QCOMPARE(
            model.index(row, InboxModel::Title).data().toString(), QStringLiteral("Arrived while loading"));

        // A synchronous reload makes a background load still running stale.
        model.reloadInBackground();
        QVERIFY(model.reload());
        QVERIFY(!model.isLoading());
        QVERIFY(!loaded.wait(500));
        QCOMPARE(model.rowCount(), 4);
    }

    void quickFilterMatchesFoldedText()
    {
        // Case-blind as contains(…, Qt::CaseInsensitive) is (capital sharp s folds to ß);
        // owners match too, and two fields never join into one match.
        QVERIFY(
            add(QStringLiteral("Straße parser overflow"), QStringLiteral("SMx"), 4, QStringLiteral("cy")));
        InboxModel model(*m_store);
        QVERIFY(model.reload());
        InboxProxyModel proxy;
        proxy.setInboxModel(&model);
        InboxFilter f;
        f.statusScope = InboxFilter::StatusScope::All;
        const auto shown = [&](const QString &text) {
            f.quickText = text;
            proxy.setFilter(f);
            int viaRule = 0;
            for (int r = 0; r < model.rowCount(); ++r)
                viaRule += f.accepts(model.rowAt(r)) ? 1 : 0;
            // The proxy's cached folded text and the plain rule agree.
            [&] { QCOMPARE(proxy.rowCount(), viaRule); }();
            return proxy.rowCount();
        };
        QCOMPARE(shown(QStringLiteral("STRA\u1E9EE")), 1);
        QCOMPARE(shown(QStringLiteral("gigaspire")), 2);
        QCOMPARE(shown(QStringLiteral("ANA")), 1);
        QCOMPARE(shown(QStringLiteral("overflowSMx")), 0);
        // A row changed after the cache was made is matched by its new text.
        const qint64 id = model.rowAt(1).id;
        QVERIFY(m_store->setField(id, CaseField::Title, QStringLiteral("Renamed gigaspire flaw")).ok());
        QCOMPARE(shown(QStringLiteral("gigaspire")), 3);
    }

    void hostileTextIsDisplayedSafely()
    {
        InboxModel model(*m_store);
        model.reload();
        const qint64 id = add(QStringLiteral("a\nb\u202Ec") + QChar(u'\0'), QStringLiteral("<b>x</b>"), 6);
        const int row = model.rowOfCase(id);
        const QString shown = model.index(row, InboxModel::Title).data().toString();
        QVERIFY(!shown.contains(u'\n'));
        QVERIFY(!shown.contains(QChar(u'\0')));
        QVERIFY(!shown.contains(QChar(char16_t(0x202E))));
        QCOMPARE(model.index(row, InboxModel::Product).data().toString(), QStringLiteral("<b>x</b>"));
        QCOMPARE(model.rowAt(row).title, QStringLiteral("a\nb\u202Ec") + QChar(u'\0')); // stored as is
    }

    void unreadIsBold()
    {
        InboxModel model(*m_store);
        model.reload();
        QCOMPARE(model.unreadCount(), 0);
        Analyst::setCurrent(QStringLiteral("someone-else"));
        model.reload();
        QCOMPARE(model.unreadCount(), 3);
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(m_store->markRead(model.rowAt(0).id).ok());
        QCOMPARE(model.unreadCount(), 2);
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
        Analyst::setCurrent(QStringLiteral("tester"));
    }

    void filterRules_data()
    {
        QTest::addColumn<QString>("quick");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("all") << QString() << QString() << QString()
                             << QStringList {QStringLiteral("auth bypass"),
                                    QStringLiteral("Command injection"), QStringLiteral("Heap overflow")};
        QTest::newRow("quick case-blind") << QStringLiteral("HEAP") << QString() << QString()
                                          << QStringList {QStringLiteral("Heap overflow")};
        QTest::newRow("quick matches product")
            << QStringLiteral("smx") << QString() << QString() << QStringList {QStringLiteral("auth bypass")};
        QTest::newRow("product") << QString() << QStringLiteral("gigaspire") << QString()
                                 << QStringList {
                                        QStringLiteral("Command injection"), QStringLiteral("Heap overflow")};
        QTest::newRow("owner") << QString() << QString() << QStringLiteral("bo")
                               << QStringList {QStringLiteral("Command injection")};
        QTest::newRow("unassigned") << QString() << QString() << InboxFilter::unassignedOwner()
                                    << QStringList {QStringLiteral("auth bypass")};
        QTest::newRow("combined none")
            << QStringLiteral("heap") << QStringLiteral("SMx") << QString() << QStringList {};
    }
    void filterRules()
    {
        QFETCH(QString, quick);
        QFETCH(QString, product);
        QFETCH(QString, owner);
        QFETCH(QStringList, titles);
        InboxModel model(*m_store);
        model.reload();
        InboxProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setInboxModel(&model);
        proxy.sort(InboxModel::Title, Qt::AscendingOrder);
        InboxFilter f;
        f.quickText = quick;
        f.product = product;
        f.owner = owner;
        proxy.setFilter(f);
        QStringList shown;
        for (int r = 0; r < proxy.rowCount(); ++r)
            shown << proxy.index(r, InboxModel::Title).data().toString();
        QCOMPARE(shown, titles);
    }

    void statusScopeAndSearch()
    {
        InboxModel model(*m_store);
        model.reload();
        InboxProxyModel proxy;
        proxy.setInboxModel(&model);
        const qint64 spam = model.rowAt(1).id;
        QVERIFY(m_store->transition(spam, {CaseStatus::Spam, 0, {}}).ok());
        InboxFilter f; // open cases only by default
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        f.statusScope = InboxFilter::StatusScope::All;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 3);
        f.statusScope = InboxFilter::StatusScope::One;
        f.status = CaseStatus::Spam;
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        f.statusScope = InboxFilter::StatusScope::All;
        const auto hits = m_store->search(QStringLiteral("inject"));
        QVERIFY(hits.ok());
        f.searchHits = QSet<qint64>(hits->cbegin(), hits->cend());
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, InboxModel::Title).data().toString(), QStringLiteral("Command injection"));
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascendingTitles");
        QTest::newRow("received") << int(InboxModel::Received)
                                  << QStringList {QStringLiteral("auth bypass"),
                                         QStringLiteral("Command injection"),
                                         QStringLiteral("Heap overflow")};
        QTest::newRow("title") << int(InboxModel::Title)
                               << QStringList {QStringLiteral("auth bypass"),
                                      QStringLiteral("Command injection"), QStringLiteral("Heap overflow")};
        QTest::newRow("owner") << int(InboxModel::Owner)
                               << QStringList {QStringLiteral("auth bypass"), QStringLiteral("Heap overflow"),
                                      QStringLiteral("Command injection")};
    }
    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascendingTitles);
        InboxModel model(*m_store);
        model.reload();
        InboxProxyModel proxy;
        proxy.setInboxModel(&model);
        proxy.sort(column, Qt::AscendingOrder);
        QStringList shown;
        for (int r = 0; r < proxy.rowCount(); ++r)
            shown << proxy.index(r, InboxModel::Title).data().toString();
        QCOMPARE(shown, ascendingTitles);
        proxy.sort(column, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, InboxModel::Title).data().toString(), ascendingTitles.constLast());
    }

    void auditLogModelFollowsChanges()
    {
        InboxModel inbox(*m_store);
        inbox.reload();
        AuditLogModel log(*m_store);
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = inbox.rowAt(0).id;
        log.setCase(id);
        QCOMPARE(log.rowCount(), 1);
        QVERIFY(m_store->transition(id, {CaseStatus::Acknowledged, 0, {}}).ok());
        QCOMPARE(log.rowCount(), 3); // status + tracking id
        QCOMPARE(log.index(1, AuditLogModel::Field).data().toString(), QStringLiteral("Status"));
        QCOMPARE(log.index(1, AuditLogModel::NewValue).data().toString(), QStringLiteral("Acknowledged"));
        QCOMPARE(log.index(1, AuditLogModel::Who).data().toString(), QStringLiteral("tester"));
    }
};

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
