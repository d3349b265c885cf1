#include "ReporterIdentity.h"

#include "Case.h"

#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringView>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

enum class Kind { Name, Email, Organisation, Handle };

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::Name:
        return QCoreApplication::translate("IdentityScan", "the reporter's name");
    case Kind::Email:
        return QCoreApplication::translate("IdentityScan", "an e-mail address of the reporter");
    case Kind::Organisation:
        return QCoreApplication::translate("IdentityScan", "the reporter's organisation");
    case Kind::Handle:
        return QCoreApplication::translate("IdentityScan", "a handle of the reporter");
    }
    return {};
}

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0b || c == 0x0c || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isHyphen(char32_t c)
{
    return c == u'-' || c == 0x00ad || c == 0x2010 || c == 0x2011;
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

/// A letter or digit of the normalised text. Surrogates stand for letters beyond the BMP.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isSurrogate();
}

/// Scripts written without spaces between words: there the whole-word rule cannot hold.
bool isSpacedScript(QChar c)
{
    if (c.isSurrogate())
        return false;
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Yi:
        return false;
    default:
        return true;
    }
}

/// Letters without a decomposition that readers still take for their plain form.
QString plainLetter(char32_t c)
{
    switch (c) {
    case 0x00df: // ß
        return u"ss"_s;
    case 0x00e6: // æ
        return u"ae"_s;
    case 0x0153: // œ
        return u"oe"_s;
    case 0x00f8: // ø
        return u"o"_s;
    case 0x0142: // ł
        return u"l"_s;
    case 0x0111: // đ
    case 0x00f0: // ð
        return u"d"_s;
    case 0x0127: // ħ
        return u"h"_s;
    case 0x0131: // dotless i
        return u"i"_s;
    case 0x00fe: // þ
        return u"th"_s;
    case 0x2019: // right single quotation mark, as an apostrophe
    case 0x02bc:
        return u"'"_s;
    case 0x2010:
    case 0x2011:
        return u"-"_s;
    default:
        return {};
    }
}

/// One code point folded for comparison: NFKD without combining marks or formatting
/// characters, full case folding, the letters above made plain. Cached per code point.
class Folder final
{
public:
    const QString &fold(char32_t c)
    {
        auto it = m_cache.constFind(c);
        if (it == m_cache.constEnd()) {
            // Bounded: a text of many distinct characters must not grow it without end.
            if (m_cache.size() >= 65536)
                m_cache.clear();
            it = m_cache.insert(c, slowFold(c));
        }
        return *it;
    }

private:
    static QString slowFold(char32_t c)
    {
        QString s = QString::fromUcs4(&c, 1);
        for (int round = 0; round < 2; ++round) {
            const QString decomposed = s.normalized(QString::NormalizationForm_KD);
            QString kept;
            for (qsizetype i = 0; i < decomposed.size();) {
                qsizetype units = 1;
                const char32_t d = codePointAt(decomposed, i, &units);
                if (!isMark(d) && QChar::category(d) != QChar::Other_Format)
                    kept.append(decomposed.sliced(i, units));
                i += units;
            }
            s = kept.toCaseFolded();
            QString plain;
            for (qsizetype i = 0; i < s.size();) {
                qsizetype units = 1;
                const char32_t d = codePointAt(s, i, &units);
                const QString replacement = plainLetter(d);
                plain.append(replacement.isEmpty() ? s.sliced(i, units) : replacement);
                i += units;
            }
            s = plain;
        }
        return s;
    }

    QHash<char32_t, QString> m_cache;
};

/// The text folded for comparison, each of its characters mapped back to the code units of
/// the original it came from. A run of white space becomes one space, a hyphen at a line
/// break inside a word disappears, combining marks and formatting characters disappear.
struct Normalised
{
    QString text;
    QList<qsizetype> from; // first original code unit of each character of text
    QList<qsizetype> to; // one past its last original code unit
};

