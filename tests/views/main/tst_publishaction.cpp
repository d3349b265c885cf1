#include "GpgHome.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceSettings.h"
#include "demo/DemoGenerator.h"
#include "main/ExportActions.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// File → Publish in the real window on the offscreen platform: the folder dialog, the
// background job, the tree signed with the team key for correspondence, and the summary in
// the message bar.
class TestPublishAction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        Clock::setFixed(QDateTime(QDate(2026, 12, 4), QTime(12, 0), QTimeZone::UTC));
    }

    void publishesFromTheFileMenu()
    {
        GpgHome team;
        const QString key = team.generateKey(u"Calix PSIRT <psirt@calix.example>"_s);
        QVERIFY2(!key.isEmpty(), qPrintable(team.errorString()));
        const QString location = m_dir.filePath(u"demo.psirtdesk"_s);
        {
            Database db;
            QVERIFY(db.open(location).ok());
            DemoOptions options;
            options.cases = 40;
            options.seed = 7;
            options.now = Clock::nowUtc();
            const Status generated = DemoGenerator::generate(db, options);
            QVERIFY2(generated.ok(), qPrintable(generated.error()));
            CorrespondenceSettings correspondence;
            correspondence.teamAddress = u"psirt@calix.example"_s;
            correspondence.gnupgHome = team.path();
            TeamSettings settings(db);
            QVERIFY(correspondence.save(settings).ok());
        }
        AppSettings settings(m_dir.filePath(u"settings.ini"_s));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(location).ok());
        window.show();

        auto *action = window.findChild<QAction *>(u"actionPublish"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<QFileDialog *>(u"publishFolderDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->fileMode(), QFileDialog::Directory);
        const QString folder = m_dir.filePath(u"csaf"_s);
        QVERIFY(QDir().mkpath(folder));
        dialog->setDirectory(m_dir.path());
        dialog->selectFile(folder);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Choose button does

        MessageBar *bar = window.messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->kind() != MessageBar::Kind::Information, 60000);
        QVERIFY2(bar->kind() == MessageBar::Kind::Positive, qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(u"changed"_s), qPrintable(bar->text()));
        QVERIFY2(!bar->text().contains(u"Not signed"_s), qPrintable(bar->text()));
        QFile metadata(folder + u"/provider-metadata.json"_s);
        QVERIFY(metadata.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(metadata.readAll()).object();
        QCOMPARE(meta.value(u"role"_s).toString(), u"csaf_trusted_provider"_s);
        QVERIFY(QFileInfo::exists(folder + u"/openpgp/"_s + key.toUpper() + u".asc"_s));

        // Again: nothing changed, said so.
        BackgroundJob *again = window.exports()->publishTo(folder);
        QVERIFY(again);
        QTRY_VERIFY_WITH_TIMEOUT(bar->kind() != MessageBar::Kind::Information, 60000);
        QVERIFY2(bar->text().contains(u", 0 changed"_s), qPrintable(bar->text()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPublishAction)
#include "tst_publishaction.moc"
