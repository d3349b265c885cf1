#pragma once

#include "CliCommand.h"

/// `reply`: writes a templated, signed (and, with the reporter's key, encrypted) reply to a
/// case as an .eml file and records it in the case's correspondence.
CliCommand replyCommand();
