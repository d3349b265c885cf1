#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QDateTime>
#include <QString>

class CaseStore;
class QTextStream;

/// Small pieces several psirtdesk-cli commands share.
namespace CliSupport {

/// A case named on the command line: a tracking id ("PSIRT-2026-0042", any case) or a
/// database number ("42" or "#42").
Result<qint64> resolveCase(const CaseStore &store, const QString &text);

/// The evidence passphrase: PSIRTDESK_EVIDENCE_PASSPHRASE, else asked on the terminal
/// without echo. Fails (with the reason) when neither is possible.
Result<QString> evidencePassphrase(QTextStream &err, const QString &prompt);

/// --format (-f) with the given choices ("tsv, json") and default.
QCommandLineOption formatOption(const QString &choices, const QString &fallback);

/// ISO 8601 in UTC, whole seconds; empty for an invalid time.
QString isoUtc(const QDateTime &t);
QString isoUtc(qint64 msSinceEpoch);

/// One TSV field: backslash escapes keep each record on one line and its columns apart, and
/// TextSanitizer::singleLine() makes the remaining controls and bidi overrides visible, so
/// report text can neither break the format nor drive the terminal.
QString tsvField(const QString &text);

/// A CVSS score with one decimal; empty when unscored (negative).
QString scoreText(double score);

} // namespace CliSupport
