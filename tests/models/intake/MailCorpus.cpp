#include "MailCorpus.h"

#include <QFile>
#include <QList>

#include <zlib.h>

namespace MailCorpus {

namespace {

QByteArray headerBlock(const Headers &h)
{
    QByteArray out;
    out += "From: " + h.from + "\n";
    out += "To: psirt@example.com\n";
    out += "Subject: " + h.subject + "\n";
    if (!h.messageId.isEmpty())
        out += "Message-ID: <" + h.messageId + ">\n";
    out += "Date: " + h.date + "\n";
    out += "MIME-Version: 1.0\n";
    out += h.extra;
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\n";
    return out;
}

void le16(QByteArray &out, quint32 v)
{
    out += char(v & 0xff);
    out += char((v >> 8) & 0xff);
}

void le32(QByteArray &out, quint32 v)
{
    le16(out, v & 0xffff);
    le16(out, v >> 16);
}

} // namespace

QByteArray plain(const Headers &headers, const QByteArray &body, const QByteArray &charset,
    const QByteArray &transferEncoding)
{
    QByteArray out = headerBlock(headers);
    out += "Content-Type: text/plain; charset=" + charset + "\n";
    out += "Content-Transfer-Encoding: " + transferEncoding + "\n\n";
    out += body;
    if (!body.endsWith('\n'))
        out += '\n';
    return out;
}

QByteArray withAttachment(const Headers &headers, const QByteArray &body, const QByteArray &fileName,
    const QByteArray &data, const QByteArray &mimeType)
{
    QByteArray out = headerBlock(headers);
    out += "Content-Type: multipart/mixed; boundary=\"b1\"\n\n";
    out += "--b1\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n";
    out += "--b1\nContent-Type: " + mimeType + "\n";
    out += "Content-Disposition: attachment; filename=\"" + fileName + "\"\n";
    out += "Content-Transfer-Encoding: base64\n\n";
    out += base64Lines(data);
    out += "--b1--\n";
    return out;
}

QByteArray reportBody(const QByteArray &product, const QByteArray &version)
{
    return "Hello PSIRT,\n\n"
           "Product: "
        + product
        + "\n"
          "Software version: "
        + version
        + "\n\n"
          "## Description\n"
          "The login form of the web interface copies the user name into a fixed buffer.\n"
          "A long name overwrites the return address.\n\n"
          "Steps to reproduce:\n"
          "1. Open https://device/login\n"
          "2. Enter 5000 characters as the user name\n\n"
          "Regards, Alice\n";
}

QByteArray forwarded(const Headers &outer, const QByteArray &inner)
{
    QByteArray out = headerBlock(outer);
    out += "Content-Type: multipart/mixed; boundary=\"fw\"\n\n";
    out += "--fw\nContent-Type: text/plain\n\nForwarding the report below.\n";
    out += "--fw\nContent-Type: message/rfc822\n\n" + inner + "\n--fw--\n";
    return out;
}

QByteArray nested(const Headers &headers, int depth)
{
    QByteArray out = headerBlock(headers);
    out.reserve(depth * 80);
    out += "Content-Type: multipart/mixed; boundary=\"n0\"\n\n";
    for (int i = 1; i < depth; ++i)
        out += "--n" + QByteArray::number(i - 1) + "\nContent-Type: multipart/mixed; boundary=\"n"
            + QByteArray::number(i) + "\"\n\n";
    out += "--n" + QByteArray::number(depth - 1) + "\nContent-Type: text/plain\n\ndeep\n";
    for (int i = depth - 1; i >= 0; --i)
        out += "--n" + QByteArray::number(i) + "--\n";
    return out;
}

QByteArray mbox(const QList<QByteArray> &messages)
{
    QByteArray out;
    for (const QByteArray &message : messages) {
        out += "From researcher@example.org Mon Nov 23 10:00:00 2026\n";
        for (const QByteArray &line : message.split('\n')) {
            if (line.startsWith("From "))
                out += '>';
            out += line + '\n';
        }
        if (!out.endsWith("\n\n"))
            out += '\n';
    }
    return out;
}

QList<QByteArray> bulkReports(int count, const QByteArray &idPrefix)
{
    QList<QByteArray> messages;
    for (int i = 0; i < count; ++i) {
        Headers h;
        h.messageId = idPrefix + '-' + QByteArray::number(i) + "@example.org";
        h.subject = "PSIRT Case: finding " + QByteArray::number(i);
        messages.append(plain(h, reportBody("P" + QByteArray::number(i), "1")));
    }
    return messages;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray zipBomb(qint64 size)
{
    // Deflate `size` zeros in chunks, never holding them all.
    z_stream z {};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray deflated;
    uLong crc = crc32(0, nullptr, 0);
    char out[1 << 16];
    for (qint64 done = 0; done < size;) {
        const qint64 n = std::min<qint64>(zeros.size(), size - done);
        crc = crc32(crc, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(n));
        done += n;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        z.avail_in = uInt(n);
        const int flush = done == size ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(out);
            z.avail_out = sizeof out;
            deflate(&z, flush);
            deflated.append(out, qsizetype(sizeof out - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    const QByteArray name = "zeros.bin";
    QByteArray zip;
    le32(zip, 0x04034b50);
    le16(zip, 20);
    le16(zip, 0);
    le16(zip, 8);
    le32(zip, 0);
    le32(zip, quint32(crc));
    le32(zip, quint32(deflated.size()));
    le32(zip, quint32(size));
    le16(zip, quint32(name.size()));
    le16(zip, 0);
    zip += name + deflated;
    const quint32 central = quint32(zip.size());
    le32(zip, 0x02014b50);
    le16(zip, 20);
    le16(zip, 20);
    le16(zip, 0);
    le16(zip, 8);
    le32(zip, 0);
    le32(zip, quint32(crc));
    le32(zip, quint32(deflated.size()));
    le32(zip, quint32(size));
    le16(zip, quint32(name.size()));
    for (int i = 0; i < 4; ++i)
        le16(zip, 0);
    le32(zip, 0);
    le32(zip, 0);
    zip += name;
    const quint32 centralSize = quint32(zip.size()) - central;
    le32(zip, 0x06054b50);
    le16(zip, 0);
    le16(zip, 0);
    le16(zip, 1);
    le16(zip, 1);
    le32(zip, centralSize);
    le32(zip, central);
    le16(zip, 0);
    return zip;
}

} // namespace MailCorpus
