#include "CliCommand.h"

#include "CaseCommands.h"
#include "DeadlinesCommand.h"
#include "SlaCommand.h"

QList<CliCommand> cliCommands()
{
    QList<CliCommand> commands;
    commands += caseCommands();
    commands += slaCommand();
    commands += deadlinesCommand();
    return commands;
}
