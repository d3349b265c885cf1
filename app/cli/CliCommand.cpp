#include "CliCommand.h"

#include "CaseCommands.h"
#include "SlaCommand.h"
#include "CvssCommand.h"

QList<CliCommand> cliCommands()
{
    QList<CliCommand> commands;
    commands += caseCommands();
    commands += slaCommand();
    commands += cvssCommands();
    return commands;
}
