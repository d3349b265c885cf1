#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

/// Reads CSV as RFC 4180 writes it (and CsvWriter writes it): fields separated by commas,
/// quoted when they hold a comma, quote or line break, quotes doubled; CRLF or LF line ends;
/// UTF-8 with or without a byte-order mark. The apostrophe CsvWriter puts before a cell that
/// a spreadsheet would run as a formula is taken off again.
///
/// Files come from outside: sizes are bounded and a malformed file is refused with the row
/// and column where it goes wrong.
class CsvReader final
{
public:
    static constexpr qsizetype maxBytes = 64 * 1024 * 1024;
    static constexpr qsizetype maxRows = 1'000'000;
    static constexpr qsizetype maxFields = 200;

    /// Every row, the header first; blank lines are skipped.
    static Result<QList<QStringList>> read(const QByteArray &csv);
};
