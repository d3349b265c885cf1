#pragma once

#include "VulnRecord.h"
#include "core/Result.h"

#include <QByteArray>

/// Reads one record in the Open Source Vulnerability format
/// (https://ossf.github.io/osv-schema/), as GitHub's advisory database, PyPI, Go and the
/// osv.dev ecosystem zips publish them.
namespace OsvReader {
constexpr qsizetype maxRecordBytes = 16 * 1024 * 1024;
Result<VulnRecord> parse(const QByteArray &json);
} // namespace OsvReader
