#include "VersionOrder.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <optional>

namespace VersionOrder {

namespace {

int sign(int value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool allAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isAsciiDigit);
}

/// Two runs of ASCII digits as numbers of any length (no overflow on hostile input).
int compareDigits(QStringView a, QStringView b)
{
    while (!a.isEmpty() && a.front() == u'0')
        a = a.mid(1);
    while (!b.isEmpty() && b.front() == u'0')
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return sign(a.compare(b));
}

bool isZero(QStringView digits)
{
    return std::all_of(digits.begin(), digits.end(), [](QChar c) { return c == u'0'; });
}

/// Whichever side its scheme could read comes first; two unreadable ones fall back to the
/// generic rule. Keeps every order total.
int compareUnreadable(bool aRead, bool bRead, QStringView a, QStringView b)
{
    if (aRead != bRead)
        return aRead ? -1 : 1;
    return compareGeneric(a, b);
}

// ---- SemVer 2.0.0 (npm, cargo, Go modules) and NuGet ------------------------------------

struct Semver
{
    QList<QStringView> release; // numeric parts
    QList<QStringView> prerelease; // dot-separated identifiers
};

std::optional<Semver> parseSemver(QStringView text, int minParts, int maxParts, bool allowV)
{
    if (allowV && (text.startsWith(u'v') || text.startsWith(u'V')))
        text = text.mid(1);
    if (const qsizetype plus = text.indexOf(u'+'); plus >= 0)
        text = text.left(plus); // build metadata does not take part in precedence
    Semver out;
    QStringView core = text;
    if (const qsizetype dash = text.indexOf(u'-'); dash >= 0) {
        core = text.left(dash);
        const QStringView pre = text.mid(dash + 1);
        if (pre.isEmpty())
            return std::nullopt;
        for (QStringView id : pre.split(u'.')) {
            if (id.isEmpty())
                return std::nullopt;
            out.prerelease.append(id);
        }
    }
    for (QStringView part : core.split(u'.')) {
        if (!allAsciiDigits(part))
            return std::nullopt;
        out.release.append(part);
    }
    if (out.release.size() < minParts || out.release.size() > maxParts)
        return std::nullopt;
    return out;
}

int compareRelease(const QList<QStringView> &a, const QList<QStringView> &b)
{
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QStringView x = i < a.size() ? a.at(i) : QStringView(u"0");
        const QStringView y = i < b.size() ? b.at(i) : QStringView(u"0");
        if (const int c = compareDigits(x, y); c != 0)
            return c;
    }
    return 0;
}

