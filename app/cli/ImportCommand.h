#pragma once

#include "CliCommand.h"

/// `import FILE... --database LOCATION`: e-mail (.eml, mbox, Maildir) into a case database.
CliCommand importCommand();
