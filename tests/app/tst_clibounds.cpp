#include "Cli.h"
#include "Command.h"
#include "CvssCommand.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Issue 13, "Bounded everything": the bounds on what psirtdesk-cli reads from standard
// input, run in process (Cli::run) with standard input pointed at a file for the call.
class TestCliBounds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cvssStdinLineLength_data();
    void cvssStdinLineLength();

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs the command with input as its standard input.
    Output cli(const QStringList &arguments, const QByteArray &input);

    QTemporaryDir m_dir;
};

void TestCliBounds::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
}

TestCliBounds::Output TestCliBounds::cli(const QStringList &arguments, const QByteArray &input)
{
    const QString path = m_dir.filePath(u"stdin"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
        return {};
    file.close();
    // The command reads the C stdin: file descriptor 0 is pointed at the file for the call.
    const int saved = dup(STDIN_FILENO);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    dup2(fd, STDIN_FILENO);
    ::close(fd);
    clearerr(stdin);
    Output o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    o.exitCode = Cli::run(QStringList {u"psirtdesk-cli"_s} + arguments, out, err);
    out.flush();
    err.flush();
    dup2(saved, STDIN_FILENO);
    ::close(saved);
    clearerr(stdin);
    return o;
}

void TestCliBounds::cvssStdinLineLength_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QByteArray>("ending");
    QTest::newRow("text") << false << QByteArray("\n");
    QTest::newRow("text, CRLF") << false << QByteArray("\r\n");
    QTest::newRow("json") << true << QByteArray("\n");
}

// CvssCommand::maxLineBytes: a line of exactly 1 MiB is read whole (and is not a vector); a
// line one byte longer is reported by its first bytes and read past, and the lines after
// it are scored as ever.
void TestCliBounds::cvssStdinLineLength()
{
    QFETCH(bool, json);
    QFETCH(QByteArray, ending);
    const QByteArray valid = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    const QByteArray atBound(CvssCommand::maxLineBytes, 'A');
    const QByteArray past(CvssCommand::maxLineBytes + 1, 'B');
    const QByteArray input = valid + ending + atBound + ending + past + ending + valid + ending;
    QStringList arguments {u"cvss"_s};
    if (json)
        arguments << u"--json"_s;
    arguments << u"-"_s;
    const Output o = cli(arguments, input);
    QCOMPARE(o.exitCode, ExitCode::Failure);

    const QStringList lines = o.out.split(u'\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(4).isEmpty());
    const QString reason = u"line longer than %1 bytes, skipped"_s.arg(CvssCommand::maxLineBytes);
    if (json) {
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        QCOMPARE(first.value(u"valid").toBool(), true);
        const QJsonObject at = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(at.value(u"valid").toBool(), false);
        QCOMPARE(at.value(u"vector").toString().size(), CvssCommand::maxLineBytes); // whole
        QVERIFY(at.value(u"reason").toString() != reason);
        const QJsonObject over = QJsonDocument::fromJson(lines.at(2).toUtf8()).object();
        QCOMPARE(over.value(u"valid").toBool(), false);
        QCOMPARE(over.value(u"reason").toString(), reason);
        QCOMPARE(over.value(u"vector").toString(), QString(QString(40, u'B') + u'…'));
        QCOMPARE(QJsonDocument::fromJson(lines.at(3).toUtf8()).object().value(u"score").toString(), u"9.8"_s);
    } else {
        QCOMPARE(lines.at(0), QString(QString::fromLatin1(valid) + u"\t9.8\tCritical"_s));
        QVERIFY(lines.at(1).startsWith(QString(QString::fromLatin1(atBound) + u"\tinvalid\t"_s)));
        QVERIFY(!lines.at(1).contains(reason));
        QCOMPARE(lines.at(2), QString(QString(40, u'B') + u"…\tinvalid\t"_s + reason));
        QCOMPARE(lines.at(3), QString(QString::fromLatin1(valid) + u"\t9.8\tCritical"_s));
    }
    QCOMPARE(o.err,
        u"Line 3 of standard input is longer than %1 bytes; it was skipped.\n"_s.arg(
            CvssCommand::maxLineBytes));
}

QTEST_GUILESS_MAIN(TestCliBounds)
#include "tst_clibounds.moc"
