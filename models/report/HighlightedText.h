#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace KSyntaxHighlighting {
class Definition;
class Theme;
} // namespace KSyntaxHighlighting

/// Text split into lines of formatted runs by KSyntaxHighlighting: plain data, so the report
/// can be laid out on a worker thread while the (not thread-safe) repository stays in the
/// thread that owns it. Runs cover parts of a line; the rest of the line is unformatted.
struct HighlightedText
{
    struct Run
    {
        int start = 0;
        int length = 0;
        QColor color; // invalid: the default text colour
        bool bold = false;
        bool italic = false;
    };
    struct Line
    {
        QString text;
        QList<Run> runs;
    };

    QList<Line> lines;
    QString definitionName; // empty for plain text

    /// Highlights text with definition (an invalid one gives plain lines) in theme.
    static HighlightedText highlight(const QString &text, const KSyntaxHighlighting::Definition &definition,
        const KSyntaxHighlighting::Theme &theme);
};
