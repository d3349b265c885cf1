#include "VersionRange.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {

using Comparator = VersionRange::Comparator;
using Constraint = VersionRange::Constraint;

QString excerpt(QStringView text)
{
    return text.left(60).toString() + (text.size() > 60 ? QStringLiteral("…") : QString());
}

Result<VersionRange> fail(const QString &message)
{
    return Result<VersionRange>::failure(message);
}

/// Characters a vers version must percent-encode (and the only ones it may).
bool mustEncode(char16_t c)
{
    return c == u'>' || c == u'<' || c == u'=' || c == u'!' || c == u'*' || c == u'|' || c == u'%';
}

QString encodeVersion(const QString &version)
{
    QString out;
    out.reserve(version.size());
    for (const QChar c : version) {
        if (mustEncode(c.unicode()))
            out += u'%' + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

QStringView comparatorText(Comparator c)
{
    switch (c) {
    case Comparator::Any:
        return u"*";
    case Comparator::Equal:
        return u"";
    case Comparator::NotEqual:
        return u"!=";
    case Comparator::Less:
        return u"<";
    case Comparator::LessOrEqual:
        return u"<=";
    case Comparator::Greater:
        return u">";
    case Comparator::GreaterOrEqual:
        return u">=";
    }
    return u"";
}

bool isLower(Comparator c)
{
    return c == Comparator::Less || c == Comparator::LessOrEqual;
}

bool isGreater(Comparator c)
{
    return c == Comparator::Greater || c == Comparator::GreaterOrEqual;
}

/// The spec's rules for neighbouring comparators ("Normalized, canonical representation and
/// validation"): '=' is followed only by '=', '>' or '>=' (ignoring '!='), and the bounds
/// alternate between greater-than and less-than (ignoring '=' and '!=').
bool validSequence(const QList<Constraint> &constraints)
{
    const Constraint *previous = nullptr;
    for (const Constraint &c : constraints) {
        if (c.comparator == Comparator::NotEqual)
            continue;
        if (previous && previous->comparator == Comparator::Equal && isLower(c.comparator))
            return false;
        previous = &c;
    }
    previous = nullptr;
    for (const Constraint &c : constraints) {
        if (c.comparator == Comparator::NotEqual || c.comparator == Comparator::Equal)
            continue;
        if (previous && isLower(previous->comparator) == isLower(c.comparator))
            return false;
        previous = &c;
    }
    return true;
}

/// A contiguous set of versions: from lower (inclusive) or the beginning, to upper
/// (inclusive or not) or the end.
struct Interval
{
    bool hasLower = false;
    QString lower;
    bool hasUpper = false;
    QString upper;
    bool upperInclusive = false;
};

bool isOpenStart(const QString &version)
{
    const QString v = version.trimmed();
    return v.isEmpty() || v == u"0" || v == u"*";
}

/// Sorts, drops empty intervals and merges overlapping or touching ones, then writes the
/// canonical constraints: ">=a|<b", "=a" for [a, a], "*" for everything.
VersionRange::Constraint constraint(Comparator c, const QString &v)
{
    return VersionRange::Constraint {c, v};
}

QList<Constraint> constraintsFor(VersionOrder::Scheme scheme, QList<Interval> intervals)
{
    auto cmp = [scheme](const QString &a, const QString &b) { return VersionOrder::compare(scheme, a, b); };
    intervals.erase(std::remove_if(intervals.begin(), intervals.end(),
                        [&cmp](const Interval &i) {
                            if (!i.hasLower || !i.hasUpper)
                                return false;
                            const int c = cmp(i.lower, i.upper);
                            return c > 0 || (c == 0 && !i.upperInclusive);
                        }),
        intervals.end());
    std::stable_sort(intervals.begin(), intervals.end(), [&cmp](const Interval &a, const Interval &b) {
        if (!a.hasLower || !b.hasLower)
            return !a.hasLower && b.hasLower;
        return cmp(a.lower, b.lower) < 0;
    });
    QList<Interval> merged;
    for (const Interval &i : std::as_const(intervals)) {
        if (!merged.isEmpty()) {
            Interval &last = merged.last();
            const bool overlaps = !last.hasUpper || !i.hasLower || cmp(i.lower, last.upper) <= 0;
            if (overlaps) {
                if (!i.hasUpper) {
                    last.hasUpper = false;
                } else if (last.hasUpper) {
                    const int c = cmp(i.upper, last.upper);
                    if (c > 0 || (c == 0 && i.upperInclusive)) {
                        last.upper = i.upper;
                        last.upperInclusive = i.upperInclusive;
                    }
                }
                continue;
            }
        }
        merged.append(i);
    }
    QList<Constraint> out;
    for (const Interval &i : std::as_const(merged)) {
        if (!i.hasLower && !i.hasUpper)
            return {constraint(Comparator::Any, QString())};
        if (i.hasLower && i.hasUpper && i.upperInclusive && cmp(i.lower, i.upper) == 0) {
            out.append(constraint(Comparator::Equal, i.lower));
            continue;
        }
        if (i.hasLower)
            out.append(constraint(Comparator::GreaterOrEqual, i.lower));
        if (i.hasUpper)
            out.append(constraint(i.upperInclusive ? Comparator::LessOrEqual : Comparator::Less, i.upper));
    }
    return out;
}

} // namespace

Result<VersionRange> VersionRange::parse(QStringView vers)
{
    if (vers.size() > MaxLength)
        return fail(
            QCoreApplication::translate("VersionRange", "A version range is at most %1 characters long.")
                .arg(MaxLength));
    for (qsizetype i = 0; i < vers.size(); ++i) {
        const char16_t c = vers.at(i).unicode();
        if (c <= 0x20 || c >= 0x7F)
            return fail(QCoreApplication::translate("VersionRange",
                "A version range holds only printable ASCII characters, no spaces (position %1).")
                    .arg(i + 1));
    }
    if (!vers.startsWith(u"vers:"))
        return fail(QCoreApplication::translate(
            "VersionRange", "“%1” is not a version range: it must start with “vers:”.")
                .arg(excerpt(vers)));
    const qsizetype slash = vers.indexOf(u'/');
    if (slash < 0)
        return fail(
            QCoreApplication::translate("VersionRange", "The version range “%1” has no “/” after its type.")
                .arg(excerpt(vers)));
    const QStringView type = vers.mid(5, slash - 5);
    static const QRegularExpression typePattern(QStringLiteral("^[a-z][a-z0-9.-]*$"));
    if (!typePattern.matchView(type).hasMatch())
        return fail(QCoreApplication::translate("VersionRange",
            "The version range type “%1” must be lower-case letters, digits, '.' and '-', starting "
            "with a letter.")
                .arg(excerpt(type)));
    VersionRange range;
    range.m_type = type.toString();
    range.m_scheme = VersionOrder::schemeForVers(type);

    const QStringView body = vers.mid(slash + 1);
    if (body.isEmpty())
        return fail(QCoreApplication::translate("VersionRange", "The version range “%1” has no constraints.")
                .arg(excerpt(vers)));
    if (body == u"*") {
        range.m_constraints = {Constraint {Comparator::Any, QString()}};
        return range;
    }
    if (body.startsWith(u'|') || body.endsWith(u'|') || body.contains(u"||"))
        return fail(QCoreApplication::translate("VersionRange",
            "The version range “%1” has an empty constraint (a leading, trailing or doubled '|').")
                .arg(excerpt(vers)));
    if (body.count(u'|') >= MaxConstraints)
        return fail(QCoreApplication::translate("VersionRange", "A version range has at most %1 constraints.")
                .arg(MaxConstraints));

    qsizetype position = slash + 1;
    for (QStringView text : body.split(u'|')) {
        const qsizetype start = position;
        position += text.size() + 1;
        Constraint c;
        static constexpr std::pair<const char16_t *, Comparator> prefixes[] = {
            {u">=", Comparator::GreaterOrEqual},
            {u"<=", Comparator::LessOrEqual},
            {u"!=", Comparator::NotEqual},
            {u"<", Comparator::Less},
            {u">", Comparator::Greater},
        };
        for (const auto &[prefix, comparator] : prefixes) {
            if (text.startsWith(QStringView(prefix))) {
                c.comparator = comparator;
                text = text.mid(QStringView(prefix).size());
                break;
            }
        }
        if (text.isEmpty())
            return fail(
                QCoreApplication::translate("VersionRange", "The constraint at position %1 has no version.")
                    .arg(start + 1));
        QString version;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar ch = text.at(i);
            if (ch == u'%') {
                static const QRegularExpression triplet(QStringLiteral("^%[0-9A-F]{2}"));
                const QStringView rest = text.mid(i, 3);
                if (!triplet.matchView(rest).hasMatch()) {
                    if (rest.size() == 3
                        && QRegularExpression(QStringLiteral("^%[0-9A-Fa-f]{2}$")).matchView(rest).hasMatch())
                        return fail(QCoreApplication::translate("VersionRange",
                            "The percent-encoding at position %1 must use upper-case hex digits.")
                                .arg(start + i + 1));
                    return fail(
                        QCoreApplication::translate("VersionRange", "Bad percent-encoding at position %1.")
                            .arg(start + i + 1));
                }
                const auto decoded = char16_t(rest.mid(1).toUShort(nullptr, 16));
                if (!mustEncode(decoded))
                    return fail(QCoreApplication::translate(
                        "VersionRange", "“%1” at position %2 is encoded but need not be; write it as it is.")
                            .arg(rest.toString())
                            .arg(start + i + 1));
                version += QChar(decoded);
                i += 2;
            } else if (mustEncode(ch.unicode())) {
                return fail(QCoreApplication::translate("VersionRange",
                    "“%1” at position %2 must be percent-encoded in a version, or the constraint is "
                    "malformed.")
                        .arg(ch)
                        .arg(start + i + 1));
            } else {
                version += ch;
            }
        }
        if (version.size() > MaxVersionLength)
            return fail(QCoreApplication::translate(
                "VersionRange", "The version at position %1 is longer than %2 characters.")
                    .arg(start + 1)
                    .arg(MaxVersionLength));
        if (range.m_type == u"datetime" && (version.contains(u't') || version.contains(u'z')))
            return fail(QCoreApplication::translate(
                "VersionRange", "A datetime version writes “T” and “Z” in upper case."));
        c.version = version;
        if (!range.m_constraints.isEmpty()) {
            const int order
                = VersionOrder::compare(range.m_scheme, range.m_constraints.constLast().version, c.version);
            if (order == 0)
                return fail(
                    QCoreApplication::translate("VersionRange", "The version “%1” occurs twice in the range.")
                        .arg(excerpt(c.version)));
            if (order > 0)
                return fail(QCoreApplication::translate("VersionRange",
                    "The constraints are not sorted by version: “%1” at position %2 comes before “%3”.")
                        .arg(excerpt(c.version))
                        .arg(start + 1)
                        .arg(excerpt(range.m_constraints.constLast().version)));
        }
        range.m_constraints.append(c);
    }
    if (!validSequence(range.m_constraints))
        return fail(QCoreApplication::translate("VersionRange",
            "The range “%1” is not canonical: after '=' only '=', '>' or '>=' may follow, and '>' "
            "and '<' bounds must alternate.")
                .arg(excerpt(vers)));
    return range;
}

