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
/// For a database opened read-only: its schema version, or why this build cannot read it
/// without migrating it (older or newer than latestVersion()). Writes nothing.
Result<int> check(Database &db);

} // namespace Migrations
