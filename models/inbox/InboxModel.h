#pragma once

#include "core/Case.h"
#include "storage/InboxRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class BackgroundJob;
class CaseStore;
class SlaTracker;

/// The report inbox: one row per case, all cases of the database. Loads the small
/// InboxRow slice only, and follows the store's typed change signals row by row (insert
/// for a new case, dataChanged with the touched roles for an edit); it resets only on
/// reload().
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    // Severity and status lead: they are what an analyst scans a queue for.
    enum Column {
        TrackingId,
        Received,
        Severity,
        Status,
        NextDeadline,
        Title,
        Product,
        Reporter,
        Owner,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value to sort by, apart from display text
        CaseIdRole,
        StatusRole, // CaseStatus as int
        UnreadRole, // bool
        ScoreRole, // double, < 0 unscored
        SeverityRole, // severity word as stored
        DeadlineStateRole, // int(ClockState) of the next deadline, -1 without one
        ExploitedRole, // bool: known to be actively exploited (a mark or the KEV catalog)
    };

    explicit InboxModel(CaseStore &store, QObject *parent = nullptr);
    ~InboxModel() override;

    /// From this many cases on, reads happen in the background (reloadInBackground()): the
    /// window paints at once, and a bulk import does not freeze it.
    static constexpr int backgroundLoadRows = 20000;

    /// Reads every case again (after opening a database, or on Refresh).
    bool reload();
    /// The same on a thread and a connection of its own, for databases too large to read
    /// before the window's first paint: the rows, their folded filter texts and the id index
    /// are made on the worker and arrive in one reset (then loaded(), or loadFailed()); cases
    /// created or changed meanwhile are re-read afterwards. Until then the model keeps what
    /// it had (nothing, when just opened) and isLoading() is true.
    void reloadInBackground();
    bool isLoading() const { return m_load != nullptr; }
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const InboxRow &rowAt(int row) const { return m_rows.at(row); }
    /// Every row, by row number. Implicitly shared: a copy is a snapshot a worker may read.
    const QList<InboxRow> &rows() const { return m_rows; }
    /// InboxFilter::foldedText() of a row, kept in step with the rows (made on the loading
    /// worker for a large inbox), so the first keystroke of a quick filter folds nothing.
    const QString &quickFilterText(int row) const { return m_folded.at(row); }
    const QList<QString> &quickFilterTexts() const { return m_folded; }
    int rowOfCase(qint64 id) const { return m_rowOfId.value(id, -1); }
    int unreadCount() const;

    /// Where the next-deadline column comes from; the tracker must outlive the model.
    void setDeadlineSource(const SlaTracker *tracker);
    /// The next deadline of a row in ms since the epoch, or max() without one (sorts last).
    qint64 nextDeadlineMs(int row) const;
    /// nextDeadlineMs() of every row, by row number (made on first use, then kept in step).
    const QList<qint64> &nextDeadlineKeys() const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Contents; // rows with their index, folded texts and unread count
    static Contents indexRows(QList<InboxRow> rows);
    void apply(Contents contents);
    void onCaseCreated(qint64 id);
    void onCaseChanged(qint64 id, CaseFields fields);
    void refreshRow(qint64 id);

    void deadlinesChanged(const QList<qint64> &ids);

    CaseStore &m_store;
    const SlaTracker *m_deadlines = nullptr;
    QList<InboxRow> m_rows;
    int m_unread = 0; // rows with unread set, kept in step with m_rows
    BackgroundJob *m_load = nullptr; // the background read under way
    QList<qint64> m_changedWhileLoading;
    QList<QString> m_folded; // quickFilterText(), by row
    mutable QList<qint64> m_deadlineKeys; // nextDeadlineKeys(); empty until asked
    QHash<qint64, int> m_rowOfId;
    QString m_error;
};
