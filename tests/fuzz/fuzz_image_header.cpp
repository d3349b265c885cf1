// What the evidence pane reads of an image before it decides to decode it: the viewer
// choice on the head (ViewerSelector, image signatures first), then the image's header
// through SharedDeviceReader and QImageReader (format, size, whether it can be read), the
// numbers ImageViewer checks against its pixel limit. Pixels are never decoded here: that
// is Qt's and the image libraries' code, and a header is what a decompression bomb lies in.
//
// models/ has no image header parser of its own; QImageReader does the parsing.

#include "FuzzSupport.h"
#include "viewers/SharedDevice.h"
#include "viewers/SharedDeviceReader.h"
#include "viewers/ViewerSelector.h"

#include <QBuffer>
#include <QImageReader>

#include <cstdint>
#include <memory>

namespace {

using FuzzSupport::require;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQtLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const EvidenceInfo info {QStringLiteral("screenshot.png"), bytes.size(), QStringLiteral("image/png"), {}};
    const ViewerSelector::Choice choice = ViewerSelector::choose(info, bytes.left(ViewerSelector::kHeadSize));
    require(!choice.reason.isEmpty(), "a viewer choice gives its reason");
    if (choice.kind != ViewerKind::Image)
        return 0;

    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    auto device = std::make_shared<SharedDevice>(std::move(buffer));
    SharedDeviceReader source(device);
    require(source.size() == bytes.size(), "the reader sees the whole content");
    QImageReader reader(&source);
    reader.setAllocationLimit(64);
    const QSize imageSize = reader.size();
    [[maybe_unused]] const QByteArray format = reader.format();
    [[maybe_unused]] const bool readable = reader.canRead();
    if (imageSize.isValid())
        require(imageSize.width() >= 0 && imageSize.height() >= 0, "a valid size is not negative");
    return 0;
}
