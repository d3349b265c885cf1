#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;
class TimelineModel;
class TimelineProxyModel;

/// The SLA timeline pane: every case with its deadlines, most urgent first, a filter for
/// open or at-risk deadlines, and the selected case's embargo end in the team's time zone
/// and UTC side by side. It only reads the model; nothing here changes a case.
class TimelinePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePane)

public:
    explicit TimelinePane(TimelineModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    TimelineProxyModel *proxy() const { return m_proxy; }

private:
    void updateEmbargo();

    TimelineModel *m_model;
    TimelineProxyModel *m_proxy;
    QComboBox *m_filter;
    QTreeView *m_view;
    QLabel *m_embargo;
};
