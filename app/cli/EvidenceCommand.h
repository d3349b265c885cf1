#pragma once

#include "CliCommand.h"

/// `evidence`: attach, list, export and verify a case's encrypted evidence from scripts.
CliCommand evidenceCommand();
