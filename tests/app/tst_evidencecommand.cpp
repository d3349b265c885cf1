#include "TestSupport.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `psirtdesk-cli evidence` run as scripts run it: a process, the passphrase in the environment.
class TestEvidenceCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"cases.sqlite"_s);
        Database db;
        QVERIFY(db.open(m_db).ok());
        CaseStore store(db);
        QVERIFY(store.createCase(TestSupport::minimalReport(u"Case with evidence"_s)).ok());
        m_file = m_dir.filePath(u"poc.py"_s);
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/usr/bin/env python3\nprint('overflow')\n");
    }

    void workflow()
    {
        const QStringList db {u"--database"_s, m_db};
        Output o = cli(QStringList {u"init"_s} + db);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(o.out.contains(u"iterations"_s));
        QCOMPARE(cli(QStringList {u"init"_s} + db).exitCode, 1); // only once

        o = cli(QStringList {u"add"_s, u"#1"_s, m_file, u"--note"_s, u"from the report"_s} + db);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const QString sha = sha256(m_file);
        QVERIFY(o.out.contains(sha));

        o = cli(QStringList {u"list"_s, u"1"_s, u"--format"_s, u"json"_s} + db);
        QCOMPARE(o.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"sha256"_s).toString(), sha);
        QCOMPARE(list.at(0).toObject().value(u"note"_s).toString(), u"from the report"_s);
        QCOMPARE(list.at(0).toObject().value(u"name"_s).toString(), u"poc.py"_s);

        const QString one = m_dir.filePath(u"exported.py"_s);
        QCOMPARE(cli(QStringList {u"export"_s, u"1"_s, u"--out"_s, one} + db).exitCode, 0);
        QCOMPARE(sha256(one), sha);
        const QString folder = m_dir.filePath(u"all"_s);
        QCOMPARE(cli(QStringList {u"export"_s, u"--case"_s, u"1"_s, u"--out"_s, folder} + db).exitCode, 0);
        QFile manifest(QDir(folder).filePath(u"SHA256SUMS"_s));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(manifest.readAll()), sha + u"  poc.py\n"_s);

        QCOMPARE(cli(QStringList {u"verify"_s} + db).exitCode, 0);
        // A damaged body: verify names it and exits 3.
        {
            Database raw;
            QVERIFY(raw.open(m_db).ok());
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(u"UPDATE evidence_chunks SET data = zeroblob(length(data))"_s));
        }
        o = cli(QStringList {u"verify"_s, u"--case"_s, u"1"_s} + db);
        QCOMPARE(o.exitCode, 3);
        QVERIFY2(o.out.contains(u"poc.py"_s), qPrintable(o.out));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errContains");
        QTest::newRow("no action") << QStringList {} << u"x"_s << 2 << u"init, add"_s;
        QTest::newRow("no database") << QStringList {u"list"_s, u"1"_s} << u"x"_s << 2 << u"--database"_s;
        QTest::newRow("wrong passphrase") << QStringList {u"list"_s, u"1"_s, u"--database"_s, u"{db}"_s}
                                          << u"not the passphrase"_s << 1 << u"Wrong passphrase"_s;
        QTest::newRow("no passphrase, no terminal") << QStringList {u"list"_s, u"1"_s, u"--database"_s,
            u"{db}"_s} << QString() << 1 << u"PSIRTDESK_EVIDENCE_PASSPHRASE"_s;
        QTest::newRow("unknown case")
            << QStringList {u"list"_s, u"PSIRT-1999-0001"_s, u"--database"_s, u"{db}"_s} << kPassphrase << 1
            << u"PSIRT-1999-0001"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, passphrase);
        QFETCH(int, exitCode);
        QFETCH(QString, errContains);
        arguments.replaceInStrings(u"{db}"_s, m_db);
        const Output o = cli(arguments, passphrase);
        QCOMPARE(o.exitCode, exitCode);
        QVERIFY2(o.err.contains(errContains), qPrintable(o.err));
    }

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static inline const QString kPassphrase = u"team secret 2026"_s;

    static Output cli(const QStringList &arguments, const QString &passphrase = kPassphrase)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"PSIRTDESK_EVIDENCE_PASSPHRASE"_s);
        if (!passphrase.isEmpty())
            env.insert(u"PSIRTDESK_EVIDENCE_PASSPHRASE"_s, passphrase);
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QString::fromUtf8(PSIRTDESK_CLI), QStringList {u"evidence"_s} + arguments);
        Output o;
        if (!p.waitForFinished(60000))
            return o;
        o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        o.out = QString::fromUtf8(p.readAllStandardOutput());
        o.err = QString::fromUtf8(p.readAllStandardError());
        return o;
    }

    static QString sha256(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestEvidenceCommand)
#include "tst_evidencecommand.moc"
