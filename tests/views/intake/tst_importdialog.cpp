#include "MailCorpus.h"
#include "TestSupport.h"
#include "inbox/InboxPane.h"
#include "intake/ImportDialog.h"
#include "intake/ImportResultModel.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/CaseStore.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace MailCorpus;

class TestImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reviewEditAndImport();
    void cancelKeepsWholeMessages();
    void dropOnMainWindow();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        return MailCorpus::writeFile(m_dir->filePath(name), bytes);
    }
    template<typename T>
    T *find(const char *name) const
    {
        return m_dialog->findChild<T *>(QLatin1StringView(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_existing = 0;
    QString m_trackingId;
    ImportDialog *m_dialog = nullptr;
};

void TestImportDialog::initTestCase()
{
    TestSupport::isolate();
}

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("cases.sqlite"))).ok());
    CaseStore store(*m_db);
    const auto id = store.createCase(TestSupport::minimalReport(QStringLiteral("Web login buffer overflow")));
    QVERIFY(id.ok());
    QVERIFY(store.transition(*id, {CaseStatus::Acknowledged, 0, {}}).ok());
    m_existing = *id;
    m_trackingId = store.caseById(*id)->trackingId;
    m_dialog = new ImportDialog(m_db->location(), {});
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestImportDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    m_db.reset();
    m_dir.reset();
}

void TestImportDialog::reviewEditAndImport()
{
    Headers similar;
    similar.subject = "PSIRT Case: SMx web login buffer overflow";
    similar.from = "=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>";
    Headers noProduct;
    noProduct.messageId = "no-product@example.org";
    noProduct.subject = "PSIRT Case: Telnet console accepts any password";
    noProduct.from = "Chen Wei <chen@example.cn>";
    Headers hostile;
    hostile.messageId = "hostile@example.org";
    hostile.subject = "PSIRT Case: \xe2\x80\xae"
                      "fdp.exe";
    Headers reply;
    reply.messageId = "reply@example.org";
    reply.subject = "Re: " + m_trackingId.toUtf8() + " more details";
    reply.from = "Alice Researcher <alice@example.org>";
    const QString path = writeFile(QStringLiteral("inbox.mbox"),
        mbox({plain(similar, reportBody("SMx", "25.1")),
            withAttachment(noProduct, "The telnet console on port 23 accepts any password.",
                "../../session.log", "login: root\n"),
            nested(hostile, 10000), plain(reply, "Here is the crash dump you asked for."),
            plain(similar, reportBody("SMx", "25.1"))}));

    QAbstractItemModelTester tester(
        m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->addPaths({path});
    auto *examine = find<QPushButton>("examine");
    QVERIFY(examine->isEnabled());
    QTest::mouseClick(examine, Qt::LeftButton);
    ImportResultModel *model = m_dialog->model();
    QTRY_COMPARE(model->rowCount(), 5);
    QTRY_VERIFY(examine->isEnabled());
    QCOMPARE(find<QProgressBar>("progress")->value(), 100);
    auto *message = find<MessageBar>("message");
    QVERIFY2(message->text().contains(QStringLiteral("5 messages: 3 new reports, 1 for existing cases")),
        qPrintable(message->text()));

    const auto result
        = [model](int row) { return model->index(row, ImportResultModel::ResultColumn).data().toString(); };
    QVERIFY2(result(0).contains(QStringLiteral("mark as duplicate of %1").arg(m_trackingId)),
        qPrintable(result(0)));
    QVERIFY(
        result(2).contains(QStringLiteral("refused")) && result(2).contains(QStringLiteral("MIME parts")));
    QVERIFY(model->index(2, ImportResultModel::PositionColumn)
            .data()
            .toString()
            .contains(QStringLiteral("message 3 at byte")));
    QVERIFY(result(3).contains(QStringLiteral("to attach to case %1").arg(m_trackingId)));
    QCOMPARE(model->index(0, ImportResultModel::FromColumn).data().toString(),
        QStringLiteral("Jürgen Müller <juergen@example.de>"));

    // The second proposal lacks a product: the analyst fills it in the form.
    auto *table = find<QTableView>("results");
    table->setCurrentIndex(model->index(1, 0));
    auto *product = find<QLineEdit>("product");
    QVERIFY(product->isEnabled());
    QVERIFY(find<QLabel>("attachments")->text().startsWith(QStringLiteral("session.log (")));
    // Without a product the report cannot be stored: the dialog says so and writes nothing.
    QTest::mouseClick(find<QPushButton>("importChecked"), Qt::LeftButton);
    QVERIFY2(find<MessageBar>("message")->text().contains(QStringLiteral("message 2 at byte")),
        qPrintable(find<MessageBar>("message")->text()));
    QCOMPARE(*CaseStore(*m_db).caseCount(), 1);
    QCOMPARE(find<QLineEdit>("title")->text(), QStringLiteral("Telnet console accepts any password"));
    QVERIFY(find<QPlainTextEdit>("description")->toPlainText().contains(QStringLiteral("port 23")));
    QTest::keyClicks(product, QStringLiteral("Switch 24"));
    QTest::keyClicks(find<QLineEdit>("version"), QStringLiteral("4.2"));
    QCOMPARE(model->outcome(1).proposal.product, QStringLiteral("Switch 24"));
    // A refused message has nothing to edit.
    table->setCurrentIndex(model->index(2, 0));
    QVERIFY(!product->isEnabled());

    QVERIFY(
        model->setData(model->index(0, ImportResultModel::ResultColumn), Qt::Checked, Qt::CheckStateRole));
    // The fifth message repeats the first: left out by the analyst.
    QVERIFY(model->setData(
        model->index(4, ImportResultModel::PositionColumn), Qt::Unchecked, Qt::CheckStateRole));

    const QString shots = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        table->setCurrentIndex(model->index(1, 0));
        QVERIFY(QDir().mkpath(shots));
        m_dialog->layout()->activate(); // the error bar was hidden by the edit
        QVERIFY(m_dialog->grab().save(shots + QStringLiteral("/import-dialog.png")));
    }

    QSignalSpy imported(m_dialog, &ImportDialog::imported);
    auto *importChecked = find<QPushButton>("importChecked");
    QVERIFY(importChecked->isEnabled());
    QTest::mouseClick(importChecked, Qt::LeftButton);
    QTRY_COMPARE(imported.size(), 1);
    QTRY_VERIFY(message->text().contains(QStringLiteral("2 new reports, 1 messages attached")));
    QVERIFY2(result(0).startsWith(QStringLiteral("imported as new report #2")), qPrintable(result(0)));
    QVERIFY(result(3).contains(QStringLiteral("attached to case %1").arg(m_trackingId)));
    QVERIFY(!importChecked->isEnabled()); // everything checked is written

    CaseStore store(*m_db);
    QCOMPARE(*store.caseCount(), 3);
    const auto duplicate = store.caseById(2);
    QCOMPARE(duplicate->status, CaseStatus::Duplicate);
    QCOMPARE(duplicate->duplicateOf, m_existing);
    QCOMPARE(store.caseById(3)->product, QStringLiteral("Switch 24"));
    QCOMPARE(store.caseById(3)->reporterName, QStringLiteral("Chen Wei"));
}

