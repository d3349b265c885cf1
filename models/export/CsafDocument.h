#pragma once

#include "AdvisoryCase.h"
#include "advisory/AdvisoryStore.h"
#include "core/Result.h"
#include "report/TlpLevel.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

/// A CSAF 2.0 security advisory (OASIS CSAF 2.0, profile csaf_security_advisory) for one case
/// or a group of cases: document with publisher, TLP, tracking and revision history; a
/// product tree of the vendor's products with versions and version ranges (vers:generic);
/// one vulnerability per vulnerability of each case, with its CVE, CWE, public notes
/// (summary, description, impact: the Advisory tab's public text, never the report's),
/// CVSS 3.x and 2.0 scores and remediations for the known affected products, product status
/// and the credits people consented to.
///
/// Publishing is a step of its own: a final or interim document is the case's last published
/// revision (AdvisoryData::revisions), dated by it, so exporting the same revision twice gives
/// the same bytes. A draft needs no revision and is dated now.
///
/// The output is deterministic (keys sorted, products numbered in order) so it can be
/// compared with golden files; it validates against the OASIS schema and is built to pass
/// the mandatory tests 6.1.x (for VEX also the profile tests 6.1.27.7 to 6.1.27.11: every
/// known-not-affected product with a flag or an impact statement, every known-affected one
/// with a remediation) and the recommended tests 6.2.2 (a remediation for every
/// known affected product), 6.2.3 (a CVSS 3.x or 2.0 score), 6.2.11 (a self reference) of the
/// CSAF validators; what it cannot make pass it refuses with the reason.
namespace CsafDocument {

/// The CSAF profile: a security advisory (what is affected and what to do), or a VEX document
/// (Vulnerability Exploitability eXchange, profile csaf_vex: for each vulnerability, the
/// status of every product, with a justification or impact statement for each product that is
/// not affected, so that scanners can drop false positives).
enum class Profile { SecurityAdvisory, Vex };

/// A statement about the VEX's product release that no published advisory makes: an
/// upstream alert's decision (IntelStore::releaseAlerts), made into a vulnerability of its
/// own after the cases' ones unless one of those already names its CVE.
struct UpstreamStatement
{
    QString cve; // empty when the record has none
    QString recordId; // GHSA-…, OSV-…, CVE-…: the record the alert came from
    QString title;
    QStringList components; // "openssl 3.0.13": the SBOM components it was matched against
    /// The product at the release (its catalogue name), known not affected with a
    /// justification and the analyst's note as impact statement, or under investigation.
    AffectedProduct product;
};

struct Options
{
    Profile profile = Profile::SecurityAdvisory;
    QString trackingId; // the advisory's id; empty: the first case's tracking id
    QString title; // empty: the first vulnerability's public title ("… and n more")
    QString status = QStringLiteral("final"); // draft, interim, final
    /// The document's TLP; unset: CLEAR for cases that are disclosed, AMBER otherwise (an
    /// advisory about a vulnerability still under embargo is for partners only).
    std::optional<TlpLevel> tlp;
    /// A VEX for one product (and, with release set, one release of it): every vulnerability
    /// keeps only the statements about that product, a range that covers the release becomes
    /// a statement about the release itself, and vulnerabilities that do not name it are left
    /// out. The document's history is the cases' published revisions in date order.
    QString product;
    QString release;
    /// With product and release: what the release's upstream alerts say beyond the cases
    /// (the cases may then be none), and the time of the latest decision among them, a
    /// revision of the document's history.
    QList<UpstreamStatement> upstream;
    QDateTime upstreamDecided;
    QDateTime now; // generator and release date of a draft
    QString generatorVersion = QStringLiteral(PSIRTDESK_VERSION);
};

/// The TLP a document about these cases gets when the export names none.
TlpLevel defaultTlp(const QList<AdvisoryCase> &cases);
/// CSAF 2.0's label for a TLP 2.0 level (WHITE for CLEAR); empty for AMBER+STRICT, which
/// CSAF 2.0 cannot express.
QString csafTlpLabel(TlpLevel level);
/// The file name CSAF 2.0 section 5.1 gives a document: the tracking id in lower case with
/// every run of characters other than + - a-z 0-9 replaced by "_", and ".json".
QString fileName(const QString &trackingId);
/// The document's canonical address in the provider's directory that CsafProvider writes
/// (CSAF 2.0 section 7.1.11): <namespace>/.well-known/csaf/<year of the initial release>/<file
/// name>.
QString canonicalUrl(const AdvisoryPublisher &publisher, TlpLevel tlp, int year, const QString &trackingId);

Result<QByteArray> build(
    const QList<AdvisoryCase> &cases, const AdvisoryPublisher &publisher, const Options &options);

} // namespace CsafDocument
