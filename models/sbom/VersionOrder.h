#pragma once

#include <QString>
#include <QStringView>

/// The version orders of package ecosystems, for ranges in OSV, CSAF, CVE and vers. Each
/// comparison is total and never fails: a version its scheme cannot read is ordered by the
/// generic rule after the versions it can, so hostile input still sorts deterministically.
namespace VersionOrder {

enum class Scheme { Generic, Semver, Npm, Pypi, Maven, Deb, Rpm, Golang, Nuget, Gem, Cargo };

/// npm → Npm, pypi → Pypi, golang → Golang, cargo → Cargo, …; anything else Generic.
Scheme schemeForPurlType(QStringView purlType);
/// The vers type names (npm, pypi, maven, deb, rpm, semver, golang, nuget, gem, cargo,
/// generic, …); an unknown name is Generic.
Scheme schemeForVers(QStringView versScheme);
/// OSV ecosystems ("npm", "PyPI", "Maven", "Debian:12", "Go", "crates.io", …).
Scheme schemeForOsvEcosystem(QStringView ecosystem);
/// The vers type name of a scheme ("npm", "pypi", "generic", …).
QStringView versName(Scheme scheme);

/// Negative, zero or positive like strcmp.
/// - Semver, Npm, Cargo, Golang: SemVer 2.0.0 precedence (build metadata ignored; Golang
///   accepts the "v" prefix).
/// - Nuget: SemVer with NuGet's case-insensitive labels and up to four release numbers.
/// - Pypi: PEP 440 (epochs, pre-, post- and dev-releases, local versions, normalised
///   spellings such as "1.0-ALPHA.1" = "1.0a1").
/// - Maven: ComparableVersion (alpha < beta < milestone < rc = cr < snapshot < "" = ga =
///   final = release < sp, then unknown qualifiers as text).
/// - Deb: dpkg (epoch:upstream-revision, '~' before everything, letters before other
///   characters).
/// - Rpm: rpmvercmp with epochs and releases ('~' and '^').
/// - Gem: Gem::Version (a letter segment makes a prerelease).
/// - Generic: runs of digits compared as numbers, other runs as text, case-insensitive, a
///   missing run first ("2.3" < "2.3.1", "2.3-rc1" < "2.3.1").
int compare(Scheme scheme, QStringView a, QStringView b);

/// The generic rule alone (AdvisoryData::compareVersions).
int compareGeneric(QStringView a, QStringView b);

/// A version as it takes part in a comparison: a leading "v" or "V" before a digit is
/// dropped, so "v5.4.16" (a Composer version, a Go or Git tag) meets the "5.4.16" a range or
/// another document writes. Anything else is returned as it is. SBOM components, where-used
/// queries and upstream-alert matching all go through it, so they agree.
QString comparable(const QString &version);

} // namespace VersionOrder