int comparePrerelease(const QList<QStringView> &a, const QList<QStringView> &b, Qt::CaseSensitivity cs)
{
    if (a.isEmpty() != b.isEmpty())
        return a.isEmpty() ? 1 : -1; // a release outranks its prereleases
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        const bool xNumber = allAsciiDigits(a.at(i));
        const bool yNumber = allAsciiDigits(b.at(i));
        int c = 0;
        if (xNumber && yNumber)
            c = compareDigits(a.at(i), b.at(i));
        else if (xNumber != yNumber)
            c = xNumber ? -1 : 1;
        else
            c = sign(a.at(i).compare(b.at(i), cs));
        if (c != 0)
            return c;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

int compareSemver(QStringView a, QStringView b, bool lenient)
{
    // npm and Go write "v1.2.3" at times; npm ranges also see "1.2" from old metadata.
    const auto x = parseSemver(a, lenient ? 1 : 3, 3, lenient);
    const auto y = parseSemver(b, lenient ? 1 : 3, 3, lenient);
    if (!x || !y)
        return compareUnreadable(x.has_value(), y.has_value(), a, b);
    if (const int c = compareRelease(x->release, y->release); c != 0)
        return c;
    return comparePrerelease(x->prerelease, y->prerelease, Qt::CaseSensitive);
}

int compareNuget(QStringView a, QStringView b)
{
    const auto x = parseSemver(a, 1, 4, false);
    const auto y = parseSemver(b, 1, 4, false);
    if (!x || !y)
        return compareUnreadable(x.has_value(), y.has_value(), a, b);
    if (const int c = compareRelease(x->release, y->release); c != 0)
        return c;
    return comparePrerelease(x->prerelease, y->prerelease, Qt::CaseInsensitive);
}

// ---- PEP 440 ------------------------------------------------------------------------------

struct Pep440
{
    QString epoch;
    QStringList release;
    int preKind = 0; // 0 none, 1 a, 2 b, 3 rc
    QString pre;
    bool hasPost = false;
    QString post;
    bool hasDev = false;
    QString dev;
    QStringList local;
};

std::optional<Pep440> parsePep440(QStringView text)
{
    // The grammar of PEP 440 "Appendix B" with its alternative spellings.
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*v?(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)"
                       "(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]+)?)?"
                       "(?:-([0-9]+)|[-_.]?(post|rev|r)[-_.]?([0-9]+)?)?"
                       "(?:[-_.]?(dev)[-_.]?([0-9]+)?)?"
                       "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.matchView(text);
    if (!m.hasMatch())
        return std::nullopt;
    Pep440 out;
    out.epoch = m.captured(1).isEmpty() ? QStringLiteral("0") : m.captured(1);
    out.release = m.captured(2).split(u'.');
    while (out.release.size() > 1 && isZero(out.release.constLast()))
        out.release.removeLast(); // 1.0 == 1.0.0
    if (m.hasCaptured(3)) {
        const QString kind = m.captured(3).toLower();
        out.preKind = kind.startsWith(u'a') ? 1 : (kind.startsWith(u'b') ? 2 : 3);
        out.pre = m.captured(4).isEmpty() ? QStringLiteral("0") : m.captured(4);
    }
    if (m.hasCaptured(5) || m.hasCaptured(6)) {
        out.hasPost = true;
        out.post = m.hasCaptured(5) ? m.captured(5) : m.captured(7);
        if (out.post.isEmpty())
            out.post = QStringLiteral("0");
    }
    if (m.hasCaptured(8)) {
        out.hasDev = true;
        out.dev = m.captured(9).isEmpty() ? QStringLiteral("0") : m.captured(9);
    }
    if (m.hasCaptured(10)) {
        static const QRegularExpression separators(QStringLiteral("[-_.]"));
        out.local = m.captured(10).toLower().split(separators);
    }
    return out;
}

int comparePep440(QStringView a, QStringView b)
{
    const auto x = parsePep440(a);
    const auto y = parsePep440(b);
    if (!x || !y)
        return compareUnreadable(x.has_value(), y.has_value(), a, b);
    if (const int c = compareDigits(x->epoch, y->epoch); c != 0)
        return c;
    QList<QStringView> xr(x->release.cbegin(), x->release.cend());
    QList<QStringView> yr(y->release.cbegin(), y->release.cend());
    if (const int c = compareRelease(xr, yr); c != 0)
        return c;
    // Pre-release: a lone dev release ("1.0.dev0") comes before every pre-release of 1.0,
    // no pre-release at all after them.
    auto preRank = [](const Pep440 &v) {
        if (v.preKind != 0)
            return 1;
        return (!v.hasPost && v.hasDev) ? 0 : 2;
    };
    if (const int c = preRank(*x) - preRank(*y); c != 0)
        return sign(c);
    if (x->preKind != 0) {
        if (x->preKind != y->preKind)
            return x->preKind < y->preKind ? -1 : 1;
        if (const int c = compareDigits(x->pre, y->pre); c != 0)
            return c;
    }
    if (x->hasPost != y->hasPost)
        return x->hasPost ? 1 : -1;
    if (const int c = compareDigits(x->post, y->post); x->hasPost && c != 0)
        return c;
    if (x->hasDev != y->hasDev)
        return x->hasDev ? -1 : 1;
    if (const int c = compareDigits(x->dev, y->dev); x->hasDev && c != 0)
        return c;
    // Local versions: none first; segments numeric above alphanumeric; longer wins a tie.
    for (qsizetype i = 0; i < std::min(x->local.size(), y->local.size()); ++i) {
        const bool xn = allAsciiDigits(x->local.at(i));
        const bool yn = allAsciiDigits(y->local.at(i));
        int c = 0;
        if (xn && yn)
            c = compareDigits(x->local.at(i), y->local.at(i));
        else if (xn != yn)
            c = xn ? 1 : -1;
        else
            c = sign(x->local.at(i).compare(y->local.at(i)));
        if (c != 0)
            return c;
    }
    return sign(int(x->local.size() - y->local.size()));
}

// ---- Maven ComparableVersion --------------------------------------------------------------

struct MavenItem
{
    enum Kind { Int, String, List } kind = Int;
    QString text; // Int: digits without leading zeros; String: the aliased qualifier
    QList<MavenItem> items;

    bool isNull() const
    {
        switch (kind) {
        case Int:
            return text.isEmpty();
        case String:
            return text.isEmpty(); // "", "ga", "final", "release"
        case List:
            return items.isEmpty();
        }
        return false;
    }
};

QString mavenQualifierKey(const QString &qualifier)
{
    static const QStringList known
        = {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("milestone"), QStringLiteral("rc"),
            QStringLiteral("snapshot"), QString(), QStringLiteral("sp")};
    const qsizetype index = known.indexOf(qualifier);
    // Unknown qualifiers after all known ones, in text order among themselves.
    return index >= 0 ? QString::number(index) : QString::number(known.size()) + u'-' + qualifier;
}

MavenItem mavenInt(QStringView digits)
{
    while (!digits.isEmpty() && digits.front() == u'0')
        digits = digits.mid(1);
    return MavenItem {MavenItem::Int, digits.toString(), {}};
}

MavenItem mavenString(QStringView value, bool followedByDigit)
{
    QString text = value.toString();
    if (followedByDigit && text.size() == 1) {
        if (text == u"a")
            text = QStringLiteral("alpha");
        else if (text == u"b")
            text = QStringLiteral("beta");
        else if (text == u"m")
            text = QStringLiteral("milestone");
    }
    if (text == u"ga" || text == u"final" || text == u"release")
        text.clear();
    else if (text == u"cr")
        text = QStringLiteral("rc");
    return MavenItem {MavenItem::String, text, {}};
}

void mavenNormalize(QList<MavenItem> &items)
{
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (items.at(i).isNull())
            items.removeAt(i);
        else if (items.at(i).kind != MavenItem::List)
            break;
    }
}

