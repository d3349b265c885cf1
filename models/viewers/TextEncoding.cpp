#include "TextEncoding.h"

#include "core/TextSanitizer.h"

#include <KEncodingProber>

TextEncoding::Detection TextEncoding::detect(const QByteArray &head)
{
    if (head.startsWith("\xef\xbb\xbf"))
        return {QStringLiteral("UTF-8"), tr("UTF-8 (byte-order mark)")};
    if (!hasInvalidUtf8(head))
        return {QStringLiteral("UTF-8"), tr("UTF-8")};
    KEncodingProber prober(KEncodingProber::Universal);
    prober.feed(head);
    const QString guess = QString::fromLatin1(prober.encoding());
    if (prober.confidence() >= 0.5f && !guess.isEmpty() && available().contains(guess, Qt::CaseInsensitive)
        && QStringDecoder(guess).isValid()) {
        return {guess, tr("%1 (detected, %2% confidence)").arg(guess).arg(qRound(prober.confidence() * 100))};
    }
    // Not UTF-8 and nothing convincing: show the bytes one to one, invalid UTF-8 would
    // otherwise hide them behind replacement characters.
    return {QStringLiteral("windows-1252"), tr("windows-1252 (not valid UTF-8, no encoding detected)")};
}

QStringList TextEncoding::available()
{
    QStringList names;
    for (const QString &name : QStringConverter::availableCodecs()) {
        const QString lower = name.toLower();
        if (lower.contains(QLatin1StringView("utf-16")) || lower.contains(QLatin1StringView("utf-32"))
            || lower.contains(QLatin1StringView("ucs-2")) || lower.contains(QLatin1StringView("ucs-4"))
            || lower.startsWith(QLatin1StringView("utf16")) || lower.startsWith(QLatin1StringView("utf32")))
            continue;
        names.append(name);
    }
    if (!names.contains(QStringLiteral("UTF-8"), Qt::CaseInsensitive))
        names.prepend(QStringLiteral("UTF-8"));
    if (!names.contains(QStringLiteral("windows-1252"), Qt::CaseInsensitive))
        names.append(QStringLiteral("windows-1252"));
    return names;
}

bool TextEncoding::hasInvalidUtf8(const QByteArray &bytes)
{
    // A multi-byte sequence cut by the end of the head is not an error of the file.
    qsizetype end = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto u = uchar(bytes.at(bytes.size() - back));
        if ((u & 0xC0) == 0xC0) {
            end = bytes.size() - back;
            break;
        }
        if ((u & 0xC0) != 0x80)
            break;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(QByteArrayView(bytes).first(end));
    return decoder.hasError();
}

LineDecoder::LineDecoder(const QString &encoding)
    : m_decoder(encoding, QStringConverter::Flag::Stateless)
{
    if (!m_decoder.isValid())
        m_decoder = QStringDecoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
}

QString LineDecoder::decode(QByteArrayView bytes)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    m_decoder.resetState();
    const QString text = m_decoder.decode(bytes);
    return TextSanitizer::multiLine(text);
}
