#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "dashboard/DashboardPane.h"
#include "demo/DemoGenerator.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxProxyModel.h"
#include "main/ExportActions.h"
#include "main/MainWindow.h"
#include "queue/QueueModel.h"
#include "queue/QueuePane.h"
#include "report/TlpLevel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

// The managers' views in the main window on a demo database: the severity queue (filters,
// assigning and prioritising a selection as one undoable step), the dashboard (charts, tables,
// exports) and the File → Export formats.
class TestQueueAndDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void queueOpensGroupsWithinItsBudget();
    void queueAssignsAndPrioritises();
    void dashboardFiguresTablesAndExports();
    void fileExports();

private:
    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
    }
    QModelIndex firstCaseRow(QueueModel *model, int skip = 0) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestQueueAndDashboard::initTestCase()
{
    TestSupport::isolate();
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC);
    Clock::setFixed(now);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(DemoGenerator::generate(db, {500, 1, now}).ok());
    }
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
    m_window = std::make_unique<MainWindow>(*m_settings);
    QVERIFY(m_window->openDatabase(path).ok());
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestQueueAndDashboard::cleanupTestCase()
{
    m_window.reset();
}

QModelIndex TestQueueAndDashboard::firstCaseRow(QueueModel *model, int skip) const
{
    for (int b = 0; b < model->rowCount(); ++b) {
        const QModelIndex band = model->index(b, 0);
        for (int s = 0; s < model->rowCount(band); ++s) {
            const QModelIndex state = model->index(s, 0, band);
            if (model->rowCount(state) > skip)
                return model->index(skip, 0, state);
        }
    }
    return {};
}

