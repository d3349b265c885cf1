#pragma once

#include <QByteArray>
#include <QList>

class SharedDevice;

/// One line as read for display: where it starts, how long it really is, and its first
/// kMaxLineBytes bytes (a 10 MB line is read past, never kept).
struct TextLine
{
    qint64 offset = 0;
    qint64 length = 0; // without the '\n'
    QByteArray bytes; // at most LineIndex::kMaxLineBytes
    bool truncated() const { return length > bytes.size(); }
};

/// A sparse index of the lines of a text on a SharedDevice: the byte offset of every
/// kLinesPerBlock-th line. Memory stays small for any file (a 200 MB log of 2.5 million
/// lines needs about 300 KiB); a line is found by reading its block from the device.
/// Built incrementally by LineIndexJob; lineCount() grows until complete().
class LineIndex final
{
public:
    static constexpr int kLinesPerBlock = 64;
    static constexpr qint64 kMaxLineBytes = 32 * 1024;

    qint64 lineCount() const { return m_lineCount; }
    bool complete() const { return m_complete; }
    qsizetype blockCount() const { return m_blockStarts.size(); }
    qint64 blockStart(qsizetype block) const { return m_blockStarts.at(block); }

    /// Appends what a LineIndexJob found since its previous report.
    void append(const QList<qint64> &blockStarts, qint64 lineCount, bool complete);
    void clear();

    /// The lines of one block (fewer at the end of the text, or where lineCount() stops).
    QList<TextLine> readBlock(const SharedDevice &device, qsizetype block) const;

    /// Reads up to maxLines lines from offset; the reading primitive of the index, the
    /// indexer and the search.
    static QList<TextLine> readLines(const SharedDevice &device, qint64 offset, int maxLines);

private:
    QList<qint64> m_blockStarts;
    qint64 m_lineCount = 0;
    bool m_complete = false;
};
