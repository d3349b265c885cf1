#pragma once

#include "CliCommand.h"

/// `deadlines`: every deadline of every open case in a case database, as TSV, JSON or
/// iCalendar.
CliCommand deadlinesCommand();
