#include "TimelineChart.h"

#include "sla/TimelineModel.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kLabelWidth = 220;
constexpr int kAxisHeight = 40;
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

QColor stateColour(ClockState state)
{
    switch (state) {
    case ClockState::OnTrack:
        return QColor(0x2e, 0x9d, 0x4f);
    case ClockState::DueSoon:
        return QColor(0xf0, 0xa2, 0x02);
    case ClockState::Breached:
        return QColor(0xd6, 0x28, 0x28);
    case ClockState::Met:
        return QColor(0x6d, 0x87, 0xa8);
    case ClockState::MetLate:
        return QColor(0x8e, 0x6d, 0x8f);
    case ClockState::Paused:
        return QColor(0x9a, 0x9a, 0x9a);
    case ClockState::NotStarted:
        break;
    }
    return QColor(0xc8, 0xc8, 0xc8);
}

QPolygonF diamond(const QPointF &c, double r)
{
    return QPolygonF({QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
        QPointF(c.x() - r, c.y())});
}

enum class Unit { Day, Week, Month, Quarter, Year };

QDate startOf(Unit unit, const QDate &d)
{
    switch (unit) {
    case Unit::Day:
        return d;
    case Unit::Week:
        return d.addDays(1 - d.dayOfWeek());
    case Unit::Month:
        return QDate(d.year(), d.month(), 1);
    case Unit::Quarter:
        return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    case Unit::Year:
        return QDate(d.year(), 1, 1);
    }
    return d;
}

QDate next(Unit unit, const QDate &d)
{
    switch (unit) {
    case Unit::Day:
        return d.addDays(1);
    case Unit::Week:
        return d.addDays(7);
    case Unit::Month:
        return d.addMonths(1);
    case Unit::Quarter:
        return d.addMonths(3);
    case Unit::Year:
        return d.addYears(1);
    }
    return d.addDays(1);
}

} // namespace

TimelineChart::TimelineChart(TimelineModel *timeline, QAbstractItemModel *rows, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_timeline(timeline)
    , m_rows(rows ? rows : timeline)
{
    setObjectName(QStringLiteral("timelineChart"));
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_layout.setRowHeight(fontMetrics().height() + 8);

    // Coalesce a burst of changes into one rebuild per event loop turn, and none at all
    // while the chart is not on screen (the Timeline tab is one of four): a tick over
    // 100,000 cases costs the Inbox's user nothing.
    auto schedule = [this] {
        if (!isVisible()) {
            m_staleWhileHidden = true;
            return;
        }
        if (m_rebuildPending)
            return;
        m_rebuildPending = true;
        QMetaObject::invokeMethod(this, &TimelineChart::rebuild, Qt::QueuedConnection);
    };
    connect(m_rows, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_rows, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_rows, &QAbstractItemModel::rowsMoved, this, schedule);
    connect(m_rows, &QAbstractItemModel::dataChanged, this, schedule);
    connect(m_rows, &QAbstractItemModel::layoutChanged, this, schedule);
    rebuild();
    scrollToNow();
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_staleWhileHidden) {
        m_staleWhileHidden = false;
        rebuild();
    }
}

QSize TimelineChart::sizeHint() const
{
    return QSize(900, 360);
}

void TimelineChart::rebuild()
{
    m_rebuildPending = false;
    if (!m_rows || !m_timeline)
        return;
    // Keep the instant at the left edge in place: the origin moves with the data.
    const bool first = m_layout.rowCount() == 0 && m_layout.origin() == 0;
    const qint64 leftMs = m_layout.msAt(horizontalScrollBar()->value());
    // Only the span is read from every case (no QVariant on the way); a row's milestones
    // are read when it comes on screen.
    TimelineLayout::Source source;
    source.count = m_rows->rowCount();
    source.firstMs = std::numeric_limits<qint64>::max();
    source.lastMs = std::numeric_limits<qint64>::min();
    // The span does not depend on the order: when the filter hides no case, the rows are
    // the timeline's own and need no mapping.
    const bool everyCase = source.count == m_timeline->rowCount();
    for (int r = 0; r < source.count; ++r) {
        const auto [from, to] = m_timeline->spanAt(everyCase ? r : timelineRow(r));
        source.firstMs = std::min(source.firstMs, from);
        source.lastMs = std::max(source.lastMs, to);
    }
    source.row = [rows = m_rows](
                     int r) { return rows ? TimelineLayout::rowFromModel(*rows, r) : TimelineLayout::Row(); };
    m_layout.setSource(std::move(source));
    m_layout.includeInstant(m_timeline->now().toMSecsSinceEpoch());
    updateScrollBars();
    if (!first)
        horizontalScrollBar()->setValue(int(std::lround(m_layout.xAt(leftMs))));
    viewport()->update();
}

