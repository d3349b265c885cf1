#pragma once

#include "DatabaseCommand.h"

/// `import FILE... --database LOCATION [--gnupg-home DIR]`: e-mail (.eml, mbox, Maildir)
/// into a case database, made when the SQLite file does not exist yet.
class ImportCommand final : public DatabaseCommand
{
public:
    ImportCommand();
    QString summary() const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_gnupg;
};
