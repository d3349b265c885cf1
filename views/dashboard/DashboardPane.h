#pragma once

#include "core/Result.h"
#include "dashboard/DashboardData.h"

#include <QList>
#include <QWidget>

#include <functional>

class CaseStore;
class QComboBox;
class QTimer;
class QStackedWidget;
class SlaTracker;
class QChart;

/// The management dashboard: open cases by severity and by status, SLA compliance per clock
/// and month, time to acknowledge / assess / fix / disclose (median and 90th percentile) and
/// intake per month by product, drawn with Qt Charts. Each figure switches to its table and
/// exports as PNG (the chart as shown) or CSV (the table). Filtered by period and product
/// line. Reading every case and computing the figures runs on a thread of its own, with its
/// own database connection, when the pane is shown after a case changed, while it is shown
/// (a second after the last change) and on Refresh: at 100,000 cases the window never waits
/// for it, and switching to the tab when nothing changed costs nothing.
class DashboardPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPane)

public:
    DashboardPane(CaseStore &store, const SlaTracker *tracker, QWidget *parent = nullptr);
    ~DashboardPane() override;

    /// Reads the cases again in the background if anything changed since the last read (or
    /// always, with force) and then recomputes; a failure is reported through failed().
    /// Always true: the result arrives later (figures() then changes).
    bool refresh(bool force = false);
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }
    const DashboardFigures &figures() const { return m_figures; }
    QComboBox *periodFilter() const { return m_period; }
    QComboBox *lineFilter() const { return m_line; }
    /// Shows figure i (0..4) as its table (true) or chart.
    void showTable(int figure, bool table);

    /// Writes figure i's chart as PNG, or its table as CSV (ExportService::dashboardCsv).
    Status exportPng(int figure, const QString &path) const;
    Status exportCsv(int figure, const QString &path) const;

Q_SIGNALS:
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Figure;
    struct Loaded;
    void applyLoaded(const Loaded &loaded);
    void fillLines();
    DashboardFilter currentFilter() const;
    SlaEngine currentEngine() const;
    void recompute();
    void fillClocks();
    void rebuildFigures();
    QWidget *makeFigure(int i);
    /// Asks for a file to save (a non-blocking dialog) and writes it; a failure goes to failed().
    void chooseFile(const QString &title, const QString &filter, const QString &suffix,
        const std::function<Status(const QString &)> &write);

    CaseStore &m_store;
    const SlaTracker *m_tracker;
    QComboBox *m_period;
    QComboBox *m_line;
    QComboBox *m_clock;
    QList<DashboardCase> m_cases;
    DashboardFigures m_figures;
    QList<QStackedWidget *> m_stacks;
    QList<QChart *> m_charts;
    QString m_error;
    QTimer *m_liveRefresh;
    bool m_loading = false;
    bool m_stale = true; // a case changed since the last read
    bool m_loadAgain = false; // a change arrived during a read
};