Normalised normalise(QStringView original)
{
    thread_local Folder folder;
    Normalised n;
    n.text.reserve(original.size());
    n.from.reserve(original.size());
    n.to.reserve(original.size());
    const auto push = [&n](QChar c, qsizetype from, qsizetype to) {
        n.text.append(c);
        n.from.append(from);
        n.to.append(to);
    };
    bool pendingSpace = false;
    qsizetype spaceFrom = 0;
    qsizetype spaceTo = 0;
    const qsizetype size = original.size();
    for (qsizetype i = 0; i < size;) {
        qsizetype units = 1;
        const char32_t c = codePointAt(original, i, &units);
        if (QChar::isSpace(c)) {
            if (!pendingSpace)
                spaceFrom = i;
            pendingSpace = true;
            spaceTo = i + units;
            i += units;
            continue;
        }
        if (isHyphen(c) && !pendingSpace && !n.text.isEmpty() && n.text.back().isLetter()) {
            // "Quell-\nfeld" is one word: skip the hyphen and the white space with the break.
            qsizetype j = i + units;
            bool lineBreak = false;
            qsizetype nextUnits = 1;
            char32_t next = 0;
            while (j < size) {
                next = codePointAt(original, j, &nextUnits);
                if (!QChar::isSpace(next))
                    break;
                lineBreak = lineBreak || isLineBreak(next);
                j += nextUnits;
            }
            if (lineBreak && j < size && QChar::isLetter(next)) {
                i = j;
                continue;
            }
        }
        if (c < 0x80) {
            if (pendingSpace && !n.text.isEmpty())
                push(u' ', spaceFrom, spaceTo);
            pendingSpace = false;
            push(QChar(char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c)), i, i + units);
            i += units;
            continue;
        }
        const QString &folded = folder.fold(c);
        if (folded.isEmpty()) {
            // A combining mark belongs to the letter before it: a match of that letter takes
            // it along instead of leaving it to sit on whatever replaces the match.
            if (isMark(c) && !pendingSpace && !n.to.isEmpty() && n.to.back() == i)
                n.to.back() = i + units;
            i += units;
            continue;
        }
        if (pendingSpace && !n.text.isEmpty())
            push(u' ', spaceFrom, spaceTo);
        pendingSpace = false;
        for (const QChar f : folded)
            push(f, i, i + units);
        i += units;
    }
    return n;
}

QString normalised(const QString &text)
{
    return normalise(text).text;
}

/// Only letters and digits: "Quinton-Researcher" as "quintonresearcher".
QString compact(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (isWordChar(c))
            out.append(c);
    }
    return out;
}

qsizetype letterCount(QStringView text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLetter() || c.isSurrogate(); });
}

/// A word with the punctuation around it taken off: "(Jonas," is "Jonas".
QStringView trimmedWord(QStringView word)
{
    while (!word.isEmpty() && !isWordChar(word.front()))
        word = word.sliced(1);
    while (!word.isEmpty() && !isWordChar(word.back()))
        word.chop(1);
    return word;
}

