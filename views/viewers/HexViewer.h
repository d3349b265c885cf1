#pragma once

#include "widgets/MessageBar.h"

#include <QWidget>

#include <memory>

class HexView;
class QLabel;
class QLineEdit;
class SharedDevice;

/// The binary viewer: a HexView with "go to offset" (decimal or 0x hex), and for packet
/// captures (pcap, pcapng) their decoded file header above the bytes.
class HexViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexViewer)

public:
    explicit HexViewer(QWidget *parent = nullptr);

    void open(std::shared_ptr<SharedDevice> device, const QByteArray &head);
    HexView *view() const { return m_view; }
    /// Parses "4096", "0x1000" or "1000h"; -1 when not a number.
    static qint64 parseOffset(const QString &text);

Q_SIGNALS:
    void message(MessageBar::Kind kind, const QString &text);

private:
    HexView *m_view;
    QLabel *m_header;
    QLineEdit *m_offset;
    QLabel *m_size;
};
