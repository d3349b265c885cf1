#pragma once

#include <QDate>
#include <QList>
#include <QString>

/// One release of a product (a firmware or software version) as the catalogue lists it. Its
/// lifecycle, when set, overrides the product's for that release (one firmware line can
/// reach end of life before the hardware does). CPE and purl identify it in advisories
/// (the CSAF product tree's product_identification_helper) and in SBOM matching.
struct ProductRelease
{
    qint64 id = 0;
    QString version;
    QDate releasedOn;
    /// Whether the release has a lifecycle of its own; otherwise the product's applies.
    bool ownLifecycle = false;
    int lifecycle = 0; // a Product::Lifecycle, valid when ownLifecycle
    QDate endOfLife;
    QDate obsolete;
    QString cpe; // a CPE 2.3 formatted string naming exactly this release
    QString purl; // a package URL with this release's version

    bool operator==(const ProductRelease &other) const = default;
};

/// Whether a product (or one release of it) still gets security fixes on a given day.
struct SupportStatus
{
    enum class State { Supported, WindingDown, Ended, ThirdParty };
    State state = State::Supported;
    int lifecycle = 0; // the Product::Lifecycle in force
    QDate since; // the EOL or OBS date in force (invalid when active)
    QDate until; // the last day security fixes are owed (invalid when active)

    /// "Active", "EOL since 2025-03-01, security fixes until 2026-03-01",
    /// "Obsolete since 2024-01-01, security fixes ended 2025-01-01", "Third-party product".
    QString text() const;
    bool supported() const { return state == State::Supported || state == State::WindingDown; }
};

/// An entry of the product catalogue. Policy 000 covers listed products only (third-party
/// products are out of scope); policy 001 keeps end-of-life and obsolete products under
/// security updates for one year after their EOL/OBS date.
struct Product
{
    enum class Lifecycle { Active, EndOfLife, Obsolete };

    qint64 id = 0;
    QString name;
    QString productLine;
    bool thirdParty = false;
    Lifecycle lifecycle = Lifecycle::Active;
    QDate endOfLife; // valid when lifecycle is EndOfLife or Obsolete
    QDate obsolete; // valid when lifecycle is Obsolete
    /// Who makes it, as advisories name it ("OpenSSL", "Linux"); empty: the publisher's own
    /// vendor (Settings → Advisory Publisher), which is right for the team's own products.
    QString vendor;
    /// Identifiers for the product as a whole (a CPE with version "*", a purl without a
    /// version); a release without its own gets them with its version filled in.
    QString cpe;
    QString purl;
    QList<ProductRelease> releases; // in version order, oldest first

    bool operator==(const Product &other) const = default;

    /// The security-update period after EOL/OBS a team keeps when it has not set one: policy
    /// 001 ("security updates will be made available for a period of 1 year from the
    /// EOL/OBS dates").
    static constexpr int defaultSupportMonths = 12;

    static QString lifecycleId(Lifecycle l);
    static Lifecycle lifecycleFromId(const QString &id);
    static QString lifecycleName(Lifecycle l);

    /// The last day security updates are owed: supportMonths after the EOL or OBS date, or
    /// an invalid date for an active product.
    QDate securityUpdatesUntil(int supportMonths = defaultSupportMonths) const;
    /// The support status of the product, or of one of its releases (its own lifecycle when
    /// it has one), on a given day.
    SupportStatus support(const QDate &on, int supportMonths = defaultSupportMonths,
        const ProductRelease *release = nullptr) const;
    /// The release a reported version names: equal under the generic version order, a
    /// leading "v" ignored ("v2.1.0" is release 2.1.0); nullptr when none is listed.
    const ProductRelease *release(const QString &version) const;
    /// The CPE / purl of a release: its own, or the product's with the version filled in.
    QString cpeOf(const ProductRelease &release) const;
    QString purlOf(const ProductRelease &release) const;
};

/// What intake should tell the analyst about a product named in a report.
struct ScopeAssessment
{
    enum class Verdict { InScope, Unknown, ThirdParty, PastSecurityUpdates };
    Verdict verdict = Verdict::Unknown;
    /// Translated; empty when in scope with nothing to say. An in-scope product in its
    /// last year of security fixes, or a version the catalogue does not list, has one.
    QString message;
    QString product; // the catalogue's name for it, when listed
    QString release; // the listed release the version resolved to, when one did
    bool unknownRelease = false; // a version was given, the product lists releases, none matched
    SupportStatus support;
};

/// Judges a reported product (and version, when given) against the catalogue on a given day.
ScopeAssessment assessScope(const QList<Product> &catalogue, const QString &productName, const QDate &on,
    const QString &version = {}, int supportMonths = Product::defaultSupportMonths);
