#pragma once

#include "Command.h"
#include "core/Result.h"

#include <memory>

class Database;

/// A command that works on a case database: it owns --database (-d), defined once for every
/// such command, and opens the database before execute() runs. A database "must exist"
/// means the same everywhere: a SQLite file that is not there is refused (a typo in a path
/// must not leave an empty database behind) and a PostgreSQL database must be reachable;
/// only a command that declares IfMissing::Create (import) makes a new one.
class DatabaseCommand : public Command
{
public:
    ~DatabaseCommand() override;

    /// Opens a database that must already exist (see the class comment). A reading command
    /// opens a SQLite file it cannot write (a read-only file or folder) read-only instead.
    static Status openExisting(Database &db, const QString &location, bool reading = false);

protected:
    enum class Need { Required, Optional };
    enum class IfMissing { Refuse, Create };
    explicit DatabaseCommand(QString name, Need need = Need::Required, IfMissing missing = IfMissing::Refuse);

    /// Runs on the open database; db is nullptr only for a command whose database is
    /// optional when none was given.
    virtual int executeOn(Database *db, const QCommandLineParser &parser) = 0;
    /// Whether this command line only reads the database (list, show, exports): then a file
    /// the analyst cannot write is still opened, read-only.
    virtual bool onlyReads(const QCommandLineParser &parser) const;

private:
    void addSharedOptions(QCommandLineParser &parser) final;
    int execute(const QCommandLineParser &parser) final;

    Need m_need;
    IfMissing m_missing;
    QCommandLineOption m_database;
};
