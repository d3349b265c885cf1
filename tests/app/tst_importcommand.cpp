#include "MailCorpus.h"
#include "TestSupport.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MailCorpus;

// `psirtdesk-cli import`, run as users run it, over mail made here.
class TestImportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void importsAndReimports();
    void errors_data();
    void errors();

private:
    struct Output
    {
        int exitCode = -1;
        QStringList lines;
        QString err;
    };
    static Output cli(const QStringList &arguments);
    QTemporaryDir m_dir;
};

TestImportCommand::Output TestImportCommand::cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QString::fromUtf8(PSIRTDESK_CLI), QStringList {u"import"_s} + arguments);
    Output o;
    if (!p.waitForFinished(60000))
        return o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

void TestImportCommand::importsAndReimports()
{
    Headers report;
    Headers hostile;
    hostile.messageId = "hostile@example.org";
    Headers names;
    names.messageId = "names@example.org";
    names.subject = "PSIRT Case: traversal";
    QFile box(m_dir.filePath(u"in.mbox"_s));
    QVERIFY(box.open(QIODevice::WriteOnly));
    box.write(mbox({plain(report, reportBody()), nested(hostile, 10000),
        withAttachment(names, reportBody(), "../../../../etc/cron.d/evil", "* * * * * root sh")}));
    box.close();
    const QString database = m_dir.filePath(u"cases.sqlite"_s);

    const Output first = cli({u"--database"_s, database, box.fileName()});
    QCOMPARE(first.exitCode, 3); // something was refused
    QCOMPARE(first.lines.size(), 3);
    QVERIFY2(first.lines.at(0).startsWith(u"in.mbox, message 1 at byte 0\timported as new report #1"_s),
        qPrintable(first.lines.at(0)));
    QVERIFY2(first.lines.at(1).contains(u"message 2 at byte"_s) && first.lines.at(1).contains(u"refused"_s)
            && first.lines.at(1).contains(u"MIME parts"_s),
        qPrintable(first.lines.at(1)));
    QVERIFY2(first.lines.at(2).contains(u"new report #2"_s), qPrintable(first.lines.at(2)));
    QVERIFY2(first.err.contains(u"2 new reports"_s), qPrintable(first.err));
    // Nothing was written outside the database, whatever the attachment was called.
    QVERIFY(!QFile::exists(m_dir.filePath(u"evil"_s)));

    const Output again = cli({u"--database"_s, database, box.fileName()});
    QCOMPARE(again.lines.size(), 3);
    QVERIFY(again.lines.at(0).contains(u"duplicate"_s));
    QVERIFY(again.lines.at(2).contains(u"duplicate"_s));

    Database db;
    QVERIFY(db.open(database).ok());
    CaseStore store(db);
    QCOMPARE(*store.caseCount(), 2);
    QCOMPARE(store.caseById(1)->product, u"SMx"_s);
}

void TestImportCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no database") << QStringList {u"x.eml"_s} << 2 << u"--database"_s;
    QTest::newRow("no files") << QStringList {u"--database"_s, u"x.sqlite"_s} << 2 << u"at least one"_s;
}

void TestImportCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Output o = cli(arguments);
    QCOMPARE(o.exitCode, exitCode);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
