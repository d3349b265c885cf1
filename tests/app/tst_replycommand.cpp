#include "GpgHome.h"
#include "TestSupport.h"
#include "correspondence/CorrespondenceSettings.h"
#include "correspondence/CorrespondenceStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"

#include <QProcess>
#include <QTest>

// `psirtdesk-cli reply` run as users run it, over a database and a keyring made here.
class TestReplyCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess p;
        p.start(QString::fromUtf8(PSIRTDESK_CLI), QStringList {QStringLiteral("reply")} + arguments);
        p.waitForFinished(120000);
        return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
    }

    void acknowledgesAndWritesEml()
    {
        GpgHome team;
        QVERIFY(!team.generateKey(QStringLiteral("PSIRT <psirt@example.com>")).isEmpty());
        const QString location = m_dir.filePath(QStringLiteral("reply.psirtdesk"));
        qint64 caseId = 0;
        {
            Database db;
            QVERIFY(db.open(location).ok());
            CaseStore store(db);
            NewReport report = TestSupport::minimalReport(QStringLiteral("Overflow"));
            report.reporterEmail = QStringLiteral("ada@example.org");
            caseId = *store.createCase(report);
            CorrespondenceSettings settings;
            settings.teamAddress = QStringLiteral("psirt@example.com");
            settings.teamName = QStringLiteral("Example PSIRT");
            settings.gnupgHome = team.path();
            TeamSettings teamSettings(db);
            QVERIFY(settings.save(teamSettings).ok());
        }
        // A file that cannot be written: rc 1, and the case is as it was (issue 13, defect 1).
        const Run unwritable
            = run({QString::number(caseId), QStringLiteral("--template"), QStringLiteral("acknowledgement"),
                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no/such/folder/ack.eml")),
                QStringLiteral("--database"), location});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains(QStringLiteral("Cannot write")), qPrintable(unwritable.err));
        {
            Database db;
            QVERIFY(db.open(location).ok());
            CaseStore store(db);
            QCOMPARE(store.caseById(caseId)->status, CaseStatus::New);
            QVERIFY(store.caseById(caseId)->trackingId.isEmpty());
            QVERIFY(CorrespondenceStore(db, store.auditLog()).messages(caseId)->isEmpty());
        }

        const QString out = m_dir.filePath(QStringLiteral("ack.eml"));
        const Run r
            = run({QString::number(caseId), QStringLiteral("--template"), QStringLiteral("acknowledgement"),
                QStringLiteral("--out"), out, QStringLiteral("--database"), location});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("signed")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray eml = file.readAll();
        QVERIFY(eml.contains("multipart/signed"));

        Database db;
        QVERIFY(db.open(location).ok());
        CaseStore store(db);
        const Case c = *store.caseById(caseId);
        QCOMPARE(c.status, CaseStatus::Acknowledged);
        QVERIFY(eml.contains(QByteArray("Subject: Re: PSIRT Case " + c.trackingId.toLatin1())));
        const auto log = CorrespondenceStore(db, store.auditLog()).messages(caseId);
        QCOMPARE(log->size(), 1);
        QVERIFY(log->constFirst().sentAt.isValid());

        // By tracking id, a second time: a status update, no workflow move.
        const Run again = run({c.trackingId, QStringLiteral("--template"), QStringLiteral("status-update"),
            QStringLiteral("--out"), out, QStringLiteral("--database"), location});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(CorrespondenceStore(db, store.auditLog()).messages(caseId)->size(), 2);
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString db = m_dir.filePath(QStringLiteral("none.psirtdesk"));
        QTest::newRow("no template") << QStringList {QStringLiteral("1"), QStringLiteral("--out"),
            QStringLiteral("x.eml"), QStringLiteral("--database"), db}
                                     << 2;
        QTest::newRow("unknown template")
            << QStringList {QStringLiteral("1"), QStringLiteral("--template"), QStringLiteral("../x"),
                   QStringLiteral("--out"), QStringLiteral("x.eml"), QStringLiteral("--database"), db}
            << 2;
        QTest::newRow("unknown case") << QStringList {QStringLiteral("PSIRT-1999-9999"),
            QStringLiteral("--template"), QStringLiteral("status-update"), QStringLiteral("--out"),
            QStringLiteral("x.eml"), QStringLiteral("--database"), db}
                                      << 1;
    }
    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplyCommand)
#include "tst_replycommand.moc"
