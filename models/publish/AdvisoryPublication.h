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
/// The published cases are ExportService::publishedAdvisories() (a revision, no closing
/// outcome: an advisory for a case closed without a fix would announce a vulnerability
/// nobody fixed). Each document is built
/// with the last revision's date as its generator date, so the same revisions give the same
/// bytes and re-publishing leaves unchanged documents alone.
namespace AdvisoryPublication {

struct Documents
{
    QList<qint64> caseIds; // in case order
    QList<QByteArray> documents; // one per case, in the same order
};

/// The CSAF documents of every publishable case, or the first case whose document cannot
/// be made (named in the error).
Result<Documents> documents(const ExportService &service);

/// The key configured for correspondence (its signing key, or the team address's key) in
/// the team's GnuPG home (gnupgHome when not empty, for the command line's --gnupg-home).
Result<CsafProvider::Signer> teamSigner(
    const CorrespondenceSettings &settings, const QString &gnupgHome = {});

} // namespace AdvisoryPublication
