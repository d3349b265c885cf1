#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// psirtdesk-cli cvss as scripts use it: one line per input, tab-separated, exit status 0
// only when every vector is valid.
class TestCvssCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void arguments();
    void allValidExitsZero();
    void standardInput();
    void json();
    void noVector();
    void largeStream();
    void hostileInputIsShownNotObeyed();

private:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(PSIRTDESK_CLI), arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
};

void TestCvssCommand::arguments()
{
    const Run r = run({QStringLiteral("cvss"), QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H"),
        QStringLiteral("(AV:N/AC:L/Au:N/C:N/I:N/A:C)"),
        QStringLiteral("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N")});
    QCOMPARE(r.status, 1);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QByteArray("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\t9.8\tCritical"));
    QVERIFY(lines.at(1).startsWith("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H\tinvalid\t"));
    QVERIFY(lines.at(1).contains("mandatory metric A"));
    QCOMPARE(lines.at(2), QByteArray("(AV:N/AC:L/Au:N/C:N/I:N/A:C)\t7.8\tHigh"));
    QCOMPARE(lines.at(3),
        QByteArray("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N\t0.0\tNone"));
    QVERIFY(lines.at(4).isEmpty());
}

void TestCvssCommand::allValidExitsZero()
{
    const Run r = run({QStringLiteral("cvss"),
        QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U/CR:H/MS:C")});
    QCOMPARE(r.status, 0);
    // Environmental metrics given: the environmental score, Roundup(10 × 0.91 × 0.95 × 0.92).
    QVERIFY2(r.out.endsWith("\t8.0\tHigh\n"), r.out.constData());
}

void TestCvssCommand::standardInput()
{
    const QByteArray input
        = "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N/RC:U\r\n"
          "\n"
          "AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C\n"
          "CVSS:4.0/AC:L/AV:N\n"
          "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"; // no final newline
    const Run r = run({QStringLiteral("cvss"), QStringLiteral("-")}, input);
    QCOMPARE(r.status, 1);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QByteArray("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N/RC:U\t6.9\tMedium"));
    QCOMPARE(lines.at(1), QByteArray("AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C\t8.3\tHigh"));
    QVERIFY(lines.at(2).startsWith("CVSS:4.0/AC:L/AV:N\tinvalid\t"));
    QVERIFY(lines.at(2).contains("must come before"));
    QCOMPARE(lines.at(3),
        QByteArray("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\t8.5\tHigh"));
}

void TestCvssCommand::json()
{
    const Run r = run({QStringLiteral("cvss"), QStringLiteral("--json"),
        QStringLiteral("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U/CR:L")});
    QCOMPARE(r.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed()).object();
    QCOMPARE(o.value(u"valid").toBool(), true);
    QCOMPARE(o.value(u"nomenclature").toString(), QStringLiteral("CVSS-BTE"));
    QCOMPARE(o.value(u"base").toString(), QStringLiteral("9.3"));
    QCOMPARE(o.value(u"macroVector").toString().size(), 6);
    QVERIFY(o.contains(u"threat"));
    QVERIFY(o.contains(u"environmental"));

    const Run v3 = run({QStringLiteral("cvss"), QStringLiteral("--json"),
        QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")});
    const QJsonObject p = QJsonDocument::fromJson(v3.out.trimmed()).object();
    QCOMPARE(p.value(u"impact").toString(), QStringLiteral("5.9"));
    QCOMPARE(p.value(u"exploitability").toString(), QStringLiteral("3.9"));
    QCOMPARE(p.value(u"base").toString(), QStringLiteral("9.8"));
}

void TestCvssCommand::noVector()
{
    const Run r = run({QStringLiteral("cvss")});
    QCOMPARE(r.status, 2);
    QVERIFY(!r.err.isEmpty());
}

// More than the command's 1 MiB read block, so lines straddle block boundaries.
// Issue 13, defect 7: a line with terminal escapes, NUL and non-ASCII letters is repeated
// with its controls made visible and its UTF-8 intact, in the line and in the reason.
void TestCvssCommand::hostileInputIsShownNotObeyed()
{
    const QByteArray input = QByteArray("CVSS:3.1/AV:\x1b[2J\x1b]0;owned\x07/AC:L\n")
        + QByteArray("CVSS:3.1/AV:N") + '\0' + "/AC:L\n" + QStringLiteral("CVSS:3.1/AV:\uFF28").toUtf8()
        + "\n";
    const Run r = run({QStringLiteral("cvss"), QStringLiteral("-")}, input);
    QCOMPARE(r.status, 1);
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY(!r.out.contains('\x07'));
    QVERIFY(!r.out.contains('\0'));
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 4);
    for (const QByteArray &line : lines.first(3))
        QVERIFY2(line.contains("\tinvalid\t"), line.constData());
    // The full-width letter comes back as itself, in the echo and in the reason.
    const QByteArray wide = QStringLiteral("\uFF28").toUtf8();
    QCOMPARE(lines.at(2).count(wide), 2);
}

void TestCvssCommand::largeStream()
{
    const QByteArray a = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n";
    const QByteArray b = "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\r\n";
    QByteArray input;
    for (int i = 0; i < 40000; ++i)
        input += (i % 3 == 0 ? b : a);
    const Run r = run({QStringLiteral("cvss"), QStringLiteral("-")}, input);
    QCOMPARE(r.status, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 40001);
    for (int i = 0; i < 40000; ++i) {
        const QByteArray expected = i % 3 == 0
            ? QByteArray("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\t8.5\tHigh")
            : QByteArray("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\t9.8\tCritical");
        if (lines.at(i) != expected)
            QFAIL(qPrintable(QString::number(i) + u' ' + QString::fromLatin1(lines.at(i))));
    }
}

QTEST_GUILESS_MAIN(TestCvssCommand)
#include "tst_cvsscommand.moc"