QList<QStringView> splitAny(QStringView text, bool (*isSeparator)(QChar))
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isSeparator(text.at(i))) {
            if (i > start)
                parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

bool isNotWordChar(QChar c)
{
    return !isWordChar(c);
}

bool isNotLetter(QChar c)
{
    return !c.isLetter() && !c.isSurrogate();
}

bool isSpace(QChar c)
{
    return c == u' ';
}

/// Words that are part of many names and never identify anyone on their own.
const QSet<QString> &particles()
{
    static const QSet<QString> words {u"van"_s, u"von"_s, u"der"_s, u"den"_s, u"de"_s, u"del"_s, u"della"_s,
        u"di"_s, u"da"_s, u"du"_s, u"la"_s, u"le"_s, u"dos"_s, u"das"_s, u"do"_s, u"ten"_s, u"ter"_s,
        u"bin"_s, u"ibn"_s, u"al"_s, u"el"_s, u"dr"_s, u"mr"_s, u"mrs"_s, u"ms"_s, u"prof"_s, u"sir"_s,
        u"jr"_s, u"sr"_s, u"ii"_s, u"iii"_s};
    return words;
}

/// Shared mailboxes: their local part names a function, not the reporter.
const QSet<QString> &roleMailboxes()
{
    static const QSet<QString> names {u"security"_s, u"secure"_s, u"psirt"_s, u"info"_s, u"contact"_s,
        u"admin"_s, u"abuse"_s, u"postmaster"_s, u"webmaster"_s, u"hostmaster"_s, u"support"_s, u"help"_s,
        u"noreply"_s, u"no-reply"_s, u"mail"_s, u"office"_s, u"hello"_s, u"team"_s, u"sales"_s, u"bugs"_s,
        u"bugbounty"_s, u"disclosure"_s, u"report"_s, u"reports"_s, u"research"_s, u"vuln"_s, u"vulns"_s,
        u"cert"_s, u"csirt"_s, u"root"_s};
    return names;
}

/// Legal forms at the end of an organisation's name.
const QSet<QString> &legalForms()
{
    static const QSet<QString> forms {u"gmbh"_s, u"mbh"_s, u"ag"_s, u"kg"_s, u"ug"_s, u"se"_s, u"inc"_s,
        u"incorporated"_s, u"ltd"_s, u"limited"_s, u"llc"_s, u"llp"_s, u"plc"_s, u"corp"_s, u"corporation"_s,
        u"co"_s, u"company"_s, u"sa"_s, u"sas"_s, u"sarl"_s, u"srl"_s, u"spa"_s, u"bv"_s, u"nv"_s, u"oy"_s,
        u"ab"_s, u"as"_s, u"asa"_s, u"aps"_s, u"pty"_s, u"pte"_s, u"kk"_s, u"ev"_s};
    return forms;
}

/// Words many organisations share: not distinctive enough to stand for one on their own.
const QSet<QString> &genericOrganisationWords()
{
    static const QSet<QString> words {u"university"_s, u"universitat"_s, u"universidad"_s, u"universite"_s,
        u"universita"_s, u"universiteit"_s, u"institute"_s, u"institut"_s, u"instituto"_s, u"research"_s,
        u"security"_s, u"systems"_s, u"solutions"_s, u"technologies"_s, u"technology"_s, u"technical"_s,
        u"technische"_s, u"consulting"_s, u"services"_s, u"software"_s, u"networks"_s, u"network"_s,
        u"digital"_s, u"national"_s, u"international"_s, u"global"_s, u"general"_s, u"american"_s,
        u"european"_s, u"german"_s, u"british"_s, u"federal"_s, u"foundation"_s, u"laboratory"_s,
        u"laboratories"_s, u"center"_s, u"centre"_s, u"college"_s, u"school"_s, u"department"_s,
        u"ministry"_s, u"partners"_s, u"computer"_s, u"computing"_s, u"information"_s, u"advanced"_s,
        u"applied"_s, u"united"_s, u"private"_s, u"independent"_s, u"offensive"_s, u"defensive"_s,
        u"ethical"_s, u"hacking"_s, u"hackers"_s, u"cybersecurity"_s, u"secure"_s, u"science"_s,
        u"sciences"_s, u"engineering"_s, u"industries"_s, u"holding"_s, u"holdings"_s, u"internet"_s,
        u"telecom"_s, u"communications"_s, u"analytics"_s, u"academy"_s, u"agency"_s, u"office"_s,
        u"company"_s, u"team"_s, u"operations"_s, u"group"_s, u"labs"_s, u"lab"_s, u"support"_s, u"desk"_s,
        u"coordination"_s, u"response"_s};
    return words;
}

struct Pattern
{
    QString text; // normalised
    Kind kind = Kind::Name;
    bool digitsSuffix = false; // handles: "jquellfeld42" is still the handle
    /// A lone part of a longer name counts only written as a name, its first letter not in
    /// lower case ("Jonas", "QUELLFELD"; any letter of a script without case): a reporter
    /// called "Network Operations" is not found in "an adjacent network".
    bool asName = false;
};

struct Candidate
{
    qsizetype start = 0; // normalised
    qsizetype end = 0;
    Kind kind = Kind::Name;
};

/// Everything looked for, normalised once per scan.
class Needles final
{
public:
    explicit Needles(const ReporterIdentity &who)
    {
        addName(who.name);
        // German umlauts, also written out: "Müller" is "Mueller" too.
        const QString composed = who.name.normalized(QString::NormalizationForm_C);
        QString transliterated = composed;
        transliterated.replace(u"\u00e4"_s, u"ae"_s)
            .replace(u"\u00f6"_s, u"oe"_s)
            .replace(u"\u00fc"_s, u"ue"_s);
        transliterated.replace(u"\u00c4"_s, u"Ae"_s)
            .replace(u"\u00d6"_s, u"Oe"_s)
            .replace(u"\u00dc"_s, u"Ue"_s);
        if (transliterated != composed)
            addName(transliterated);
        // And the other way round: a "Mueller" may be written "Müller" (folded to "muller").
        // Only in longer words: a false variant such as "Samul" from "Samuel" only ever
        // matches that odd word, but "Zoe" as "Zo" would match a common one.
        QStringList words = composed.split(u' ');
        for (QString &word : words) {
            if (word.size() >= 5)
                word.replace(u"ae"_s, u"a"_s, Qt::CaseInsensitive)
                    .replace(u"oe"_s, u"o"_s, Qt::CaseInsensitive)
                    .replace(u"ue"_s, u"u"_s, Qt::CaseInsensitive);
        }
        if (const QString plain = words.join(u' '); plain != composed && plain != transliterated)
            addName(plain);
        for (const QString &email : who.emails)
            addEmail(email);
        addOrganisation(who.organisation);
        for (const QString &alias : who.aliases)
            addAlias(alias);
    }

    const QList<Pattern> &patterns() const { return m_patterns; }

    /// Whether an address found in the text is the reporter's or names them.
    bool identifies(QStringView local, QStringView domain) const
    {
        if (m_emails.contains(local.toString() + u'@' + domain.toString())
            || m_localParts.contains(local.toString()))
            return true;
        for (const QStringView piece : splitAny(local, isNotLetter)) {
            const QString p = piece.toString();
            if (m_nameParts.contains(p) || m_tokens.contains(p))
                return true;
        }
        for (const QString &part : m_longParts) {
            if (local.contains(part))
                return true;
        }
        for (const QString &token : m_compacts) {
            if (local.contains(token))
                return true;
        }
        for (const QStringView label : splitAny(domain, isNotLetter)) {
            if (m_nameParts.contains(label.toString()))
                return true;
        }
        for (const QString &part : m_longParts) {
            if (domain.contains(part))
                return true;
        }
        for (const QString &word : m_domainWords) {
            if (domain.contains(word))
                return true;
        }
        return false;
    }

private:
    void add(const QString &text, Kind kind, bool digitsSuffix = false, bool asName = false)
    {
        // Longer needles are not names; a bound keeps every search linear in practice.
        constexpr qsizetype maxNeedle = 256;
        if (letterCount(text) < 2 || text.size() > maxNeedle || m_seen.contains(text))
            return;
        m_seen.insert(text);
        m_patterns.append({text, kind, digitsSuffix, asName});
    }

    void addName(const QString &name)
    {
        const QString n = normalised(name);
        if (n.isEmpty())
            return;
        add(n, Kind::Name);
        QStringList words; // the name's words without particles and titles, compacted
        for (const QStringView raw : splitAny(n, isSpace)) {
            const QStringView word = trimmedWord(raw);
            if (word.isEmpty())
                continue;
            const QList<QStringView> pieces = splitAny(word, isNotWordChar);
            for (const QStringView piece : pieces) {
                const QString p = piece.toString();
                // A reporter who signs as a team ("Security Team", "Network Operations") is
                // found by the whole name; its generic words alone identify nobody.
                const bool lone = p != n;
                if (letterCount(p) >= 2 && !particles().contains(p)
                    && !(lone && genericOrganisationWords().contains(p))) {
                    m_nameParts.insert(p);
                    if (p.size() >= 4)
                        m_longParts.append(p);
                    add(p, Kind::Name, false, lone);
                }
            }
            const QString whole = compact(word);
            if (pieces.size() > 1) { // "Quinton-Researcher", and as one word after a line break
                add(word.toString(), Kind::Name);
                add(whole, Kind::Name);
            }
            if (letterCount(whole) >= 1 && !particles().contains(whole))
                words.append(whole);
        }
        if (words.size() < 2)
            return;
        const QString first = words.constFirst();
        const QString last = words.constLast();
        const QString initial = first.left(1);
        const QStringList handles {initial + last, first + last, first + u'.' + last, first + u'_' + last,
            first + u'-' + last, last + initial, last + first, last + u'.' + first, last + u'_' + first};
        for (const QString &handle : handles) {
            // Short ones are words: "Li Wei" gives "weil".
            if (const QString c = compact(handle); c.size() >= 5) {
                add(handle, Kind::Handle, true);
                if (!m_compacts.contains(c))
                    m_compacts.append(c);
            }
        }
    }

    void addEmail(const QString &email)
    {
        QString e = normalised(email);
        if (e.startsWith(u"mailto:"_s))
            e = e.sliced(7);
        e = trimmedWord(e).toString();
        const qsizetype at = e.lastIndexOf(u'@');
        if (at <= 0 || at == e.size() - 1)
            return;
        m_emails.insert(e);
        const QString local = e.left(at);
        m_localParts.insert(local);
        if (compact(local).size() >= 3 && !roleMailboxes().contains(local))
            add(local, Kind::Email);
    }

    void addOrganisation(const QString &organisation)
    {
        const QString o = normalised(organisation);
        if (o.isEmpty())
            return;
        add(o, Kind::Organisation);
        QList<QStringView> words = splitAny(o, isSpace);
        while (words.size() > 1 && legalForms().contains(compact(words.constLast())))
            words.removeLast();
        while (words.size() > 1 && trimmedWord(words.constFirst()) == QStringView(u"the"))
            words.removeFirst();
        if (words.isEmpty())
            return;
        QStringList kept;
        for (const QStringView word : std::as_const(words))
            kept.append(word.toString());
        const QString core = trimmedWord(kept.join(u' ')).toString();
        add(core, Kind::Organisation);
        if (const QString c = compact(core); c.size() >= 4)
            m_domainWords.append(c);
        const QString first = compact(words.constFirst());
        if (words.size() > 1 && letterCount(first) >= 6 && !genericOrganisationWords().contains(first)) {
            add(first, Kind::Organisation);
            m_domainWords.append(first);
        }
    }

    void addAlias(const QString &alias)
    {
        QString a = normalised(alias);
        while (a.startsWith(u'@'))
            a = a.sliced(1);
        a = trimmedWord(a).toString();
        add(a, Kind::Handle, true);
        if (!a.contains(u' '))
            m_tokens.insert(a);
        if (const QString c = compact(a); c.size() >= 3 && !m_compacts.contains(c))
            m_compacts.append(c);
    }

    QList<Pattern> m_patterns;
    QSet<QString> m_seen;
    QSet<QString> m_nameParts;
    QStringList m_longParts; // name parts of four or more letters
    QSet<QString> m_tokens; // one-word aliases
    QStringList m_compacts; // handles and aliases as letters and digits only
    QStringList m_domainWords; // the organisation, compacted, and its distinctive word
    QSet<QString> m_emails;
    QSet<QString> m_localParts;
};

void search(const Normalised &n, QStringView original, const Pattern &pattern, QList<Candidate> *out)
{
    const QStringView text(n.text);
    const QString &needle = pattern.text;
    const bool leftBoundary = isWordChar(needle.front()) && isSpacedScript(needle.front());
    const bool rightBoundary = isWordChar(needle.back()) && isSpacedScript(needle.back());
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (leftBoundary && at > 0 && isWordChar(text.at(at - 1)))
            continue;
        qsizetype end = at + needle.size();
        if (pattern.digitsSuffix) {
            while (end < text.size() && text.at(end).isDigit())
                ++end;
        }
        if (rightBoundary && end < text.size() && isWordChar(text.at(end)))
            continue;
        if (pattern.asName && original.at(n.from.at(at)).isLower())
            continue;
        out->append({at, end, pattern.kind});
    }
}

