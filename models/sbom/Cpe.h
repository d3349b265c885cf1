#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringView>

/// A CPE name (NVD's product identifier). parse() reads the CPE 2.3 formatted string
/// ("cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*", NISTIR 7695) and the older 2.2 URI form
/// ("cpe:/a:apache:log4j:2.14.1"), and holds the attributes in the formatted-string
/// encoding: "*" is ANY, "-" is NA, other values lower-cased with their backslash quoting
/// kept ("log4j\\-core"), so toString() is canonical and values compare as strings.
struct Cpe
{
    static constexpr int MaxLength = 2048;

    QString part = QStringLiteral("*"); // "a", "o", "h" or "*"
    QString vendor = QStringLiteral("*");
    QString product = QStringLiteral("*");
    QString version = QStringLiteral("*");
    QString update = QStringLiteral("*");
    QString edition = QStringLiteral("*");
    QString language = QStringLiteral("*");
    QString swEdition = QStringLiteral("*");
    QString targetSw = QStringLiteral("*");
    QString targetHw = QStringLiteral("*");
    QString other = QStringLiteral("*");

    static Result<Cpe> parse(QStringView text);
    /// "cpe:2.3:part:vendor:product:version:update:edition:language:sw_edition:target_sw:
    /// target_hw:other".
    QString toString() const;
    /// Whether this name, read as a pattern, matches a concrete name: ANY matches anything,
    /// NA only NA, "*" and "?" inside a value are wildcards, everything else (versions too)
    /// compares exactly.
    bool matches(const Cpe &concrete) const;

    bool operator==(const Cpe &other) const = default;
};
