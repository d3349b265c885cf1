#pragma once

#include "ExportCommand.h"

/// `export csaf ID...`, `export cve ID`, `export csv`: the advisory and data exports.
ExportFormat exportCsafFormat();
ExportFormat exportCveFormat();
ExportFormat exportCsvFormat();
/// `export queue`: the management report (queue and dashboard) as PDF.
ExportFormat exportQueueFormat();
