#include "AdvisoryPublication.h"

#include "advisory/AdvisoryStore.h"
#include "core/TextSanitizer.h"
#include "correspondence/CorrespondenceSettings.h"
#include "export/ExportService.h"
#include "openpgp/OpenPgp.h"
#include "storage/CaseStore.h"

#include <QCoreApplication>

namespace AdvisoryPublication {

Result<Documents> documents(const ExportService &service)
{
    using R = Result<Documents>;
    const auto published = service.publishedAdvisories();
    if (!published)
        return R::failure(published.error());
    Documents out;
    for (const ExportService::PublishedAdvisory &a : *published) {
        CsafDocument::Options options;
        options.now = a.data.revisions.constLast().date;
        const auto json = service.csaf({a.caseId}, options);
        if (!json)
            return R::failure(QCoreApplication::translate("AdvisoryPublication", "%1: %2")
                    .arg(TextSanitizer::singleLine(
                             a.trackingId.isEmpty() ? QString::number(a.caseId) : a.trackingId),
                        json.error()));
        out.caseIds.append(a.caseId);
        out.documents.append(*json);
    }
    return out;
}

Result<CsafProvider::Signer> teamSigner(const CorrespondenceSettings &settings, const QString &gnupgHome)
{
    using R = Result<CsafProvider::Signer>;
    auto pgp = std::make_shared<const OpenPgp>(gnupgHome.isEmpty() ? settings.gnupgHome : gnupgHome);
    if (const QString error = pgp->availabilityError(); !error.isEmpty())
        return R::failure(error);
    if (settings.signingKey.trimmed().isEmpty() && settings.teamAddress.trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("AdvisoryPublication",
            "Set the team's address or signing key first (Settings → Correspondence), or publish "
            "without signatures."));
    const auto key = settings.signingKey.trimmed().isEmpty() ? pgp->signingKeyFor(settings.teamAddress)
                                                             : pgp->key(settings.signingKey.trimmed(), true);
    if (!key)
        return R::failure(key.error());
    if (!key->canSign || key->unusable)
        return R::failure(QCoreApplication::translate("AdvisoryPublication", "The key %1 cannot sign.")
                .arg(key->fingerprint));
    return CsafProvider::Signer {std::move(pgp), key->fingerprint};
}

} // namespace AdvisoryPublication
