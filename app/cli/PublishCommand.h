#pragma once

#include "DatabaseCommand.h"

/// `publish --out DIR [--base-url URL] [--no-sign] [--gnupg-home DIR] --database LOCATION`:
/// writes or updates the team's CSAF trusted provider tree (CsafProvider) with every
/// published advisory (AdvisoryPublication), signed with the team key for correspondence,
/// as File → Publish does in the window.
class PublishCommand final : public DatabaseCommand
{
public:
    PublishCommand();
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    bool onlyReads(const QCommandLineParser &parser) const override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_out;
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_unsigned;
    QCommandLineOption m_home;
};
