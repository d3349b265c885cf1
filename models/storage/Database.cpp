#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {
QAtomicInt g_connectionCounter;

} // namespace

Result<Database::Location> Database::Location::parse(const QString &text)
{
    Location loc;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<Location>::failure(QCoreApplication::translate("Database", "No database given."));
    if (trimmed.startsWith(u"postgresql://") || trimmed.startsWith(u"postgres://")) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Result<Location>::failure(
                QCoreApplication::translate("Database", "“%1” is not a valid postgresql:// URL.")
                    .arg(trimmed.left(200)));
        loc.backend = Backend::PostgreSQL;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.user = url.userName();
        loc.password = url.password();
        loc.databaseName = url.path().mid(1);
        if (loc.databaseName.isEmpty())
            loc.databaseName = QStringLiteral("psirtdesk");
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            // Only libpq's plain key=value options; nothing that could inject others.
            static const QStringList allowed = {QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
                QStringLiteral("application_name"), QStringLiteral("sslrootcert")};
            if (!allowed.contains(key))
                return Result<Location>::failure(
                    QCoreApplication::translate("Database", "Unsupported connection option “%1”.")
                        .arg(key.left(50)));
            if (value.contains(u';') || value.contains(u' '))
                return Result<Location>::failure(
                    QCoreApplication::translate("Database", "Invalid value for “%1”.").arg(key));
            options.append(key + u'=' + value);
        }
        loc.options = options.join(u';');
        return loc;
    }
    QString path = trimmed;
    if (path.startsWith(u"sqlite://"))
        path = path.mid(9);
    else if (path.startsWith(u"file://"))
        path = QUrl(path).toLocalFile();
    loc.backend = Backend::SQLite;
    loc.path = QFileInfo(path).absoluteFilePath();
    return loc;
}

QString Database::Location::displayString() const
{
    if (backend == Backend::SQLite)
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + databaseName);
    return url.toString();
}