int mavenCompare(const MavenItem *a, const MavenItem *b);

int mavenCompareToNull(const MavenItem &a)
{
    switch (a.kind) {
    case MavenItem::Int:
        return a.text.isEmpty() ? 0 : 1;
    case MavenItem::String:
        return sign(mavenQualifierKey(a.text).compare(mavenQualifierKey(QString())));
    case MavenItem::List:
        return a.items.isEmpty() ? 0 : mavenCompareToNull(a.items.constFirst());
    }
    return 0;
}

int mavenCompare(const MavenItem *a, const MavenItem *b)
{
    if (!a)
        return b ? -mavenCompareToNull(*b) : 0;
    if (!b)
        return mavenCompareToNull(*a);
    switch (a->kind) {
    case MavenItem::Int:
        if (b->kind == MavenItem::Int)
            return compareDigits(a->text, b->text);
        return 1; // a number after a qualifier or a sub-list
    case MavenItem::String:
        if (b->kind == MavenItem::Int || b->kind == MavenItem::List)
            return -1;
        return sign(mavenQualifierKey(a->text).compare(mavenQualifierKey(b->text)));
    case MavenItem::List:
        if (b->kind == MavenItem::Int)
            return -1;
        if (b->kind == MavenItem::String)
            return 1;
        for (qsizetype i = 0; i < std::max(a->items.size(), b->items.size()); ++i) {
            const MavenItem *l = i < a->items.size() ? &a->items.at(i) : nullptr;
            const MavenItem *r = i < b->items.size() ? &b->items.at(i) : nullptr;
            if (const int c = mavenCompare(l, r); c != 0)
                return c;
        }
        return 0;
    }
    return 0;
}

/// Items nest: "1.0-beta-1" is [1, [beta, [1]]]. Built on an explicit path of indices, so
/// hostile input ("1-1-1-…") cannot recurse deeply here (the comparison recursion is bounded
/// by the caller's length limit).
constexpr qsizetype MaxMavenDepth = 64;

