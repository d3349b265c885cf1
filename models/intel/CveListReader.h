#pragma once

#include "VulnRecord.h"
#include "core/Result.h"

#include <QByteArray>

/// Reads one CVE JSON 5.x record as the CVE List (github.com/CVEProject/cvelistV5)
/// publishes it: cveMetadata and containers.cna, plus the metrics and problem types ADPs
/// (such as CISA-ADP) add.
namespace CveListReader {
constexpr qsizetype maxRecordBytes = 16 * 1024 * 1024;
Result<VulnRecord> parse(const QByteArray &json);
} // namespace CveListReader
