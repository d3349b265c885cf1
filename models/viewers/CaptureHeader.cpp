#include "CaptureHeader.h"

#include "core/TextSanitizer.h"

#include <QCoreApplication>
#include <QtEndian>

namespace {

// Reads integers of either byte order from a byte array, refusing reads past its end.
class Reader
{
public:
    Reader(const QByteArray &bytes, bool bigEndian)
        : m_bytes(bytes)
        , m_bigEndian(bigEndian)
    { }
    bool has(qint64 offset, qint64 length) const
    {
        return offset >= 0 && length >= 0 && offset + length <= m_bytes.size();
    }
    quint16 u16(qint64 offset) const
    {
        const auto *p = reinterpret_cast<const uchar *>(m_bytes.constData() + offset);
        return m_bigEndian ? qFromBigEndian<quint16>(p) : qFromLittleEndian<quint16>(p);
    }
    quint32 u32(qint64 offset) const
    {
        const auto *p = reinterpret_cast<const uchar *>(m_bytes.constData() + offset);
        return m_bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
    }
    qint64 i64(qint64 offset) const
    {
        const auto *p = reinterpret_cast<const uchar *>(m_bytes.constData() + offset);
        return m_bigEndian ? qFromBigEndian<qint64>(p) : qFromLittleEndian<qint64>(p);
    }
    QString text(qint64 offset, qint64 length) const
    {
        // Option strings are UTF-8 from the capturing machine: hostile, shown on one line.
        return TextSanitizer::singleLine(QString::fromUtf8(m_bytes.mid(offset, qMin<qint64>(length, 256))));
    }

private:
    const QByteArray &m_bytes;
    bool m_bigEndian;
};

constexpr quint32 kPcapMicro = 0xa1b2c3d4;
constexpr quint32 kPcapNano = 0xa1b23c4d;
constexpr quint32 kPcapNgBlock = 0x0a0d0d0a;
constexpr quint32 kPcapNgByteOrder = 0x1a2b3c4d;
constexpr quint32 kLinkTypeMask = 0x0fffffff; // the upper bits carry FCS information

void decodePcap(const QByteArray &head, CaptureHeader *h)
{
    const quint32 le = qFromLittleEndian<quint32>(head.constData());
    h->format = CaptureHeader::Format::Pcap;
    h->bigEndian = le != kPcapMicro && le != kPcapNano;
    const Reader r(head, h->bigEndian);
    h->nanoseconds = r.u32(0) == kPcapNano;
    if (!r.has(0, 24)) {
        h->truncated = true;
        return;
    }
    h->versionMajor = r.u16(4);
    h->versionMinor = r.u16(6);
    h->snapLength = r.u32(16);
    h->linkType = r.u32(20) & kLinkTypeMask;
}

void decodePcapNg(const QByteArray &head, CaptureHeader *h)
{
    h->format = CaptureHeader::Format::PcapNg;
    if (head.size() < 12) {
        h->truncated = true;
        return;
    }
    h->bigEndian = qFromBigEndian<quint32>(head.constData() + 8) == kPcapNgByteOrder;
    const Reader r(head, h->bigEndian);
    if (r.u32(8) != kPcapNgByteOrder || !r.has(0, 24)) {
        h->truncated = true;
        return;
    }
    const quint32 blockLength = r.u32(4);
    h->versionMajor = r.u16(12);
    h->versionMinor = r.u16(14);
    h->sectionLength = r.i64(16);
    if (blockLength < 28 || blockLength % 4 != 0) {
        h->truncated = true;
        return;
    }
    // Options of the section header block: code, length, value padded to 4 bytes.
    const qint64 optionsEnd = qint64(blockLength) - 4;
    qint64 at = 24;
    while (at + 4 <= optionsEnd && r.has(at, 4)) {
        const quint16 code = r.u16(at);
        const quint16 length = r.u16(at + 2);
        if (code == 0)
            break;
        if (!r.has(at + 4, length))
            break;
        if (code == 2)
            h->hardware = r.text(at + 4, length);
        else if (code == 3)
            h->os = r.text(at + 4, length);
        else if (code == 4)
            h->application = r.text(at + 4, length);
        at += 4 + ((qint64(length) + 3) & ~qint64(3));
    }
    if (!r.has(0, blockLength)) {
        h->truncated = true;
        return;
    }
    // The first interface description block, when it directly follows.
    const qint64 idb = blockLength;
    if (r.has(idb, 16) && r.u32(idb) == 1) {
        h->linkType = r.u16(idb + 8);
        h->snapLength = r.u32(idb + 12);
    }
}

} // namespace

CaptureHeader CaptureHeader::decode(const QByteArray &head)
{
    CaptureHeader h;
    if (head.size() < 4)
        return h;
    const quint32 le = qFromLittleEndian<quint32>(head.constData());
    const quint32 be = qFromBigEndian<quint32>(head.constData());
    if (le == kPcapMicro || le == kPcapNano || be == kPcapMicro || be == kPcapNano)
        decodePcap(head, &h);
    else if (le == kPcapNgBlock) // a palindrome: the same in both byte orders
        decodePcapNg(head, &h);
    return h;
}

QString CaptureHeader::linkTypeName(qint64 linkType)
{
    // The common LINKTYPE_ values of the tcpdump.org registry.
    switch (linkType) {
    case 0:
        return QStringLiteral("Null (BSD loopback)");
    case 1:
        return QStringLiteral("Ethernet");
    case 101:
        return QStringLiteral("Raw IP");
    case 105:
        return QStringLiteral("IEEE 802.11");
    case 113:
        return QStringLiteral("Linux cooked (SLL)");
    case 127:
        return QStringLiteral("IEEE 802.11 Radiotap");
    case 195:
        return QStringLiteral("IEEE 802.15.4");
    case 228:
        return QStringLiteral("IPv4");
    case 229:
        return QStringLiteral("IPv6");
    case 249:
        return QStringLiteral("USB Linux mmapped");
    case 276:
        return QStringLiteral("Linux cooked v2 (SLL2)");
    default:
        return {};
    }
}

QStringList CaptureHeader::describe() const
{
    QStringList lines;
    if (format == Format::None)
        return lines;
    const QString order = bigEndian ? tr("big-endian") : tr("little-endian");
    if (format == Format::Pcap) {
        lines << tr("Packet capture (libpcap), %1, %2 timestamps")
                     .arg(order, nanoseconds ? tr("nanosecond") : tr("microsecond"));
    } else {
        lines << tr("Packet capture (pcapng), %1, section header block").arg(order);
    }
    if (versionMajor || versionMinor)
        lines << tr("Version: %1.%2").arg(versionMajor).arg(versionMinor);
    if (snapLength >= 0)
        lines << tr("Snapshot length: %1 bytes").arg(snapLength);
    if (linkType >= 0) {
        const QString name = linkTypeName(linkType);
        lines << (name.isEmpty() ? tr("Link type: %1").arg(linkType)
                                 : tr("Link type: %1 (%2)").arg(linkType).arg(name));
    }
    if (format == Format::PcapNg) {
        lines << (sectionLength < 0 ? tr("Section length: not specified")
                                    : tr("Section length: %1 bytes").arg(sectionLength));
        if (!hardware.isEmpty())
            lines << tr("Hardware: %1").arg(hardware);
        if (!os.isEmpty())
            lines << tr("Operating system: %1").arg(os);
        if (!application.isEmpty())
            lines << tr("Capturing application: %1").arg(application);
    }
    if (truncated)
        lines << tr("The header is truncated or inconsistent; shown as far as it is valid.");
    return lines;
}