VersionRange VersionRange::fromOsvEvents(
    VersionOrder::Scheme scheme, const QList<std::pair<QString, QString>> &events)
{
    QList<Interval> intervals;
    std::optional<Interval> open;
    QString limit;
    for (const auto &[kind, rawVersion] : events) {
        const QString version = rawVersion.trimmed().left(MaxVersionLength);
        if (kind == u"introduced") {
            if (open)
                intervals.append(*open);
            open = Interval {};
            if (!isOpenStart(version)) {
                open->hasLower = true;
                open->lower = version;
            }
        } else if ((kind == u"fixed" || kind == u"last_affected") && !version.isEmpty()) {
            Interval closed = open.value_or(Interval {});
            closed.hasUpper = true;
            closed.upper = version;
            closed.upperInclusive = kind == u"last_affected";
            intervals.append(closed);
            open.reset();
        } else if (kind == u"limit" && !version.isEmpty() && version != u"*") {
            limit = version;
        }
        if (intervals.size() >= MaxConstraints / 2)
            break;
    }
    if (open) {
        if (!limit.isEmpty()) {
            open->hasUpper = true;
            open->upper = limit;
        }
        intervals.append(*open);
    }
    VersionRange range;
    range.m_scheme = scheme;
    range.m_type = VersionOrder::versName(scheme).toString();
    range.m_constraints = constraintsFor(scheme, intervals);
    return range;
}