MavenItem parseMaven(QStringView input)
{
    const QString version = input.toString().toLower();
    MavenItem root {MavenItem::List, {}, {}};
    QList<MavenItem *> stack {&root};
    auto current = [&stack]() { return stack.constLast(); };
    auto openList = [&]() {
        if (stack.size() >= MaxMavenDepth)
            return; // deeper items stay in the deepest list: "1-1-1-…" cannot exhaust the stack
        current()->items.append(MavenItem {MavenItem::List, {}, {}});
        stack.append(&current()->items.last());
    };
    auto item
        = [](bool digit, QStringView text) { return digit ? mavenInt(text) : mavenString(text, false); };
    bool isDigit = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < version.size(); ++i) {
        const QChar c = version.at(i);
        if (c == u'.' || c == u'-') {
            if (i == start)
                current()->items.append(mavenInt(u"0"));
            else
                current()->items.append(item(isDigit, QStringView(version).mid(start, i - start)));
            start = i + 1;
            if (c == u'-')
                openList();
        } else if (isAsciiDigit(c)) {
            if (!isDigit && i > start) {
                current()->items.append(mavenString(QStringView(version).mid(start, i - start), true));
                start = i;
                openList();
            }
            isDigit = true;
        } else {
            if (isDigit && i > start) {
                current()->items.append(mavenInt(QStringView(version).mid(start, i - start)));
                start = i;
                openList();
            }
            isDigit = false;
        }
    }
    if (version.size() > start)
        current()->items.append(item(isDigit, QStringView(version).mid(start)));
    while (!stack.isEmpty())
        mavenNormalize(stack.takeLast()->items);
    return root;
}

int compareMaven(QStringView a, QStringView b)
{
    const MavenItem x = parseMaven(a);
    const MavenItem y = parseMaven(b);
    return mavenCompare(&x, &y);
}

// ---- Debian (dpkg) -------------------------------------------------------------------------

int dpkgOrder(QStringView s, qsizetype i)
{
    if (i >= s.size())
        return 0;
    const QChar c = s.at(i);
    if (isAsciiDigit(c))
        return 0;
    if (isAsciiLetter(c))
        return c.unicode();
    if (c == u'~')
        return -1;
    return c.unicode() + 256;
}

int dpkgCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        while ((i < a.size() && !isAsciiDigit(a.at(i))) || (j < b.size() && !isAsciiDigit(b.at(j)))) {
            const int ac = dpkgOrder(a, i);
            const int bc = dpkgOrder(b, j);
            if (ac != bc)
                return sign(ac - bc);
            ++i;
            ++j;
        }
        qsizetype ai = i, bj = j;
        while (i < a.size() && isAsciiDigit(a.at(i)))
            ++i;
        while (j < b.size() && isAsciiDigit(b.at(j)))
            ++j;
        if (const int c = compareDigits(a.mid(ai, i - ai), b.mid(bj, j - bj)); c != 0)
            return c;
    }
    return 0;
}

struct Evr
{
    QStringView epoch;
    QStringView version;
    QStringView release;
};

/// epoch:version-release; the revision (Debian) or release (RPM) after the last '-'.
Evr splitEvr(QStringView text)
{
    Evr out {QStringView(u"0"), text, {}};
    if (const qsizetype colon = text.indexOf(u':'); colon >= 0 && allAsciiDigits(text.left(colon))) {
        out.epoch = text.left(colon);
        out.version = text.mid(colon + 1);
    }
    if (const qsizetype dash = out.version.lastIndexOf(u'-'); dash >= 0) {
        out.release = out.version.mid(dash + 1);
        out.version = out.version.left(dash);
    }
    return out;
}

int compareDeb(QStringView a, QStringView b)
{
    const Evr x = splitEvr(a);
    const Evr y = splitEvr(b);
    if (const int c = compareDigits(x.epoch, y.epoch); c != 0)
        return c;
    if (const int c = dpkgCompare(x.version, y.version); c != 0)
        return c;
    return dpkgCompare(x.release, y.release);
}

// ---- RPM (rpmvercmp) -----------------------------------------------------------------------

bool isAsciiAlnum(QChar c)
{
    return isAsciiDigit(c) || isAsciiLetter(c);
}