bool isLocalChar(QChar c)
{
    return isWordChar(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-' || c == u'\'';
}

bool isDomainChar(QChar c)
{
    return isWordChar(c) || c == u'.' || c == u'-';
}

/// Every address in the text that is the reporter's or carries their name. Each character
/// is looked at from at most two at signs, so this is linear.
void searchAddresses(const Normalised &n, const Needles &needles, QList<Candidate> *out)
{
    const QStringView text(n.text);
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        qsizetype start = at;
        while (start > 0 && isLocalChar(text.at(start - 1)))
            --start;
        while (start < at && !isWordChar(text.at(start)))
            ++start;
        qsizetype end = at + 1;
        while (end < text.size() && isDomainChar(text.at(end)))
            ++end;
        while (end > at + 1 && !isWordChar(text.at(end - 1)))
            --end;
        if (start == at || end == at + 1)
            continue;
        if (needles.identifies(text.sliced(start, at - start), text.sliced(at + 1, end - at - 1)))
            out->append({start, end, Kind::Email});
    }
}

struct Span
{
    qsizetype start = 0; // original
    qsizetype end = 0;
    qsizetype longest = 0;
    Kind kind = Kind::Name;
};

/// Candidates mapped to the original text, sorted, overlapping ones merged.
QList<Span> merged(const Normalised &n, const QList<Candidate> &candidates)
{
    QList<Span> spans;
    spans.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        const qsizetype start = n.from.at(c.start);
        const qsizetype end = n.to.at(c.end - 1);
        spans.append({start, end, end - start, c.kind});
    }
    std::sort(spans.begin(), spans.end(),
        [](const Span &a, const Span &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    QList<Span> out;
    for (const Span &s : std::as_const(spans)) {
        if (!out.isEmpty() && s.start < out.back().end) {
            Span &last = out.back();
            last.end = std::max(last.end, s.end);
            if (s.longest > last.longest) {
                last.longest = s.longest;
                last.kind = s.kind;
            }
            continue;
        }
        out.append(s);
    }
    return out;
}

} // namespace

