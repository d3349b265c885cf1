#pragma once

#include "widgets/MessageBar.h"

#include <QWidget>

#include <memory>

class ImageCanvas;
class QLabel;
class QToolButton;
class SharedDevice;

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
