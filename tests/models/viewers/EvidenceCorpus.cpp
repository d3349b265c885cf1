#include "EvidenceCorpus.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtEndian>

namespace {

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char c : bytes) {
        crc ^= uchar(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendU32(QByteArray *out, quint32 value, bool bigEndian)
{
    uchar b[4];
    if (bigEndian)
        qToBigEndian(value, b);
    else
        qToLittleEndian(value, b);
    out->append(reinterpret_cast<const char *>(b), 4);
}

void appendU16(QByteArray *out, quint16 value, bool bigEndian)
{
    uchar b[2];
    if (bigEndian)
        qToBigEndian(value, b);
    else
        qToLittleEndian(value, b);
    out->append(reinterpret_cast<const char *>(b), 2);
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    appendU32(&chunk, quint32(data.size()), true);
    const QByteArray body = QByteArray(type, 4) + data;
    chunk += body;
    appendU32(&chunk, crc32(body), true);
    return chunk;
}

} // namespace

namespace EvidenceCorpus {

QByteArray pcap(bool bigEndian, bool nanoseconds)
{
    QByteArray out;
    appendU32(&out, nanoseconds ? 0xa1b23c4d : 0xa1b2c3d4, bigEndian);
    appendU16(&out, 2, bigEndian);
    appendU16(&out, 4, bigEndian);
    appendU32(&out, 0, bigEndian); // thiszone
    appendU32(&out, 0, bigEndian); // sigfigs
    appendU32(&out, 65535, bigEndian); // snaplen
    appendU32(&out, 1, bigEndian); // Ethernet
    const QByteArray packet = QByteArray::fromHex("ffffffffffff00163e112233080645000028000040004006");
    appendU32(&out, 1764000000, bigEndian);
    appendU32(&out, 0, bigEndian);
    appendU32(&out, quint32(packet.size()), bigEndian);
    appendU32(&out, quint32(packet.size()), bigEndian);
    return out + packet;
}

QByteArray pcapng(bool bigEndian)
{
    QByteArray options;
    const QByteArray hardware("x86_64 test rig");
    const QByteArray application("PSIRT Desk tests \xe2\x80\xae");
    for (const auto &[code, value] :
        {std::pair {quint16(2), hardware}, std::pair {quint16(4), application}}) {
        appendU16(&options, code, bigEndian);
        appendU16(&options, quint16(value.size()), bigEndian);
        options += value;
        options += QByteArray((4 - value.size() % 4) % 4, '\0');
    }
    appendU32(&options, 0, bigEndian); // opt_endofopt
    QByteArray shb;
    const quint32 length = quint32(28 + options.size());
    appendU32(&shb, 0x0a0d0d0a, bigEndian);
    appendU32(&shb, length, bigEndian);
    appendU32(&shb, 0x1a2b3c4d, bigEndian);
    appendU16(&shb, 1, bigEndian);
    appendU16(&shb, 0, bigEndian);
    appendU32(&shb, 0xffffffff, bigEndian); // section length -1
    appendU32(&shb, 0xffffffff, bigEndian);
    shb += options;
    appendU32(&shb, length, bigEndian);
    QByteArray idb;
    appendU32(&idb, 1, bigEndian);
    appendU32(&idb, 20, bigEndian);
    appendU16(&idb, 113, bigEndian); // Linux cooked
    appendU16(&idb, 0, bigEndian);
    appendU32(&idb, 262144, bigEndian);
    appendU32(&idb, 20, bigEndian);
    return shb + idb;
}

QByteArray pngBomb(quint32 width, quint32 height)
{
    QByteArray ihdr;
    appendU32(&ihdr, width, true);
    appendU32(&ihdr, height, true);
    ihdr += QByteArray::fromHex("0802000000"); // 8-bit RGB, no interlace
    // A few rows of zeros; a real bomb would deflate gigabytes, this one is refused before
    // its data is ever read.
    const QByteArray raw(qsizetype(4) * (1 + 3 * qsizetype(qMin<quint32>(width, 4096))), '\0');
    const QByteArray zlib = qCompress(raw, 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib)
        + pngChunk("IEND", {});
}

QByteArray image(const char *format, int width, int height)
{
    QImage img(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            img.setPixel(x, y, qRgb(x * 255 / width, y * 255 / height, 160));
    img.setText(QStringLiteral("Comment"), QStringLiteral("<b>not bold</b>\u202Efdp.exe"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, format);
    return bytes;
}

QByteArray pdf(const QString &text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("Evidence"));
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(18);
        painter.setFont(font);
        painter.drawText(QRect(200, 200, 8000, 1000), text);
        writer.newPage();
        painter.drawText(QRect(200, 200, 8000, 1000), text + QStringLiteral(" (page 2)"));
    }
    return bytes;
}

Sample write(const QTemporaryDir &dir, const QString &row, const QString &displayName,
    const QByteArray &bytes, const QString &mimeType)
{
    Sample s;
    s.name = row;
    // The file on disk is named by the row, never by the display name (which may be a path).
    s.path = dir.filePath(
        QString::fromLatin1(QCryptographicHash::hash(row.toUtf8(), QCryptographicHash::Sha1).toHex()));
    QFile file(s.path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    s.info.fileName = displayName;
    s.info.size = bytes.size();
    s.info.mimeType = mimeType;
    s.info.sha256Hex
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return s;
}

QList<Sample> hostile(const QTemporaryDir &dir, bool withPdf)
{
    QList<Sample> samples;
    const auto text = QStringLiteral("text/plain");
    samples << write(dir, QStringLiteral("empty"), QStringLiteral("empty.log"), {},
        QStringLiteral("application/x-zerosize"));

    // A 3 GiB sparse file: nothing may read it whole.
    Sample huge = write(dir, QStringLiteral("huge sparse"), QStringLiteral("disk.img"), {},
        QStringLiteral("application/octet-stream"));
    QFile hugeFile(huge.path);
    if (hugeFile.open(QIODevice::ReadWrite) && hugeFile.resize(qint64(3) << 30)) {
        hugeFile.seek((qint64(3) << 30) - 16);
        hugeFile.write("tail of the disk");
    }
    huge.info.size = hugeFile.size();
    samples << huge;

    const QByteArray png = image("PNG", 256, 256);
    samples << write(dir, QStringLiteral("truncated png"), QStringLiteral("shot.png"),
        png.left(png.size() / 3), QStringLiteral("image/png"));
    const QByteArray jpeg = image("JPEG", 256, 256);
    samples << write(dir, QStringLiteral("truncated jpeg"), QStringLiteral("shot.jpg"),
        jpeg.left(jpeg.size() / 3), QStringLiteral("image/jpeg"));
    samples << write(dir, QStringLiteral("png bomb"), QStringLiteral("innocent.png"), pngBomb(100000, 100000),
        QStringLiteral("image/png"));
    samples << write(dir, QStringLiteral("invalid utf-8"), QStringLiteral("mixed.txt"),
        QByteArray("valid line\nbad \xff\xfe bytes \xc3\x28 here\n\xed\xa0\x80 surrogate\n"), text);
    samples << write(dir, QStringLiteral("nul bytes"), QStringLiteral("nul.log"),
        QByteArray("start\0middle\0end\nsecond line\n", 30), QStringLiteral("application/octet-stream"));
    samples << write(dir, QStringLiteral("10 MB line"), QStringLiteral("one-line.json"),
        "{\"a\":\"" + QByteArray(10 * 1024 * 1024, 'A') + "\"}\nlast line\n",
        QStringLiteral("application/json"));
    samples << write(dir, QStringLiteral("path as name"), QStringLiteral("../../etc/passwd"),
        QByteArray("root:x:0:0:root:/root:/bin/bash\n"), text);
    if (withPdf) {
        const QByteArray doc = pdf(QStringLiteral("Proof of concept"));
        samples << write(dir, QStringLiteral("truncated pdf"), QStringLiteral("report.pdf"),
            doc.left(doc.size() / 2), QStringLiteral("application/pdf"));
        samples << write(dir, QStringLiteral("pdf header only"), QStringLiteral("tiny.pdf"),
            QByteArray("%PDF-1.7\n"), QStringLiteral("application/pdf"));
    }
    return samples;
}

} // namespace EvidenceCorpus
