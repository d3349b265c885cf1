#include "TrackingIdPattern.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
const QRegularExpression &sequenceToken()
{
    static const QRegularExpression re(QStringLiteral("\\{(N+)\\}"));
    return re;
}
} // namespace

Result<TrackingIdPattern> TrackingIdPattern::parse(const QString &pattern)
{
    const auto fail = [](const char *text) {
        return Result<TrackingIdPattern>::failure(QCoreApplication::translate("TrackingIdPattern", text));
    };
    if (pattern.size() > 60)
        return fail("A tracking-id pattern has at most 60 characters.");
    const auto matches = sequenceToken().globalMatch(pattern);
    int count = 0;
    for (auto it = matches; it.hasNext(); it.next())
        ++count;
    if (count != 1)
        return fail("A tracking-id pattern needs exactly one sequence token such as {NNNN}.");
    QString rest = pattern;
    rest.remove(sequenceToken());
    rest.remove(QStringLiteral("{YYYY}"));
    rest.remove(QStringLiteral("{YY}"));
    if (rest.contains(u'{') || rest.contains(u'}'))
        return fail("Unknown token in the tracking-id pattern; use {YYYY}, {YY} and {NNNN}.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._/-]*$"));
    if (!allowed.match(rest).hasMatch())
        return fail("A tracking-id pattern may hold letters, digits and . _ / - besides its tokens.");
    TrackingIdPattern p;
    p.m_pattern = pattern;
    p.m_hasYear = pattern.contains(QStringLiteral("{YYYY}")) || pattern.contains(QStringLiteral("{YY}"));
    return p;
}

QString TrackingIdPattern::scope(const QDate &day) const
{
    return m_hasYear ? QString::number(day.year()) : QStringLiteral("all");
}

QString TrackingIdPattern::format(const QDate &day, qint64 number) const
{
    QString out = m_pattern;
    out.replace(QStringLiteral("{YYYY}"), QString::number(day.year()));
    out.replace(QStringLiteral("{YY}"), QStringLiteral("%1").arg(day.year() % 100, 2, 10, QLatin1Char('0')));
    const auto m = sequenceToken().match(out);
    if (m.hasMatch()) {
        const int width = int(m.capturedLength(1));
        out.replace(m.capturedStart(), m.capturedLength(),
            QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0')));
    }
    return out;
}
