#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

/// A subcommand of psirtdesk-cli. Each command parses its own arguments with
/// QCommandLineParser and writes results to out, diagnostics to err.
struct CliCommand
{
    QString name;
    QString summary; // translated one-liner for the command list
    std::function<int(const QStringList &arguments, QTextStream &out, QTextStream &err)> run;
};

/// Every command of psirtdesk-cli, in the order `--help` lists them.
QList<CliCommand> cliCommands();
