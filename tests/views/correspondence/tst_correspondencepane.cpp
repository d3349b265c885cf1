#include "GpgHome.h"
#include "TestSupport.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceModel.h"
#include "correspondence/CorrespondencePane.h"
#include "correspondence/CorrespondenceSettings.h"
#include "correspondence/CorrespondenceStore.h"
#include "correspondence/ReplyDialog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

// The correspondence log and the reply dialog, for real on the offscreen platform.
class TestCorrespondencePane final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GpgHome> m_gpg;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<CorrespondenceStore> m_log;
    std::unique_ptr<CaseEditor> m_editor;
    std::unique_ptr<CorrespondencePane> m_pane;
    qint64 m_caseId = 0;

    template<typename T>
    T *find(const char *name) const
    {
        T *w = m_pane->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QString body() const { return find<QPlainTextEdit>("messageBody")->toPlainText(); }

    static QDateTime at(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::UTC);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        Clock::setFixed(at(4, 10));
        m_gpg = std::make_unique<GpgHome>();
        QVERIFY(!m_gpg->generateKey(QStringLiteral("Example PSIRT <psirt@example.com>")).isEmpty());
    }
    void cleanupTestCase()
    {
        m_pane.reset();
        m_gpg.reset();
    }

    void init()
    {
        m_pane.reset();
        m_editor.reset();
        m_log.reset();
        m_cases.reset();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY(m_db->open(TestSupport::freshLocation(Database::Backend::SQLite, m_dir, &error)).ok());
        m_cases = std::make_unique<CaseStore>(*m_db);
        m_log = std::make_unique<CorrespondenceStore>(*m_db, m_cases->auditLog());
        m_editor = std::make_unique<CaseEditor>(*m_cases);
        NewReport report = TestSupport::minimalReport(QStringLiteral("Heap overflow in the web UI"));
        report.reporterName = QStringLiteral("Ada Researcher");
        report.reporterEmail = QStringLiteral("ada@example.org");
        report.receivedAt = at(2, 9, 30);
        m_caseId = *m_cases->createCase(report);
        CorrespondenceSettings settings;
        settings.teamAddress = QStringLiteral("psirt@example.com");
        settings.teamName = QStringLiteral("Example PSIRT");
        settings.gnupgHome = m_gpg->path();
        TeamSettings team(*m_db);
        QVERIFY(settings.save(team).ok());

        m_pane = std::make_unique<CorrespondencePane>(*m_editor, *m_log);
        CorrespondenceMessage in;
        in.caseId = m_caseId;
        in.direction = MessageDirection::Incoming;
        in.date = at(2, 9, 30);
        in.from = QStringLiteral("Ada Researcher <ada@example.org>");
        in.to = QStringLiteral("psirt@example.com");
        in.subject = QStringLiteral("PSIRT Case: heap overflow in SMx 25.1 <b>web UI</b>");
        in.messageId = "report-1@example.org";
        in.body = QStringLiteral("Hello PSIRT,\n\n"
                                 "a crafted POST to /cgi-bin/upload overflows a heap buffer (PoC attached).\n"
                                 "<img src=\"http://evil.example/track.png\"> is just text here.\n\n"
                                 "On Fri, 30 Oct 2026 at 17:02, PSIRT <psirt@example.com> wrote:\n"
                                 "> Thank you for contacting us. Please send the product model and\n"
                                 "> software version.\n"
                                 "> \n"
                                 "> Kind regards\n\n"
                                 "Regards,\nAda\n");
        in.encryption = MessageEncryption::Encrypted;
        in.signature = SignatureState::Valid;
        in.signer = QStringLiteral("Ada Researcher <ada@example.org>");
        QVERIFY(m_pane->store().record(in).ok());
        m_pane->showCase(m_caseId);
    }

    void showsTheLogWithFoldedQuotes()
    {
        QAbstractItemModelTester tester(
            m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *table = find<QTableView>("correspondenceTable");
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, CorrespondenceModel::DirectionColumn).data().toString(),
            QStringLiteral("Received"));
        QCOMPARE(table->model()->index(0, CorrespondenceModel::EncryptionColumn).data().toString(),
            QStringLiteral("encrypted"));
        QCOMPARE(table->model()->index(0, CorrespondenceModel::SignatureColumn).data().toString(),
            QStringLiteral("signature valid"));

        // Folded: the quote and its attribution are one marker line.
        QVERIFY(body().contains(QStringLiteral("a crafted POST")));
        QVERIFY(!body().contains(QStringLiteral("Thank you for contacting us")));
        QVERIFY(!body().contains(QStringLiteral("wrote:")));
        QVERIFY2(body().contains(QStringLiteral("5 quoted lines hidden")), qPrintable(body()));
        QVERIFY(body().contains(QStringLiteral("Regards,\nAda")));
        auto *toggle = find<QToolButton>("showQuotesButton");
        QVERIFY(toggle->isEnabled());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(body().contains(QStringLiteral("> Thank you for contacting us")));
        QVERIFY(body().contains(QStringLiteral("wrote:")));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!body().contains(QStringLiteral("Thank you for contacting us")));

        // Plain text only: the markup in the subject and body stays visible characters.
        auto *headers = find<QLabel>("messageHeaders");
        QCOMPARE(headers->textFormat(), Qt::PlainText);
        QVERIFY(headers->text().contains(QStringLiteral("<b>web UI</b>")));
        QVERIFY(body().contains(QStringLiteral("<img src=")));

        // A message recorded elsewhere is inserted where its date puts it.
        CorrespondenceMessage earlier;
        earlier.caseId = m_caseId;
        earlier.direction = MessageDirection::Outgoing;
        earlier.date = at(1, 8);
        earlier.subject = QStringLiteral("Earlier");
        QVERIFY(m_pane->store().record(earlier).ok());
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, CorrespondenceModel::SubjectColumn).data().toString(),
            QStringLiteral("Earlier"));
    }

    void acknowledgementFromTheDialog()
    {
        m_pane->show();
        ReplyDialog *dialog = m_pane->openReplyDialog();
        QVERIFY(dialog);
        dialog->setTemplate(QStringLiteral("acknowledgement"));
        auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("replyPreview"));
        QVERIFY(preview->isReadOnly());
        QVERIFY2(preview->toPlainText().contains(QStringLiteral("Dear Ada Researcher")),
            qPrintable(preview->toPlainText()));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("replyTo"))->text()
            == QStringLiteral("ada@example.org"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("replySecurity"))
                ->text()
                .contains(QStringLiteral("Acknowledged")));
        saveScreenshot(dialog, QStringLiteral("reply-dialog.png"));

        // A file that cannot be written changes nothing: the case stays new, no tracking id.
        dialog->setFileNameProvider(
            [this] { return m_dir.filePath(QStringLiteral("no/such/folder/ack.eml")); });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replySave")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_cases->caseById(m_caseId)->status, CaseStatus::New);
        QVERIFY(m_cases->caseById(m_caseId)->trackingId.isEmpty());

        const QString path = m_dir.filePath(QStringLiteral("ack.eml"));
        dialog->setFileNameProvider([path] { return path; });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replySave")), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
        const Case c = *m_cases->caseById(m_caseId);
        QCOMPARE(c.status, CaseStatus::Acknowledged);
        QVERIFY(!c.trackingId.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(QByteArray("PSIRT Case " + c.trackingId.toLatin1())));
        // A sent reply cannot be taken back, so its move is not on the undo stack; the log
        // shows the reply, newest selected.
        QCOMPARE(m_editor->undoStack()->count(), 0);
        auto *table = find<QTableView>("correspondenceTable");
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(1, CorrespondenceModel::DirectionColumn).data().toString(),
            QStringLiteral("Sent"));
        QCOMPARE(table->currentIndex().row(), 1);
        QVERIFY(body().contains(c.trackingId));
    }

    void refusedReplyShowsWhy()
    {
        // No team address: nothing is sent, the case stays new, the reason is shown inline.
        CorrespondenceSettings settings = CorrespondenceSettings::load(TeamSettings(*m_db));
        settings.teamAddress.clear();
        TeamSettings team(*m_db);
        QVERIFY(settings.save(team).ok());
        ReplyDialog *dialog = m_pane->openReplyDialog();
        dialog->setFileNameProvider([this] { return m_dir.filePath(QStringLiteral("never.eml")); });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replySave")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.eml"))));
        QCOMPARE(m_cases->caseById(m_caseId)->status, CaseStatus::New);
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("replyMessages"))->isVisible());
        dialog->close();
    }

    void screenshot()
    {
        if (qEnvironmentVariableIsEmpty("PSIRTDESK_SCREENSHOT_DIR"))
            QSKIP("set PSIRTDESK_SCREENSHOT_DIR to save screenshots");
        CorrespondenceMessage ack;
        ack.caseId = m_caseId;
        ack.direction = MessageDirection::Outgoing;
        ack.date = at(3, 11, 5);
        ack.sentAt = ack.date;
        ack.from = QStringLiteral("Example PSIRT <psirt@example.com>");
        ack.to = QStringLiteral("Ada Researcher <ada@example.org>");
        ack.subject = QStringLiteral("Re: PSIRT Case PSIRT-2026-0042");
        ack.body = QStringLiteral("Dear Ada Researcher,\n\nthank you for your report …");
        ack.signature = SignatureState::Valid;
        ack.signer = QStringLiteral("psirt@example.com");
        ack.templateName = QStringLiteral("acknowledgement");
        QVERIFY(m_pane->store().record(ack).ok());
        CorrespondenceMessage reply;
        reply.caseId = m_caseId;
        reply.direction = MessageDirection::Incoming;
        reply.date = at(4, 8, 12);
        reply.from = QStringLiteral("Ada Researcher <ada@example.org>");
        reply.to = QStringLiteral("psirt@example.com");
        reply.subject = QStringLiteral("Re: PSIRT Case PSIRT-2026-0042");
        reply.body = QStringLiteral(
            "Hi,\n\nthe device is an SMx running 25.1.3 (latest firmware). Full crash log attached.\n\n"
            "On Tue, 3 Nov 2026 at 11:05, Example PSIRT <psirt@example.com> wrote:\n"
            "> Dear Ada Researcher,\n>\n> thank you for your report …\n\nAda\n");
        reply.encryption = MessageEncryption::Encrypted;
        reply.signature = SignatureState::UnknownKey;
        reply.signer = QStringLiteral("8F3A91C2D4E5B6A7");
        QVERIFY(m_pane->store().record(reply).ok());
        m_pane->resize(960, 620);
        m_pane->show();
        saveScreenshot(m_pane.get(), QStringLiteral("correspondence.png"));
    }

private:
    static void saveScreenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::sendPostedEvents();
        if (w->layout())
            w->layout()->activate();
        QCoreApplication::sendPostedEvents();
        QVERIFY(w->grab().save(dir + u'/' + name));
    }
};

QTEST_MAIN(TestCorrespondencePane)
#include "tst_correspondencepane.moc"