VersionRange VersionRange::fromBounds(VersionOrder::Scheme scheme, const QString &introduced,
    const QString &fixedOrLessThan, const QString &lessThanOrEqual)
{
    const QString from = introduced.trimmed().left(MaxVersionLength);
    const QString lessThan = fixedOrLessThan.trimmed().left(MaxVersionLength);
    const QString upTo = lessThanOrEqual.trimmed().left(MaxVersionLength);
    if (lessThan.isEmpty() && upTo.isEmpty())
        return from.isEmpty() ? VersionRange::fromOsvEvents(scheme, {}) : exactly(scheme, from);
    Interval i;
    if (!isOpenStart(from)) {
        i.hasLower = true;
        i.lower = from;
    }
    const QString &upper = lessThan.isEmpty() ? upTo : lessThan;
    if (upper != u"*") { // CVE 5 writes lessThan "*" for "and every later version"
        i.hasUpper = true;
        i.upper = upper;
        i.upperInclusive = lessThan.isEmpty();
    }
    VersionRange range;
    range.m_scheme = scheme;
    range.m_type = VersionOrder::versName(scheme).toString();
    range.m_constraints = constraintsFor(scheme, {i});
    return range;
}

VersionRange VersionRange::exactly(VersionOrder::Scheme scheme, const QString &version)
{
    VersionRange range;
    range.m_scheme = scheme;
    range.m_type = VersionOrder::versName(scheme).toString();
    range.m_constraints = {Constraint {Comparator::Equal, version.trimmed().left(MaxVersionLength)}};
    return range;
}

