#include "HexView.h"

#include "viewers/SharedDevice.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>

namespace {

constexpr qint64 kPageSize = 64 * 1024;
constexpr int kMaxPages = 8;

} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("hexView"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void HexView::setDevice(std::shared_ptr<SharedDevice> device)
{
    m_device = std::move(device);
    m_pages.clear();
    m_selected = -1;
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

qint64 HexView::size() const
{
    return m_device && m_device->isValid() ? m_device->size() : 0;
}

qint64 HexView::rowCount() const
{
    return (size() + kBytesPerRow - 1) / kBytesPerRow;
}

// QScrollBar counts in int: beyond 2^31 rows (32 GiB) one step covers several rows.
qint64 HexView::rowsPerStep() const
{
    return qMax<qint64>(1, rowCount() / std::numeric_limits<int>::max() + 1);
}

qint64 HexView::firstVisibleOffset() const
{
    return qint64(verticalScrollBar()->value()) * rowsPerStep() * kBytesPerRow;
}

bool HexView::goToOffset(qint64 offset)
{
    if (offset < 0 || offset >= size())
        return false;
    m_selected = offset;
    const qint64 row = offset / kBytesPerRow;
    const int visibleRows = qMax(1, viewport()->height() / fontMetrics().lineSpacing());
    const qint64 first = firstVisibleOffset() / kBytesPerRow;
    if (row < first || row >= first + visibleRows - 1)
        verticalScrollBar()->setValue(int(qMax<qint64>(0, row - visibleRows / 3) / rowsPerStep()));
    viewport()->update();
    return true;
}

QByteArray HexView::bytesAt(qint64 offset, int length)
{
    QByteArray out;
    while (length > 0 && offset < size()) {
        const qint64 page = offset / kPageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            if (m_pages.size() >= kMaxPages)
                m_pages.clear();
            it = m_pages.insert(page, m_device->read(page * kPageSize, kPageSize));
        }
        const qint64 within = offset - page * kPageSize;
        const QByteArray part = it->mid(within, length);
        if (part.isEmpty())
            break;
        out += part;
        offset += part.size();
        length -= int(part.size());
    }
    return out;
}

QString HexView::rowText(qint64 row)
{
    const qint64 offset = row * kBytesPerRow;
    const QByteArray bytes = bytesAt(offset, kBytesPerRow);
    const int offsetDigits = size() > 0xffffffffLL ? 12 : 8;
    QString text = QStringLiteral("%1  ").arg(offset, offsetDigits, 16, QLatin1Char('0'));
    for (int i = 0; i < kBytesPerRow; ++i) {
        text += i < bytes.size() ? QStringLiteral("%1 ").arg(uchar(bytes.at(i)), 2, 16, QLatin1Char('0'))
                                 : QStringLiteral("   ");
        if (i == 7)
            text += u' ';
    }
    text += u' ';
    for (const char c : bytes)
        text += (uchar(c) >= 0x20 && uchar(c) < 0x7f) ? QChar(QLatin1Char(c)) : QChar(u'.');
    return text;
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (size() == 0)
        return;
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = fm.lineSpacing();
    const int charWidth = fm.horizontalAdvance(QLatin1Char('0'));
    const int offsetDigits = size() > 0xffffffffLL ? 12 : 8;
    const int hexLeft = (offsetDigits + 2) * charWidth;
    const int asciiLeft = hexLeft + (kBytesPerRow * 3 + 2) * charWidth;
    const int x0 = 4 - horizontalScrollBar()->value();
    painter.fillRect(QRect(0, 0, x0 + hexLeft - charWidth, viewport()->height()),
        palette().color(QPalette::AlternateBase));
    qint64 row = firstVisibleOffset() / kBytesPerRow;
    for (int y = 0; y < viewport()->height() && row < rowCount(); y += lineHeight, ++row) {
        const qint64 offset = row * kBytesPerRow;
        const QByteArray bytes = bytesAt(offset, kBytesPerRow);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QPoint(x0, y + fm.ascent()),
            QStringLiteral("%1").arg(offset, offsetDigits, 16, QLatin1Char('0')));
        for (int i = 0; i < bytes.size(); ++i) {
            const auto b = uchar(bytes.at(i));
            const int hx = x0 + hexLeft + (i * 3 + (i >= 8 ? 1 : 0)) * charWidth;
            const int ax = x0 + asciiLeft + i * charWidth;
            if (offset + i == m_selected) {
                painter.fillRect(
                    QRect(hx - 1, y, charWidth * 2 + 2, lineHeight), palette().color(QPalette::Highlight));
                painter.fillRect(QRect(ax, y, charWidth, lineHeight), palette().color(QPalette::Highlight));
                painter.setPen(palette().color(QPalette::HighlightedText));
            } else {
                painter.setPen(
                    b == 0 ? palette().color(QPalette::PlaceholderText) : palette().color(QPalette::Text));
            }
            painter.drawText(
                QPoint(hx, y + fm.ascent()), QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')));
            painter.drawText(QPoint(ax, y + fm.ascent()),
                (b >= 0x20 && b < 0x7f) ? QString(QLatin1Char(char(b))) : QStringLiteral("."));
        }
    }
}

void HexView::updateScrollBars()
{
    const int lineHeight = fontMetrics().lineSpacing();
    const int visibleRows = qMax(1, viewport()->height() / lineHeight);
    const qint64 steps = (rowCount() - visibleRows + 1) / rowsPerStep();
    verticalScrollBar()->setRange(0, int(qBound(qint64(0), steps, qint64(std::numeric_limits<int>::max()))));
    verticalScrollBar()->setPageStep(visibleRows);
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int width = (12 + 2 + kBytesPerRow * 4 + 4) * charWidth;
    horizontalScrollBar()->setRange(0, qMax(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::scrollContentsBy(int, int)
{
    viewport()->update();
}
