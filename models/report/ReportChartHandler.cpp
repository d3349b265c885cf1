#include "ReportChartHandler.h"

#include "report/ReportChart.h"
#include "report/ReportDocument.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr qreal pt(qreal points)
{
    return ReportDocument::pt(points);
}

void drawBars(QPainter *painter, const QRectF &rect, const ReportChart &chart)
{
    const QFontMetricsF metrics(painter->font(), painter->device());
    qreal labelWidth = 0;
    qreal noteWidth = 0;
    double maximum = 0;
    for (const ReportChart::Item &item : chart.items) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(item.label));
        noteWidth = std::max(noteWidth, metrics.horizontalAdvance(item.note));
        maximum = std::max(maximum, item.value);
    }
    labelWidth = std::min(labelWidth + pt(6), rect.width() * 0.4);
    // Room after the longest bar for the longest note ("96.2% on time (25 of 26)").
    noteWidth = std::min(noteWidth + pt(8), rect.width() * 0.3);
    const qreal rowHeight = rect.height() / std::max<qsizetype>(1, chart.items.size());
    const qreal barWidth = rect.width() - labelWidth - noteWidth;
    for (qsizetype i = 0; i < chart.items.size(); ++i) {
        const ReportChart::Item &item = chart.items.at(i);
        const QRectF row(rect.left(), rect.top() + i * rowHeight, rect.width(), rowHeight);
        painter->setPen(Qt::black);
        painter->drawText(QRectF(row.left(), row.top(), labelWidth - pt(6), row.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(item.label, Qt::ElideRight, labelWidth - pt(6)));
        const qreal length = maximum > 0 ? barWidth * item.value / maximum : 0;
        const QRectF bar(row.left() + labelWidth, row.top() + row.height() * 0.2, length, row.height() * 0.6);
        painter->fillRect(bar, item.color.isValid() ? item.color : QColor(0x4a, 0x78, 0xb0));
        painter->drawText(QRectF(bar.right() + pt(4), row.top(), noteWidth, row.height()),
            Qt::AlignLeft | Qt::AlignVCenter, item.note);
    }
}

void drawTimeline(QPainter *painter, const QRectF &rect, const ReportChart &chart)
{
    QDateTime from;
    QDateTime to;
    const auto extend = [&](const QDateTime &t) {
        if (!t.isValid())
            return;
        if (!from.isValid() || t < from)
            from = t;
        if (!to.isValid() || t > to)
            to = t;
    };
    for (const ReportChart::Item &item : chart.items) {
        extend(item.start);
        extend(item.end);
    }
    if (!from.isValid() || from == to)
        return;
    const QFontMetricsF metrics(painter->font(), painter->device());
    qreal labelWidth = 0;
    for (const ReportChart::Item &item : chart.items)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(item.label));
    labelWidth = std::min(labelWidth + pt(8), rect.width() * 0.3);
    const qreal axisHeight = metrics.height() * 1.6;
    const QRectF plot(
        rect.left() + labelWidth, rect.top(), rect.width() - labelWidth - pt(80), rect.height() - axisHeight);
    const qreal span = qreal(from.msecsTo(to));
    const auto xOf
        = [&](const QDateTime &t) { return plot.left() + plot.width() * qreal(from.msecsTo(t)) / span; };

    // Axis with the first and last date, and "now" when it falls inside.
    painter->setPen(QPen(Qt::darkGray, pt(0.5)));
    painter->drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    const QLocale locale;
    const auto dateText
        = [&](const QDateTime &t) { return locale.toString(t.toUTC().date(), QLocale::ShortFormat); };
    painter->setPen(Qt::black);
    painter->drawText(
        QRectF(plot.left() - pt(40), plot.bottom(), pt(80), axisHeight), Qt::AlignCenter, dateText(from));
    painter->drawText(
        QRectF(plot.right() - pt(40), plot.bottom(), pt(80), axisHeight), Qt::AlignCenter, dateText(to));
    if (chart.now.isValid() && chart.now > from && chart.now < to) {
        const qreal x = xOf(chart.now);
        painter->setPen(QPen(QColor(0xc0, 0x20, 0x20), pt(0.8), Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    const qreal rowHeight = plot.height() / std::max<qsizetype>(1, chart.items.size());
    for (qsizetype i = 0; i < chart.items.size(); ++i) {
        const ReportChart::Item &item = chart.items.at(i);
        const qreal y = plot.top() + (i + 0.5) * rowHeight;
        painter->setPen(Qt::black);
        painter->drawText(QRectF(rect.left(), y - rowHeight / 2, labelWidth - pt(8), rowHeight),
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(item.label, Qt::ElideRight, labelWidth - pt(8)));
        const QColor color = item.color.isValid() ? item.color : QColor(0x4a, 0x78, 0xb0);
        if (item.start.isValid() && item.end.isValid()) {
            painter->setPen(QPen(color, pt(2.5), Qt::SolidLine, Qt::FlatCap));
            painter->drawLine(QPointF(xOf(item.start), y), QPointF(xOf(item.end), y));
        }
        if (item.end.isValid()) {
            const qreal x = xOf(item.end);
            const qreal r = std::min(rowHeight * 0.35, pt(5));
            QPainterPath diamond;
            diamond.moveTo(x, y - r);
            diamond.lineTo(x + r, y);
            diamond.lineTo(x, y + r);
            diamond.lineTo(x - r, y);
            diamond.closeSubpath();
            painter->setPen(QPen(Qt::black, pt(0.5)));
            painter->setBrush(color);
            painter->drawPath(diamond);
            painter->setBrush(Qt::NoBrush);
            painter->drawText(QRectF(x + r + pt(3), y - rowHeight / 2, pt(120), rowHeight),
                Qt::AlignLeft | Qt::AlignVCenter, item.note);
        }
    }
}

} // namespace

QSizeF ReportChartHandler::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(SizeProperty).toSizeF();
}

void ReportChartHandler::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const ReportChart chart = format.property(ChartProperty).value<ReportChart>();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(ReportDocument::font(8));
    if (chart.kind == ReportChart::Kind::Bars)
        drawBars(painter, rect, chart);
    else
        drawTimeline(painter, rect, chart);
    painter->restore();
}
