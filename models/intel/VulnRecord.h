#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/// A version range of an affected package, as OSV writes them: events in order.
struct VulnRange
{
    /// SEMVER, ECOSYSTEM or GIT for OSV; "cve" for ranges made from a CVE 5 versions[] entry.
    QString type;
    /// OSV: ("introduced","0"), ("fixed","1.2.3"), ("last_affected",…), ("limit",…) in
    /// order. A CVE 5 versions[] entry becomes ("introduced", version) then ("fixed",
    /// lessThan) or ("last_affected", lessThanOrEqual); an exact version v becomes
    /// ("introduced", v), ("last_affected", v); an upper bound of "*" adds no event.
    QList<std::pair<QString, QString>> events;
    /// OSV GIT ranges: the repository the commits are in.
    QString repo;
};

/// One affected package (OSV) or product (CVE 5).
struct VulnAffected
{
    // OSV package
    QString ecosystem;
    QString packageName; // also CVE 5 packageName
    QString purl;
    // CVE 5
    QString vendor;
    QString product;
    QString collectionUrl;
    QStringList cpes;
    /// CVE 5: the versionType of the first versions[] entry that names one.
    QString versionType;
    QList<VulnRange> ranges;
    /// Exact affected versions: OSV versions[], CVE 5 entries without an upper bound key.
    QStringList versions;
    /// CVE 5 versions[] entries with status "unaffected" (the exceptions of a product
    /// whose defaultStatus is "affected"), in the same shape as ranges.
    QList<VulnRange> unaffected;
    /// CVE 5 defaultStatus == "affected".
    bool defaultAffected = false;
};

/// One vulnerability from an OSV record or a CVE List (CVE JSON 5.x) record, in one neutral
/// shape so the rest of the application need not know which feed it came from. Text fields
/// are bounded; parts of a record that could not be read are left out and named in
/// warnings.
struct VulnRecord
{
    enum class Source { Osv, CveList };
    Source source = Source::Osv;
    /// OSV id (GHSA-…, PYSEC-…, GO-…) or CVE id.
    QString id;
    /// OSV aliases and upstream (the CVE ids are among them); empty for CVE records.
    QStringList aliases;
    /// CVE 5 cna.title; OSV records have none.
    QString title;
    /// OSV summary (one line); CVE records have none.
    QString summary;
    /// OSV details (Markdown); CVE 5: the English description.
    QString details;
    QDateTime published;
    QDateTime modified;
    /// The best vector available: CVSS 4.0 before 3.1 before 3.0; for CVE records the CNA's
    /// before an ADP's of the same version. Only vectors that parse are taken; empty if none.
    QString cvssVector;
    /// "CWE-79"; OSV: database_specific.cwe_ids (GitHub), CVE 5: problemTypes of the CNA
    /// and the ADPs.
    QStringList cwes;
    QList<VulnAffected> affected;
    /// OSV "withdrawn" is set; CVE state REJECTED.
    bool withdrawn = false;
    QStringList warnings;

    /// The record's CVE id: its id or the first CVE alias; empty if none.
    QString cveId() const;
    /// A one-line name for lists: the title, else the summary, else the start of details.
    QString headline() const;
};
