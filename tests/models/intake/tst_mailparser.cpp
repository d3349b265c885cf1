#include "MailCorpus.h"
#include "TestSupport.h"
#include "intake/MailParser.h"
#include "intake/MailSource.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace MailCorpus;

class TestMailParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void headerFields();
    void zipBombStaysPacked();
    void displayFileName_data();
    void displayFileName();
    void mboxPositions();
    void maildir();
    void hugeEmlRefusedUnread();
    void hugeHeaderLineInMboxSkipped();
};

void TestMailParser::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("bodyContains");
    QTest::addColumn<QStringList>("attachments");
    QTest::addColumn<QString>("noteContains");

    Headers h;
    QTest::newRow("plain") << plain(h, "Just text.")
                           << QStringLiteral("PSIRT Case: Buffer overflow in web login")
                           << QStringLiteral("Just text.") << QStringList() << QString();
    Headers latin;
    latin.subject = "=?ISO-8859-1?Q?PSIRT_Case:_Sch=F6ne_Gr=FC=DFe?=";
    QTest::newRow("quoted-printable latin-1")
        << plain(latin, "Sch=F6ne Gr=FC=DFe aus K=F6ln", "iso-8859-1", "quoted-printable")
        << QStringLiteral("PSIRT Case: Schöne Grüße") << QStringLiteral("Schöne Grüße aus Köln")
        << QStringList() << QString();
    Headers japanese;
    japanese.subject = "=?UTF-8?B?" + QStringLiteral("PSIRT Case: 脆弱性の報告").toUtf8().toBase64() + "?=";
    QTest::newRow("base64 utf-8 subject")
        << plain(japanese, QStringLiteral("脆弱性").toUtf8().toBase64(), "utf-8", "base64")
        << QStringLiteral("PSIRT Case: 脆弱性の報告") << QStringLiteral("脆弱性") << QStringList()
        << QString();
    Headers russian;
    // "Отчёт" in KOI8-R
    russian.subject = "=?KOI8-R?B?" + QByteArray::fromHex("efd4dea3d4").toBase64() + "?=";
    QTest::newRow("koi8-r") << plain(russian, QByteArray::fromHex("efd4dea3d4"), "koi8-r")
                            << QStringLiteral("Отчёт") << QStringLiteral("Отчёт") << QStringList()
                            << QString();
    QTest::newRow("windows-1252") << plain(h, "\x93quoted\x94 \x80 5", "windows-1252")
                                  << QString::fromUtf8(h.subject) << QStringLiteral("“quoted” € 5")
                                  << QStringList() << QString();
    QTest::newRow("attachment") << withAttachment(
        h, "See the PoC.", "poc.py", "print('boom')\n", "text/x-python")
                                << QString::fromUtf8(h.subject) << QStringLiteral("See the PoC.")
                                << QStringList {QStringLiteral("poc.py")} << QString();
    Headers inner;
    inner.subject = "Original report";
    inner.messageId = "inner@example.org";
    QTest::newRow("nested message/rfc822")
        << forwarded(h, withAttachment(inner, "Inner text.", "dump.pcap", "\x01\x02\x03"))
        << QString::fromUtf8(h.subject) << QStringLiteral("Inner text.")
        << QStringList {QStringLiteral("dump.pcap")} << QString();
    QTest::newRow("invalid charset") << plain(h, "caf\xc3\xa9", "x-no-such-charset-\x01")
                                     << QString::fromUtf8(h.subject) << QStringLiteral("café")
                                     << QStringList() << QStringLiteral("Unknown character set");
    QByteArray truncated = withAttachment(h, "Cut off.", "big.bin", QByteArray(3000, 'x'));
    truncated.truncate(truncated.size() - 600);
    QTest::newRow("truncated MIME") << truncated << QString::fromUtf8(h.subject) << QStringLiteral("Cut off.")
                                    << QStringList {QStringLiteral("big.bin")} << QString();
    QTest::newRow("path separators in names")
        << withAttachment(h, "x", "../../etc/passwd", "root:x:0:0") << QString::fromUtf8(h.subject)
        << QStringLiteral("x") << QStringList {QStringLiteral("passwd")} << QString();
    QTest::newRow("windows path in name")
        << withAttachment(h, "x", "..\\\\..\\\\boot.ini", "[boot]") << QString::fromUtf8(h.subject)
        << QStringLiteral("x") << QStringList {QStringLiteral("boot.ini")} << QString();
    QByteArray html = plain(h, "<p>Hi <script>alert(1)</script></p>");
    html.replace("text/plain", "text/html");
    QTest::newRow("html only") << html << QString::fromUtf8(h.subject) << QString()
                               << QStringList {QStringLiteral("message.html")} << QStringLiteral("HTML");
    QTest::newRow("deep but allowed") << nested(h, 20) << QString::fromUtf8(h.subject)
                                      << QStringLiteral("deep") << QStringList() << QString();
    QTest::newRow("nested past the depth bound") << nested(h, 60) << QString::fromUtf8(h.subject) << QString()
                                                 << QStringList() << QStringLiteral("deeper");
}

