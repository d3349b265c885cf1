#include "HighlightedText.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace {

/// Collects the formats KSyntaxHighlighting applies to one line as runs.
class RunCollector final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    KSyntaxHighlighting::State highlight(
        const QString &line, const KSyntaxHighlighting::State &state, QList<HighlightedText::Run> *runs)
    {
        m_runs = runs;
        return highlightLine(line, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        HighlightedText::Run run;
        run.start = offset;
        run.length = length;
        if (format.hasTextColor(theme()))
            run.color = format.textColor(theme());
        run.bold = format.isBold(theme());
        run.italic = format.isItalic(theme());
        m_runs->append(run);
    }

private:
    QList<HighlightedText::Run> *m_runs = nullptr;
};

} // namespace

HighlightedText HighlightedText::highlight(const QString &text,
    const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme)
{
    HighlightedText result;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalised.split(u'\n');
    result.lines.reserve(lines.size());
    if (!definition.isValid()) {
        for (const QString &line : lines)
            result.lines.append(Line {line, {}});
        return result;
    }
    result.definitionName = definition.name();
    RunCollector collector;
    collector.setDefinition(definition);
    collector.setTheme(theme);
    KSyntaxHighlighting::State state;
    for (const QString &line : lines) {
        Line out {line, {}};
        state = collector.highlight(line, state, &out.runs);
        result.lines.append(std::move(out));
    }
    return result;
}
