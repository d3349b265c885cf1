#pragma once

#include "TrackingIdPattern.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QString>

class Database;

/// The tracking ids of cases: the team's pattern (a setting) and the counters they are
/// numbered from. The only writer of tracking_counters. Used by the case repository, which
/// issues an id on acknowledgement, and by the importer, which moves the counters past the
/// ids it brings in.
class TrackingIds final
{
public:
    explicit TrackingIds(Database &db);
    Q_DISABLE_COPY_MOVE(TrackingIds)

    QString pattern() const;
    /// Refused unless the pattern parses.
    Status setPattern(const QString &pattern);
    Result<TrackingIdPattern> parsedPattern() const;

    /// The next id of the day's counter scope, in the caller's transaction. One atomic
    /// upsert, so concurrent acknowledgements on PostgreSQL never share a number.
    Result<QString> issue(const QDate &day);

    /// Moves each scope's counter past the highest number imported in it (never back).
    Status advancePast(const QHash<QString, qint64> &highest);

private:
    Database &m_db;
};
