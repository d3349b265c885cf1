#include "QuoteFolding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {

bool isQuote(const QString &line)
{
    return line.startsWith(u'>');
}

// "On Mon, 2 Nov 2026 at 09:30, Ada <ada@example.org> wrote:" and its common variants.
bool isAttribution(const QString &line)
{
    static const QRegularExpression attribution(
        QStringLiteral("^(On|Am|Le|El)\\s.{0,300}(wrote|schrieb|a écrit|escribió).{0,200}:\\s*$"));
    return line.size() <= 400 && attribution.match(line).hasMatch();
}

} // namespace

namespace QuoteFolding {

QList<Block> split(const QString &body)
{
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(u'\n');
    // The final line break ends the last line; it does not start another.
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    QList<Block> blocks;
    const auto append = [&blocks](bool quoted, const QString &line) {
        if (blocks.isEmpty() || blocks.constLast().quoted != quoted) {
            blocks.append(Block {quoted, line, 1});
            return;
        }
        Block &last = blocks.last();
        last.text += u'\n' + line;
        ++last.lines;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        // An attribution belongs to the quote it introduces (on the next line, or the one after
        // a blank line).
        const bool introducesQuote = isAttribution(line)
            && ((i + 1 < lines.size() && isQuote(lines.at(i + 1)))
                || (i + 2 < lines.size() && lines.at(i + 1).trimmed().isEmpty() && isQuote(lines.at(i + 2))));
        append(isQuote(line) || introducesQuote, line);
    }
    return blocks;
}

QString render(const QList<Block> &blocks, bool expanded)
{
    QStringList parts;
    for (const Block &b : blocks) {
        if (!b.quoted || expanded)
            parts.append(b.text);
        else
            parts.append(
                QCoreApplication::translate("QuoteFolding", "[… %1 quoted lines hidden]").arg(b.lines));
    }
    return parts.join(u'\n');
}

} // namespace QuoteFolding
