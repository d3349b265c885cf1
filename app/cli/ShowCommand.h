#pragma once

#include "DatabaseCommand.h"

/// `show ID --database LOCATION [--format text|json]`: every field of one case and its
/// audit trail.
class ShowCommand final : public DatabaseCommand
{
public:
    ShowCommand();
    QString summary() const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;
    bool onlyReads(const QCommandLineParser &parser) const override;

private:
    QCommandLineOption m_format;
};