int rpmvercmp(QStringView a, QStringView b)
{
    if (a == b)
        return 0;
    qsizetype i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        while (i < a.size() && !isAsciiAlnum(a.at(i)) && a.at(i) != u'~' && a.at(i) != u'^')
            ++i;
        while (j < b.size() && !isAsciiAlnum(b.at(j)) && b.at(j) != u'~' && b.at(j) != u'^')
            ++j;
        const QChar ca = i < a.size() ? a.at(i) : QChar();
        const QChar cb = j < b.size() ? b.at(j) : QChar();
        // '~' sorts before everything, even the end; '^' after the end but before the rest.
        if (ca == u'~' || cb == u'~') {
            if (ca != u'~')
                return 1;
            if (cb != u'~')
                return -1;
            ++i;
            ++j;
            continue;
        }
        if (ca == u'^' || cb == u'^') {
            if (i >= a.size())
                return -1;
            if (j >= b.size())
                return 1;
            if (ca != u'^')
                return 1;
            if (cb != u'^')
                return -1;
            ++i;
            ++j;
            continue;
        }
        if (i >= a.size() || j >= b.size())
            break;
        const bool number = isAsciiDigit(ca);
        const auto inSegment = [number](QChar c) { return number ? isAsciiDigit(c) : isAsciiLetter(c); };
        qsizetype ie = i, je = j;
        while (ie < a.size() && inSegment(a.at(ie)))
            ++ie;
        while (je < b.size() && inSegment(b.at(je)))
            ++je;
        if (je == j)
            return number ? 1 : -1; // a number is newer than letters
        const QStringView x = a.mid(i, ie - i);
        const QStringView y = b.mid(j, je - j);
        if (const int c = number ? compareDigits(x, y) : sign(x.compare(y)); c != 0)
            return c;
        i = ie;
        j = je;
    }
    if (i >= a.size() && j >= b.size())
        return 0;
    return i >= a.size() ? -1 : 1;
}

int compareRpm(QStringView a, QStringView b)
{
    const Evr x = splitEvr(a);
    const Evr y = splitEvr(b);
    if (const int c = compareDigits(x.epoch, y.epoch); c != 0)
        return c;
    if (const int c = rpmvercmp(x.version, y.version); c != 0)
        return c;
    return rpmvercmp(x.release, y.release);
}

// ---- RubyGems (Gem::Version) ---------------------------------------------------------------

/// Segments of a gem version: numbers and letter runs ("1.0.0-rc1" reads as
/// 1.0.0.pre.rc1 → 1 0 0 pre rc 1), trailing zeros of the release and of each
/// prerelease part dropped (Gem::Version#canonical_segments).
QList<QString> gemSegments(QStringView text)
{
    QString s = text.trimmed().toString();
    s.replace(u'-', QStringLiteral(".pre."));
    QList<QString> segments;
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s.at(i);
        qsizetype e = i;
        if (isAsciiDigit(c)) {
            while (e < s.size() && isAsciiDigit(s.at(e)))
                ++e;
        } else if (isAsciiLetter(c)) {
            while (e < s.size() && isAsciiLetter(s.at(e)))
                ++e;
        } else {
            ++i;
            continue;
        }
        segments.append(s.mid(i, e - i));
        i = e;
    }
    // Two groups, the release numbers and the prerelease part from the first letter segment
    // on; trailing zeros of each are dropped.
    const auto firstLetters = std::find_if(segments.cbegin(), segments.cend(),
        [](const QString &segment) { return !isAsciiDigit(segment.front()); });
    QList<QString> release(segments.cbegin(), firstLetters);
    QList<QString> prerelease(firstLetters, segments.cend());
    for (QList<QString> *group : {&release, &prerelease}) {
        while (!group->isEmpty() && isZero(group->constLast()))
            group->removeLast();
    }
    QList<QString> out = release + prerelease;
    return out;
}

int compareGem(QStringView a, QStringView b)
{
    const QList<QString> x = gemSegments(a);
    const QList<QString> y = gemSegments(b);
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const QString l = i < x.size() ? x.at(i) : QStringLiteral("0");
        const QString r = i < y.size() ? y.at(i) : QStringLiteral("0");
        const bool ln = isAsciiDigit(l.front());
        const bool rn = isAsciiDigit(r.front());
        int c = 0;
        if (ln && rn)
            c = compareDigits(l, r);
        else if (ln != rn)
            c = ln ? 1 : -1; // "1.0.a" is a prerelease of 1.0
        else
            c = sign(l.compare(r));
        if (c != 0)
            return c;
    }
    return 0;
}

} // namespace

Scheme schemeForPurlType(QStringView purlType)
{
    const QString t = purlType.toString().toLower();
    if (t == u"npm")
        return Scheme::Npm;
    if (t == u"pypi")
        return Scheme::Pypi;
    if (t == u"maven")
        return Scheme::Maven;
    if (t == u"deb")
        return Scheme::Deb;
    if (t == u"rpm")
        return Scheme::Rpm;
    if (t == u"golang")
        return Scheme::Golang;
    if (t == u"nuget")
        return Scheme::Nuget;
    if (t == u"gem")
        return Scheme::Gem;
    if (t == u"cargo")
        return Scheme::Cargo;
    return Scheme::Generic;
}

