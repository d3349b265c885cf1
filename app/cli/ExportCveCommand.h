#pragma once

#include "ExportFormatCommand.h"

/// `export cve ID --database LOCATION --out FILE [--cve CVE-ID]`: the CVE JSON 5 record (CNA
/// container) of one of a case's CVE ids.
class ExportCveCommand final : public ExportFormatCommand
{
public:
    ExportCveCommand();
    QString summary() const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addFormatOptions(QCommandLineParser &parser) override;
    std::optional<int> checkFormatArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_cve;
};