void TestMailParser::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, subject);
    QFETCH(QString, bodyContains);
    QFETCH(QStringList, attachments);
    QFETCH(QString, noteContains);
    const auto parsed = MailParser::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->subject, subject);
    if (!bodyContains.isEmpty())
        QVERIFY2(parsed->body.contains(bodyContains), qPrintable(parsed->body));
    QStringList names;
    for (const MailAttachment &a : parsed->attachments) {
        names.append(a.name);
        QCOMPARE(a.sha256, QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
    }
    QCOMPARE(names, attachments);
    if (noteContains.isEmpty())
        QVERIFY2(parsed->notes.isEmpty(), qPrintable(parsed->notes.join(u'|')));
    else
        QVERIFY2(parsed->notes.join(u'|').contains(noteContains), qPrintable(parsed->notes.join(u'|')));
    QCOMPARE(parsed->contentHash, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void TestMailParser::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    Headers h;
    QTest::newRow("10,000 nested parts") << nested(h, 10000) << QStringLiteral("more than 500 MIME parts");
    h.extra = "X-Long: " + QByteArray(100 * 1024, 'a') + "\n";
    QTest::newRow("100 KB header line") << plain(h, "x") << QStringLiteral("header line is");
}

void TestMailParser::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto parsed = MailParser::parse(bytes);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
}

void TestMailParser::headerFields()
{
    Headers h;
    h.extra = "In-Reply-To: <ack-7@psirt.example.com>\nReferences: <first@example.org> "
              "<ack-7@psirt.example.com>\n";
    const auto parsed = MailParser::parse(plain(h, "x"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->messageId, QByteArray("report-1@example.org"));
    QCOMPARE(parsed->fromName, QStringLiteral("Alice Researcher"));
    QCOMPARE(parsed->fromAddress, QStringLiteral("alice@example.org"));
    QCOMPARE(parsed->date, QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::UTC));
    QCOMPARE(parsed->references, (QByteArrayList {"first@example.org", "ack-7@psirt.example.com"}));
    QCOMPARE(parsed->pgp.signature, SignatureState::NotSigned);
    QVERIFY(!parsed->pgp.encrypted);
}

void TestMailParser::zipBombStaysPacked()
{
    const QByteArray zip = zipBomb(64LL * 1024 * 1024);
    QVERIFY(zip.size() < 200 * 1024);
    const auto parsed
        = MailParser::parse(withAttachment(Headers(), "bomb", "bomb.zip", zip, "application/zip"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->attachments.size(), 1);
    QCOMPARE(parsed->attachments.constFirst().data, zip); // kept as sent, never unpacked
    QCOMPARE(parsed->attachments.constFirst().mimeType, QStringLiteral("application/zip"));
}

void TestMailParser::displayFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("poc.py") << QStringLiteral("poc.py");
    QTest::newRow("unix path") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("windows path") << QStringLiteral("C:\\Windows\\win.ini") << QStringLiteral("win.ini");
    QTest::newRow("dot-dot") << QStringLiteral("..") << QStringLiteral("attachment-3");
    QTest::newRow("trailing slash") << QStringLiteral("dir/") << QStringLiteral("attachment-3");
    QTest::newRow("empty") << QString() << QStringLiteral("attachment-3");
    QTest::newRow("bidi") << QStringLiteral("invoice\u202Etxt.exe") << QStringLiteral("invoice\u2067txt.exe");
}

void TestMailParser::displayFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    const QString result = MailParser::displayFileName(name, 3);
    QVERIFY(!result.contains(u'/') && !result.contains(u'\\'));
    QVERIFY(!result.contains(QChar(0x202E)));
    if (!name.contains(QChar(0x202E)))
        QCOMPARE(result, shown);
}

