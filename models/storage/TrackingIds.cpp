#include "TrackingIds.h"

#include "Database.h"
#include "TeamSettings.h"
#include "storage/StoredText.h"

#include <QSqlQuery>

TrackingIds::TrackingIds(Database &db)
    : m_db(db)
{ }

QString TrackingIds::pattern() const
{
    return TeamSettings(m_db).value(TeamSettings::Key::TrackingIdPattern);
}

Status TrackingIds::setPattern(const QString &pattern)
{
    const auto parsed = TrackingIdPattern::parse(pattern);
    if (!parsed)
        return Status::failure(parsed.error());
    return TeamSettings(m_db).set(TeamSettings::Key::TrackingIdPattern, pattern);
}

Result<TrackingIdPattern> TrackingIds::parsedPattern() const
{
    return TrackingIdPattern::parse(pattern());
}

Result<QString> TrackingIds::issue(const QDate &day)
{
    const auto parsed = parsedPattern();
    if (!parsed)
        return Result<QString>::failure(parsed.error());
    // The UNIQUE constraint on cases.tracking_id backs the counter.
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO tracking_counters (scope, next_value) VALUES (?, 2)"
                       " ON CONFLICT (scope) DO UPDATE SET next_value = tracking_counters.next_value + 1"
                       " RETURNING next_value - 1 AS issued"));
    q.addBindValue(parsed->scope(day));
    if (!q.exec() || !q.next())
        return Result<QString>::failure(StoredText::sqlError(q));
    return parsed->format(day, q.value(QStringLiteral("issued")).toLongLong());
}

Status TrackingIds::advancePast(const QHash<QString, qint64> &highest)
{
    if (highest.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO tracking_counters (scope, next_value) VALUES (?, ?)"
                             " ON CONFLICT (scope) DO UPDATE SET next_value = CASE"
                             " WHEN excluded.next_value > tracking_counters.next_value"
                             " THEN excluded.next_value ELSE tracking_counters.next_value END"));
    for (auto it = highest.cbegin(); it != highest.cend(); ++it) {
        q.bindValue(0, it.key());
        q.bindValue(1, it.value() + 1);
        if (!q.exec())
            return Status::failure(StoredText::sqlError(q));
    }
    return {};
}
