#pragma once

#include "AdvisoryCase.h"
#include "advisory/AdvisoryStore.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

/// A CVE record in the CVE JSON 5 format (CVE Record Format 5.1) for one CVE id of a case,
/// as its CNA publishes it: cveMetadata dated by the advisory's published revisions, and
/// the CNA container with that vulnerability's public title and description (never the
/// report's words), affected products with version ranges (lessThan, semver or custom),
/// problem types with its CWEs, every CVSS score of the case (2.0, 3.0, 3.1, 4.0),
/// solutions and workarounds, a vendor-advisory reference and the credits people consented
/// to, with their types. A record in which nothing is affected is refused.
/// Deterministic, validated against the CVE Program's bundled schema in the test suite.
namespace CveRecord {

struct Options
{
    QString cveId; // one of the case's CVE ids; empty: its first
    QString advisoryUrl; // the reference; empty: <publisher namespace>/advisories/<tracking id>
};

Result<QByteArray> build(
    const AdvisoryCase &advisoryCase, const AdvisoryPublisher &publisher, const Options &options);

/// What a CNA reviewer would flag in a record that is valid all the same (translated): CWEs
/// that MITRE discourages for vulnerability mapping.
QStringList warnings(const QByteArray &record);

} // namespace CveRecord
