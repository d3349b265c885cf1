#pragma once

#include "core/Result.h"

class Database;

/// The case database schema as an ordered list of migrations, the same for SQLite and
/// PostgreSQL but for a few dialect words. Each migration runs in its own transaction.
namespace Migrations {

/// The schema version this build knows.
int latestVersion();
/// Brings the schema up to latestVersion(); refuses a database from a newer release.
Result<int> apply(Database &db);

} // namespace Migrations
