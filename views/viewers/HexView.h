#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QHash>

#include <memory>

class SharedDevice;

/// Offsets, hex and ASCII of a device of any size, 16 bytes a row, read page by page (a few
/// 64 KiB pages cached): a 3 GiB firmware image scrolls like a small one. Only printable
/// ASCII is shown as such, everything else as a dot.
class HexView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexView)

public:
    static constexpr int kBytesPerRow = 16;

    explicit HexView(QWidget *parent = nullptr);

    void setDevice(std::shared_ptr<SharedDevice> device);
    qint64 size() const;
    /// Scrolls the offset into view and marks its byte; false when past the end.
    bool goToOffset(qint64 offset);
    qint64 selectedOffset() const { return m_selected; }
    qint64 firstVisibleOffset() const;
    /// One row as painted (offset, hex, ASCII), for tests.
    QString rowText(qint64 row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QByteArray bytesAt(qint64 offset, int length);
    void updateScrollBars();
    qint64 rowCount() const;
    qint64 rowsPerStep() const;

    std::shared_ptr<SharedDevice> m_device;
    QHash<qint64, QByteArray> m_pages;
    qint64 m_selected = -1;
};
