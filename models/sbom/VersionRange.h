#pragma once

#include "VersionOrder.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

/// A set of versions of one package in one version scheme, in the vers notation
/// ("vers:npm/>=1.2.3|<2.0.0", github.com/package-url/vers-spec): a sorted list of
/// constraints, each a comparator and a version, or "*" for all versions. parse() accepts
/// only canonical vers (sorted, no duplicate versions, alternating bounds) as the
/// specification demands; the from…() builders turn OSV events and CVE 5 bounds into the
/// same form, so contains() answers for every source the same way.
class VersionRange final
{
public:
    static constexpr int MaxConstraints = 200;
    static constexpr int MaxVersionLength = 256;
    static constexpr int MaxLength = 16384;

    enum class Comparator { Any, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };
    struct Constraint
    {
        Comparator comparator = Comparator::Equal;
        QString version; // decoded
        bool operator==(const Constraint &other) const = default;
    };

    VersionRange() = default;

    static Result<VersionRange> parse(QStringView vers);
    /// OSV range events in their order: ("introduced", "0" | version), ("fixed", version),
    /// ("last_affected", version), ("limit", version). Events it cannot use are skipped.
    static VersionRange fromOsvEvents(
        VersionOrder::Scheme scheme, const QList<std::pair<QString, QString>> &events);
    /// CVE 5 "version" with "lessThan" or "lessThanOrEqual" (an empty introduced, "0" or "*"
    /// means from the first version); all empty but introduced is that version alone.
    static VersionRange fromBounds(VersionOrder::Scheme scheme, const QString &introduced,
        const QString &fixedOrLessThan, const QString &lessThanOrEqual);
    static VersionRange exactly(VersionOrder::Scheme scheme, const QString &version);
    static VersionRange all(VersionOrder::Scheme scheme);

    bool contains(QStringView version) const;
    /// Canonical vers, "vers:deb/*" for all versions; the empty range (no constraint) prints
    /// as "vers:TYPE/" which parse() refuses.
    QString toString() const;
    VersionOrder::Scheme scheme() const { return m_scheme; }
    /// The vers type as written ("tomee" stays "tomee" though it orders generically).
    const QString &type() const { return m_type; }
    const QList<Constraint> &constraints() const { return m_constraints; }
    bool isEmpty() const { return m_constraints.isEmpty(); }

    bool operator==(const VersionRange &other) const = default;

private:
    VersionOrder::Scheme m_scheme = VersionOrder::Scheme::Generic;
    QString m_type = QStringLiteral("generic");
    QList<Constraint> m_constraints;
};
