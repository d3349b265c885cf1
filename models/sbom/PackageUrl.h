#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>
#include <QStringView>

/// A package URL ("pkg:npm/%40angular/core@17.0.1"), the identifier SBOMs, OSV and CSAF use
/// for a component. parse() decodes, validates and normalises by the rules of the purl
/// specification (github.com/package-url/purl-spec) and of the registered type definitions
/// (lower-cased names where a type is case-insensitive, pypi "_" → "-", namespaces a type
/// requires or forbids); toString() gives the one canonical spelling, so two spellings of
/// the same package compare equal as strings. Components are held decoded.
struct PackageUrl
{
    /// Longer input is refused: real purls stay well under a few hundred characters.
    static constexpr int MaxLength = 4096;

    QString type;
    QString nameSpace; // segments joined by '/', decoded
    QString name;
    QString version;
    QMap<QString, QString> qualifiers; // keys lower-case, values decoded and non-empty
    QString subpath; // segments joined by '/', decoded, without "." and ".."

    static Result<PackageUrl> parse(QStringView text);
    /// Validates and normalises decoded components, as parse() does after decoding (the
    /// "build" direction of the specification): a purl made from an SBOM's fields.
    static Result<PackageUrl> fromComponents(const PackageUrl &components);

    QString toString() const;
    /// "pkg:type/namespace/name", without version, qualifiers and subpath: the key under
    /// which all versions of one package are found (where-used).
    QString withoutVersion() const;
    bool isValid() const { return !type.isEmpty() && !name.isEmpty(); }

    bool operator==(const PackageUrl &other) const = default;
};
