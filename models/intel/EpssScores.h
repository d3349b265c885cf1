#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

/// One row of an EPSS file: the probability of exploitation activity in the next 30 days
/// and its percentile among all scored CVEs, both in [0, 1].
struct EpssScore
{
    QString cveId;
    double epss = 0;
    double percentile = 0;
};

/// FIRST's daily EPSS file (epss_scores-YYYY-MM-DD.csv, usually gzipped): an optional first
/// line "#model_version:v2025.03.14,score_date:2025-03-14T00:00:00Z", a header naming the
/// columns cve, epss and (optionally, as in files before 2022) percentile, then one row per
/// CVE. Rows are counted from 1 as lines of the file, so "row 2" is the header of a file
/// with a comment line. A row that cannot be read (not a CVE id, a value that is not a
/// number in [0, 1]) is left out and named in warnings; a file without the header fails.
struct EpssScores
{
    static constexpr qint64 maxUncompressedBytes = qint64(2) * 1024 * 1024 * 1024;
    static constexpr qsizetype maxRows = 1'000'000;

    QString modelVersion;
    QDate scoreDate;
    QList<EpssScore> scores;
    QStringList warnings;

    /// Reads csv from its current position to the end (or a bound).
    static Result<EpssScores> parse(QIODevice &csv);
    /// A gzip file (recognised by its magic bytes, whatever its name) is decompressed with
    /// KCompressionDevice; anything else is read as plain text.
    static Result<EpssScores> readFile(const QString &path);
};
