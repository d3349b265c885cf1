#pragma once

#include "DatabaseCommand.h"

/// `feeds import|status` and `upstream list|case|dismiss`: vulnerability intelligence a
/// team carries in as files, and the alerts it raises against the team's SBOMs.
/// `exploited CASE [--source TEXT [--since DATE]] [--clear]`: whether a case is known to be
/// actively exploited (policy 001 expedites its bulletin).
class IntelCommand final : public DatabaseCommand
{
public:
    enum class Mode { Feeds, Upstream, Exploited };
    explicit IntelCommand(Mode mode);
    QString summary() const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;
    bool onlyReads(const QCommandLineParser &parser) const override;

private:
    int feeds(Database &db, const QCommandLineParser &parser);
    int upstream(Database &db, const QCommandLineParser &parser);
    int exploited(Database &db, const QCommandLineParser &parser);

    Mode m_mode;
    QCommandLineOption m_all;
    QCommandLineOption m_note;
    QCommandLineOption m_format;
    QCommandLineOption m_source;
    QCommandLineOption m_since;
    QCommandLineOption m_clear;
};
