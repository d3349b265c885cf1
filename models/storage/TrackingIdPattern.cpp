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
    // The reverse of format(), built from the validated pattern: literal parts escaped,
    // tokens as groups.
    QString re = QStringLiteral("^");
    int groups = 0;
    qsizetype i = 0;
    while (i < pattern.size()) {
        if (pattern.at(i) == u'{') {
            const qsizetype end = pattern.indexOf(u'}', i);
            const QString token = pattern.mid(i + 1, end - i - 1);
            if (token == u"YYYY") {
                re += QStringLiteral("([0-9]{4})");
                p.m_yearGroup = ++groups;
            } else if (token == u"YY") {
                re += QStringLiteral("([0-9]{2})");
                p.m_yearGroup = ++groups;
                p.m_shortYear = true;
            } else {
                re += QStringLiteral("([0-9]{%1,18})").arg(token.size());
                p.m_numberGroup = ++groups;
            }
            i = end + 1;
        } else {
            re += QRegularExpression::escape(QString(pattern.at(i)));
            ++i;
        }
    }
    p.m_idMatcher = QRegularExpression(re + u'$');
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

bool TrackingIdPattern::parseId(const QString &trackingId, QString *scope, qint64 *number) const
{
    const auto m = m_idMatcher.match(trackingId);
    if (!m.hasMatch() || m_numberGroup == 0)
        return false;
    *number = m.captured(m_numberGroup).toLongLong();
    if (m_yearGroup == 0)
        *scope = QStringLiteral("all");
    else
        *scope = QString::number(m.captured(m_yearGroup).toInt() + (m_shortYear ? 2000 : 0));
    return true;
}
