#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The file header of a packet capture, decoded for the hex viewer: classic libpcap
/// (either byte order, micro- or nanosecond timestamps) and pcapng (its section header
/// block and, when it follows in the bytes given, the first interface description block).
/// Packets are not dissected. Every field is read with bounds checks from at most the
/// first bytes of the file; a truncated or lying header decodes as far as it is valid.
struct CaptureHeader
{
    Q_DECLARE_TR_FUNCTIONS(CaptureHeader)

public:
    enum class Format { None, Pcap, PcapNg };

    Format format = Format::None;
    bool bigEndian = false;
    bool nanoseconds = false; // pcap only: magic a1b23c4d
    int versionMajor = 0;
    int versionMinor = 0;
    qint64 snapLength = -1; // -1: not known (pcapng without an interface block in the head)
    qint64 linkType = -1;
    qint64 sectionLength = -1; // pcapng: -1 means "not specified"
    QString hardware; // pcapng options shb_hardware, shb_os, shb_userappl (sanitised)
    QString os;
    QString application;
    bool truncated = false; // the header claims more bytes than the file has

    /// Decodes the first bytes of a file (a few KiB are plenty).
    static CaptureHeader decode(const QByteArray &head);
    /// "Ethernet" for 1, "Raw IP" for 101, ...; empty when unknown.
    static QString linkTypeName(qint64 linkType);
    /// Plain-text lines for display, translated.
    QStringList describe() const;
};
