#include "CaseCommands.h"

QList<CliCommand> caseCommands()
{
    return {};
}
