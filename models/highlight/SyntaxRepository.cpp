#include "SyntaxRepository.h"

#include <QDir>
#include <QPalette>
#include <QRegularExpression>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace {

// Content signatures for attachments whose name says nothing ("poc", "request.txt").
// Checked in order against the first line (or the first bytes); names are
// KSyntaxHighlighting definition names, "HTTP" being PSIRT Desk's own (resources/syntax).
struct Signature
{
    const char *pattern;
    const char *definition;
};

constexpr Signature signatures[] = {
    {R"(^#!\S*\b(ba|z|k|da)?sh\b)", "Bash"}, {R"(^#!\S*\b(env\s+)?python[0-9.]*\b)", "Python"},
    {R"(^#!\S*\b(env\s+)?(node|nodejs)\b)", "JavaScript"}, {R"(^#!\S*\b(env\s+)?perl\b)", "Perl"},
    {R"(^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE|CONNECT) \S+ HTTP/[0-9.]+\r?$)", "HTTP"},
    {R"(^HTTP/[0-9.]+ [0-9]{3}\b)", "HTTP"}, {R"(^<\?xml\b)", "XML"}, {R"(^\s*[\{\[]\s*("|\{|\[|$))", "JSON"},
    {R"(^\s*#\s*include\s*[<"])", "C"}, {R"(^(diff --git |--- \S|Index: ))", "Diff"},
    {R"(^\S*\s*\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d)", "Log File (simplified)"},
    {R"(^[A-Z][a-z]{2} [ 0-9]\d \d\d:\d\d:\d\d )", "Log File (simplified)"}, // syslog
};

} // namespace

namespace SyntaxRepository {

KSyntaxHighlighting::Repository &instance()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        // PSIRT Desk's own definitions (HTTP messages) live in the resource folder
        // :/psirtdesk/syntax; the repository looks for a "syntax" folder below the path.
        if (QDir(QStringLiteral(":/psirtdesk/syntax")).exists())
            r->addCustomSearchPath(QStringLiteral(":/psirtdesk"));
        return r;
    }();
    return *repository;
}

KSyntaxHighlighting::Definition definitionFor(const QString &fileName, const QByteArray &head)
{
    KSyntaxHighlighting::Repository &repository = instance();
    KSyntaxHighlighting::Definition byName = repository.definitionForFileName(fileName);
    if (byName.isValid())
        return byName;

    const qsizetype eol = head.indexOf('\n');
    const QString firstLine = QString::fromUtf8(
        head.left(eol < 0 ? qMin<qsizetype>(head.size(), 512) : qMin<qsizetype>(eol, 512)));
    for (const Signature &s : signatures) {
        static thread_local QHash<const char *, QRegularExpression> compiled;
        auto it = compiled.find(s.pattern);
        if (it == compiled.end())
            it = compiled.insert(s.pattern, QRegularExpression(QString::fromLatin1(s.pattern)));
        if (it->match(firstLine).hasMatch()) {
            const KSyntaxHighlighting::Definition d
                = repository.definitionForName(QString::fromLatin1(s.definition));
            if (d.isValid())
                return d;
        }
    }
    return {};
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    return instance().defaultTheme(palette.color(QPalette::Base).lightness() < 128
            ? KSyntaxHighlighting::Repository::DarkTheme
            : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace SyntaxRepository
