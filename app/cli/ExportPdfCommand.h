#pragma once

#include "ExportCommand.h"

/// `export pdf ID --database LOCATION --out FILE [--tlp LEVEL]`: the PDF case report of one
/// case (numeric id or tracking id), marked with a TLP 2.0 label (default amber).
ExportFormat exportPdfFormat();
