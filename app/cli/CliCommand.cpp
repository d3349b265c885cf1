#include "CliCommand.h"

#include "CaseCommands.h"
#include "CvssCommand.h"

QList<CliCommand> cliCommands()
{
    QList<CliCommand> commands;
    commands += caseCommands();
    commands += cvssCommands();
    return commands;
}
