#include "ViewerSelector.h"

#include "viewers/CaptureHeader.h"

#include <QStringDecoder>

namespace {

bool startsWith(const QByteArray &head, const char *magic, qsizetype length, qsizetype at = 0)
{
    return head.size() >= at + length && std::memcmp(head.constData() + at, magic, size_t(length)) == 0;
}

bool isImage(const QByteArray &head)
{
    return startsWith(head, "\x89PNG\r\n\x1a\n", 8) || startsWith(head, "\xff\xd8\xff", 3)
        || startsWith(head, "GIF87a", 6) || startsWith(head, "GIF89a", 6) || startsWith(head, "BM", 2)
        || (startsWith(head, "RIFF", 4) && startsWith(head, "WEBP", 4, 8)) || startsWith(head, "II*\0", 4)
        || startsWith(head, "MM\0*", 4);
}

} // namespace

bool ViewerSelector::looksLikeText(const QByteArray &head)
{
    if (head.contains('\0'))
        return false;
    // Valid UTF-8 (a sequence cut at the end of the head is fine), or a single-byte encoding
    // with few control characters.
    qsizetype controls = 0;
    for (const char c : head) {
        const auto u = uchar(c);
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1b)
            ++controls;
    }
    return controls * 100 <= head.size() * 2;
}

ViewerSelector::Choice ViewerSelector::choose(const EvidenceInfo &info, const QByteArray &head)
{
    if (info.size == 0 && head.isEmpty())
        return {ViewerKind::Text, tr("The attachment is empty.")};
    if (CaptureHeader::decode(head).format != CaptureHeader::Format::None)
        return {ViewerKind::Hex, tr("A packet capture: shown as hex with its header decoded.")};
    if (startsWith(head, "%PDF-", 5))
        return {ViewerKind::Pdf, tr("A PDF document.")};
    if (isImage(head))
        return {ViewerKind::Image, tr("An image (%1).").arg(info.mimeType)};
    if (looksLikeText(head))
        return {ViewerKind::Text, tr("Text.")};
    if (info.mimeType.startsWith(QLatin1StringView("text/")) && !head.contains('\0'))
        return {ViewerKind::Text, tr("Text (%1).").arg(info.mimeType)};
    return {ViewerKind::Hex, tr("Binary content: shown as hex.")};
}

QString ViewerSelector::name(ViewerKind kind)
{
    switch (kind) {
    case ViewerKind::Text:
        return tr("Text");
    case ViewerKind::Image:
        return tr("Image");
    case ViewerKind::Pdf:
        return tr("PDF");
    case ViewerKind::Hex:
        return tr("Hex");
    }
    return {};
}
