#pragma once

#include "core/Result.h"

#include <QList>

class Database;

/// The case database schema as an ordered list of migrations, the same for SQLite and
/// PostgreSQL but for a few dialect words. Each migration runs in its own transaction.
namespace Migrations {

/// Every migration's number, in the order they are applied (ascending).
QList<int> versions();
/// The schema version this build knows.
int latestVersion();
/// Brings the schema up to latestVersion(); refuses a database from a newer release.
Result<int> apply(Database &db);

} // namespace Migrations
