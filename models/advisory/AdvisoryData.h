#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// A product's state with respect to a vulnerability, in the CSAF/VEX vocabulary.
enum class ProductStatus { KnownAffected, KnownNotAffected, Fixed, UnderInvestigation };

namespace ProductStatuses {
QList<ProductStatus> all();
QString id(ProductStatus status); // "known_affected", … (CSAF product_status keys)
bool fromId(const QString &id, ProductStatus *status);
QString displayName(ProductStatus status); // translated
} // namespace ProductStatuses

/// What the vendor offers against a vulnerability (CSAF remediation categories).
enum class RemediationCategory { VendorFix, Workaround, Mitigation, NoFixPlanned, NoneAvailable };

namespace RemediationCategories {
QList<RemediationCategory> all();
QString id(RemediationCategory category); // "vendor_fix", …
bool fromId(const QString &id, RemediationCategory *category);
QString displayName(RemediationCategory category); // translated
} // namespace RemediationCategories

/// One product (and version or version range) the advisory speaks about.
struct AffectedProduct
{
    QString product;
    /// A single version, or with lessThan the first version of a range ("" means all before).
    QString version;
    QString lessThan; // exclusive upper end of a range; empty: version is a single version
    ProductStatus status = ProductStatus::UnderInvestigation;

    bool isRange() const { return !lessThan.isEmpty(); }
    /// "23.4.1", "< 23.4.2", "23.1 to before 23.4.2" (translated), for tables and reports.
    QString versionText() const;
    bool operator==(const AffectedProduct &other) const = default;
};

struct Remediation
{
    RemediationCategory category = RemediationCategory::VendorFix;
    QString details; // what to do, for the customer
    QString fixedVersion; // the version that fixes it (vendor_fix)
    QString url; // where to get it; http(s) only
    bool operator==(const Remediation &other) const = default;
};

/// A person or organisation credited in the advisory. Only those who consented are named in
/// anything published.
struct Acknowledgment
{
    QString name;
    QString organization;
    bool consent = false;
    bool operator==(const Acknowledgment &other) const = default;
};

struct Revision
{
    QString number; // "1", "2", … (integer versioning, as CSAF allows)
    QDateTime date; // UTC
    QString summary;
    bool operator==(const Revision &other) const = default;
};

/// Everything a case adds for its advisory: CVE ids, CWE, affected products with a status
/// each, remediations, acknowledgments and the advisory's revision history. Stored per case as
/// one JSON document (AdvisoryStore); read defensively: every list and text is bounded and an
/// unknown status or category is refused, not guessed.
struct AdvisoryData
{
    static constexpr int maxItems = 200; // per list
    static constexpr int maxTextChars = 20000; // per text (details, summaries)

    QStringList cves; // "CVE-2026-12345"
    QList<int> cwes; // CWE numbers
    QList<AffectedProduct> products;
    QList<Remediation> remediations;
    QList<Acknowledgment> acknowledgments;
    QList<Revision> revisions; // oldest first

    bool isEmpty() const;
    bool operator==(const AdvisoryData &other) const = default;

    /// A translated reason for the first problem, or success: CVE ids well formed and unique,
    /// CWE ids known to CweCatalog, products named, ranges with an end, remediation URLs
    /// http(s), revision numbers increasing with non-decreasing dates.
    Status validate() const;
    /// A one-line summary for the audit log ("2 CVEs, 3 products, 1 remediation").
    QString summary() const;

    QByteArray toJson() const;
    static Result<AdvisoryData> fromJson(const QByteArray &json);

    /// Whether text is a CVE id (CVE-YYYY-NNNN with four or more digits).
    static bool isCveId(const QString &text);
};
