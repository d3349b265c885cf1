// The text viewer's reading of an attachment: encoding detection on its head
// (TextEncoding, KEncodingProber behind it), line splitting (LineIndex::readLines over a
// SharedDevice, as the viewer reads) and display decoding of each line (LineDecoder). The
// lines must tile the text exactly, and a block read from an index of their offsets must
// give the same lines.

#include "FuzzSupport.h"
#include "viewers/LineIndex.h"
#include "viewers/SharedDevice.h"
#include "viewers/TextEncoding.h"
#include "viewers/ViewerSelector.h"

#include <QBuffer>

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
    const QByteArray head = bytes.left(ViewerSelector::kHeadSize);
    [[maybe_unused]] const bool text = ViewerSelector::looksLikeText(head);
    const TextEncoding::Detection detection = TextEncoding::detect(head);
    require(!detection.name.isEmpty() && !detection.reason.isEmpty(), "a detection names an encoding");
    LineDecoder decoder(detection.name);
    require(decoder.isValid(), "the detected encoding decodes");

    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    const SharedDevice device(std::move(buffer));
    require(device.isValid() && device.size() == bytes.size(), "a buffer is a valid device");

    const QList<TextLine> lines = LineIndex::readLines(device, 0, int(bytes.size()) + 1);
    qint64 at = 0;
    QList<qint64> blockStarts;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const TextLine &line = lines.at(i);
        require(line.offset == at, "each line starts where the previous one ended");
        require(line.length >= 0 && line.offset + line.length <= bytes.size(), "a line lies inside the text");
        require(line.bytes.size() <= LineIndex::kMaxLineBytes, "a line keeps at most kMaxLineBytes");
        require(line.bytes == bytes.mid(line.offset, line.bytes.size()), "a line holds the text's bytes");
        require(line.truncated() == (line.length > LineIndex::kMaxLineBytes), "truncated only when long");
        at = line.offset + line.length + 1;
        if (i % LineIndex::kLinesPerBlock == 0)
            blockStarts.append(line.offset);
        [[maybe_unused]] const QString shown = decoder.decode(line.bytes);
    }
    require(at >= bytes.size() && at <= bytes.size() + 1, "the lines cover the text");

    LineIndex index;
    index.append(blockStarts, lines.size(), true);
    for (qsizetype block = 0; block < index.blockCount(); ++block) {
        const QList<TextLine> read = index.readBlock(device, block);
        const qsizetype first = block * LineIndex::kLinesPerBlock;
        require(read.size() == qMin<qsizetype>(LineIndex::kLinesPerBlock, lines.size() - first),
            "a block has its lines");
        for (qsizetype i = 0; i < read.size(); ++i) {
            const TextLine &expected = lines.at(first + i);
            require(read.at(i).offset == expected.offset && read.at(i).length == expected.length
                    && read.at(i).bytes == expected.bytes,
                "a block reads the same lines");
        }
    }
    require(index.readBlock(device, index.blockCount()).isEmpty(), "no block past the end");
    return 0;
}
