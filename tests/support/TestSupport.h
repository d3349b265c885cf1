#pragma once

#include "core/Case.h"
#include "core/ReporterIdentity.h"
#include "core/Result.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class PgServer;

/// Helpers shared by the tests: isolation, fresh databases on either backend, and hostile
/// sample text.
namespace TestSupport {

/// QStandardPaths test mode and a fixed analyst name; call from initTestCase().
void isolate();

/// One throwaway PostgreSQL server per test process, started on first use. Returns
/// nullptr (and a reason) when it cannot start; tests then fail, they do not skip.
PgServer *postgres(QString *error);

/// A fresh, empty database location for the backend: a new SQLite file in dir, or a new
/// database on the test process's PostgreSQL server.
QString freshLocation(Database::Backend backend, const QTemporaryDir &dir, QString *error);

/// A fresh database on the backend, open and migrated (see freshLocation); nullptr, with
/// the reason printed, when it cannot be made. location, when given, receives where it is.
std::unique_ptr<Database> openFresh(
    Database::Backend backend, const QTemporaryDir &dir, QString *location = nullptr);

/// The base of a test class that makes databases: a temporary folder and open(), a fresh
/// database on the backend (nullptr, with the reason printed, when it cannot be made).
class DatabaseTest : public QObject
{
protected:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> open(
        Database::Backend backend = Database::Backend::SQLite, QString *location = nullptr) const
    {
        return openFresh(backend, m_dir, location);
    }
};

/// Adds the rows "sqlite" and "postgresql" with a column "backend" (Database::Backend).
void addBackendRows();

/// A complete, valid report with the given title, product and version (contact and
/// description filled in), for tests that need a case and do not care about its text.
NewReport minimalReport(const QString &title, const QString &product = QStringLiteral("SMx"),
    const QString &version = QStringLiteral("25.1"));

/// The product's source files (models/, views/, app/ under sourceDir) whose text matches
/// pattern, relative to sourceDir and sorted: for tests that one class alone owns a table.
QStringList sourcesMatching(const QString &sourceDir, const QRegularExpression &pattern);

/// Hostile strings a report may carry, named for _data() rows.
QList<QPair<QString, QString>> hostileTexts();

/// The reporter of issue 14's leak examples ("… found by Jonas Quellfeld"): name, address
/// and organisation, for the identity and disclosure tests.
ReporterIdentity jonasQuellfeld();

/// A demo database of `cases` cases (seed 7, as of now) at path, opened as a session; the
/// error when it cannot be made.
Result<std::unique_ptr<Session>> demoSession(const QString &path, int cases, const QDateTime &now);

} // namespace TestSupport

Q_DECLARE_METATYPE(Database::Backend)
