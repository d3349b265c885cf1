#include "Cpe.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

constexpr int kAttributes = 11;

QString excerpt(QStringView text)
{
    return text.left(60).toString() + (text.size() > 60 ? QStringLiteral("…") : QString());
}

Result<Cpe> fail(const QString &message)
{
    return Result<Cpe>::failure(message);
}

std::array<QString *, kAttributes> fields(Cpe &c)
{
    return {&c.part, &c.vendor, &c.product, &c.version, &c.update, &c.edition, &c.language, &c.swEdition,
        &c.targetSw, &c.targetHw, &c.other};
}

std::array<const QString *, kAttributes> fields(const Cpe &c)
{
    return {&c.part, &c.vendor, &c.product, &c.version, &c.update, &c.edition, &c.language, &c.swEdition,
        &c.targetSw, &c.targetHw, &c.other};
}

bool isPlain(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'-';
}

bool isPunctuation(QChar c)
{
    return c.unicode() > 0x20 && c.unicode() < 0x7F && !isPlain(c) && !c.isLetterOrNumber();
}

bool isQuotable(QChar c)
{
    return c.unicode() > 0x20 && c.unicode() < 0x7F && !c.isLetterOrNumber();
}

/// One attribute value in canonical formatted-string form: lower case, '.', '-' and '_'
/// unquoted, every other punctuation character quoted with '\', unquoted '*' and '?' only
/// as wildcards at either end. An empty value is refused.
Result<QString> canonicalValue(QStringView raw, int index)
{
    const auto bad = [&](const QString &why) {
        return Result<QString>::failure(
            QCoreApplication::translate("Cpe", "Attribute %1 (“%2”) of the CPE name: %3")
                .arg(index + 1)
                .arg(excerpt(raw), why));
    };
    if (raw.isEmpty())
        return bad(QCoreApplication::translate("Cpe", "it is empty; write “*” for any value."));
    if (raw == u"*" || raw == u"-")
        return raw.toString();
    QString out;
    const QString value = raw.toString().toLower();
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\') {
            if (i + 1 >= value.size() || !isQuotable(value.at(i + 1)))
                return bad(QCoreApplication::translate("Cpe", "a '\\' must quote a punctuation character."));
            const QChar quoted = value.at(++i);
            if (quoted == u'.' || quoted == u'_' || (quoted == u'-' && value.size() > 2))
                out += quoted;
            else
                out += u'\\' + QString(quoted);
        } else if (c == u'*' || c == u'?') {
            const bool atStart = out.isEmpty()
                || (c == u'?' && std::all_of(out.cbegin(), out.cend(), [](QChar x) { return x == u'?'; }));
            const bool atEnd = i + 1 == value.size()
                || (c == u'?'
                    && std::all_of(value.cbegin() + i, value.cend(), [](QChar x) { return x == u'?'; }));
            if (!atStart && !atEnd)
                return bad(
                    QCoreApplication::translate("Cpe", "a wildcard may stand only at the start or the end."));
            out += c;
        } else if (isPlain(c)) {
            out += c;
        } else if (isPunctuation(c)) {
            out += u'\\' + QString(c); // lenient: "1.0+build" is read as "1.0\+build"
        } else {
            return bad(QCoreApplication::translate("Cpe", "it holds a character a CPE name cannot hold."));
        }
    }
    return out;
}

/// Splits on ':' that a backslash does not quote.
QList<QStringView> splitFormatted(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\') {
            ++i;
        } else if (text.at(i) == u':') {
            out.append(text.mid(start, i - start));
            start = i + 1;
        }
    }
    out.append(text.mid(start));
    return out;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

/// A CPE 2.2 URI component in formatted-string quoting: percent-decoded, "%01" and "%02"
/// the wildcards '?' and '*', an empty component ANY.
Result<QString> fromUriComponent(QStringView raw, int index)
{
    if (raw.isEmpty())
        return QStringLiteral("*");
    if (raw == u"-")
        return QStringLiteral("-");
    QString quoted;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QChar c = raw.at(i);
        if (c == u'%') {
            const int hi = i + 1 < raw.size() ? hexValue(raw.at(i + 1)) : -1;
            const int lo = i + 2 < raw.size() ? hexValue(raw.at(i + 2)) : -1;
            if (hi < 0 || lo < 0)
                return Result<QString>::failure(QCoreApplication::translate(
                    "Cpe", "Bad percent-encoding in component %1 (“%2”) of the CPE URI.")
                        .arg(index + 1)
                        .arg(excerpt(raw)));
            const int code = hi * 16 + lo;
            i += 2;
            if (code == 1 || code == 2) {
                quoted += code == 1 ? u'?' : u'*';
                continue;
            }
            c = QChar(code);
        }
        if (isPunctuation(c) && c != u'.' && c != u'-' && c != u'_')
            quoted += u'\\';
        quoted += c;
    }
    return canonicalValue(quoted, index);
}

