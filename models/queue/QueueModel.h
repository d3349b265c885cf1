#pragma once

#include "inbox/InboxFilter.h"
#include "sla/SlaEngine.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class InboxModel;

/// The managers' severity queue: the open cases of an InboxModel (with its SLA deadlines)
/// as a tree grouped by severity band (Critical, High, Medium, Low, None, Unscored) and within
/// a band by the state of the case's next deadline (breached, due soon, paused, on track, no
/// running deadline), most urgent first; group rows carry their counts. The same InboxFilter
/// as the inbox selects the cases.
///
/// It mirrors the inbox model row by row: an edited case or a moved deadline updates its row
/// in place, or moves it (a remove and an insert) when its group or its place in the order
/// changed; group rows appear and disappear with their first and last case, and their
/// counts follow. Only a reload of the inbox, a new filter, or a change to more than
/// bulkChangeThreshold rows at once rebuilds the grouping in one reset. A history of
/// 100,000 cases can hold tens of thousands of open ones, so nothing here walks every case
/// for one case's change.
class QueueModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    enum Column { CaseColumn, Priority, Owner, Product, Age, NextDeadline, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // qint64; 0 on group rows
        CountRole, // int: cases under a group row
        BandRole, // int(Band)
        StateRole, // int(State)
    };
    // Exploited: known to be actively exploited (an analyst's mark or the KEV catalog),
    // whatever the score; those cases lead the queue (policy 001 expedites them).
    enum class Band { Exploited, Critical, High, Medium, Low, None, Unscored };
    enum class State { Breached, DueSoon, Paused, OnTrack, NoDeadline };
    static constexpr int bandCount = 7;
    static constexpr int stateCount = 5;
    /// More changed inbox rows than this in one signal rebuild the queue instead.
    static constexpr int bulkChangeThreshold = 2000;

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    /// The cases to group; the model follows it until it is destroyed.
    void setInboxModel(InboxModel *inbox);
    void setFilter(const InboxFilter &filter);
    InboxFilter filter() const { return m_filter; }
    /// The instant ages are measured to (Clock::nowUtc() by default).
    void setNow(const QDateTime &now);

    static QString bandName(Band band); // translated
    static QString stateName(State state); // translated
    static Band bandOf(const QString &severity, double score);
    /// The band a case sits in: Exploited when known to be, else its severity's.
    static Band bandOf(const InboxRow &row)
    {
        return row.exploited() ? Band::Exploited : bandOf(row.severity, row.cvssScore);
    }
    static State stateOf(int clockState); // DeadlineStateRole: int(ClockState) or -1

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The index of a case's row, or invalid when it is not in the queue.
    QModelIndex indexOfCase(qint64 caseId) const;
    int caseCount() const { return m_caseCount; }

private:
    struct Node;
    struct Placement
    {
        int band = 0;
        int state = 0;
        qint64 deadlineKey = 0; // ms; max() without a running deadline
    };
    void rebuild();
    Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *n, int column = 0) const;
    std::optional<Placement> placementOf(int sourceRow) const;
    void onRowsChanged(int first, int last);
    void updateCase(int sourceRow);
    void removeCaseNode(Node *n);
    void insertCaseNode(int sourceRow, const Placement &at);
    void announceCounts(Node *group);

    QPointer<InboxModel> m_inbox;
    InboxFilter m_filter;
    QDateTime m_now;
    std::vector<std::unique_ptr<Node>> m_bands; // only the non-empty ones
    QHash<int, Node *> m_caseNodes; // by inbox row
    int m_caseCount = 0;
};