VersionRange VersionRange::all(VersionOrder::Scheme scheme)
{
    VersionRange range;
    range.m_scheme = scheme;
    range.m_type = VersionOrder::versName(scheme).toString();
    range.m_constraints = {Constraint {Comparator::Any, QString()}};
    return range;
}

bool VersionRange::contains(QStringView version) const
{
    // The containment procedure of the vers specification ("Checking if a version is
    // contained within a range").
    if (m_constraints.size() == 1 && m_constraints.constFirst().comparator == Comparator::Any)
        return true;
    const auto cmp = [this](QStringView a, QStringView b) { return VersionOrder::compare(m_scheme, a, b); };
    QList<const Constraint *> bounds;
    bool onlyExclusions = true;
    for (const Constraint &c : m_constraints) {
        const bool equal = cmp(version, c.version) == 0;
        if (equal
            && (c.comparator == Comparator::Equal || c.comparator == Comparator::LessOrEqual
                || c.comparator == Comparator::GreaterOrEqual))
            return true;
        if (equal && c.comparator == Comparator::NotEqual)
            return false;
        if (c.comparator != Comparator::NotEqual)
            onlyExclusions = false;
        if (c.comparator != Comparator::Equal && c.comparator != Comparator::NotEqual)
            bounds.append(&c);
    }
    // "vers:pypi/!=1.0" alone: every version but 1.0 (the procedure leaves this case open).
    if (onlyExclusions)
        return !m_constraints.isEmpty();
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        const Constraint &current = *bounds.at(i);
        if (i == 0 && isLower(current.comparator) && cmp(version, current.version) < 0)
            return true;
        if (i == bounds.size() - 1 && isGreater(current.comparator) && cmp(version, current.version) > 0)
            return true;
        if (i + 1 < bounds.size() && isGreater(current.comparator) && isLower(bounds.at(i + 1)->comparator)
            && cmp(version, current.version) > 0 && cmp(version, bounds.at(i + 1)->version) < 0)
            return true;
    }
    return false;
}

QString VersionRange::toString() const
{
    QStringList parts;
    parts.reserve(m_constraints.size());
    for (const Constraint &c : m_constraints) {
        if (c.comparator == Comparator::Any)
            parts.append(QStringLiteral("*"));
        else
            parts.append(comparatorText(c.comparator).toString() + encodeVersion(c.version));
    }
    return u"vers:" + m_type + u'/' + parts.join(u'|');
}
