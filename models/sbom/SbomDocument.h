#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// One component an SBOM lists.
struct SbomComponent
{
    QString ref; // CycloneDX bom-ref / SPDX SPDXID; generated ("component-N") when absent
    QString name;
    QString version;
    QString purl; // as the SBOM gives it
    QString cpe; // CPE 2.3 (or 2.2) as the SBOM gives it
    QString supplier;
    QString type; // library, application, firmware, operating-system, ...
};

/// "from depends on to", by component ref.
struct SbomDependency
{
    QString from;
    QString to;
};

/// An SBOM as PSIRT Desk reads it: CycloneDX JSON 1.4 to 1.6 or SPDX 2.3 JSON, reduced to
/// the components (name, version, purl, CPE, supplier) and the dependency graph. The
/// subject (what the SBOM describes: CycloneDX metadata.component, the package an SPDX
/// document DESCRIBES) is kept apart; dependencies from it are the direct ones.
///
/// SBOMs come from suppliers and build systems: the size, the number of components, the
/// nesting and every string are bounded, each known field's type is checked, and a file
/// that is not what it claims is refused with where it goes wrong ("line 3, column 9",
/// "components[12].name: not a string").
struct SbomDocument
{
    enum class Format { CycloneDx, Spdx };

    static constexpr qsizetype maxBytes = 64 * 1024 * 1024;
    static constexpr qsizetype maxComponents = 100000;
    static constexpr qsizetype maxDependencies = 2000000;
    static constexpr qsizetype maxText = 4096;
    static constexpr int maxNesting = 64;

    Format format = Format::CycloneDx;
    QString specVersion; // "1.4" … "1.6", "SPDX-2.3"
    QString serial; // CycloneDX serialNumber / SPDX documentNamespace
    QString subjectName;
    QString subjectVersion;
    QString subjectRef;
    QDateTime created;
    QList<SbomComponent> components; // without the subject
    QList<SbomDependency> dependencies;
    /// What was read but not used: edges naming unknown refs, duplicate refs.
    QStringList warnings;

    static QString formatName(Format format);
    static Result<SbomDocument> parse(const QByteArray &json);
};