int TimelineChart::timelineRow(int chartRow) const
{
    if (m_rows == m_timeline)
        return chartRow;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_rows.data());
    return proxy ? proxy->mapToSource(proxy->index(chartRow, 0)).row() : chartRow;
}

int TimelineChart::chartRowOf(qint64 caseId) const
{
    const QModelIndex index = m_timeline->indexOfCase(caseId);
    if (m_rows == m_timeline)
        return index.row();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_rows.data());
    return proxy ? proxy->mapFromSource(index).row() : -1;
}

QRectF TimelineChart::chartRect() const
{
    const QRect v = viewport()->rect();
    return QRectF(kLabelWidth, kAxisHeight, std::max(1, v.width() - kLabelWidth),
        std::max(1, v.height() - kAxisHeight));
}

QPointF TimelineChart::toContent(const QPoint &viewportPos) const
{
    return QPointF(viewportPos.x() - kLabelWidth + horizontalScrollBar()->value(),
        viewportPos.y() - kAxisHeight + verticalScrollBar()->value());
}

void TimelineChart::updateScrollBars()
{
    const QRectF chart = chartRect();
    const int width = int(std::ceil(m_layout.contentWidth()));
    const int height = int(std::ceil(m_layout.contentHeight()));
    horizontalScrollBar()->setRange(0, std::max(0, width - int(chart.width())));
    horizontalScrollBar()->setPageStep(int(chart.width()));
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setRange(0, std::max(0, height - int(chart.height())));
    verticalScrollBar()->setPageStep(int(chart.height()));
    verticalScrollBar()->setSingleStep(m_layout.rowHeight());
}

int TimelineChart::zoomLevel() const
{
    const double span = std::log(TimelineLayout::maxPixelsPerDay / TimelineLayout::minPixelsPerDay);
    return int(
        std::lround(zoomSteps * std::log(m_layout.pixelsPerDay() / TimelineLayout::minPixelsPerDay) / span));
}

void TimelineChart::setZoomLevel(int level)
{
    if (level == zoomLevel())
        return;
    const double span = std::log(TimelineLayout::maxPixelsPerDay / TimelineLayout::minPixelsPerDay);
    setPixelsPerDay(
        TimelineLayout::minPixelsPerDay * std::exp(span * std::clamp(level, 0, zoomSteps) / zoomSteps));
}

void TimelineChart::setPixelsPerDay(double pixels)
{
    zoomAround(pixels, int(chartRect().center().x()));
}

void TimelineChart::zoomIn()
{
    setPixelsPerDay(m_layout.pixelsPerDay() * 1.5);
}

void TimelineChart::zoomOut()
{
    setPixelsPerDay(m_layout.pixelsPerDay() / 1.5);
}

void TimelineChart::zoomAround(double pixels, int viewportX)
{
    const double before = m_layout.pixelsPerDay();
    const double anchorX = viewportX - kLabelWidth + horizontalScrollBar()->value();
    const qint64 anchorMs = m_layout.msAt(anchorX);
    m_layout.setPixelsPerDay(pixels);
    if (m_layout.pixelsPerDay() == before)
        return;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(m_layout.xAt(anchorMs) - (viewportX - kLabelWidth))));
    viewport()->update();
    Q_EMIT zoomChanged(zoomLevel());
}

void TimelineChart::fitAll()
{
    const double days = double(m_layout.end() - m_layout.origin()) / double(kDayMs);
    if (days <= 0)
        return;
    const double before = m_layout.pixelsPerDay();
    m_layout.setPixelsPerDay((chartRect().width() - 1) / days); // - 1: no scrolling by rounding
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    if (m_layout.pixelsPerDay() != before)
        Q_EMIT zoomChanged(zoomLevel());
}

