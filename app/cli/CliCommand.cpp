#include "CliCommand.h"

#include "CaseCommands.h"
#include "CvssCommand.h"
#include "DeadlinesCommand.h"
#include "EvidenceCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ReplyCommand.h"
#include "SlaCommand.h"

QList<CliCommand> cliCommands()
{
    QList<CliCommand> commands;
    commands += caseCommands();
    commands += slaCommand();
    commands += cvssCommands();
    commands += deadlinesCommand();
    commands += replyCommand();
    commands += importCommand();
    commands += evidenceCommand();
    commands += exportCommand();
    return commands;
}
