#include "TextSanitizer.h"

#include <algorithm>

namespace {

// A private-use character: valid everywhere, unlike the noncharacters U+FFFE/U+FFFF, which
// SQLite turns into U+FFFD when it reads text back.
constexpr char16_t kEscape = 0xE000;

bool needsEscape(char16_t c)
{
    return c == 0 || c == 0xFFFE || c == 0xFFFF || c == kEscape;
}

bool isBidiControl(char16_t c)
{
    // LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI; LRM, RLM, ALM.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}

QString makeVisible(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (keepLineBreaks && (c == u'\n' || c == u'\t')) {
            out.append(qc);
        } else if (c < 0x20) {
            out.append(QChar(char16_t(0x2400 + c))); // U+2400.. control pictures
        } else if (c == 0x7F) {
            out.append(QChar(char16_t(0x2421)));
        } else if ((c >= 0x80 && c <= 0x9F) || isBidiControl(c) || c == 0xFEFF || c == 0x2028
            || c == 0x2029) {
            out.append(u'\u27E6');
            out.append(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
            out.append(u'\u27E7');
        } else {
            out.append(qc);
        }
    }
    return out;
}

} // namespace

namespace TextSanitizer {

QString encodeForStorage(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return needsEscape(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0:
            out.append(QChar(kEscape));
            out.append(u'0');
            break;
        case 0xFFFE:
            out.append(QChar(kEscape));
            out.append(u'1');
            break;
        case 0xFFFF:
            out.append(QChar(kEscape));
            out.append(u'2');
            break;
        case kEscape:
            out.append(QChar(kEscape));
            out.append(QChar(kEscape));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

QString decodeFromStorage(const QString &stored)
{
    if (!stored.contains(QChar(kEscape)))
        return stored;
    QString out;
    out.reserve(stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QChar c = stored.at(i);
        if (c.unicode() == kEscape && i + 1 < stored.size()) {
            const char16_t next = stored.at(++i).unicode();
            out.append(QChar(next == u'0' ? char16_t(0)
                    : next == u'1'        ? char16_t(0xFFFE)
                    : next == u'2'        ? char16_t(0xFFFF)
                                          : next));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString singleLine(const QString &text)
{
    return makeVisible(text, false);
}

QString multiLine(const QString &text)
{
    return makeVisible(text, true);
}

QString forDocument(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            out.append(u'\n');
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n' || c == u'\t' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0))) {
            out.append(QChar(c));
        }
    }
    return out;
}

QString forDocumentLine(const QString &text)
{
    QString out = forDocument(text);
    for (QChar &c : out) {
        if (c == u'\n' || c == u'\t')
            c = u' ';
    }
    return out.trimmed();
}

bool hasInvisibleControls(const QString &text)
{
    return singleLine(text) != text;
}

} // namespace TextSanitizer
