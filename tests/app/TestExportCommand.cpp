#include "TestSupport.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `psirtdesk-cli export` run as scripts run it, on a demo database; PDFs read back with
// poppler as a product team's reader would.
class TestExportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfReport();
    void pdfRefusesBadArguments_data();
    void pdfRefusesBadArguments();

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Output run(const QString &program, const QStringList &arguments);
    Output cli(const QStringList &arguments) const
    {
        return run(QStringLiteral(PSIRTDESK_CLI), QStringList {u"export"_s} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_trackingId; // an acknowledged demo case
};

TestExportCommand::Output TestExportCommand::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    Output o;
    if (!p.waitForFinished(120000))
        return o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

void TestExportCommand::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.sqlite"_s);
    const Output demo = run(QStringLiteral(PSIRTDESK_CLI),
        {u"demo"_s, u"--out"_s, m_db, u"--cases"_s, u"60"_s, u"--seed"_s, u"7"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    Database db;
    QVERIFY(db.open(m_db).ok());
    CaseStore store(db);
    const auto rows = store.inboxRows();
    QVERIFY(rows);
    for (const InboxRow &row : *rows) {
        if (!row.trackingId.isEmpty()) {
            m_trackingId = row.trackingId;
            break;
        }
    }
    QVERIFY(!m_trackingId.isEmpty());
}

void TestExportCommand::pdfReport()
{
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    const Output o
        = cli({u"pdf"_s, m_trackingId, u"--database"_s, m_db, u"--out"_s, pdf, u"--tlp"_s, u"red"_s});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QRegularExpression wrote(u"\\((\\d+) page"_s);
    const QRegularExpressionMatch m = wrote.match(o.out);
    QVERIFY2(m.hasMatch(), qPrintable(o.out));
    const int pages = m.captured(1).toInt();
    QVERIFY(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        const QString n = QString::number(page);
        const Output text = run(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(u"TLP:RED"_s), page == 1 ? 3 : 2);
        QVERIFY(text.out.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
        if (page == 1)
            QVERIFY(text.out.contains(m_trackingId));
    }
}

void TestExportCommand::pdfRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown TLP") << QStringList {u"pdf"_s, u"1"_s, u"--tlp"_s, u"purple"_s} << 2
                                 << u"Unknown TLP label"_s;
    QTest::newRow("no such case") << QStringList {u"pdf"_s, u"PSIRT-1999-9999"_s} << 1
                                  << u"PSIRT-1999-9999"_s;
    QTest::newRow("two cases") << QStringList {u"pdf"_s, u"1"_s, u"2"_s} << 2 << u"exactly one"_s;
    QTest::newRow("unknown format") << QStringList {u"docx"_s, u"1"_s} << 2 << u"Unknown format"_s;
}

void TestExportCommand::pdfRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString pdf = m_dir.filePath(u"refused.pdf"_s);
    const Output o = cli(arguments + QStringList {u"--database"_s, m_db, u"--out"_s, pdf});
    QCOMPARE(o.exitCode, exitCode);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
