#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

/// One connection to a case database: a SQLite file (the embedded default, one analyst) or
/// a PostgreSQL server (a team). Opening runs the schema migrations. Each Database owns its
/// own Qt SQL connection and must be used from the thread that opened it.
class Database final
{
public:
    enum class Backend { SQLite, PostgreSQL };

    /// Where a database lives: a file path or a postgresql:// URL.
    struct Location
    {
        Backend backend = Backend::SQLite;
        QString path; // SQLite file
        QString host;
        int port = 5432;
        QString user;
        QString password;
        QString databaseName;
        QString options; // libpq connect options, e.g. sslmode=require
        /// Opened for reading only: nothing is migrated or written (a SQLite file in a
        /// folder the analyst cannot write to, for the reading commands).
        bool readOnly = false;

        static Result<Location> parse(const QString &text);
        /// The location without its password, for titles and the recent-files list.
        QString displayString() const;
    };

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens (creating a SQLite file if needed) and migrates the schema.
    Status open(const QString &location);
    Status open(const Location &location);
    /// Opens a second connection to the database other has open, for another thread;
    /// skips the migrations other already ran.
    Status openSibling(const Database &other);
    /// Opens another connection to a database some connection has already migrated (for a
    /// reader in another thread); skips the migrations.
    Status openExisting(const Location &location);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_location.readOnly; }

    /// Why SQLite could not write at this location (the file, or the folder its journal goes
    /// into, is read-only for this user), or an empty string when it can.
    static QString whyNotWritable(const Location &location);
    /// Whether an existing SQLite file can only be read here (whyNotWritable says why): what
    /// a reader opens with Location::readOnly instead of being refused.
    static bool onlyReadable(const Location &location);

    Backend backend() const { return m_backend; }
    const Location &location() const { return m_location; }
    QSqlDatabase connection() const;
    /// The schema version after migration.
    int schemaVersion() const;

    /// Runs fn inside a transaction; commits if it succeeds, rolls back otherwise. Called
    /// inside another transaction it runs in a savepoint of that one.
    template<typename Fn>
    Status transaction(Fn &&fn)
    {
        if (Status begun = begin(); !begun)
            return begun;
        Status s = fn();
        if (!s.ok()) {
            rollback();
            return s;
        }
        if (Status committed = commit(); !committed) {
            rollback();
            return committed;
        }
        return s;
    }

    /// Runs fn once the outermost transaction has committed (at once outside a transaction);
    /// forgets it if the transaction, or the savepoint it was registered in, is rolled back.
    /// Announcements of a change go here, so nobody hears of a change that did not happen.
    void afterCommit(std::function<void()> fn);
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// A team-wide setting stored in the database (settings table), or fallback.

    static QString lastError(const QSqlDatabase &db);

private:
    // SQLite takes the write lock up front (BEGIN IMMEDIATE), so two writers queue on the
    // busy timeout instead of failing when a read lock would have to be upgraded.
    Status begin();
    Status commit();
    void rollback();

    QString m_connectionName;
    Location m_location;
    Backend m_backend = Backend::SQLite;
    int m_schemaVersion = 0;
    bool m_skipMigrations = false;
    int m_transactionDepth = 0; // 1 in a transaction, more in its savepoints
    std::vector<std::pair<int, std::function<void()>>> m_afterCommit; // depth registered at, hook
};
