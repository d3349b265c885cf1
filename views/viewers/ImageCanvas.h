#pragma once

#include <QAbstractScrollArea>
#include <QImage>

/// Paints one image at a zoom factor, panned with the scroll bars or by dragging.
class ImageCanvas final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageCanvas)

public:
    explicit ImageCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    /// Zooms so the whole image fits the viewport (never above 1:1), and keeps fitting on resize.
    void fit();
    bool fitting() const { return m_fit; }

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateScrollBars();

    QImage m_image;
    qreal m_zoom = 1.0;
    bool m_fit = true;
    QPoint m_dragFrom;
};
