#include "EvidenceCorpus.h"
#include "TestSupport.h"
#include "viewers/CaptureHeader.h"
#include "viewers/LineDiff.h"
#include "viewers/LineIndex.h"
#include "viewers/LineIndexJob.h"
#include "viewers/SharedDevice.h"
#include "viewers/SharedDeviceReader.h"
#include "viewers/TextEncoding.h"
#include "viewers/TextSearchJob.h"
#include "viewers/ViewerSelector.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ViewerKind)

namespace {

std::shared_ptr<SharedDevice> sharedBuffer(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    return std::make_shared<SharedDevice>(std::move(buffer));
}

// Runs a LineIndexJob to completion (the worker reports through the event loop).
LineIndex indexOf(const std::shared_ptr<SharedDevice> &device)
{
    LineIndex index;
    LineIndexJob job(device);
    QObject::connect(
        &job, &LineIndexJob::indexed, [&index](const QList<qint64> &starts, qint64 lines, bool complete) {
            index.append(starts, lines, complete);
        });
    job.start();
    if (!QTest::qWaitFor([&index] { return index.complete(); }, 60000))
        qWarning("indexing did not finish");
    return index;
}

} // namespace

class TestViewerModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
    }

    void selection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<ViewerKind>("expected");

        QTest::newRow("log") << QByteArray("2026-11-23T10:00:00Z GET /index\n")
                             << QStringLiteral("text/plain") << ViewerKind::Text;
        QTest::newRow("http") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
                              << QStringLiteral("text/plain") << ViewerKind::Text;
        QTest::newRow("latin-1 text")
            << QByteArray("caf\xe9 cr\xe8me\n") << QStringLiteral("text/plain") << ViewerKind::Text;
        QTest::newRow("png") << EvidenceCorpus::image("PNG") << QStringLiteral("image/png")
                             << ViewerKind::Image;
        QTest::newRow("jpeg") << EvidenceCorpus::image("JPEG") << QStringLiteral("image/jpeg")
                              << ViewerKind::Image;
        QTest::newRow("gif signature")
            << QByteArray("GIF89a\x01\x00\x01\x00") << QStringLiteral("image/gif") << ViewerKind::Image;
        QTest::newRow("png named .txt")
            << EvidenceCorpus::image("PNG") << QStringLiteral("image/png") << ViewerKind::Image;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\n") << QStringLiteral("application/pdf")
                             << ViewerKind::Pdf;
        QTest::newRow("pcap le") << EvidenceCorpus::pcap(false)
                                 << QStringLiteral("application/vnd.tcpdump.pcap") << ViewerKind::Hex;
        QTest::newRow("pcap be") << EvidenceCorpus::pcap(true) << QString() << ViewerKind::Hex;
        QTest::newRow("pcapng") << EvidenceCorpus::pcapng(false) << QString() << ViewerKind::Hex;
        QTest::newRow("firmware") << QByteArray("\x7f"
                                                "ELF\x02\x01\x01\0\0\0\0\0",
            12) << QStringLiteral("application/x-executable")
                                  << ViewerKind::Hex;
        QTest::newRow("nul in text") << QByteArray("abc\0def\n", 8) << QStringLiteral("text/plain")
                                     << ViewerKind::Hex;
        QTest::newRow("svg is text") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                                     << QStringLiteral("image/svg+xml") << ViewerKind::Text;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("application/x-zerosize")
                               << ViewerKind::Text;
    }

    void selection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mimeType);
        QFETCH(ViewerKind, expected);
        EvidenceInfo info {QStringLiteral("attachment.txt"), bytes.size(), mimeType, {}};
        const ViewerSelector::Choice choice
            = ViewerSelector::choose(info, bytes.left(ViewerSelector::kHeadSize));
        QCOMPARE(choice.kind, expected);
        QVERIFY(!choice.reason.isEmpty());
        QVERIFY(!ViewerSelector::name(choice.kind).isEmpty());
    }

    void captureHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<qint64>("snapLength");
        QTest::addColumn<qint64>("linkType");
        QTest::addColumn<bool>("truncated");

        const auto pcap = int(CaptureHeader::Format::Pcap);
        const auto pcapng = int(CaptureHeader::Format::PcapNg);
        QTest::newRow("pcap le") << EvidenceCorpus::pcap(false) << pcap << false << qint64(65535) << qint64(1)
                                 << false;
        QTest::newRow("pcap be") << EvidenceCorpus::pcap(true) << pcap << true << qint64(65535) << qint64(1)
                                 << false;
        QTest::newRow("pcap ns") << EvidenceCorpus::pcap(false, true) << pcap << false << qint64(65535)
                                 << qint64(1) << false;
        QTest::newRow("pcapng le") << EvidenceCorpus::pcapng(false) << pcapng << false << qint64(262144)
                                   << qint64(113) << false;
        QTest::newRow("pcapng be") << EvidenceCorpus::pcapng(true) << pcapng << true << qint64(262144)
                                   << qint64(113) << false;
        QTest::newRow("pcap truncated")
            << EvidenceCorpus::pcap(false).left(10) << pcap << false << qint64(-1) << qint64(-1) << true;
        QTest::newRow("pcapng truncated")
            << EvidenceCorpus::pcapng(false).left(30) << pcapng << false << qint64(-1) << qint64(-1) << true;
        QByteArray lying = EvidenceCorpus::pcapng(false);
        lying[4] = char(0xff); // block length far past the end
        lying[5] = char(0xff);
        QTest::newRow("pcapng lying length") << lying << pcapng << false << qint64(-1) << qint64(-1) << true;
        QTest::newRow("not a capture") << QByteArray("GET / HTTP/1.1") << int(CaptureHeader::Format::None)
                                       << false << qint64(-1) << qint64(-1) << false;
        QTest::newRow("three bytes") << QByteArray("\xd4\xc3\xb2") << int(CaptureHeader::Format::None)
                                     << false << qint64(-1) << qint64(-1) << false;
    }

    void captureHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QFETCH(bool, bigEndian);
        QFETCH(qint64, snapLength);
        QFETCH(qint64, linkType);
        QFETCH(bool, truncated);
        const CaptureHeader h = CaptureHeader::decode(bytes);
        QCOMPARE(int(h.format), format);
        if (h.format == CaptureHeader::Format::None) {
            QVERIFY(h.describe().isEmpty());
            return;
        }
        QCOMPARE(h.bigEndian, bigEndian);
        QCOMPARE(h.snapLength, snapLength);
        QCOMPARE(h.linkType, linkType);
        QCOMPARE(h.truncated, truncated);
        const QString text = h.describe().join(u'\n');
        QVERIFY(!text.isEmpty());
        if (!truncated) {
            QCOMPARE(h.versionMajor, h.format == CaptureHeader::Format::Pcap ? 2 : 1);
            QVERIFY(text.contains(CaptureHeader::linkTypeName(linkType)));
        }
        if (h.format == CaptureHeader::Format::PcapNg && !truncated) {
            QCOMPARE(h.sectionLength, qint64(-1));
            QCOMPARE(h.hardware, QStringLiteral("x86_64 test rig"));
            // The bidi override in the application option is made visible, not obeyed.
            QVERIFY(!h.application.contains(QChar(0x202E)));
            QVERIFY(h.application.startsWith(QStringLiteral("PSIRT Desk tests")));
        }
    }

    void encoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii") << QByteArray("plain ascii\n") << QStringLiteral("UTF-8");
        QTest::newRow("utf-8") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                             "e\n")
                               << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbfhello") << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 cut at the end") << QByteArray("abc \xe2\x82") << QStringLiteral("UTF-8");
        QTest::newRow("cyrillic koi8-r") << QByteArray(
            "\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2! \xfc\xd4\xcf \xd4\xc5\xd3\xd4\xcf\xd7\xd9\xca "
            "\xd4\xc5\xcb\xd3\xd4 \xce\xc1 \xd2\xd5\xd3\xd3\xcb\xcf\xcd \xd1\xda\xd9\xcb\xc5.\n")
                                         << QStringLiteral("KOI8-R");
    }

    void encoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const TextEncoding::Detection d = TextEncoding::detect(bytes);
        QCOMPARE(d.name.toUpper(), expected.toUpper());
        QVERIFY(!d.reason.isEmpty());
        QVERIFY(TextEncoding::available().contains(QStringLiteral("UTF-8"), Qt::CaseInsensitive));
    }

    void decodeShowsHostileBytesSafely()
    {
        LineDecoder utf8(QStringLiteral("UTF-8"));
        const QString bad = utf8.decode(QByteArrayView("bad \xff here\r"));
        QCOMPARE(bad, QStringLiteral("bad \uFFFD here"));
        const QString nul = utf8.decode(QByteArrayView("a\0b\x1b[31m", 8));
        QCOMPARE(nul, QStringLiteral("a\u2400b\u241B[31m"));
        QVERIFY(!utf8.decode(QByteArrayView("x \xe2\x80\xae y")).contains(QChar(0x202E)));
        LineDecoder latin(QStringLiteral("windows-1252"));
        QCOMPARE(latin.decode(QByteArrayView("caf\xe9")), QStringLiteral("caf\u00e9"));
        LineDecoder unknown(QStringLiteral("no-such-encoding"));
        QVERIFY(unknown.isValid());
    }

    void lineIndex_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("lines");
        QTest::newRow("empty") << QByteArray() << qint64(0);
        QTest::newRow("one line no newline") << QByteArray("abc") << qint64(1);
        QTest::newRow("one line") << QByteArray("abc\n") << qint64(1);
        QTest::newRow("blank lines") << QByteArray("\n\n\n") << qint64(3);
        QByteArray many;
        for (int i = 0; i < 100000; ++i)
            many += "line " + QByteArray::number(i) + '\n';
        QTest::newRow("100000 lines") << many << qint64(100000);
        QTest::newRow("exactly one block")
            << QByteArray(LineIndex::kLinesPerBlock, '\n') << qint64(LineIndex::kLinesPerBlock);
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << qint64(2);
    }

    void lineIndex()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, lines);
        const auto device = sharedBuffer(bytes);
        const LineIndex index = indexOf(device);
        QCOMPARE(index.lineCount(), lines);
        // Every line read through the index is the line of the text.
        const QList<QByteArray> expected = bytes.split('\n');
        for (qint64 line = 0; line < lines; line += qMax<qint64>(1, lines / 300)) {
            const QList<TextLine> block = index.readBlock(*device, line / LineIndex::kLinesPerBlock);
            const TextLine &t = block.at(line % LineIndex::kLinesPerBlock);
            QCOMPARE(t.bytes, expected.at(line));
            QCOMPARE(t.length, expected.at(line).size());
            QCOMPARE(device->read(t.offset, t.length), expected.at(line));
        }
        QVERIFY(index.readBlock(*device, index.blockCount()).isEmpty());
    }

    void veryLongLineIsTruncated()
    {
        const QByteArray bytes = "first\n" + QByteArray(10 * 1024 * 1024, 'x') + "\nlast\n";
        const auto device = sharedBuffer(bytes);
        const LineIndex index = indexOf(device);
        QCOMPARE(index.lineCount(), 3);
        const QList<TextLine> lines = index.readBlock(*device, 0);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).truncated());
        QCOMPARE(lines.at(1).bytes.size(), LineIndex::kMaxLineBytes);
        QCOMPARE(lines.at(1).length, 10 * 1024 * 1024);
        QCOMPARE(lines.at(2).bytes, QByteArray("last"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<qint64>("fromLine");
        QTest::addColumn<int>("fromColumn");
        QTest::addColumn<bool>("backward");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("first") << QStringLiteral("error") << qint64(0) << 0 << false << qint64(150) << 9;
        QTest::newRow("next") << QStringLiteral("error") << qint64(150) << 10 << false << qint64(4000) << 10;
        QTest::newRow("wraps") << QStringLiteral("error") << qint64(4000) << 11 << false << qint64(150) << 9;
        QTest::newRow("previous") << QStringLiteral("error") << qint64(4000) << 10 << true << qint64(150)
                                  << 9;
        QTest::newRow("previous wraps")
            << QStringLiteral("error") << qint64(150) << 9 << true << qint64(4000) << 10;
        QTest::newRow("regex") << QStringLiteral("id=\\d{4}7\\b") << qint64(0) << 0 << false << qint64(7)
                               << 7;
        QTest::newRow("regex later") << QStringLiteral("id=\\d{4}7\\b") << qint64(9000) << 0 << false
                                     << qint64(9007) << 10;
        QTest::newRow("same line later")
            << QStringLiteral("line") << qint64(10) << 1 << false << qint64(11) << 0;
        QTest::newRow("none") << QStringLiteral("nowhere") << qint64(0) << 0 << false << qint64(-1) << -1;
        QTest::newRow("invalid regex") << QStringLiteral("(") << qint64(0) << 0 << false << qint64(-1) << -1;
    }

    void search()
    {
        QFETCH(QString, pattern);
        QFETCH(qint64, fromLine);
        QFETCH(int, fromColumn);
        QFETCH(bool, backward);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QByteArray bytes;
        for (int i = 0; i < 10000; ++i) {
            bytes += "line " + QByteArray::number(i) + (i == 150 || i == 4000 ? " error" : "")
                + " id=" + QByteArray::number(10000 + i) + '\n';
        }
        const auto device = sharedBuffer(bytes);
        const LineIndex index = indexOf(device);
        TextSearchJob::Params params;
        params.pattern = QRegularExpression(pattern);
        params.encoding = QStringLiteral("UTF-8");
        params.fromLine = fromLine;
        params.fromColumn = fromColumn;
        params.backward = backward;
        TextSearchJob job(device, index, params);
        QSignalSpy found(&job, &TextSearchJob::found);
        QSignalSpy notFound(&job, &TextSearchJob::notFound);
        job.start();
        QTRY_VERIFY(found.size() + notFound.size() == 1);
        if (line < 0) {
            QCOMPARE(notFound.size(), 1);
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).at(0).toLongLong(), line);
        QCOMPARE(found.at(0).at(1).toLongLong(), column);
    }

    void diff_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<QString>("expected"); // one letter per row: = same, ~ changed, - removed, + added

        const auto l = [](const char *s) { return QString::fromLatin1(s).split(u','); };
        QTest::newRow("same") << l("a,b,c") << l("a,b,c") << QStringLiteral("===");
        QTest::newRow("changed middle") << l("a,b,c") << l("a,x,c") << QStringLiteral("=~=");
        QTest::newRow("added") << l("a,c") << l("a,b,c") << QStringLiteral("=+=");
        QTest::newRow("removed") << l("a,b,c") << l("a,c") << QStringLiteral("=-=");
        QTest::newRow("both empty") << QStringList() << QStringList() << QString();
        QTest::newRow("left empty") << QStringList() << l("a,b") << QStringLiteral("++");
        QTest::newRow("moved block") << l("a,b,c,d,e") << l("c,d,e,a,b") << QStringLiteral("--===++");
        QTest::newRow("request fixed") << l("GET /a HTTP/1.1,Host: x,Cookie: s=1,,body")
                                       << l("GET /a HTTP/1.1,Host: x,,body") << QStringLiteral("==-==");
    }

    void diff()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(QString, expected);
        const LineDiff d = LineDiff::compare(left, right);
        QString letters;
        qsizetype nextLeft = 0;
        qsizetype nextRight = 0;
        for (const LineDiff::Row &row : d.rows()) {
            letters += row.kind == LineDiff::Kind::Same ? u'='
                : row.kind == LineDiff::Kind::Changed   ? u'~'
                : row.kind == LineDiff::Kind::Removed   ? u'-'
                                                        : u'+';
            // Both sides appear in order, each line exactly once.
            if (row.left >= 0)
                QCOMPARE(row.left, nextLeft++);
            if (row.right >= 0)
                QCOMPARE(row.right, nextRight++);
            if (row.kind == LineDiff::Kind::Same)
                QCOMPARE(left.at(row.left), right.at(row.right));
        }
        QCOMPARE(nextLeft, left.size());
        QCOMPARE(nextRight, right.size());
        QCOMPARE(letters, expected);
        QVERIFY(!d.approximate());
    }

    void diffIsBounded()
    {
        QStringList left;
        QStringList right;
        for (int i = 0; i < 20000; ++i) {
            left << QStringLiteral("left %1").arg(i);
            right << QStringLiteral("right %1").arg(i);
        }
        left.prepend(QStringLiteral("same"));
        right.prepend(QStringLiteral("same"));
        const LineDiff d = LineDiff::compare(left, right);
        QVERIFY(d.approximate());
        QCOMPARE(d.rows().first().kind, LineDiff::Kind::Same);
        QCOMPARE(d.changedRows(), 20000);
    }

    // The hostile corpus through the GUI-free part: selection, index and reading never
    // crash or hang, and each file gets a reason.
    void hostileCorpus()
    {
        const QList<EvidenceCorpus::Sample> samples = EvidenceCorpus::hostile(m_dir, false);
        QVERIFY(samples.size() >= 9);
        for (const EvidenceCorpus::Sample &s : samples) {
            auto file = std::make_unique<QFile>(s.path);
            const auto device = std::make_shared<SharedDevice>(std::move(file));
            QVERIFY2(device->isValid(), qPrintable(s.name));
            QCOMPARE(device->size(), s.info.size);
            const QByteArray head = device->read(0, ViewerSelector::kHeadSize);
            const ViewerSelector::Choice choice = ViewerSelector::choose(s.info, head);
            QVERIFY2(!choice.reason.isEmpty(), qPrintable(s.name));
            if (choice.kind == ViewerKind::Text) {
                const LineIndex index = indexOf(device);
                QVERIFY(index.lineCount() >= 0);
                LineDecoder decoder(TextEncoding::detect(head).name);
                for (const TextLine &line : index.readBlock(*device, 0))
                    QVERIFY(
                        decoder.decode(QByteArrayView(line.bytes)).size() <= LineIndex::kMaxLineBytes * 10);
            }
            SharedDeviceReader reader(device);
            QCOMPARE(reader.size(), s.info.size);
            QCOMPARE(reader.read(4), head.left(4));
        }
        // Nothing was created under the name that is a path: the folder holds the samples only.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), samples.size());
    }

    void unreadableDevice()
    {
        SharedDevice none(nullptr);
        QVERIFY(!none.isValid());
        SharedDevice missing(std::make_unique<QFile>(m_dir.filePath(QStringLiteral("does-not-exist"))));
        QVERIFY(!missing.isValid());
        QVERIFY(!missing.errorString().isEmpty());
        QVERIFY(missing.read(0, 10).isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestViewerModels)
#include "tst_viewermodels.moc"