void TestQueueAndDashboard::queueOpensGroupsWithinItsBudget()
{
    QueuePane *queue = m_window->queue();
    QVERIFY(queue);
    QueueModel *model = queue->model();
    const auto check = [&](int budget) {
        queue->setExpandedCaseBudget(budget);
        // Breached groups first, then due soon, paused, on track, no deadline; each in band
        // order (the model's StateRole is that order).
        QList<QModelIndex> groups;
        for (int b = 0; b < model->rowCount(); ++b) {
            const QModelIndex band = model->index(b, 0);
            if (!queue->view()->isExpanded(band))
                return false;
            for (int s = 0; s < model->rowCount(band); ++s)
                groups.append(model->index(s, 0, band));
        }
        std::stable_sort(groups.begin(), groups.end(), [](const QModelIndex &x, const QModelIndex &y) {
            return x.data(QueueModel::StateRole).toInt() < y.data(QueueModel::StateRole).toInt();
        });
        int left = budget;
        int open = 0;
        int closed = 0;
        for (const QModelIndex &state : std::as_const(groups)) {
            const int cases = state.data(QueueModel::CountRole).toInt();
            const bool expect = cases <= left;
            if (expect)
                left -= cases;
            if (queue->view()->isExpanded(state) != expect)
                return false;
            ++(expect ? open : closed);
        }
        return budget == 0 ? open == 0 && closed > 0 : open > 0;
    };
    QVERIFY(model->caseCount() > 50);
    QVERIFY(check(0));
    QVERIFY(check(model->caseCount() / 3));
    QVERIFY(check(model->caseCount()));
    queue->setExpandedCaseBudget(25'000);
}

void TestQueueAndDashboard::queueAssignsAndPrioritises()
{
    auto *tabs = m_window->findChild<QTabWidget *>(u"mainViews"_s);
    QVERIFY(tabs);
    QueuePane *queue = m_window->queue();
    QVERIFY(queue);
    tabs->setCurrentWidget(queue);
    QTRY_VERIFY(queue->isVisible());
    QVERIFY(queue->model()->caseCount() > 50);
    QVERIFY(queue->view()->isExpanded(queue->model()->index(0, 0)));
    screenshot(m_window.get(), u"queue"_s);

    // Select two cases (the first two of the most urgent group) and give them to one owner.
    const QModelIndex first = firstCaseRow(queue->model());
    const QModelIndex second = firstCaseRow(queue->model(), 1);
    QVERIFY(first.isValid() && second.isValid());
    const qint64 a = first.data(QueueModel::CaseIdRole).toLongLong();
    const qint64 b = second.data(QueueModel::CaseIdRole).toLongLong();
    auto *selection = queue->view()->selectionModel();
    selection->select(first, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(queue->selectedCaseIds().size(), 2);
    CaseStore &store = *m_window->store();
    const QString ownerA = store.caseById(a)->owner;
    const QString ownerB = store.caseById(b)->owner;
    queue->assignee()->setEditText(u"Jordan Queue"_s);
    QVERIFY(queue->assignSelected(u"Jordan Queue"_s));
    QCOMPARE(store.caseById(a)->owner, u"Jordan Queue"_s);
    QCOMPARE(store.caseById(b)->owner, u"Jordan Queue"_s);
    QVERIFY(store.auditLog(a)->constLast().newValue == u"Jordan Queue"_s);

    // The assignment is one step: one undo restores both.
    QUndoStack *undo = m_window->editor()->undoStack();
    QVERIFY(undo->text(undo->index() - 1).contains(u"2 case"_s));
    undo->undo();
    QCOMPARE(store.caseById(a)->owner, ownerA);
    QCOMPARE(store.caseById(b)->owner, ownerB);

    // Priority for the selection (reselect: the undo rebuilt the queue).
    const QModelIndex again = queue->model()->indexOfCase(a);
    queue->view()->selectionModel()->select(
        again, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(queue->prioritiseSelected(u"P2"_s));
    QCOMPARE(store.caseById(a)->priority, u"P2"_s);
    QTRY_COMPARE(
        queue->model()->indexOfCase(a).siblingAtColumn(QueueModel::Priority).data().toString(), u"P2"_s);
    QVERIFY(!queue->prioritiseSelected(u"P9"_s)); // refused by the field's validation
    QCOMPARE(store.caseById(a)->priority, u"P2"_s);

    // The queue as CSV: a row per case, with its band and SLA state.
    const QByteArray csv = queue->csv(true);
    QVERIFY(
        csv.startsWith("\xEF\xBB\xBFSeverity,SLA state,Case,Priority,Owner,Product,Age,Next deadline\r\n"));
    QCOMPARE(csv.count("\r\n"), queue->model()->caseCount() + 1);
    QVERIFY(csv.contains("\r\nCritical,Breached,"));

    // The product filter narrows the queue; activating a case opens it in the inbox.
    const int all = queue->model()->caseCount();
    queue->productFilter()->setCurrentIndex(1);
    QVERIFY(queue->model()->caseCount() < all);
    queue->productFilter()->setCurrentIndex(0);
    QCOMPARE(queue->model()->caseCount(), all);
    const QModelIndex open = queue->model()->indexOfCase(b);
    Q_EMIT queue->view()->activated(open);
    QCOMPARE(m_window->inbox()->currentCaseId(), b);
}

void TestQueueAndDashboard::dashboardFiguresTablesAndExports()
{
    auto *tabs = m_window->findChild<QTabWidget *>(u"mainViews"_s);
    DashboardPane *dashboard = m_window->dashboard();
    QVERIFY(dashboard);
    tabs->setCurrentWidget(dashboard);
    QTRY_VERIFY(dashboard->figures().cases > 0);
    const int lastYear = dashboard->figures().cases;
    dashboard->periodFilter()->setCurrentIndex(dashboard->periodFilter()->findData(0)); // all time
    QCOMPARE(dashboard->figures().cases, 500);
    QVERIFY(lastYear < 500);
    int open = 0;
    for (int v : dashboard->figures().openBySeverity)
        open += v;
    QCOMPARE(open, m_window->queue()->model()->caseCount());
    QVERIFY(dashboard->figures().timeTo[DashboardFigures::Acknowledge].cases > 100);
    // Qt Charts lays titles and axes out in posted events: let them run before the picture.
    QTest::qWait(300);
    screenshot(m_window.get(), u"dashboard"_s);

    // Every chart has its table: the first lists the six severity bands.
    dashboard->showTable(0, true);
    auto *table = dashboard->findChildren<QTableView *>().value(0);
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), QueueModel::bandCount);
    dashboard->showTable(0, false);

    const QString csv = m_dir.filePath(u"severity.csv"_s);
    QVERIFY(dashboard->exportCsv(0, csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("Severity,Open cases\r\n"));
    QCOMPARE(bytes.count("\r\n"), 1 + QueueModel::bandCount);
    const QString png = m_dir.filePath(u"compliance.png"_s);
    QVERIFY(dashboard->exportPng(2, png));
    QImage image(png);
    QVERIFY(image.width() > 200 && image.height() > 150);
}

void TestQueueAndDashboard::fileExports()
{
    InboxPane *inbox = m_window->inbox();
    const QModelIndex first = inbox->proxy()->index(0, 0);
    const qint64 id = first.data(InboxModel::CaseIdRole).toLongLong();
    QVERIFY(id > 0);

    const QString pdf = m_dir.filePath(u"case.pdf"_s);
    QVERIFY(m_window->exports()->writeCaseReport(pdf, id, TlpLevel::Red).ok());
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(u"TLP:RED"_s));

    // An advisory is exported as published: refused, with the way there, until it has a
    // revision; a published case's goes out.
    const QString csaf = m_dir.filePath(u"advisory.json"_s);
    const Status unpublished = m_window->exports()->writeCsaf(csaf, {id});
    QVERIFY(!unpublished.ok());
    QVERIFY2(unpublished.error().contains(u"Advisory tab"_s), qPrintable(unpublished.error()));
    qint64 published = 0;
    for (int row = 0; row < inbox->proxy()->rowCount() && !published; ++row) {
        const qint64 candidate = inbox->proxy()->index(row, 0).data(InboxModel::CaseIdRole).toLongLong();
        const auto stored = m_window->session()->advisories().load(candidate);
        if (stored.ok() && !stored->data.revisions.isEmpty())
            published = candidate;
    }
    QVERIFY2(published > 0, "the demo has no published advisory");
    const Status written = m_window->exports()->writeCsaf(csaf, {published});
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QFile json(csaf);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll())
                 .object()
                 .value(u"document"_s)
                 .toObject()
                 .value(u"category"_s)
                 .toString(),
        u"csaf_security_advisory"_s);
    // The VEX of the published case's product, from every advisory that names it.
    const QString vex = m_dir.filePath(u"product-vex.json"_s);
    const auto publishedCase = m_window->session()->cases().caseById(published);
    QVERIFY(publishedCase.ok());
    const Status vexWritten = m_window->exports()->writeProductVex(vex, publishedCase->product, QString());
    QVERIFY2(vexWritten.ok(), qPrintable(vexWritten.error()));
    QFile vexFile(vex);
    QVERIFY(vexFile.open(QIODevice::ReadOnly));
    QVERIFY(vexFile.readAll().contains("\"csaf_vex\""));
    QVERIFY(!m_window->exports()->writeProductVex(vex, u"No Such Product"_s, QString()).ok());

    const QString management = m_dir.filePath(u"management.pdf"_s);
    QVERIFY(m_window->exports()->writeQueueReport(management, TlpLevel::Green).ok());
    QProcess queueText;
    queueText.start(u"pdftotext"_s, {management, u"-"_s});
    QVERIFY(queueText.waitForFinished(60000));
    const QString managementText = QString::fromUtf8(queueText.readAllStandardOutput());
    QVERIFY(managementText.contains(u"TLP:GREEN"_s));
    QVERIFY(managementText.contains(u"Severity queue"_s));

    // The CSV holds what the inbox shows: a hidden column stays out.
    QHeaderView *header = inbox->view()->horizontalHeader();
    header->hideSection(InboxModel::Reporter);
    const QString csv = m_dir.filePath(u"inbox.csv"_s);
    QVERIFY(m_window->exports()->writeInboxCsv(csv, true).ok());
    header->showSection(InboxModel::Reporter);
    QFile out(csv);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray head = bytes.left(bytes.indexOf("\r\n"));
    QVERIFY(head.contains("Tracking ID"));
    QVERIFY(!head.contains("Reporter"));
    QCOMPARE(bytes.count("\r\n"), inbox->shownCount() + 1);
}

QTEST_MAIN(TestQueueAndDashboard)
#include "tst_queueanddashboard.moc"
