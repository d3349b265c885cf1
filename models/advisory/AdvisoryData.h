#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/// A product's state with respect to a vulnerability, in the CSAF/VEX vocabulary.
enum class ProductStatus { KnownAffected, KnownNotAffected, Fixed, UnderInvestigation };

namespace ProductStatuses {
QList<ProductStatus> all();
QString id(ProductStatus status); // "known_affected", … (CSAF product_status keys)
bool fromId(const QString &id, ProductStatus *status);
QString displayName(ProductStatus status); // translated
} // namespace ProductStatuses

/// Why a product is not affected: the five VEX justifications, which CSAF 2.0 writes as flags
/// (section 3.2.3.5) and CycloneDX and OpenVEX share.
enum class NotAffectedJustification {
    None,
    ComponentNotPresent,
    VulnerableCodeNotPresent,
    VulnerableCodeNotInExecutePath,
    VulnerableCodeCannotBeControlledByAdversary,
    InlineMitigationsAlreadyExist
};

namespace Justifications {
QList<NotAffectedJustification> all(); // the five, without None
QString id(NotAffectedJustification justification); // "component_not_present", …; empty for None
bool fromId(const QString &id, NotAffectedJustification *justification);
QString displayName(NotAffectedJustification justification); // translated; "—" for None
} // namespace Justifications

/// What the vendor offers against a vulnerability (CSAF remediation categories).
enum class RemediationCategory { VendorFix, Workaround, Mitigation, NoFixPlanned, NoneAvailable };

namespace RemediationCategories {
QList<RemediationCategory> all();
QString id(RemediationCategory category); // "vendor_fix", …
bool fromId(const QString &id, RemediationCategory *category);
QString displayName(RemediationCategory category); // translated
} // namespace RemediationCategories

/// One product (and version or version range) the advisory speaks about. Versions are
/// version tokens ("23.4.1", "2.3-rc1"), never words: "prior to 2.3" is written as a range
/// with an empty first version and 2.3 as its end.
struct AffectedProduct
{
    AffectedProduct() = default;
    AffectedProduct(QString productName, QString firstVersion, QString rangeEnd, ProductStatus productStatus)
        : product(std::move(productName))
        , version(std::move(firstVersion))
        , lessThan(std::move(rangeEnd))
        , status(productStatus)
    { }
    /// This product, known not affected, and why (the VEX statement).
    AffectedProduct notAffectedBecause(NotAffectedJustification why, const QString &statement) const
    {
        AffectedProduct p = *this;
        p.status = ProductStatus::KnownNotAffected;
        p.justification = why;
        p.impactStatement = statement;
        return p;
    }

    QString product;
    /// A single version, or with lessThan the first version of a range ("" means all before).
    QString version;
    QString lessThan; // exclusive upper end of a range; empty: version is a single version
    ProductStatus status = ProductStatus::UnderInvestigation;
    /// For a known-not-affected product, why (a VEX consumer needs a justification or an
    /// impact statement to trust it); ignored for the other statuses.
    NotAffectedJustification justification = NotAffectedJustification::None;
    QString impactStatement; // "The affected driver is not built into this firmware."

    bool isRange() const { return !lessThan.isEmpty(); }
    /// "23.4.1", "< 23.4.2", "23.1 to before 23.4.2" (translated), for tables and reports.
    QString versionText() const;
    /// The range in the vers syntax ("vers:generic/>=23.1|<23.4.2"), for ranges only.
    QString vers() const;
    /// Whether this entry speaks about the release: its version, or a version in its range
    /// (AdvisoryData::compareVersions).
    bool covers(const QString &release) const;
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

/// The role a credited person played, in the CVE Record Format's vocabulary (which GitHub's
/// security advisories share).
enum class CreditType {
    Finder,
    Reporter,
    Analyst,
    Coordinator,
    RemediationDeveloper,
    RemediationReviewer,
    RemediationVerifier,
    Tool,
    Sponsor,
    Other
};

namespace CreditTypes {
QList<CreditType> all();
QString id(CreditType type); // "finder", "remediation developer", … (CVE credits[].type, spelt so)
bool fromId(const QString &id, CreditType *type);
QString displayName(CreditType type); // translated
} // namespace CreditTypes

/// A person credited in the advisory besides the reporter. Only the name is published, and
/// only with consent; the organisation is for the team.
struct Acknowledgment
{
    QString name;
    QString organization;
    bool consent = false;
    CreditType type = CreditType::Finder;
    bool operator==(const Acknowledgment &other) const = default;
};

struct Revision
{
    QString number; // "1", "2", … (integer versioning, as CSAF allows)
    QDateTime date; // UTC
    QString summary;
    bool operator==(const Revision &other) const = default;
};

/// One vulnerability of a case, with everything the advisory says about it. The texts are
/// written for the public (prefilled by AdvisoryTemplate from the case's product, CWE and
/// score, never from the report); CSAF, CVE and every document for outside readers take
/// their words from here only.
struct Vulnerability
{
    QString cve; // "CVE-2026-12345"; empty until one is assigned
    QList<int> cwes; // the root cause first (CSAF 2.0 carries only that one)
    QString title;
    QString summary;
    QString description;
    QString impact;
    QList<AffectedProduct> products;
    QList<Remediation> remediations;

