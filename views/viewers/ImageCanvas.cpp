#include "ImageCanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace {

constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 32.0;

} // namespace

ImageCanvas::ImageCanvas(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("imageCanvas"));
    viewport()->setCursor(Qt::OpenHandCursor);
}

void ImageCanvas::setImage(const QImage &image)
{
    m_image = image;
    fit();
}

void ImageCanvas::setZoom(qreal zoom)
{
    m_fit = false;
    const qreal z = qBound(kMinZoom, zoom, kMaxZoom);
    // Keep the point at the centre of the viewport where it is.
    const QPointF centre((horizontalScrollBar()->value() + viewport()->width() / 2.0) / m_zoom,
        (verticalScrollBar()->value() + viewport()->height() / 2.0) / m_zoom);
    m_zoom = z;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(centre.x() * m_zoom - viewport()->width() / 2.0));
    verticalScrollBar()->setValue(int(centre.y() * m_zoom - viewport()->height() / 2.0));
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void ImageCanvas::fit()
{
    m_fit = true;
    if (!m_image.isNull()) {
        const qreal zx = qreal(viewport()->width()) / m_image.width();
        const qreal zy = qreal(viewport()->height()) / m_image.height();
        m_zoom = qBound(kMinZoom, qMin(1.0, qMin(zx, zy)), kMaxZoom);
    }
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void ImageCanvas::updateScrollBars()
{
    const QSize scaled = (QSizeF(m_image.size()) * m_zoom).toSize();
    horizontalScrollBar()->setRange(0, qMax(0, scaled.width() - viewport()->width()));
    verticalScrollBar()->setRange(0, qMax(0, scaled.height() - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Dark));
    if (m_image.isNull())
        return;
    const QSizeF scaled = QSizeF(m_image.size()) * m_zoom;
    // Centred when smaller than the viewport, scrolled otherwise.
    const qreal x = scaled.width() < viewport()->width() ? (viewport()->width() - scaled.width()) / 2
                                                         : -horizontalScrollBar()->value();
    const qreal y = scaled.height() < viewport()->height() ? (viewport()->height() - scaled.height()) / 2
                                                           : -verticalScrollBar()->value();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
    painter.translate(x, y);
    painter.scale(m_zoom, m_zoom);
    // Only the visible part of the image is drawn.
    const QRectF visible
        = QRectF(-x / m_zoom, -y / m_zoom, viewport()->width() / m_zoom, viewport()->height() / m_zoom)
              .intersected(QRectF(m_image.rect()));
    painter.drawImage(visible, m_image, visible);
}

void ImageCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fit)
        fit();
    else
        updateScrollBars();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->position().toPoint();
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint delta = event->position().toPoint() - m_dragFrom;
    m_dragFrom = event->position().toPoint();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.25 : 0.8));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ImageCanvas::scrollContentsBy(int, int)
{
    viewport()->update();
}
