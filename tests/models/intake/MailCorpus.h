#pragma once

#include <QByteArray>
#include <QString>

/// Test messages built in code: nothing in the corpus comes from a file on disk.
namespace MailCorpus {

struct Headers
{
    QByteArray subject = "PSIRT Case: Buffer overflow in web login";
    QByteArray from = "Alice Researcher <alice@example.org>";
    QByteArray messageId = "report-1@example.org";
    QByteArray date = "Mon, 23 Nov 2026 10:00:00 +0000";
    QByteArray extra; // further header lines, each ending in \n
};

/// A single-part text/plain message.
QByteArray plain(const Headers &headers, const QByteArray &body, const QByteArray &charset = "utf-8",
    const QByteArray &transferEncoding = "8bit");
/// multipart/mixed with a text body and one attachment (base64).
QByteArray withAttachment(const Headers &headers, const QByteArray &body, const QByteArray &fileName,
    const QByteArray &data, const QByteArray &mimeType = "application/octet-stream");
/// A report body with the headings the prefill recognises.
QByteArray reportBody(const QByteArray &product = "SMx", const QByteArray &version = "25.1");
/// A message wrapped in message/rfc822 inside multipart/mixed.
QByteArray forwarded(const Headers &outer, const QByteArray &inner);
/// depth multiparts nested inside each other.
QByteArray nested(const Headers &headers, int depth);
/// An mbox of the messages ("From " lines, body "From " lines escaped).
QByteArray mbox(const QList<QByteArray> &messages);
/// count complete reports with distinct Message-IDs ("<idPrefix>-N@example.org").
QList<QByteArray> bulkReports(int count, const QByteArray &idPrefix = "bulk");
/// Writes bytes to path; returns path, or an empty string when it cannot.
QString writeFile(const QString &path, const QByteArray &bytes);
/// A zip archive holding one file of `size` zero bytes, deflated (about 1000:1).
QByteArray zipBomb(qint64 size);

} // namespace MailCorpus
