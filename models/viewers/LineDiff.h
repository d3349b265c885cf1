#pragma once

#include <QList>
#include <QStringList>

/// A line diff of two texts for the side-by-side compare: Myers' O((N+M)·D) algorithm on
/// the lines between the common prefix and suffix, then runs of removed and added lines
/// paired into "changed" rows. Bounded: beyond kMaxEdits differing lines the middle part
/// is reported as one changed block (approximate, flagged) instead of taking quadratic
/// memory (about kMaxEdits² ints).
class LineDiff final
{
public:
    enum class Kind { Same, Changed, Removed, Added };

    /// One row of the side-by-side view; -1 where a side has no line.
    struct Row
    {
        Kind kind = Kind::Same;
        qsizetype left = -1;
        qsizetype right = -1;
        bool operator==(const Row &) const = default;
    };

    static constexpr qsizetype kMaxEdits = 2000;

    static LineDiff compare(const QStringList &left, const QStringList &right);

    const QList<Row> &rows() const { return m_rows; }
    bool approximate() const { return m_approximate; }
    qsizetype changedRows() const;

private:
    QList<Row> m_rows;
    bool m_approximate = false;
};
