#pragma once

#include "Command.h"

#include <memory>
#include <vector>

class ExportFormatCommand;

/// `export FORMAT ...`: hands the rest of the command line to the format's command (pdf,
/// queue, csaf, cve, csv), each an ExportFormatCommand over ExportService.
class ExportCommand final : public Command
{
public:
    ExportCommand();
    ~ExportCommand() override;
    QString summary() const override;
    bool needsGui(const QStringList &arguments) const override;

    /// Every format, in the order `export --help` lists them.
    static std::vector<std::unique_ptr<ExportFormatCommand>> formats();

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    void listFormats(QTextStream &stream) const;
};
