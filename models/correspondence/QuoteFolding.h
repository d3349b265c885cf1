#pragma once

#include <QList>
#include <QString>

/// Splits a plain-text mail body into the new text and the quoted blocks ("> " lines and
/// the "On … wrote:" line that introduces them), so the log can fold what the reader has
/// seen before. Plain code, independent of any widget.
namespace QuoteFolding {

struct Block
{
    bool quoted = false;
    QString text; // without the final line break
    int lines = 0;

    bool operator==(const Block &other) const = default;
};

QList<Block> split(const QString &body);
/// The body with each quoted block shown, or replaced by one marker line when folded.
QString render(const QList<Block> &blocks, bool expanded);

} // namespace QuoteFolding
