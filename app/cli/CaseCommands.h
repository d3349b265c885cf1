#pragma once

#include "CliCommand.h"

/// demo, list and show.
QList<CliCommand> caseCommands();
