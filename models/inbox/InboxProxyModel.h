#pragma once

#include "InboxFilter.h"

#include <QAbstractProxyModel>
#include <QList>

#include <functional>
#include <limits>

class BackgroundJob;
class InboxModel;

/// The inbox as the analyst sees it: the rows InboxFilter accepts, sorted by one column
/// (ties in arrival order).
///
/// Which rows show and in which order (the arrangement) is computed by arrange(), a pure
/// function of a snapshot of the inbox: the rows, their folded filter texts and deadline
/// keys are implicitly shared lists, so taking the snapshot copies nothing. From
/// backgroundRows() source rows on, it runs on a worker and is swapped in with one layout
/// change, so a keystroke in the quick filter or a click on a header does not block the
/// window at 100,000 cases; meanwhile the previous arrangement stays on screen, and stays
/// consistent with the source. The unfiltered sorted order is kept, so a new filter over
/// the same sort is one pass over it, not a sort.
///
/// A changed, new or removed case is placed in (or taken out of) the current arrangement
/// at once by a binary search, with one row signal; only large changes (a bulk import, every
/// deadline at once while sorted by deadline) re-arrange.
class InboxProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxProxyModel)

public:
    explicit InboxProxyModel(QObject *parent = nullptr);
    ~InboxProxyModel() override;

    void setInboxModel(InboxModel *model);
    const InboxFilter &filter() const { return m_filter; }
    void setFilter(const InboxFilter &filter);

    /// From this many source rows on, arranging runs on a worker; the default never does
    /// (the command line, tests of a small inbox). InboxPane uses InboxModel::backgroundLoadRows.
    void setBackgroundRows(int rows) { m_backgroundRows = rows; }
    int backgroundRows() const { return m_backgroundRows; }
    /// A worker is arranging; arranged() follows.
    bool isArranging() const { return m_job != nullptr; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// What arrange() reads: InboxModel::rows(), quickFilterTexts() and, when sorting by
    /// the next deadline, nextDeadlineKeys(), all by source row.
    struct Snapshot
    {
        QList<InboxRow> rows;
        QList<QString> folded;
        QList<qint64> deadlines;
    };
    struct Arrangement
    {
        QList<int> sorted; // every source row, in sort order
        QList<int> shown; // the accepted ones, in the same order
    };
    /// sorted is reused when given (same rows, same sort), else made; a negative column
    /// keeps source order. cancelled, when given, is polled and ends the work early (the
    /// result is then incomplete and must be dropped).
    static Arrangement arrange(const Snapshot &snapshot, const InboxFilter &filter, int column,
        Qt::SortOrder order, QList<int> sorted = {}, const std::function<bool()> &cancelled = {});
    /// The sort rule for one column, ascending, ties by case id.
    static bool lessThan(
        const InboxRow &a, const InboxRow &b, qint64 deadlineA, qint64 deadlineB, int column);

Q_SIGNALS:
    /// A new arrangement is in place: after a filter, a sort, or a reload of the source.
    void arranged();

private:
    void onSourceReset();
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    bool accepts(int sourceRow) const;
    bool before(int sourceA, int sourceB) const; // in the current sort order
    int insertionPoint(int sourceRow, int skipping = -1) const;
    void insertShown(int sourceRow);
    void removeShown(int proxyRow);
    void replace(int sourceRow);
    void renumber(int fromProxyRow, int toProxyRow);

    /// Arranges anew: now for a small inbox, else on a worker.
    void rearrange();
    Snapshot snapshot() const;
    void install(Arrangement arrangement);
    void dropPendingWork();

    InboxModel *m_inbox = nullptr;
    InboxFilter m_filter;
    QString m_needle; // the quick text, case-folded
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_backgroundRows = std::numeric_limits<int>::max();

    QList<int> m_shown; // proxy row -> source row
    QList<int> m_proxyRowOf; // source row -> proxy row, -1 when filtered out
    QList<int> m_sorted; // every source row in sort order, when m_sortedValid
    bool m_sortedValid = false;
    BackgroundJob *m_job = nullptr;
    bool m_sourceChangedSinceJob = false;
};
