#pragma once

#include "DatabaseCommand.h"

/// `list --database LOCATION [--status S] [--search TEXT] [--owner NAME] [--unassigned]
/// [--product NAME] [--format tsv|json]`: the cases, oldest first, optionally filtered.
class ListCommand final : public DatabaseCommand
{
public:
    ListCommand();
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;
    bool onlyReads(const QCommandLineParser &parser) const override;

private:
    QCommandLineOption m_status;
    QCommandLineOption m_search;
    QCommandLineOption m_owner;
    QCommandLineOption m_unassigned;
    QCommandLineOption m_product;
    QCommandLineOption m_format;
};
