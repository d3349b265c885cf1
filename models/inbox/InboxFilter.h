#pragma once

#include "storage/InboxRow.h"

#include <QSet>
#include <QString>

#include <optional>

/// Which inbox rows to show. Plain code, so the rules are tested without a view or proxy:
/// the quick filter matches tracking id, title, product, reporter and owner, case-blind;
/// the other criteria must all hold.
class InboxFilter final
{
public:
    enum class StatusScope { Open, All, One };

    QString quickText;
    StatusScope statusScope = StatusScope::Open;
    CaseStatus status = CaseStatus::New; // with StatusScope::One
    QString product; // exact, case-blind; empty = any
    QString owner; // exact; empty = any; "-" = unassigned
    std::optional<QSet<qint64>> searchHits; // full-text search result, when a search is active

    bool accepts(const InboxRow &row) const;
    /// Every criterion but the quick text.
    bool acceptsCriteria(const InboxRow &row) const;
    /// What the quick text is matched against: the five fields, case-folded, one a line
    /// (a needle never spans two: a quick filter is one line). Matching a folded needle in
    /// it is what contains(…, Qt::CaseInsensitive) on each field does, at memchr speed;
    /// InboxModel::quickFilterText() keeps it per row.
    static QString foldedText(const InboxRow &row);
    bool operator==(const InboxFilter &) const = default;

    static QString unassignedOwner() { return QStringLiteral("-"); }
};
