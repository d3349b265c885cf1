#pragma once

#include "core/Result.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>

/// The configurable form of tracking ids, default "PSIRT-{YYYY}-{NNNN}". Tokens: {YYYY} the
/// year of acknowledgement, {YY} its last two digits, {N…} the sequence number zero-padded
/// to the number of N's (it grows past that width rather than wrap). With a year token the
/// sequence restarts every year; without one it runs on.
class TrackingIdPattern final
{
public:
    static QString defaultPattern() { return QStringLiteral("PSIRT-{YYYY}-{NNNN}"); }

    static Result<TrackingIdPattern> parse(const QString &pattern);

    QString pattern() const { return m_pattern; }
    /// The counter scope for an acknowledgement on the given day ("2026" or "all").
    QString scope(const QDate &day) const;
    QString format(const QDate &day, qint64 number) const;
    /// The reverse of format(): the counter scope and sequence number of an id in this
    /// pattern, or false when the id does not follow it. Imports use it to move the counters
    /// past the ids they bring in.
    bool parseId(const QString &trackingId, QString *scope, qint64 *number) const;

private:
    QString m_pattern;
    bool m_hasYear = false;
    // parseId()'s matcher, compiled once: imports call it for every case.
    QRegularExpression m_idMatcher;
    int m_yearGroup = 0;
    int m_numberGroup = 0;
    bool m_shortYear = false;
};