/// Whether a concrete formatted-string value matches a pattern value with wildcards.
bool wildcardMatch(const QString &pattern, const QString &value)
{
    if (!pattern.contains(u'*') && !pattern.contains(u'?'))
        return pattern == value;
    // Only unquoted '*' and '?' at the ends are wildcards (canonicalValue made sure).
    QString regex = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            regex += QRegularExpression::escape(pattern.mid(i, 2));
            ++i;
        } else if (c == u'*') {
            regex += QStringLiteral(".*");
        } else if (c == u'?') {
            regex += QStringLiteral("(?:\\\\.|[^\\\\])"); // one character, quoted or not
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    regex += u'$';
    return QRegularExpression(regex).match(value).hasMatch();
}

} // namespace

Result<Cpe> Cpe::parse(QStringView text)
{
    text = text.trimmed();
    if (text.size() > MaxLength)
        return fail(
            QCoreApplication::translate("Cpe", "A CPE name is at most %1 characters long.").arg(MaxLength));
    Cpe cpe;
    auto out = fields(cpe);
    if (text.startsWith(u"cpe:2.3:", Qt::CaseInsensitive)) {
        const QList<QStringView> parts = splitFormatted(text.mid(8));
        if (parts.size() != kAttributes)
            return fail(QCoreApplication::translate(
                "Cpe", "A CPE 2.3 name has 11 attributes after “cpe:2.3:”, “%1” has %2.")
                    .arg(excerpt(text))
                    .arg(parts.size()));
        for (int i = 0; i < kAttributes; ++i) {
            auto value = canonicalValue(parts.at(i), i);
            if (!value)
                return fail(value.error());
            *out[i] = *value;
        }
    } else if (text.startsWith(u"cpe:/", Qt::CaseInsensitive)) {
        const QList<QStringView> parts = text.mid(5).split(u':');
        if (parts.size() > 7)
            return fail(
                QCoreApplication::translate("Cpe", "A CPE 2.2 URI has at most 7 components, “%1” has %2.")
                    .arg(excerpt(text))
                    .arg(parts.size()));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i == 5 && parts.at(i).startsWith(u'~')) {
                // The packed edition of CPE 2.3: "~edition~sw_edition~target_sw~target_hw~other".
                const QList<QStringView> packed = parts.at(i).mid(1).split(u'~');
                if (packed.size() != 5)
                    return fail(QCoreApplication::translate(
                        "Cpe", "A packed CPE edition has five '~'-separated parts."));
                static constexpr int targets[] = {5, 7, 8, 9, 10};
                for (int k = 0; k < 5; ++k) {
                    auto value = fromUriComponent(packed.at(k), targets[k]);
                    if (!value)
                        return fail(value.error());
                    *out[targets[k]] = *value;
                }
                continue;
            }
            auto value = fromUriComponent(parts.at(i), int(i));
            if (!value)
                return fail(value.error());
            *out[i] = *value;
        }
    } else {
        return fail(QCoreApplication::translate(
            "Cpe", "“%1” is not a CPE name: it must start with “cpe:2.3:” or “cpe:/”.")
                .arg(excerpt(text)));
    }
    if (cpe.part != u"a" && cpe.part != u"o" && cpe.part != u"h" && cpe.part != u"*")
        return fail(QCoreApplication::translate(
            "Cpe", "The CPE part is “a” (application), “o” (operating system) or “h” (hardware), not “%1”.")
                .arg(excerpt(cpe.part)));
    return cpe;
}

QString Cpe::toString() const
{
    QStringList parts;
    for (const QString *value : fields(*this))
        parts.append(value->isEmpty() ? QStringLiteral("*") : *value);
    return u"cpe:2.3:" + parts.join(u':');
}

bool Cpe::matches(const Cpe &concrete) const
{
    const auto pattern = fields(*this);
    const auto values = fields(concrete);
    for (int i = 0; i < kAttributes; ++i) {
        const QString &p = *pattern[i];
        const QString &v = *values[i];
        if (p.isEmpty() || p == u"*")
            continue;
        if (p == u"-" || v == u"-" || v == u"*") {
            if (p != v)
                return false;
            continue;
        }
        if (!wildcardMatch(p, v))
            return false;
    }
    return true;
}
