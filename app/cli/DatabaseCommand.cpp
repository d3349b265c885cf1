#include "DatabaseCommand.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

DatabaseCommand::DatabaseCommand(QString name, Need need, IfMissing missing)
    : Command(std::move(name))
    , m_need(need)
    , m_missing(missing)
    , m_database(QStringList {QStringLiteral("d"), QStringLiteral("database")},
          missing == IfMissing::Create
              ? QCoreApplication::translate(
                    "cli", "The case database: a SQLite file (made when missing) or a postgresql:// URL.")
              : QCoreApplication::translate(
                    "CaseCommands", "The case database: a SQLite file or a postgresql:// URL."),
          QCoreApplication::translate("CaseCommands", "location"))
{ }

DatabaseCommand::~DatabaseCommand() = default;

Status DatabaseCommand::openExisting(Database &db, const QString &location, bool reading)
{
    const auto parsed = Database::Location::parse(location);
    if (!parsed)
        return Status::failure(parsed.error());
    if (parsed->backend == Database::Backend::SQLite && !QFileInfo(parsed->path).isFile())
        return Status::failure(
            QCoreApplication::translate("CaseCommands", "There is no database at “%1”.").arg(parsed->path));
    Database::Location where = *parsed;
    where.readOnly = reading && Database::onlyReadable(where);
    return db.open(where);
}

bool DatabaseCommand::onlyReads(const QCommandLineParser &) const
{
    return false;
}

void DatabaseCommand::addSharedOptions(QCommandLineParser &parser)
{
    parser.addOption(m_database);
}

int DatabaseCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_database)) {
        if (m_need == Need::Required)
            return usageError(QCoreApplication::translate("CaseCommands", "--database is required."));
        return executeOn(nullptr, parser);
    }
    Database db;
    const QString location = parser.value(m_database);
    const Status opened
        = m_missing == IfMissing::Create ? db.open(location) : openExisting(db, location, onlyReads(parser));
    if (!opened)
        return failure(opened.error());
    return executeOn(&db, parser);
}