    /// Whether any public text is written.
    bool hasPublicText() const;
    /// A vulnerability known only by its CVE id so far.
    static Vulnerability withCve(const QString &cve)
    {
        Vulnerability v;
        v.cve = cve;
        return v;
    }
    bool operator==(const Vulnerability &other) const = default;
};

/// Everything a case adds for its advisory: its vulnerabilities (each with CVE, CWE, public
/// text, affected products with a status each, remediations), how the reporter wants to be
/// credited, further acknowledgments, and the advisory's published revisions. Stored per
/// case as one JSON document (AdvisoryStore); read defensively: every list and text is
/// bounded and an unknown status or category is refused, not guessed. Documents written
/// before vulnerabilities existed (one list of CVEs, CWEs, products for the whole case) are
/// read as one vulnerability per CVE, each with the shared data.
struct AdvisoryData
{
    static constexpr int maxItems = 200; // per list
    static constexpr int maxTextChars = 20000; // per text (details, summaries)
    static constexpr int maxTitleChars = 500;

    QList<Vulnerability> vulnerabilities;
    /// What the reporter wants to be called when credited (a name or a handle); empty: the
    /// reporter's name. Used only when the reporter consented to be credited.
    QString creditName;
    CreditType creditType = CreditType::Finder;
    /// Other names the reporter goes by (handles, second addresses): what the disclosure
    /// check looks for besides the case's name, address and organisation.
    QStringList reporterAliases;
    QList<Acknowledgment> acknowledgments;
    QList<Revision> revisions; // oldest first; each one a published state

    bool isEmpty() const;
    bool operator==(const AdvisoryData &other) const = default;

    /// Every CVE id of the case, in vulnerability order.
    QStringList cves() const;
    /// The vulnerability with this CVE id, or nullptr.
    const Vulnerability *vulnerability(const QString &cve) const;
    /// Every CWE of the case, without repeats.
    QList<int> cwes() const;
    /// Whether any vulnerability lists a product.
    bool hasProducts() const;
    /// The next revision after the last one, dated at.
    Revision nextRevision(const QDateTime &at, const QString &summary) const;

    /// A translated reason for the first problem, or success: CVE ids well formed and unique,
    /// CWE ids known to CweCatalog, products named, versions written as versions (no words,
    /// no spaces), ranges with an end, remediation URLs http(s), revision numbers increasing
    /// with non-decreasing dates.
    Status validate() const;
    /// A one-line summary for the audit log ("2 CVEs, 3 products, 1 remediation").
    QString summary() const;

    QByteArray toJson() const;
    static Result<AdvisoryData> fromJson(const QByteArray &json);

    /// Whether text is a CVE id (CVE-YYYY-NNNN with four or more digits).
    static bool isCveId(const QString &text);
    /// Whether text is a version as the exports need it: letters, digits and . _ + ~ : -,
    /// at most 100 characters, starting with a letter or digit ("2.3", "23.4.1-rc2"); not
    /// words such as "prior to 2.3" or "2.3 and later".
    static bool isVersion(const QString &text);
    /// Orders two versions by the generic rule of vers:generic: split into runs of digits and
    /// of other characters ("23.4.1-rc2" → 23 . 4 . 1 -rc 2), runs of digits compared as
    /// numbers, other runs as text (case-insensitive), a missing run before any present one
    /// ("2.3" < "2.3.1"). Negative, zero or positive like strcmp.
    static int compareVersions(const QString &a, const QString &b);
};
