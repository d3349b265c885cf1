#include "CliCommand.h"

#include "CaseCommands.h"
#include "SlaCommand.h"

QList<CliCommand> cliCommands()
{
    QList<CliCommand> commands;
    commands += caseCommands();
    commands += slaCommand();
    return commands;
}
