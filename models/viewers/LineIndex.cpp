#include "LineIndex.h"

#include "viewers/SharedDevice.h"

#include <cstring>

void LineIndex::append(const QList<qint64> &blockStarts, qint64 lineCount, bool complete)
{
    m_blockStarts.append(blockStarts);
    m_lineCount = lineCount;
    m_complete = complete;
}

void LineIndex::clear()
{
    m_blockStarts.clear();
    m_lineCount = 0;
    m_complete = false;
}

QList<TextLine> LineIndex::readBlock(const SharedDevice &device, qsizetype block) const
{
    if (block < 0 || block >= m_blockStarts.size())
        return {};
    const qint64 first = qint64(block) * kLinesPerBlock;
    const int wanted = int(qMin<qint64>(kLinesPerBlock, m_lineCount - first));
    if (wanted <= 0)
        return {};
    return readLines(device, m_blockStarts.at(block), wanted);
}

QList<TextLine> LineIndex::readLines(const SharedDevice &device, qint64 offset, int maxLines)
{
    constexpr qint64 kChunk = 256 * 1024;
    QList<TextLine> lines;
    TextLine current;
    current.offset = offset;
    qint64 at = offset;
    while (lines.size() < maxLines) {
        const QByteArray chunk = device.read(at, kChunk);
        if (chunk.isEmpty())
            break;
        const char *data = chunk.constData();
        qsizetype pos = 0;
        while (pos < chunk.size() && lines.size() < maxLines) {
            const auto *nl
                = static_cast<const char *>(std::memchr(data + pos, '\n', size_t(chunk.size() - pos)));
            const qsizetype end = nl ? nl - data : chunk.size();
            const qint64 room = kMaxLineBytes - current.bytes.size();
            if (room > 0)
                current.bytes.append(data + pos, qMin<qint64>(room, end - pos));
            current.length += end - pos;
            if (!nl) {
                pos = chunk.size();
                break;
            }
            lines.append(std::move(current));
            current = TextLine();
            current.offset = at + end + 1;
            pos = end + 1;
        }
        at += pos;
    }
    // The last line of a text without a final '\n'.
    if (lines.size() < maxLines && current.length > 0)
        lines.append(std::move(current));
    return lines;
}
