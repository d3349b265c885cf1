#include "PdfInfo.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

/// A PDF text string: UTF-16BE with a byte order mark, hex-encoded, so no character of the
/// title (parentheses, backslashes, anything) needs escaping.
QByteArray textString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

} // namespace

QByteArray PdfInfo::withDocumentInfo(const QByteArray &pdf, const QString &title, const QString &author,
    const QString &subject, const QString &creator)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startXrefAt < trailerAt)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startXrefAt - trailerAt));
    static const QRegularExpression sizePattern(QStringLiteral(R"(/Size\s+(\d+))"));
    static const QRegularExpression rootPattern(QStringLiteral(R"(/Root\s+(\d+\s+\d+\s+R))"));
    static const QRegularExpression startPattern(QStringLiteral(R"(startxref\s+(\d+))"));
    const QRegularExpressionMatch size = sizePattern.match(trailer);
    const QRegularExpressionMatch root = rootPattern.match(trailer);
    const QRegularExpressionMatch start = startPattern.match(QString::fromLatin1(pdf.mid(startXrefAt, 40)));
    if (!size.hasMatch() || !root.hasMatch() || !start.hasMatch())
        return pdf;

    const int object = size.captured(1).toInt();
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    const qsizetype objectAt = out.size();
    const QByteArray created
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toLatin1();
    out += QByteArray::number(object) + " 0 obj\n<<\n/Title " + textString(title) + "\n/Author "
        + textString(author) + "\n/Subject " + textString(subject) + "\n/Creator " + textString(creator)
        + "\n/Producer " + textString(QStringLiteral("Qt ") + QString::fromLatin1(qVersion()))
        + "\n/CreationDate (" + created + ")\n>>\nendobj\n";
    const qsizetype xrefAt = out.size();
    // Each cross-reference entry is exactly 20 bytes: 10-digit offset, 5-digit generation.
    out += "xref\n" + QByteArray::number(object) + " 1\n"
        + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \ntrailer\n<<\n/Size "
        + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1() + "\n/Info "
        + QByteArray::number(object) + " 0 R\n/Prev " + start.captured(1).toLatin1() + "\n>>\nstartxref\n"
        + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}
