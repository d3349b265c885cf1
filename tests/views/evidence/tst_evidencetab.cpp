#include "TestSupport.h"
#include "core/Analyst.h"
#include "evidence/AttachmentListModel.h"
#include "evidence/EvidenceStore.h"
#include "evidence/EvidenceTab.h"
#include "evidence/PassphraseDialog.h"
#include "storage/CaseStore.h"
#include "viewers/EvidenceCompareView.h"
#include "viewers/EvidenceViewerPane.h"
#include "viewers/LargeTextView.h"
#include "viewers/TextViewer.h"
#include "widgets/MessageBar.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

class TestEvidenceTab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        Analyst::setCurrent(QStringLiteral("ana"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("tab-%1.sqlite").arg(++m_round))).ok());
        m_cases = std::make_unique<CaseStore>(*m_db);
        m_caseId
            = *m_cases->createCase(TestSupport::minimalReport(QStringLiteral("Heap overflow in the web UI")));
        m_store = std::make_unique<EvidenceStore>(*m_db, m_cases->auditLog());
        m_tab = std::make_unique<EvidenceTab>(*m_store);
        m_tab->resize(1100, 800);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }

    void cleanup()
    {
        m_tab.reset();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        m_store.reset();
        m_cases.reset();
        m_db.reset();
    }

    void firstUseSetsThePassphrase()
    {
        m_tab->setCaseId(m_caseId);
        const QString file
            = write(QStringLiteral("request.txt"), "GET /cgi-bin/x?a=%n%n HTTP/1.1\r\nHost: device\r\n\r\n");
        m_tab->addFiles({file});
        // No passphrase yet: the tab asks for one (twice), and attaches once it is set.
        auto *dialog = m_tab->findChild<PassphraseDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"))
            ->setText(QStringLiteral("team secret 2026"));
        dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassphrase"))
            ->setText(QStringLiteral("team secret 202"));
        dialog->accept();
        QVERIFY(!m_store->isUnlocked()); // the two differ
        dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassphrase"))
            ->setText(QStringLiteral("team secret 2026"));
        dialog->accept();
        // The key is derived off the GUI thread; the dialog waits disabled meanwhile.
        QVERIFY(!dialog->isEnabled());
        QTRY_VERIFY(m_store->isUnlocked());
        QTRY_COMPARE(m_tab->model()->rowCount(), 1);

        // Locked again (a new session): showing it asks to unlock; a wrong passphrase is refused.
        m_store->lock();
        m_tab->showAttachment(m_tab->model()->attachmentAt(0).id);
        dialog = nullptr;
        const auto dialogs = m_tab->findChildren<PassphraseDialog *>();
        for (PassphraseDialog *d : dialogs) {
            if (d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(QStringLiteral("guess"));
        dialog->accept();
        QVERIFY(!dialog->isEnabled());
        QTRY_VERIFY(dialog->isEnabled());
        QVERIFY(!m_store->isUnlocked());
        QVERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"))
            ->setText(QStringLiteral("team secret 2026"));
        dialog->accept();
        QTRY_VERIFY(m_store->isUnlocked());
        QCOMPARE(m_tab->viewer()->currentKind(), ViewerKind::Text);
        QCOMPARE(m_tab->viewer()->info().fileName, QStringLiteral("request.txt"));
    }

    void attachViewCompareVerifyExport()
    {
        QVERIFY(m_store->initialise(QStringLiteral("team secret 2026"), 1000).ok());
        m_tab->setCaseId(m_caseId);
        const QString before = write(QStringLiteral("response-before-fix.http"),
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nServer: smx/25.1\r\n\r\n<p>welcome admin</p>\r\n");
        const QString after = write(QStringLiteral("response-after-fix.http"),
            "HTTP/1.1 403 Forbidden\r\nContent-Type: text/html\r\nServer: smx/25.2\r\n\r\n<p>denied</p>\r\n");
        const QString hostile = write(QStringLiteral("passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        m_tab->addFiles({before, after, hostile});
        QVERIFY(m_tab->job());
        // One job at a time: the image waits for the files.
        QImage shot(320, 200, QImage::Format_RGB32);
        shot.fill(QColor(0x20, 0x60, 0xa0));
        m_tab->addImage(shot);
        QCOMPARE(m_tab->messageBar()->kind(), MessageBar::Kind::Warning);
        QTRY_VERIFY(!m_tab->job());
        QCOMPARE(m_tab->model()->rowCount(), 3);
        m_tab->addImage(shot);
        QTRY_VERIFY(!m_tab->job());
        QCOMPARE(m_tab->model()->rowCount(), 4);
        QCOMPARE(m_tab->messageBar()->kind(), MessageBar::Kind::Positive);
        QCOMPARE(m_tab->model()->index(3, AttachmentListModel::TypeColumn).data().toString(),
            QStringLiteral("image/png"));

        // Selecting shows the attachment in the viewer its content calls for.
        QTableView *view = m_tab->view();
        view->selectRow(3);
        QCOMPARE(m_tab->viewer()->currentKind(), ViewerKind::Image);
        view->selectRow(0);
        QCOMPARE(m_tab->viewer()->currentKind(), ViewerKind::Text);

        // Two text attachments side by side.
        view->selectionModel()->select(
            m_tab->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_tab->compareSelected();
        QVERIFY(m_tab->compareView()->isVisible());
        QVERIFY(m_tab->compareView()->left()->toPlainText().contains(QStringLiteral("200 OK")));
        QVERIFY(m_tab->compareView()->right()->toPlainText().contains(QStringLiteral("403 Forbidden")));
        if (const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_tab->grab().save(QDir(dir).filePath(QStringLiteral("evidence-tab-compare.png"))));

        m_tab->verify();
        QTRY_VERIFY(!m_tab->job());
        QCOMPARE(m_tab->messageBar()->kind(), MessageBar::Kind::Positive);

        QTemporaryDir out;
        m_tab->exportAll(out.filePath(QStringLiteral("evidence")));
        QTRY_VERIFY(!m_tab->job());
        QCOMPARE(m_tab->messageBar()->kind(), MessageBar::Kind::Positive);
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("evidence/SHA256SUMS"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("evidence/passwd"))));

        view->selectRow(0);
        // The text is indexed by a worker thread reading the decrypting reader.
        QTRY_COMPARE(m_tab->viewer()->textViewer()->view()->lineCount(), 5);
        if (const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_tab->grab().save(QDir(dir).filePath(QStringLiteral("evidence-tab.png"))));
        m_tab->removeSelected();
        QCOMPARE(m_tab->model()->rowCount(), 3);

        // A file that cannot be read is reported; nothing else changes.
        m_tab->addFiles({m_dir.filePath(QStringLiteral("missing.bin"))});
        QTRY_VERIFY(!m_tab->job());
        QCOMPARE(m_tab->messageBar()->kind(), MessageBar::Kind::Error);
        QCOMPARE(m_tab->model()->rowCount(), 3);
    }

    void staysResponsiveWhileAdding()
    {
        QVERIFY(m_store->initialise(QStringLiteral("team secret 2026"), 1000).ok());
        const qint64 other = *m_cases->createCase(TestSupport::minimalReport(QStringLiteral("Another case")));
        m_tab->setCaseId(m_caseId);
        const QString big = writeRandom(QStringLiteral("capture.pcap"), 64 << 20);

        // The GUI thread's timer keeps firing while the 64 MiB are hashed and encrypted.
        int ticks = 0;
        int shownProgress = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] {
            if (!m_tab->job())
                return;
            ++ticks;
            shownProgress = std::max(shownProgress, m_tab->jobProgress()->value());
        });
        timer.start();
        m_tab->addFiles({big});
        QPointer<BackgroundJob> job = m_tab->job();
        QVERIFY(job);
        QVERIFY(m_tab->jobProgress()->isVisible());
        QVERIFY(m_tab->cancelButton()->isVisible());
        QVERIFY(!m_tab->findChild<QPushButton *>(QStringLiteral("addEvidence"))->isEnabled());
        // Another case can be looked at meanwhile; the file still goes to the first.
        m_tab->setCaseId(other);
        QSignalSpy ended(job.data(), &BackgroundJob::ended);
        QVERIFY(ended.wait(120000));
        QCOMPARE(
            ended.constFirst().constFirst().value<BackgroundJob::State>(), BackgroundJob::State::Succeeded);
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QVERIFY(shownProgress > 0);
        QVERIFY(!m_tab->jobProgress()->isVisible());
        QCOMPARE(m_tab->messageBar()->kind(), MessageBar::Kind::Positive);
        QCOMPARE(m_store->attachments(m_caseId)->size(), 1);
        QCOMPARE(m_store->attachments(m_caseId)->constFirst().size, qint64(64) << 20);
        QCOMPARE(m_tab->model()->rowCount(), 0);
        m_tab->setCaseId(m_caseId);
        QCOMPARE(m_tab->model()->rowCount(), 1);
    }

    void cancelLeavesNothing()
    {
        QVERIFY(m_store->initialise(QStringLiteral("team secret 2026"), 1000).ok());
        m_tab->setCaseId(m_caseId);
        const QString big = writeRandom(QStringLiteral("firmware.bin"), 64 << 20);
        const QString small = write(QStringLiteral("notes.txt"), "queued behind the firmware\n");
        m_tab->addFiles({big, small});
        QPointer<BackgroundJob> job = m_tab->job();
        QVERIFY(job);
        QSignalSpy ended(job.data(), &BackgroundJob::ended);
        QTest::mouseClick(m_tab->cancelButton(), Qt::LeftButton);
        QVERIFY(ended.wait(120000));
        QCOMPARE(
            ended.constFirst().constFirst().value<BackgroundJob::State>(), BackgroundJob::State::Cancelled);
        // Neither the file being added nor the one queued behind it.
        QVERIFY(!m_tab->job());
        QCOMPARE(m_tab->messageBar()->kind(), MessageBar::Kind::Warning);
        QCOMPARE(m_store->attachments(m_caseId)->size(), 0);
        QCOMPARE(m_tab->model()->rowCount(), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM evidence_blobs) + (SELECT COUNT(*) FROM evidence_chunks)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

private:
    QString writeRandom(const QString &name, qint64 size)
    {
        QList<quint32> words(size / 4);
        QRandomGenerator(7).fillRange(words.data(), words.size());
        return write(name, QByteArray(reinterpret_cast<const char *>(words.constData()), size));
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<EvidenceStore> m_store;
    std::unique_ptr<EvidenceTab> m_tab;
    qint64 m_caseId = 0;
};

QTEST_MAIN(TestEvidenceTab)
#include "tst_evidencetab.moc"
