#pragma once

#include "ExportFormatCommand.h"

/// `export pdf ID --database LOCATION --out FILE [--tlp LEVEL]`: the PDF case report of one
/// case (numeric id or tracking id), marked with a TLP 2.0 label (default amber).
class ExportPdfCommand final : public ExportFormatCommand
{
public:
    ExportPdfCommand();
    QString summary() const override;
    bool needsGui(const QStringList &arguments) const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addFormatOptions(QCommandLineParser &parser) override;
    std::optional<int> checkFormatArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_tlp;
};