ReporterIdentity ReporterIdentity::of(const Case &c, const QStringList &aliases)
{
    ReporterIdentity who;
    who.name = c.reporterName.trimmed();
    // The field may hold "Name <address>" or a list; every address in it counts.
    static const QRegularExpression separators(u"[\\s,;<>()\"']+"_s);
    for (const QString &word : c.reporterEmail.split(separators, Qt::SkipEmptyParts)) {
        if (word.contains(u'@') && !who.emails.contains(word))
            who.emails.append(word);
    }
    who.organisation = c.reporterOrganisation.trimmed();
    for (const QString &alias : aliases) {
        if (!alias.trimmed().isEmpty())
            who.aliases.append(alias.trimmed());
    }
    return who;
}

bool ReporterIdentity::isEmpty() const
{
    const auto blank = [](const QString &s) { return letterCount(normalised(s)) == 0; };
    return blank(name) && blank(organisation) && std::all_of(emails.cbegin(), emails.cend(), blank)
        && std::all_of(aliases.cbegin(), aliases.cend(), blank);
}

QList<IdentityScan::Match> IdentityScan::find(const QString &text, const ReporterIdentity &who)
{
    if (text.isEmpty() || who.isEmpty())
        return {};
    const Needles needles(who);
    const Normalised n = normalise(text);
    QList<Candidate> candidates;
    for (const Pattern &pattern : needles.patterns())
        search(n, text, pattern, &candidates);
    searchAddresses(n, needles, &candidates);
    QList<Match> matches;
    for (const Span &s : merged(n, candidates))
        matches.append({s.start, s.end - s.start, kindText(s.kind)});
    return matches;
}

QString IdentityScan::redact(const QString &text, const ReporterIdentity &who, const QString &marker)
{
    const QList<Match> matches = find(text, who);
    if (matches.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    for (const Match &m : matches) {
        out.append(QStringView(text).sliced(done, m.position - done));
        out.append(marker);
        done = m.position + m.length;
    }
    out.append(QStringView(text).sliced(done));
    return out;
}

QList<IdentityScan::Match> IdentityScan::findPhrase(const QString &text, const QString &phrase)
{
    const QString needle = normalised(phrase);
    if (text.isEmpty() || needle.isEmpty())
        return {};
    const Normalised n = normalise(text);
    QList<Candidate> candidates;
    search(n, text, {needle, Kind::Name, false}, &candidates);
    QList<Match> matches;
    for (const Span &s : merged(n, candidates))
        matches.append({s.start, s.end - s.start, QString()});
    return matches;
}
