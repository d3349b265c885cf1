// CaptureHeader::decode, the hex viewer's reading of a libpcap or pcapng file header, and
// its description for display, on arbitrary bytes; plus ViewerSelector, which calls it on
// every attachment's head to choose a viewer.

#include "FuzzSupport.h"
#include "viewers/CaptureHeader.h"
#include "viewers/ViewerSelector.h"

#include <cstdint>

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
    const QByteArray head(reinterpret_cast<const char *>(data), qsizetype(size));
    const CaptureHeader header = CaptureHeader::decode(head);
    const QStringList lines = header.describe();
    require((header.format == CaptureHeader::Format::None) == lines.isEmpty(), "a capture is described");
    // At most 256 bytes each, shown with every control as a marker of up to 8 characters
    // (from 2 bytes of UTF-8 up): at most 4 characters a byte.
    require(header.hardware.size() <= 1024 && header.os.size() <= 1024 && header.application.size() <= 1024,
        "option strings are bounded");
    if (header.format == CaptureHeader::Format::Pcap)
        require(header.linkType <= 0x0fffffff && header.sectionLength == -1, "pcap fields in range");
    [[maybe_unused]] const QString linkName = CaptureHeader::linkTypeName(header.linkType);

    const EvidenceInfo info {
        QStringLiteral("capture.pcap"), head.size(), QStringLiteral("application/vnd.tcpdump.pcap"), {}};
    const ViewerSelector::Choice choice = ViewerSelector::choose(info, head);
    if (header.format != CaptureHeader::Format::None)
        require(choice.kind == ViewerKind::Hex, "a capture goes to the hex viewer");
    return 0;
}
