#pragma once

#include "Command.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

/// psirtdesk-cli as a library: the commands, and the dispatch main() does. Tests call
/// run() in process, with their own streams.
namespace Cli {

/// Every command, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> commands();

/// The command named name, or nullptr.
std::unique_ptr<Command> command(const QString &name);

/// Whether the command line needs a QGuiApplication (a PDF export); asked by main() before
/// the application object exists, from the raw arguments (the program first).
bool needsGui(const QStringList &arguments);

/// Runs the command line (the program first): --help, --version, or a command. Returns an
/// ExitCode.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Cli
