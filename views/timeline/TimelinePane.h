#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class TimelineChart;
class QTreeView;
class TimelineModel;
class TimelineProxyModel;

/// The SLA timeline pane: every case with its deadlines, most urgent first, a filter for
/// open or at-risk deadlines, and the selected case's embargo end in the team's time zone
/// and UTC side by side, under a Gantt-like chart of the same rows (TimelineChart) with zoom
/// controls. It only reads the model; nothing here changes a case.
class TimelinePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePane)

public:
    explicit TimelinePane(TimelineModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    TimelineProxyModel *proxy() const { return m_proxy; }
    TimelineChart *chart() const { return m_chart; }

Q_SIGNALS:
    /// The analyst clicked a case's row in the chart or double-clicked it in the table.
    void caseActivated(qint64 caseId);

public:
    /// Up to this many cases the list opens with every milestone shown.
    static constexpr int expandAllLimit = 2000;

private:
    void expandIfSmall();
    void updateEmbargo();
    void selectCase(qint64 caseId);

    TimelineModel *m_model;
    TimelineProxyModel *m_proxy;
    QComboBox *m_filter;
    QTreeView *m_view;
    TimelineChart *m_chart;
    QSlider *m_zoom;
    QLabel *m_embargo;
};
