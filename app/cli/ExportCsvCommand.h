#pragma once

#include "ExportFormatCommand.h"

/// `export csv --database LOCATION --out FILE [--all] [--filter TEXT] [--bom] [--separator C]`:
/// the inbox as CSV with all its columns, filtered as the inbox's quick filter filters.
class ExportCsvCommand final : public ExportFormatCommand
{
public:
    ExportCsvCommand();
    QString summary() const override;

protected:
    QString description() const override;
    void addFormatOptions(QCommandLineParser &parser) override;
    std::optional<int> checkFormatArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_all;
    QCommandLineOption m_filter;
    QCommandLineOption m_bom;
    QCommandLineOption m_separator;
};
