#pragma once

#include "AdvisoryCase.h"
#include "advisory/AdvisoryStore.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>

/// A CVE record in the CVE JSON 5 format (CVE Record Format 5.1) for one CVE id of a case,
/// as its CNA publishes it: cveMetadata, and the CNA container with affected products and
/// version ranges (lessThan), descriptions, problem types with the CWE, CVSS 3.1 and 4.0
/// metrics, solutions and workarounds, references and the credits people consented to.
/// Deterministic, validated against the CVE Program's bundled schema in the test suite.
namespace CveRecord {

struct Options
{
    QString cveId; // one of the case's CVE ids; empty: its first
    QDateTime published; // datePublished; invalid: left out
    QString advisoryUrl; // the reference; empty: <publisher namespace>/advisories/<tracking id>
};

Result<QByteArray> build(
    const AdvisoryCase &advisoryCase, const AdvisoryPublisher &publisher, const Options &options);

} // namespace CveRecord
