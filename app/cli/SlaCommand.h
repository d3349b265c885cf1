#pragma once

#include "CliCommand.h"

/// `sla`: the clocks of a disclosure policy for one case, from the command line.
CliCommand slaCommand();