void TestImportDialog::cancelKeepsWholeMessages()
{
    const QList<QByteArray> messages = bulkReports(3000);
    m_dialog->addPaths({writeFile(QStringLiteral("bulk.mbox"), mbox(messages))});
    QTest::mouseClick(find<QPushButton>("examine"), Qt::LeftButton);
    auto *cancel = find<QPushButton>("cancel");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>("examine")->isEnabled());
    auto *message = find<MessageBar>("message");
    QVERIFY2(message->text().startsWith(QStringLiteral("Cancelled.")), qPrintable(message->text()));
    QVERIFY(m_dialog->model()->rowCount() < 3000);
    CaseStore store(*m_db);
    QCOMPARE(*store.caseCount(), 1); // examining writes nothing
}

void TestImportDialog::dropOnMainWindow()
{
    delete m_dialog;
    m_dialog = nullptr;
    const QString location = m_db->location().path;
    m_db.reset();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    QVERIFY(window.openDatabase(location).ok());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionImportMail")));

    QMimeData mime;
    mime.setUrls(
        {QUrl::fromLocalFile(writeFile(QStringLiteral("report.eml"), plain(Headers(), reportBody()))),
            QUrl::fromLocalFile(writeFile(QStringLiteral("notes.txt"), "not mail"))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportDialog *>()) != nullptr);
    QTRY_COMPARE(dialog->model()->rowCount(), 1); // the .txt file is not offered
    auto *importChecked = dialog->findChild<QPushButton *>(QStringLiteral("importChecked"));
    QTRY_VERIFY(importChecked->isEnabled());
    QTest::mouseClick(importChecked, Qt::LeftButton);
    // The main window reloads its inbox from the database the import wrote to.
    QTRY_COMPARE(window.inbox()->findChild<QAbstractItemView *>()->model()->rowCount(), 2);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
