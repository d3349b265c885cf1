#include "ImageViewer.h"

#include "core/TextSanitizer.h"
#include "viewers/ImageCanvas.h"
#include "viewers/SharedDevice.h"
#include "viewers/SharedDeviceReader.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kMaxTextKeys = 20;
constexpr int kMaxTextLength = 200;

} // namespace

ImageViewer::ImageViewer(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new ImageCanvas(this))
    , m_metadata(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("imageViewer"));
    m_metadata->setObjectName(QStringLiteral("imageMetadata"));
    m_metadata->setTextFormat(Qt::PlainText);
    m_metadata->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata->setWordWrap(true);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("10000%")));
    auto *tools = new QHBoxLayout;
    const auto button = [this, tools](const char *name, const QString &text, auto slot) {
        auto *b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setText(text);
        connect(b, &QToolButton::clicked, this, slot);
        tools->addWidget(b);
    };
    button("zoomIn", tr("Zoom In"), [this] { m_canvas->setZoom(m_canvas->zoom() * 1.25); });
    button("zoomOut", tr("Zoom Out"), [this] { m_canvas->setZoom(m_canvas->zoom() * 0.8); });
    button("zoomFit", tr("Fit"), [this] { m_canvas->fit(); });
    button("zoomActual", tr("1:1"), [this] { m_canvas->setZoom(1.0); });
    tools->addWidget(m_zoomLabel);
    tools->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_metadata);
    connect(m_canvas, &ImageCanvas::zoomChanged, this, &ImageViewer::updateZoomLabel);
}

void ImageViewer::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_canvas->zoom() * 100)));
}

bool ImageViewer::open(std::shared_ptr<SharedDevice> device)
{
    m_canvas->setImage({});
    m_metadata->clear();
    // A JPEG cut short still decodes, the rest painted grey: say so.
    const bool jpegCut = device->size() >= 2 && device->read(0, 3) == QByteArray("\xff\xd8\xff")
        && device->read(device->size() - 2, 2) != QByteArray("\xff\xd9");
    SharedDeviceReader source(std::move(device));
    QImageReader reader(&source);
    reader.setAllocationLimit(kAllocationLimitMb);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    const QString format = QString::fromLatin1(reader.format()).toUpper();
    if (!reader.canRead() || !size.isValid()) {
        Q_EMIT message(MessageBar::Kind::Error, tr("The image cannot be read: %1").arg(reader.errorString()));
        return false;
    }
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > kMaxPixels || size.width() > 65535 || size.height() > 65535) {
        Q_EMIT message(MessageBar::Kind::Error,
            tr("Image refused: its header claims %1 × %2 pixels (%3 megapixels, about %4 MiB decoded), above "
               "the "
               "limit of %5 megapixels. It may be a decompression bomb; use the hex viewer to inspect it.")
                .arg(size.width())
                .arg(size.height())
                .arg(pixels / 1'000'000)
                .arg(pixels * 4 / (1024 * 1024))
                .arg(kMaxPixels / 1'000'000));
        return false;
    }
    QImage image;
    const bool ok = reader.read(&image);
    if (!ok || image.isNull()) {
        Q_EMIT message(MessageBar::Kind::Error,
            tr("The image cannot be decoded (%1 × %2 %3): %4. It may be truncated or damaged.")
                .arg(size.width())
                .arg(size.height())
                .arg(format, reader.errorString()));
        return false;
    }
    m_canvas->setImage(image);
    if (jpegCut)
        Q_EMIT message(MessageBar::Kind::Warning,
            tr("The JPEG image ends early: it is truncated or damaged; what is missing shows as grey."));
    QStringList lines;
    lines << tr("%1, %2 × %3 pixels, %4 bits per pixel")
                 .arg(format)
                 .arg(image.width())
                 .arg(image.height())
                 .arg(image.depth());
    const QStringList keys = image.textKeys();
    for (qsizetype i = 0; i < keys.size() && i < kMaxTextKeys; ++i) {
        QString value = TextSanitizer::singleLine(image.text(keys.at(i)));
        if (value.size() > kMaxTextLength)
            value = value.left(kMaxTextLength) + QChar(0x2026);
        lines << tr("%1: %2").arg(TextSanitizer::singleLine(keys.at(i)).left(64), value);
    }
    if (keys.size() > kMaxTextKeys)
        lines << tr("(%n more text key(s) not shown)", nullptr, int(keys.size() - kMaxTextKeys));
    m_metadata->setText(lines.join(u'\n'));
    updateZoomLabel();
    return true;
}
