#pragma once

#include "DatabaseCommand.h"

/// `sbom import|list|remove` and `where-used`: a release's SBOM from scripts, and which
/// releases contain a component. One class, two command names: the where-used query is the
/// reason SBOMs are kept.
class SbomCommand final : public DatabaseCommand
{
public:
    enum class Mode { Sbom, WhereUsed };
    explicit SbomCommand(Mode mode);
    QString summary() const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;
    bool onlyReads(const QCommandLineParser &parser) const override;

private:
    int whereUsed(Database &db, const QCommandLineParser &parser);

    Mode m_mode;
    QCommandLineOption m_range;
    QCommandLineOption m_format;
};
