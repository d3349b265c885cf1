#pragma once

#include "TimelineLayout.h"

#include <QAbstractScrollArea>
#include <QPointer>

class QAbstractItemModel;
class TimelineModel;

/// A Gantt-like chart of the SLA timeline: one row per case with a bar from its receipt to
/// its last deadline and a diamond per deadline, coloured by state (on track green, due soon
/// amber, breached red, met blue-grey, paused hatched grey), weekends and the team
/// calendar's holidays shaded, a line at `now` and a time axis from days to quarters.
///
/// It shows the rows of `rows` (the TimelineModel itself or a sort/filter proxy of it) and
/// takes calendar, time zone and `now` from the TimelineModel. Geometry comes from
/// TimelineLayout; the widget only paints and handles input. Ctrl+wheel zooms around the
/// pointer; a click on a row emits caseActivated().
class TimelineChart final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    explicit TimelineChart(
        TimelineModel *timeline, QAbstractItemModel *rows = nullptr, QWidget *parent = nullptr);
    ~TimelineChart() override;

    const TimelineLayout &layoutGeometry() const { return m_layout; }
    double pixelsPerDay() const { return m_layout.pixelsPerDay(); }
    /// The zoom as a slider position: 0 (quarters) … zoomSteps (hours).
    int zoomLevel() const;
    static constexpr int zoomSteps = 100;

    /// The tooltip for a viewport position: milestone, deadline in the team's zone and in
    /// UTC, and state; empty where there is no marker.
    QString toolTipAt(const QPoint &viewportPos) const;
    /// The case of the row at a viewport position, or 0.
    qint64 caseAt(const QPoint &viewportPos) const;
    /// The viewport position of a case's milestone marker (for tests and keyboard focus).
    std::optional<QPoint> markerPosition(qint64 caseId, const QString &milestoneId) const;

    void setPixelsPerDay(double pixels);
    void setZoomLevel(int level);
    void zoomIn();
    void zoomOut();
    /// Fits the whole time range of the cases into the visible width.
    void fitAll();
    /// Scrolls so that `now` is in view.
    void scrollToNow();
    /// Highlights a case's row (0: none) and scrolls it into view; emits nothing.
    void setSelectedCase(qint64 caseId);
    qint64 selectedCase() const { return m_selectedCase; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    void zoomChanged(int level);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void rebuild();
    void updateScrollBars();
    void zoomAround(double pixels, int viewportX);
    QRectF chartRect() const;
    QPointF toContent(const QPoint &viewportPos) const;
    void paintBackground(QPainter &p, const QRectF &chart, qint64 fromMs, qint64 toMs) const;
    void paintAxis(QPainter &p, const QRectF &chart, qint64 fromMs, qint64 toMs) const;

    int timelineRow(int chartRow) const; // the TimelineModel row of a row of m_rows
    int chartRowOf(qint64 caseId) const; // -1 when not shown
    QPointer<TimelineModel> m_timeline;
    QPointer<QAbstractItemModel> m_rows;
    TimelineLayout m_layout;
    qint64 m_selectedCase = 0;
    bool m_rebuildPending = false;
    bool m_staleWhileHidden = false; // changes arrived while hidden: rebuild when shown
    bool m_placed = false;
};