Database::Database()
    : m_connectionName(QStringLiteral("psirtdesk-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

Status Database::open(const QString &location)
{
    const auto loc = Location::parse(location);
    if (!loc)
        return Status::failure(loc.error());
    return open(*loc);
}

Status Database::openSibling(const Database &other)
{
    m_skipMigrations = true;
    const Status s = open(other.location());
    m_skipMigrations = false;
    if (s)
        m_schemaVersion = other.schemaVersion();
    return s;
}

Status Database::openExisting(const Location &location)
{
    m_skipMigrations = true;
    const Status s = open(location);
    m_skipMigrations = false;
    return s;
}

Status Database::open(const Location &location)
{
    close();
    m_location = location;
    m_backend = location.backend;
    QSqlDatabase db;
    if (location.backend == Backend::SQLite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Status::failure(
                QCoreApplication::translate("Database", "The SQLite driver for Qt is not installed."));
        const QFileInfo file(location.path);
        if (!file.absoluteDir().exists())
            return Status::failure(QCoreApplication::translate("Database", "The folder “%1” does not exist.")
                    .arg(file.absolutePath()));
        if (file.exists() && !file.isFile())
            return Status::failure(
                QCoreApplication::translate("Database", "“%1” is not a file.").arg(location.path));
        if (!location.readOnly) {
            if (const QString why = whyNotWritable(location); !why.isEmpty())
                return Status::failure(why);
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (location.readOnly) {
            // A WAL database needs its -shm index beside it even to read. Where the folder
            // cannot hold one and none exists, no writer has the file open (a writer keeps
            // both files), so it is read as it stands on disk.
            const bool folderWritable = QFileInfo(file.absolutePath()).isWritable();
            const bool walFiles = QFileInfo::exists(location.path + QStringLiteral("-shm"))
                && QFileInfo::exists(location.path + QStringLiteral("-wal"));
            if (folderWritable || walFiles) {
                db.setDatabaseName(location.path);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            } else {
                QUrl uri = QUrl::fromLocalFile(location.path);
                uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
                db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
            }
        } else {
            db.setDatabaseName(location.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Status::failure(
                QCoreApplication::translate("Database", "The PostgreSQL driver for Qt is not installed."));
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.databaseName);
        db.setConnectOptions(location.options);
    }
    if (!db.open()) {
        const QString e = lastError(db);
        close();
        return Status::failure(
            QCoreApplication::translate("Database", "Cannot open %1: %2").arg(location.displayString(), e));
    }
    if (location.backend == Backend::SQLite) {
        QSqlQuery q(db);
        // The header check fails early on a file that is not a database at all (reading
        // the schema when nothing may be written).
        if (!q.exec(location.readOnly ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master")
                                      : QStringLiteral("PRAGMA journal_mode=WAL"))) {
            const QString e = q.lastError().text();
            close();
            return Status::failure(
                QCoreApplication::translate("Database", "“%1” is not a PSIRT Desk database: %2")
                    .arg(location.path, e));
        }
        q.finish();
        for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            if (!q.exec(QString::fromLatin1(pragma))) {
                const QString e = q.lastError().text();
                close();
                return Status::failure(e);
            }
        }
    }
    if (m_skipMigrations)
        return {};
    const auto migrated = location.readOnly ? Migrations::check(*this) : Migrations::apply(*this);
    if (!migrated) {
        close();
        return Status::failure(migrated.error());
    }
    m_schemaVersion = *migrated;
    return {};
}

QString Database::whyNotWritable(const Location &location)
{
    if (location.backend != Backend::SQLite)
        return {};
    const QFileInfo file(location.path);
    if (file.exists() && !file.isWritable())
        return QCoreApplication::translate("Database",
            "“%1” is read-only for you, so nothing can be changed in it. Reading commands (list, "
            "show, export, deadlines) open it read-only; to change it, ask for write access or "
            "work on a copy.")
            .arg(QDir::toNativeSeparators(location.path));
    if (!QFileInfo(file.absolutePath()).isWritable())
        return QCoreApplication::translate("Database",
            "The folder “%1” is read-only for you, and SQLite needs to keep its journal beside "
            "the database to change it. Reading commands (list, show, export, deadlines) open it "
            "read-only; to change it, move it to a folder you can write to.")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    return {};
}

bool Database::onlyReadable(const Location &location)
{
    return location.backend == Backend::SQLite && QFileInfo(location.path).isFile()
        && !whyNotWritable(location).isEmpty();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_schemaVersion = 0;
    m_transactionDepth = 0;
    m_afterCommit.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return m_schemaVersion;
}

Status Database::begin()
{
    // One place refuses every change to a database opened read-only, in words.
    if (m_location.readOnly)
        return Status::failure(QCoreApplication::translate("Database",
            "%1 is open read-only; nothing can be changed in it. To change it, ask for write access or "
            "work on a copy.")
                .arg(m_location.displayString()));
    QSqlDatabase db = connection();
    if (m_transactionDepth > 0) {
        // A store's write inside a caller's transaction (an import writes a case, its
        // evidence and its intake record as one unit): a savepoint, so the inner write can
        // still fail alone while the outer one decides what is committed.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SAVEPOINT psirtdesk_%1").arg(m_transactionDepth)))
            return Status::failure(q.lastError().text());
        ++m_transactionDepth;
        return {};
    }
    if (m_backend == Backend::SQLite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Status::failure(q.lastError().text());
        m_transactionDepth = 1;
        return {};
    }
    if (!db.transaction())
        return Status::failure(lastError(db));
    m_transactionDepth = 1;
    return {};
}

Status Database::commit()
{
    QSqlDatabase db = connection();
    if (m_transactionDepth > 1) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("RELEASE SAVEPOINT psirtdesk_%1").arg(m_transactionDepth - 1)))
            return Status::failure(q.lastError().text());
        // The savepoint's hooks now live or die with the enclosing level.
        for (auto &[depth, hook] : m_afterCommit) {
            if (depth == m_transactionDepth)
                depth = m_transactionDepth - 1;
        }
        --m_transactionDepth;
        return {};
    }
    m_transactionDepth = 0;
    if (m_backend == Backend::SQLite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return Status::failure(q.lastError().text());
    } else if (!db.commit()) {
        return Status::failure(lastError(db));
    }
    // Taken out first: a hook may start the next transaction (a model re-reading a row).
    const auto hooks = std::exchange(m_afterCommit, {});
    for (const auto &[depth, hook] : hooks)
        hook();
    return {};
}

void Database::afterCommit(std::function<void()> fn)
{
    if (m_transactionDepth == 0)
        fn();
    else
        m_afterCommit.emplace_back(m_transactionDepth, std::move(fn));
}

void Database::rollback()
{
    QSqlDatabase db = connection();
    if (m_transactionDepth > 1) {
        QSqlQuery q(db);
        const int level = m_transactionDepth - 1;
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT psirtdesk_%1").arg(level));
        q.exec(QStringLiteral("RELEASE SAVEPOINT psirtdesk_%1").arg(level));
        std::erase_if(m_afterCommit, [this](const auto &h) { return h.first >= m_transactionDepth; });
        --m_transactionDepth;
        return;
    }
    m_transactionDepth = 0;
    m_afterCommit.clear();
    if (m_backend == Backend::SQLite) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    db.rollback();
}

QString Database::lastError(const QSqlDatabase &db)
{
    const QSqlError e = db.lastError();
    return e.text().isEmpty() ? QCoreApplication::translate("Database", "unknown database error") : e.text();
}
