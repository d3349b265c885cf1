#pragma once

#include "ExportFormatCommand.h"

/// `export queue --database LOCATION --out FILE [--tlp LEVEL] [--days N] [--product-line L]`:
/// the management report (the open cases by severity and SLA state, the dashboard's figures)
/// as PDF.
class ExportQueueCommand final : public ExportFormatCommand
{
public:
    ExportQueueCommand();
    QString summary() const override;
    bool needsGui(const QStringList &arguments) const override;

protected:
    QString description() const override;
    void addFormatOptions(QCommandLineParser &parser) override;
    std::optional<int> checkFormatArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_tlp;
    QCommandLineOption m_days;
    QCommandLineOption m_line;
};