void TestMailParser::mboxPositions()
{
    QTemporaryDir dir;
    Headers a;
    Headers b;
    b.messageId = "report-2@example.org";
    const QByteArray first = plain(a, "From the start of a line, escaped.");
    const QByteArray second = plain(b, "two");
    const QByteArray box = mbox({first, second, plain(a, "three")});
    QFile file(dir.filePath(QStringLiteral("in.mbox")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(box);
    file.close();

    MailSource source({file.fileName()});
    RawMessage m;
    QList<qint64> offsets;
    QList<int> numbers;
    QString lastPosition;
    while (source.next(&m)) {
        lastPosition = m.position();
        QVERIFY2(m.refusal.isEmpty(), qPrintable(m.refusal));
        offsets.append(m.offset);
        numbers.append(m.number);
        QCOMPARE(box.mid(m.offset, 5), QByteArray("From "));
        QVERIFY(MailParser::parse(m.bytes).ok());
    }
    QCOMPARE(numbers, (QList<int> {1, 2, 3}));
    QCOMPARE(offsets.constFirst(), 0);
    QCOMPARE(source.bytesDone(), source.totalBytes());
    QCOMPARE(lastPosition, QStringLiteral("in.mbox, message 3 at byte %1").arg(offsets.constLast()));
}

void TestMailParser::maildir()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("Mail"));
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(QDir().mkpath(root + u'/' + QLatin1StringView(sub)));
    QFile one(root + QStringLiteral("/cur/1700000000.1.host:2,S"));
    QVERIFY(one.open(QIODevice::WriteOnly));
    one.write(plain(Headers(), "seen"));
    one.close();
    QFile two(root + QStringLiteral("/new/1700000001.2.host"));
    QVERIFY(two.open(QIODevice::WriteOnly));
    two.write(plain(Headers(), "unseen"));
    two.close();
    QVERIFY(MailSource::isMaildir(root));
    MailSource source({root, dir.path()});
    RawMessage m;
    QStringList bodies;
    QStringList refusals;
    while (source.next(&m)) {
        if (!m.refusal.isEmpty()) {
            refusals.append(m.refusal);
            continue;
        }
        bodies.append(MailParser::parse(m.bytes)->body.trimmed());
    }
    QCOMPARE(bodies, (QStringList {QStringLiteral("seen"), QStringLiteral("unseen")}));
    QCOMPARE(refusals.size(), 1); // the temporary folder itself is not a Maildir
}

void TestMailParser::hugeEmlRefusedUnread()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("huge.eml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Subject: PSIRT Case: ");
    // A sparse gigabyte: one header line, never written out byte by byte.
    QVERIFY(file.resize(1LL << 30));
    file.close();
    MailSource source({file.fileName()});
    RawMessage m;
    QVERIFY(source.next(&m));
    QVERIFY(m.bytes.isEmpty());
    QVERIFY2(m.refusal.contains(QStringLiteral("larger than")), qPrintable(m.refusal));
    QVERIFY(!source.next(&m));
}

void TestMailParser::hugeHeaderLineInMboxSkipped()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("huge.mbox")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From a@example.org Mon Nov 23 10:00:00 2026\nSubject: ");
    const qint64 hugeEnd = 1LL << 30;
    QVERIFY(file.resize(hugeEnd));
    QVERIFY(file.seek(hugeEnd));
    Headers h;
    h.messageId = "after@example.org";
    file.write("\n\nbody\n\n" + mbox({plain(h, "still read")}));
    file.close();
    MailSource source({file.fileName()});
    RawMessage m;
    QVERIFY(source.next(&m));
    QCOMPARE(m.number, 1);
    QVERIFY(m.bytes.isEmpty());
    QVERIFY2(m.refusal.contains(QStringLiteral("larger than")), qPrintable(m.refusal));
    QVERIFY(source.next(&m));
    QCOMPARE(m.number, 2);
    QVERIFY(m.offset > hugeEnd);
    const auto parsed = MailParser::parse(m.bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->body.trimmed(), QStringLiteral("still read"));
    QVERIFY(!source.next(&m));
}

QTEST_GUILESS_MAIN(TestMailParser)
#include "tst_mailparser.moc"
