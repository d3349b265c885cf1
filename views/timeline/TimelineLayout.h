#pragma once

#include "sla/SlaEngine.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>
#include <unordered_map>

class QAbstractItemModel;

/// The geometry of the timeline chart, apart from painting so it can be tested and
/// benchmarked: one row per case, a bar from the case's receipt to its last deadline and a
/// marker per milestone deadline, in content coordinates (x grows with time from origin(),
/// y with the row). Rows come from a Source that is asked only for the rows on screen,
/// and only what intersects the visible rectangle is laid out, so showing, updating and
/// scrolling through 100,000 cases costs what one screenful costs.
class TimelineLayout final
{
public:
    struct Milestone
    {
        QString id; // clock id or "embargo"
        QString name; // translated
        qint64 deadlineMs = 0; // UTC
        ClockState state = ClockState::NotStarted;
    };
    struct Row
    {
        qint64 caseId = 0;
        QString label;
        qint64 receivedMs = 0; // UTC
        qint64 endMs = 0; // the last deadline (or receipt when there is none)
        ClockState worst = ClockState::NotStarted;
        QList<Milestone> milestones; // only those with a deadline
    };
    struct Bar
    {
        int row = -1;
        QRectF rect;
    };
    struct Marker
    {
        int row = -1;
        int milestone = -1; // index into Row::milestones
        QPointF center;
    };
    struct Geometry
    {
        int firstRow = 0;
        int lastRow = -1; // inclusive
        QList<Bar> bars;
        QList<Marker> markers;
    };

    static constexpr double markerRadius = 6;
    static constexpr double minPixelsPerDay = 0.25; // about a quarter in 23 px
    static constexpr double maxPixelsPerDay = 160; // an hour in 6.7 px

    /// Where the rows come from: how many, one by index (asked for when it is on screen,
    /// then kept until the next setSource()), and the span of them all in ms since the
    /// epoch: the earliest receipt and the latest deadline (0 and 0 without rows).
    struct Source
    {
        int count = 0;
        std::function<Row(int)> row;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
    };
    void setSource(Source source);
    /// A source over rows in memory (tests, benchmarks).
    void setRows(QList<Row> rows);
    int rowCount() const { return m_source.count; }
    const Row &row(int index) const;

    /// A case row of a TimelineModel (or a proxy of one): a top-level row with its
    /// milestone children, read through the model's roles.
    static Row rowFromModel(const QAbstractItemModel &model, int row);
    /// Every case row: rowFromModel() of each.
    static QList<Row> rowsFromModel(const QAbstractItemModel &model);

    /// Earliest receipt and latest deadline of all rows (0 when there are none).
    qint64 firstMs() const { return m_firstMs; }
    qint64 lastMs() const { return m_lastMs; }

    /// The instant at x = 0; setRows() puts it a week before the earliest receipt.
    qint64 origin() const { return m_originMs; }
    void setOrigin(qint64 ms) { m_originMs = ms; }
    /// The instant content reaches up to: a week after the latest deadline, or `now`.
    qint64 end() const { return m_endMs; }
    void includeInstant(qint64 ms);

    double pixelsPerDay() const { return m_pixelsPerDay; }
    void setPixelsPerDay(double pixels);
    int rowHeight() const { return m_rowHeight; }
    void setRowHeight(int pixels) { m_rowHeight = qMax(8, pixels); }

    double xAt(qint64 ms) const;
    qint64 msAt(double x) const;
    double contentWidth() const;
    double contentHeight() const { return double(m_source.count) * m_rowHeight; }
    /// The row under content y, or -1.
    int rowAt(double y) const;

    /// Bars and markers intersecting visible (content coordinates), row by row.
    Geometry layout(const QRectF &visible) const;
    /// The marker whose diamond contains the point (content coordinates), nearest first.
    std::optional<Marker> markerAt(const QPointF &point) const;

private:
    Source m_source;
    // Rows asked for since setSource(), by index; node-based, so a reference row() gave
    // stays valid while more rows are made. layout() starts over past a few screenfuls.
    mutable std::unordered_map<int, Row> m_made;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    qint64 m_originMs = 0;
    qint64 m_endMs = 0;
    double m_pixelsPerDay = 8;
    int m_rowHeight = 22;
};
