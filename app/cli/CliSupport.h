#pragma once

#include "core/Result.h"

#include <QString>

class CaseStore;
class QTextStream;

/// Small pieces several psirtdesk-cli commands share.
namespace CliSupport {

/// A case named on the command line: a tracking id ("PSIRT-2026-0042", any case) or a
/// database number ("42" or "#42").
Result<qint64> resolveCase(CaseStore &store, const QString &text);

/// The evidence passphrase: PSIRTDESK_EVIDENCE_PASSPHRASE, else asked on the terminal
/// without echo. Fails (with the reason) when neither is possible.
Result<QString> evidencePassphrase(QTextStream &err, const QString &prompt);

} // namespace CliSupport
