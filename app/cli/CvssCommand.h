#pragma once

#include "CliCommand.h"

/// `psirtdesk-cli cvss`: validates and scores CVSS vectors given as arguments or, with
/// "-", one per line on standard input (streamed, for millions of lines).
QList<CliCommand> cvssCommands();
