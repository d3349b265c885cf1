#pragma once

#include "inbox/InboxModel.h"

#include <QWidget>

class CaseStore;
class InboxProxyModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

/// The report inbox: a sortable table of every case with a quick filter (as you type),
/// filters for status, product and owner, and full-text search over title, description
/// and steps. Unread cases are bold; opening one marks it read after a moment.
class InboxPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPane)

public:
    explicit InboxPane(CaseStore &store, QWidget *parent = nullptr);

    /// Reads all cases again; false with errorString() on failure. A database of
    /// backgroundLoadCases or more is read in the background (the pane says so meanwhile;
    /// failures arrive through searchFailed()), so the window paints at once.
    bool reload();
    static constexpr int backgroundLoadCases = InboxModel::backgroundLoadRows;
    /// Reading the cases, or arranging them for a new filter or sort, is under way.
    bool isLoading() const;
    QString errorString() const;

    InboxModel *model() const { return m_model; }
    InboxProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *quickFilter() const { return m_quickFilter; }
    QLineEdit *searchField() const { return m_search; }

    qint64 currentCaseId() const;
    /// The selected cases' ids, ascending (several rows can be selected).
    QList<qint64> selectedCaseIds() const;
    void selectCase(qint64 id);
    int shownCount() const;

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    /// Runs the pending full-text search now instead of after the typing pause.
    void applySearchNow();

Q_SIGNALS:
    void currentCaseChanged(qint64 id);
    void countsChanged();
    /// A search, or marking the current case read, failed; the message is for the user.
    void searchFailed(const QString &message);

private:
    void applyFilters();
    void refreshFilterChoices();

    CaseStore &m_store;
    InboxModel *m_model;
    InboxProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_quickFilter;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_product;
    QComboBox *m_owner;
    QTimer *m_searchDelay;
    QTimer *m_readDelay;
    QLabel *m_loading;
    qint64 m_selectWhenArranged = 0; // selectCase() of a case a re-arrangement will show
};
