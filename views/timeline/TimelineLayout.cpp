#include "TimelineLayout.h"

#include "sla/TimelineModel.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
constexpr qint64 kMarginMs = 7 * kDayMs;

} // namespace

TimelineLayout::Row TimelineLayout::rowFromModel(const QAbstractItemModel &model, int r)
{
    const QModelIndex caseIndex = model.index(r, 0);
    Row row;
    row.caseId = caseIndex.data(TimelineModel::CaseIdRole).toLongLong();
    row.label = caseIndex.data(Qt::DisplayRole).toString();
    const QDateTime received = caseIndex.data(TimelineModel::ReceivedRole).toDateTime();
    row.receivedMs = received.isValid() ? received.toMSecsSinceEpoch() : 0;
    row.worst = ClockState(caseIndex.data(TimelineModel::StateRole).toInt());
    row.endMs = row.receivedMs;
    const int milestones = model.rowCount(caseIndex);
    row.milestones.reserve(milestones);
    for (int m = 0; m < milestones; ++m) {
        const QModelIndex index = model.index(m, 0, caseIndex);
        const QDateTime deadline = index.data(TimelineModel::DeadlineRole).toDateTime();
        if (!deadline.isValid())
            continue;
        Milestone milestone {index.data(TimelineModel::MilestoneIdRole).toString(),
            index.data(Qt::DisplayRole).toString(), deadline.toMSecsSinceEpoch(),
            ClockState(index.data(TimelineModel::StateRole).toInt())};
        row.endMs = std::max(row.endMs, milestone.deadlineMs);
        if (row.receivedMs == 0)
            row.receivedMs = milestone.deadlineMs;
        row.milestones.append(std::move(milestone));
    }
    return row;
}

QList<TimelineLayout::Row> TimelineLayout::rowsFromModel(const QAbstractItemModel &model)
{
    QList<Row> rows;
    const int count = model.rowCount();
    rows.reserve(count);
    for (int r = 0; r < count; ++r)
        rows.append(rowFromModel(model, r));
    return rows;
}

void TimelineLayout::setSource(Source source)
{
    m_source = std::move(source);
    m_made.clear();
    m_firstMs = m_source.count > 0 ? m_source.firstMs : 0;
    m_lastMs = m_source.count > 0 ? m_source.lastMs : 0;
    m_originMs = m_firstMs - kMarginMs;
    m_endMs = m_lastMs + kMarginMs;
}

void TimelineLayout::setRows(QList<Row> rows)
{
    Source source;
    source.count = int(rows.size());
    source.firstMs = std::numeric_limits<qint64>::max();
    source.lastMs = std::numeric_limits<qint64>::min();
    for (const Row &row : std::as_const(rows)) {
        source.firstMs = std::min(source.firstMs, row.receivedMs);
        source.lastMs = std::max(source.lastMs, row.endMs);
    }
    source.row = [rows = std::move(rows)](int index) { return rows.at(index); };
    setSource(std::move(source));
}

const TimelineLayout::Row &TimelineLayout::row(int index) const
{
    Q_ASSERT(index >= 0 && index < m_source.count);
    if (const auto it = m_made.find(index); it != m_made.end())
        return it->second;
    return m_made.emplace(index, m_source.row(index)).first->second;
}

void TimelineLayout::includeInstant(qint64 ms)
{
    if (m_source.count == 0) {
        m_originMs = ms - kMarginMs;
        m_endMs = ms + kMarginMs;
        return;
    }
    m_originMs = std::min(m_originMs, ms - kMarginMs);
    m_endMs = std::max(m_endMs, ms + kMarginMs);
}

void TimelineLayout::setPixelsPerDay(double pixels)
{
    m_pixelsPerDay = std::clamp(pixels, minPixelsPerDay, maxPixelsPerDay);
}

double TimelineLayout::xAt(qint64 ms) const
{
    return double(ms - m_originMs) * m_pixelsPerDay / double(kDayMs);
}

qint64 TimelineLayout::msAt(double x) const
{
    return m_originMs + qint64(std::llround(x * double(kDayMs) / m_pixelsPerDay));
}

double TimelineLayout::contentWidth() const
{
    return xAt(m_endMs);
}

int TimelineLayout::rowAt(double y) const
{
    if (y < 0)
        return -1;
    const qint64 row = qint64(y / m_rowHeight);
    return row < m_source.count ? int(row) : -1;
}

TimelineLayout::Geometry TimelineLayout::layout(const QRectF &visible) const
{
    Geometry g;
    if (m_source.count == 0)
        return g;
    // Scrolling through every case would keep them all: past a few screenfuls, start over.
    if (m_made.size() > 4096)
        m_made.clear();
    g.firstRow = std::max(0, int(visible.top() / m_rowHeight));
    g.lastRow = std::min(m_source.count - 1, int(visible.bottom() / m_rowHeight));
    if (g.lastRow < g.firstRow)
        return g;
    const double left = visible.left() - markerRadius;
    const double right = visible.right() + markerRadius;
    const double barHeight = m_rowHeight * 0.4;
    g.bars.reserve(g.lastRow - g.firstRow + 1);
    for (int r = g.firstRow; r <= g.lastRow; ++r) {
        const Row &row = this->row(r);
        const double top = double(r) * m_rowHeight;
        const double middle = top + m_rowHeight / 2.0;
        const double x0 = xAt(row.receivedMs);
        const double x1 = xAt(row.endMs);
        if (x1 >= left && x0 <= right)
            g.bars.append(Bar {r, QRectF(x0, middle - barHeight / 2, std::max(1.0, x1 - x0), barHeight)});
        for (int m = 0; m < row.milestones.size(); ++m) {
            const double x = xAt(row.milestones.at(m).deadlineMs);
            if (x >= left && x <= right)
                g.markers.append(Marker {r, m, QPointF(x, middle)});
        }
    }
    return g;
}

std::optional<TimelineLayout::Marker> TimelineLayout::markerAt(const QPointF &point) const
{
    const int row = rowAt(point.y());
    if (row < 0)
        return std::nullopt;
    const Geometry g
        = layout(QRectF(point.x() - markerRadius, double(row) * m_rowHeight, 2 * markerRadius, 1));
    std::optional<Marker> best;
    double bestDistance = std::numeric_limits<double>::max();
    for (const Marker &m : g.markers) {
        // A diamond: |dx| + |dy| <= radius (with a pixel of slack for the outline).
        const double distance = std::abs(m.center.x() - point.x()) + std::abs(m.center.y() - point.y());
        if (distance <= markerRadius + 1 && distance < bestDistance) {
            best = m;
            bestDistance = distance;
        }
    }
    return best;
}
