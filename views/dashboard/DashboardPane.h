#pragma once

#include "dashboard/DashboardData.h"

#include <QList>
#include <QWidget>

class CaseStore;
class QComboBox;
class QStackedWidget;
class SlaTracker;
class QChart;

/// The management dashboard: open cases by severity and by status, SLA compliance per clock
/// and month, time to acknowledge / assess / fix / disclose (median and 90th percentile) and
/// intake per month by product, drawn with Qt Charts. Each figure switches to its table and
/// exports as PNG (the chart as shown) or CSV (the table). Filtered by period and product
/// line; the figures are computed from the case database (DashboardFigures) when shown and on
/// Refresh.
class DashboardPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPane)

public:
    DashboardPane(CaseStore &store, const SlaTracker *tracker, QWidget *parent = nullptr);
    ~DashboardPane() override;

    /// Reads the cases again and recomputes; false with the reason when reading failed.
    bool refresh();
    QString errorString() const { return m_error; }
    const DashboardFigures &figures() const { return m_figures; }
    QComboBox *periodFilter() const { return m_period; }
    QComboBox *lineFilter() const { return m_line; }
    /// Shows figure i (0..4) as its table (true) or chart.
    void showTable(int figure, bool table);

    bool exportPng(int figure, const QString &path) const;
    bool exportCsv(int figure, const QString &path) const;

Q_SIGNALS:
    void failed(const QString &message);

private:
    struct Figure;
    void recompute();
    void rebuildFigures();
    QWidget *makeFigure(int i);

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
};
