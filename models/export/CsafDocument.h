#pragma once

#include "AdvisoryCase.h"
#include "advisory/AdvisoryStore.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>

/// A CSAF 2.0 security advisory (OASIS CSAF 2.0, profile csaf_security_advisory) for one case
/// or a group of cases: document with publisher, tracking and revision history; a product
/// tree of the vendor's products with versions and version ranges (vers:generic); one
/// vulnerability per CVE id (or one without a CVE id) with CWE, CVSS 3.x scores, product
/// status, remediations, notes and the acknowledgments people consented to.
///
/// The output is deterministic (keys sorted, products numbered in order) so it can be
/// compared with golden files; it validates against the OASIS schema and is built to pass
/// the mandatory tests 6.1.x the CSAF validators run (product ids defined and unique, one
/// status per product, CVSS consistent with its vector, CWE names as MITRE's, revision
/// history sorted and complete, version equal to the last revision).
namespace CsafDocument {

struct Options
{
    QString trackingId; // the advisory's id; empty: the first case's tracking id
    QString title; // empty: the first case's title ("… and n more" for a group)
    QString status = QStringLiteral("final"); // draft, interim, final
    QDateTime now; // generator date, and the release date when there is no revision
    QString generatorVersion = QStringLiteral(PSIRTDESK_VERSION);
};

Result<QByteArray> build(
    const QList<AdvisoryCase> &cases, const AdvisoryPublisher &publisher, const Options &options);

} // namespace CsafDocument
