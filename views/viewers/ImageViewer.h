#pragma once

#include "widgets/MessageBar.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QToolButton;
class SharedDevice;

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

/// The image viewer. Decoding is guarded: QImageReader's allocation limit, and the size the
/// header announces checked before anything is decoded, so a decompression bomb is refused
/// with a message. Metadata (format, dimensions, depth, text keys) is shown as plain text.
class ImageViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)

public:
    /// Images above this many pixels or this decoded size are refused.
    static constexpr qint64 kMaxPixels = 100'000'000;
    static constexpr int kAllocationLimitMb = 512;

    explicit ImageViewer(QWidget *parent = nullptr);

    /// Decodes and shows the image; false (with message() emitted) when refused or broken.
    bool open(std::shared_ptr<SharedDevice> device);
    ImageCanvas *canvas() const { return m_canvas; }

Q_SIGNALS:
    void message(MessageBar::Kind kind, const QString &text);

private:
    void updateZoomLabel();

    ImageCanvas *m_canvas;
    QLabel *m_metadata;
    QLabel *m_zoomLabel;
};