Scheme schemeForVers(QStringView versScheme)
{
    const QString t = versScheme.toString().toLower();
    if (t == u"semver")
        return Scheme::Semver;
    if (t == u"go")
        return Scheme::Golang;
    if (t == u"debian")
        return Scheme::Deb;
    if (t == u"rubygems")
        return Scheme::Gem;
    return schemeForPurlType(t);
}

Scheme schemeForOsvEcosystem(QStringView ecosystem)
{
    // "Debian:12", "Ubuntu:22.04:LTS": the release after the first ':' does not change the order.
    const qsizetype colon = ecosystem.indexOf(u':');
    const QString e = (colon >= 0 ? ecosystem.left(colon) : ecosystem).toString().toLower();
    if (e == u"npm")
        return Scheme::Npm;
    if (e == u"pypi")
        return Scheme::Pypi;
    if (e == u"maven")
        return Scheme::Maven;
    if (e == u"debian" || e == u"ubuntu")
        return Scheme::Deb;
    if (e == u"red hat" || e == u"rocky linux" || e == u"almalinux" || e == u"suse" || e == u"opensuse"
        || e == u"mageia" || e == u"openeuler")
        return Scheme::Rpm;
    if (e == u"go")
        return Scheme::Golang;
    if (e == u"crates.io")
        return Scheme::Cargo;
    if (e == u"nuget")
        return Scheme::Nuget;
    if (e == u"rubygems")
        return Scheme::Gem;
    if (e == u"hex" || e == u"pub" || e == u"swifturl")
        return Scheme::Semver;
    return Scheme::Generic;
}

QStringView versName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Generic:
        return u"generic";
    case Scheme::Semver:
        return u"semver";
    case Scheme::Npm:
        return u"npm";
    case Scheme::Pypi:
        return u"pypi";
    case Scheme::Maven:
        return u"maven";
    case Scheme::Deb:
        return u"deb";
    case Scheme::Rpm:
        return u"rpm";
    case Scheme::Golang:
        return u"golang";
    case Scheme::Nuget:
        return u"nuget";
    case Scheme::Gem:
        return u"gem";
    case Scheme::Cargo:
        return u"cargo";
    }
    return u"generic";
}

int compare(Scheme scheme, QStringView a, QStringView b)
{
    switch (scheme) {
    case Scheme::Semver:
    case Scheme::Cargo:
        return compareSemver(a, b, false);
    case Scheme::Npm:
    case Scheme::Golang:
        return compareSemver(a, b, true);
    case Scheme::Nuget:
        return compareNuget(a, b);
    case Scheme::Pypi:
        return comparePep440(a, b);
    case Scheme::Maven:
        return compareMaven(a, b);
    case Scheme::Deb:
        return compareDeb(a, b);
    case Scheme::Rpm:
        return compareRpm(a, b);
    case Scheme::Gem:
        return compareGem(a, b);
    case Scheme::Generic:
        break;
    }
    return compareGeneric(a, b);
}

int compareGeneric(QStringView a, QStringView b)
{
    static const QRegularExpression run(QStringLiteral("\\d+|[^\\d.]+"));
    auto ra = run.globalMatchView(a);
    auto rb = run.globalMatchView(b);
    while (ra.hasNext() || rb.hasNext()) {
        if (!ra.hasNext())
            return -1;
        if (!rb.hasNext())
            return 1;
        const QString x = ra.next().captured();
        const QString y = rb.next().captured();
        const bool xNumber = x.front().isDigit();
        const bool yNumber = y.front().isDigit();
        if (xNumber && yNumber) {
            // Compared as numbers of any length: leading zeros dropped, then longer is larger.
            QStringView xs(x), ys(y);
            while (xs.size() > 1 && xs.front() == u'0')
                xs = xs.mid(1);
            while (ys.size() > 1 && ys.front() == u'0')
                ys = ys.mid(1);
            if (xs.size() != ys.size())
                return xs.size() < ys.size() ? -1 : 1;
            if (const int c = xs.compare(ys); c != 0)
                return c < 0 ? -1 : 1;
        } else if (xNumber != yNumber) {
            return xNumber ? 1 : -1; // "2.3.1" after "2.3-rc1": a number outranks a suffix
        } else if (const int c = x.compare(y, Qt::CaseInsensitive); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return 0;
}

QString comparable(const QString &version)
{
    if (version.size() > 1 && (version.front() == u'v' || version.front() == u'V') && version.at(1).isDigit())
        return version.mid(1);
    return version;
}

} // namespace VersionOrder
