#pragma once

#include "ExportFormatCommand.h"

/// `export csaf ID... --database LOCATION --out FILE [--status S] [--tracking-id ID]
/// [--tlp LEVEL] [--profile advisory|vex]`, or `export csaf --product NAME [--release V]`: a CSAF 2.0
/// advisory or VEX document for one case or a group.
class ExportCsafCommand final : public ExportFormatCommand
{
public:
    ExportCsafCommand();
    QString summary() const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addFormatOptions(QCommandLineParser &parser) override;
    std::optional<int> checkFormatArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_status;
    QCommandLineOption m_trackingId;
    QCommandLineOption m_tlp;
    QCommandLineOption m_profile;
    QCommandLineOption m_product;
    QCommandLineOption m_release;
};
