#pragma once

#include "CsafProvider.h"
#include "core/CaseStatus.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>

class AdvisoryStore;
class CaseStore;
class ExportService;
struct CorrespondenceSettings;

/// What File → Publish and `psirtdesk-cli publish` hand to CsafProvider, decided once: which
/// cases are published, their documents as ExportService::csaf makes them, and the team key
/// that signs them.
///
/// A case is published when its advisory has at least one revision (publishing is the
/// explicit step that records one) and it was not closed as spam, duplicate, out of scope,
/// informative or not reproducible: those closing outcomes end a case without a fix, and an
/// advisory for them would announce a vulnerability nobody fixed. Each document is built
/// with the last revision's date as its generator date, so the same revisions give the same
/// bytes and re-publishing leaves unchanged documents alone.
namespace AdvisoryPublication {

bool isPublishable(CaseStatus status);

struct Documents
{
    QList<qint64> caseIds; // in case order
    QList<QByteArray> documents; // one per case, in the same order
};

/// The CSAF documents of every publishable case, or the first case whose document cannot
/// be made (named in the error).
Result<Documents> documents(
    const CaseStore &cases, const AdvisoryStore &advisories, const ExportService &service);

/// The key configured for correspondence (its signing key, or the team address's key) in
/// the team's GnuPG home (gnupgHome when not empty, for the command line's --gnupg-home).
Result<CsafProvider::Signer> teamSigner(
    const CorrespondenceSettings &settings, const QString &gnupgHome = {});

} // namespace AdvisoryPublication
