#include "CliCommand.h"

#include "CaseCommands.h"

QList<CliCommand> cliCommands()
{
    QList<CliCommand> commands;
    commands += caseCommands();
    return commands;
}