void TimelineChart::scrollToNow()
{
    if (!m_timeline)
        return;
    const double x = m_layout.xAt(m_timeline->now().toMSecsSinceEpoch());
    horizontalScrollBar()->setValue(int(std::lround(x - chartRect().width() * 2 / 3)));
}

void TimelineChart::setSelectedCase(qint64 caseId)
{
    if (caseId == m_selectedCase)
        return;
    m_selectedCase = caseId;
    if (const int r = chartRowOf(caseId); r >= 0) {
        const int top = r * m_layout.rowHeight();
        QScrollBar *bar = verticalScrollBar();
        if (top < bar->value() || top + m_layout.rowHeight() > bar->value() + int(chartRect().height()))
            bar->setValue(top - int(chartRect().height()) / 2);
    }
    viewport()->update();
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    // Start at `now` once the chart has a real width (it has none while being built).
    if (!m_placed && chartRect().width() > 50) {
        m_placed = true;
        scrollToNow();
    }
}

void TimelineChart::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineChart::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomAround(m_layout.pixelsPerDay() * std::pow(1.25, steps), int(event->position().x()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

qint64 TimelineChart::caseAt(const QPoint &viewportPos) const
{
    if (viewportPos.y() < kAxisHeight)
        return 0;
    const int row = m_layout.rowAt(toContent(viewportPos).y());
    return row < 0 ? 0 : m_layout.row(row).caseId;
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qint64 id = caseAt(event->position().toPoint());
    if (id <= 0)
        return;
    m_selectedCase = id;
    viewport()->update();
    Q_EMIT caseActivated(id);
}

std::optional<QPoint> TimelineChart::markerPosition(qint64 caseId, const QString &milestoneId) const
{
    const int r = chartRowOf(caseId);
    if (r < 0 || r >= m_layout.rowCount())
        return std::nullopt;
    for (const TimelineLayout::Milestone &m : m_layout.row(r).milestones) {
        if (m.id != milestoneId)
            continue;
        const QPoint p(
            int(std::lround(m_layout.xAt(m.deadlineMs))) - horizontalScrollBar()->value() + kLabelWidth,
            int(std::lround((r + 0.5) * m_layout.rowHeight())) - verticalScrollBar()->value() + kAxisHeight);
        return chartRect().contains(p) ? std::optional<QPoint>(p) : std::nullopt;
    }
    return std::nullopt;
}

QString TimelineChart::toolTipAt(const QPoint &viewportPos) const
{
    if (!m_timeline || !chartRect().contains(viewportPos))
        return {};
    const auto marker = m_layout.markerAt(toContent(viewportPos));
    if (!marker)
        return {};
    const TimelineLayout::Row &row = m_layout.row(marker->row);
    const TimelineLayout::Milestone &m = row.milestones.at(marker->milestone);
    const QTimeZone zone = m_timeline->engine().timeZone();
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(m.deadlineMs, QTimeZone::UTC);
    const QString local = tr("%1 %2").arg(
        utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")), zone.abbreviation(utc));
    const QString policy = m_timeline->indexOfCase(row.caseId).data(TimelineModel::PolicyRole).toString();
    return tr("%1\n%2: %3\n%4 UTC\n%5\nPolicy: %6")
        .arg(row.label, m.name, local, utc.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            ClockStates::displayName(m.state), policy);
}

bool TimelineChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineChart::paintBackground(QPainter &p, const QRectF &chart, qint64 fromMs, qint64 toMs) const
{
    if (!m_timeline || m_layout.pixelsPerDay() < 2)
        return; // single days are too thin to shade
    const SlaEngine &engine = m_timeline->engine();
    const QTimeZone zone = engine.timeZone();
    const BusinessCalendar &calendar = engine.calendar();
    const QHash<QDate, QString> holidays = calendar.holidays();
    const QHash<QDate, QString> shutdowns = calendar.shutdownDays();
    // Translucent, so the shading reads the same on plain and alternate rows.
    const QColor weekend(0, 0, 0, 22);
    const QColor holiday(0x80, 0x30, 0xc0, 40);
    const double dx = chart.left() - horizontalScrollBar()->value();
    const QDate last = engine.localDate(QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::UTC));
    for (QDate d = engine.localDate(QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::UTC)); d <= last;
        d = d.addDays(1)) {
        if (calendar.isBusinessDay(d))
            continue;
        const double x0 = m_layout.xAt(d.startOfDay(zone).toMSecsSinceEpoch()) + dx;
        const double x1 = m_layout.xAt(d.addDays(1).startOfDay(zone).toMSecsSinceEpoch()) + dx;
        const bool special = holidays.contains(d) || shutdowns.contains(d);
        p.fillRect(QRectF(x0, chart.top(), x1 - x0, chart.height()), special ? holiday : weekend);
    }
}

void TimelineChart::paintAxis(QPainter &p, const QRectF &chart, qint64 fromMs, qint64 toMs) const
{
    const QRectF band(chart.left(), 0, chart.width(), kAxisHeight);
    p.fillRect(band, palette().color(QPalette::Button));
    if (!m_timeline)
        return;
    const SlaEngine &engine = m_timeline->engine();
    const QTimeZone zone = engine.timeZone();
    const double ppd = m_layout.pixelsPerDay();
    const Unit minor = ppd >= 30 ? Unit::Day
        : ppd >= 9               ? Unit::Week
        : ppd >= 1.2             ? Unit::Month
                                 : Unit::Quarter;
    const Unit major = minor == Unit::Day || minor == Unit::Week ? Unit::Month : Unit::Year;
    const QLocale locale;
    auto label = [&](Unit unit, const QDate &d) -> QString {
        switch (unit) {
        case Unit::Day:
            return locale.toString(d, QStringLiteral("ddd d"));
        case Unit::Week:
            return locale.toString(d, QStringLiteral("d MMM"));
        case Unit::Month:
            return minor == Unit::Month ? locale.toString(d, QStringLiteral("MMM"))
                                        : locale.toString(d, QStringLiteral("MMMM yyyy"));
        case Unit::Quarter:
            return tr("Q%1").arg((d.month() - 1) / 3 + 1);
        case Unit::Year:
            return QString::number(d.year());
        }
        return {};
    };
    const double dx = chart.left() - horizontalScrollBar()->value();
    const QDate first = engine.localDate(QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::UTC));
    const QDate last = engine.localDate(QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::UTC));
    const QFontMetrics fm = fontMetrics();
    p.save();
    p.setClipRect(band.adjusted(0, 0, 0, chart.height()));
    for (const auto &[unit, top] : {std::pair {major, 2.0}, std::pair {minor, kAxisHeight / 2.0}}) {
        double lastRight = -1e9;
        for (QDate d = startOf(unit, first); d <= last; d = next(unit, d)) {
            const double x = m_layout.xAt(d.startOfDay(zone).toMSecsSinceEpoch()) + dx;
            const double xNext = m_layout.xAt(next(unit, d).startOfDay(zone).toMSecsSinceEpoch()) + dx;
            p.setPen(palette().color(QPalette::Mid));
            p.drawLine(QPointF(x, top), QPointF(x, unit == minor ? chart.bottom() : kAxisHeight / 2.0));
            const QString text = label(unit, d);
            // Labels sit at the start of their period, or at the left edge while it is in view.
            const double textX
                = std::max(x + 3, std::min(chart.left() + 3, xNext - fm.horizontalAdvance(text) - 3));
            if (textX < lastRight + 6 || textX + fm.horizontalAdvance(text) > xNext - 2)
                continue;
            p.setPen(palette().color(QPalette::ButtonText));
            p.drawText(QPointF(textX, top + fm.ascent() + 2), text);
            lastRight = textX + fm.horizontalAdvance(text);
        }
    }
    p.restore();
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(QPointF(band.left(), kAxisHeight - 0.5), QPointF(band.right(), kAxisHeight - 0.5));
}

