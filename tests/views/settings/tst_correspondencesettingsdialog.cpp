#include "GpgHome.h"
#include "TestSupport.h"
#include "correspondence/CorrespondenceSettings.h"
#include "correspondence/ReplyTemplates.h"
#include "session/Session.h"
#include "settings/CorrespondenceSettingsDialog.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

// The correspondence settings and the template editor with its live preview.
class TestCorrespondenceSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template<typename T>
    static T *find(QWidget *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
    }

    void editsTemplatesWithLivePreview()
    {
        GpgHome gpg;
        const QString key = gpg.generateKey(QStringLiteral("Example PSIRT <psirt@example.com>"));
        QVERIFY(!key.isEmpty());
        QString error;
        auto session = Session::open(TestSupport::freshLocation(Database::Backend::SQLite, m_dir, &error));
        QVERIFY2(session, qPrintable(session.error()));
        Database &db = session.value()->database();
        CorrespondenceSettingsDialog dialog(*session.value());
        dialog.show();

        auto *address = find<QLineEdit>(&dialog, "teamAddress");
        auto *home = find<QLineEdit>(&dialog, "gnupgHome");
        QTest::keyClicks(address, QStringLiteral("psirt@example.com"));
        home->setText(gpg.path());
        Q_EMIT home->editingFinished();
        QVERIFY2(find<QLabel>(&dialog, "keyStatus")->text().contains(key),
            qPrintable(find<QLabel>(&dialog, "keyStatus")->text()));

        auto *choice = find<QComboBox>(&dialog, "templateChoice");
        choice->setCurrentIndex(choice->findData(QStringLiteral("status-update")));
        auto *body = find<QPlainTextEdit>(&dialog, "templateBody");
        auto *preview = find<QPlainTextEdit>(&dialog, "templatePreview");
        QVERIFY(preview->isReadOnly());
        body->clear();
        QTest::keyClicks(body, QStringLiteral("Case {tracking_id} is {status}; <b>{unknown}</b>"));
        QCOMPARE(preview->toPlainText().section(QStringLiteral("\n\n"), 1),
            QStringLiteral("Case PSIRT-2026-0042 is Triage; <b>{unknown}</b>"));
        QVERIFY(preview->toPlainText().startsWith(QStringLiteral("Subject: Re: PSIRT Case PSIRT-2026-0042")));

        // Switching templates keeps the edit; Save stores it with the settings.
        choice->setCurrentIndex(choice->findData(QStringLiteral("fix-released")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("2027-01-31")));
        choice->setCurrentIndex(choice->findData(QStringLiteral("status-update")));
        QCOMPARE(body->toPlainText(), QStringLiteral("Case {tracking_id} is {status}; <b>{unknown}</b>"));
        const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            dialog.layout()->activate();
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/correspondence-settings.png")));
        }
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const CorrespondenceSettings stored = CorrespondenceSettings::load(TeamSettings(db));
        QCOMPARE(stored.teamAddress, QStringLiteral("psirt@example.com"));
        QCOMPARE(stored.gnupgHome, gpg.path());
        ReplyTemplates templates(db);
        QCOMPARE(templates.get(QStringLiteral("status-update"))->body,
            QStringLiteral("Case {tracking_id} is {status}; <b>{unknown}</b>"));
        QVERIFY(!templates.isEdited(QStringLiteral("fix-released")));

        // Reset brings the default text back.
        CorrespondenceSettingsDialog again(*session.value());
        auto *choice2 = find<QComboBox>(&again, "templateChoice");
        choice2->setCurrentIndex(choice2->findData(QStringLiteral("status-update")));
        QTest::mouseClick(find<QPushButton>(&again, "resetTemplate"), Qt::LeftButton);
        QCOMPARE(find<QPlainTextEdit>(&again, "templateBody")->toPlainText(),
            ReplyTemplates::defaultTemplate(QStringLiteral("status-update")).body);
    }
};

QTEST_MAIN(TestCorrespondenceSettingsDialog)
#include "tst_correspondencesettingsdialog.moc"