void TimelineChart::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QRectF all = viewport()->rect();
    const QRectF chart = chartRect();
    p.fillRect(all, palette().color(QPalette::Base));

    const double hx = horizontalScrollBar()->value();
    const double vy = verticalScrollBar()->value();
    const QRectF visible(hx, vy, chart.width(), chart.height());
    const qint64 fromMs = m_layout.msAt(visible.left());
    const qint64 toMs = m_layout.msAt(visible.right());
    const TimelineLayout::Geometry g = m_layout.layout(visible);
    const int rowHeight = m_layout.rowHeight();

    // Chart area: stripes, non-business days, bars, markers, now.
    p.save();
    p.setClipRect(chart);
    for (int r = g.firstRow; r <= g.lastRow; ++r) {
        const QRectF rowRect(chart.left(), chart.top() + r * rowHeight - vy, chart.width(), rowHeight);
        if (m_layout.row(r).caseId == m_selectedCase)
            p.fillRect(rowRect, palette().color(QPalette::Highlight).lighter(170));
        else if (r % 2)
            p.fillRect(rowRect, palette().color(QPalette::AlternateBase));
    }
    paintBackground(p, chart, fromMs, toMs);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF offset(chart.left() - hx, chart.top() - vy);
    for (const TimelineLayout::Bar &bar : g.bars) {
        QColor colour = stateColour(m_layout.row(bar.row).worst);
        QColor fill = colour;
        fill.setAlpha(70);
        p.setPen(QPen(colour.darker(120), 1));
        p.setBrush(fill);
        p.drawRoundedRect(bar.rect.translated(offset), 3, 3);
    }
    const double r = TimelineLayout::markerRadius;
    for (const TimelineLayout::Marker &marker : g.markers) {
        const ClockState state = m_layout.row(marker.row).milestones.at(marker.milestone).state;
        const QPolygonF shape = diamond(marker.center + offset, r);
        const QColor colour = stateColour(state);
        p.setPen(QPen(colour.darker(150), 1));
        p.setBrush(state == ClockState::Paused ? QColor(0xe8, 0xe8, 0xe8) : colour);
        p.drawPolygon(shape);
        if (state == ClockState::Paused) {
            p.setBrush(QBrush(colour.darker(140), Qt::BDiagPattern));
            p.drawPolygon(shape);
        }
    }
    if (m_timeline) {
        const double x = m_layout.xAt(m_timeline->now().toMSecsSinceEpoch()) + chart.left() - hx;
        p.setPen(QPen(QColor(0xd6, 0x28, 0x28), 2, Qt::DashLine));
        p.drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
    }
    p.restore();

    // Label column: the case of each row, with its most urgent state.
    const QRectF labels(0, chart.top(), kLabelWidth, chart.height());
    p.fillRect(labels, palette().color(QPalette::Window));
    p.save();
    p.setClipRect(labels);
    const QFontMetrics fm = fontMetrics();
    for (int row = g.firstRow; row <= g.lastRow; ++row) {
        const TimelineLayout::Row &entry = m_layout.row(row);
        const double top = chart.top() + row * rowHeight - vy;
        if (entry.caseId == m_selectedCase)
            p.fillRect(
                QRectF(0, top, kLabelWidth, rowHeight), palette().color(QPalette::Highlight).lighter(170));
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(stateColour(entry.worst));
        p.drawEllipse(QPointF(10, top + rowHeight / 2.0), 4, 4);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(20, top, kLabelWidth - 24, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(entry.label, Qt::ElideRight, kLabelWidth - 24));
    }
    p.restore();
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(QPointF(kLabelWidth - 0.5, 0), QPointF(kLabelWidth - 0.5, all.bottom()));

    // Axis on top, with the `now` marker's label.
    paintAxis(p, chart, fromMs, toMs);
    p.fillRect(QRectF(0, 0, kLabelWidth, kAxisHeight), palette().color(QPalette::Button));
    p.setPen(palette().color(QPalette::ButtonText));
    p.drawText(QRectF(8, 0, kLabelWidth - 16, kAxisHeight), Qt::AlignVCenter | Qt::AlignLeft,
        tr("%n case(s)", nullptr, m_layout.rowCount()));
    if (m_timeline) {
        const double x = m_layout.xAt(m_timeline->now().toMSecsSinceEpoch()) + chart.left() - hx;
        if (x >= chart.left() && x <= chart.right()) {
            const QString now = tr("Now");
            const QRectF tag(x - fm.horizontalAdvance(now) / 2.0 - 3, kAxisHeight - fm.height() - 2,
                fm.horizontalAdvance(now) + 6, fm.height());
            p.fillRect(tag, QColor(0xd6, 0x28, 0x28));
            p.setPen(Qt::white);
            p.drawText(tag, Qt::AlignCenter, now);
        }
    }
}
