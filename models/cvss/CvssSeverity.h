#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

/// The CVSS versions this engine speaks.
enum class CvssVersion : std::uint8_t { V2_0, V3_0, V3_1, V4_0 };

/// Qualitative severity rating. v3.x and v4.0 use all five (spec tables "Qualitative
/// Severity Rating Scale"); v2.0 has only Low, Medium and High (NVD's v2 ranges, as the v2.0
/// guide defines no scale of its own).
enum class CvssSeverity : std::uint8_t { None, Low, Medium, High, Critical };

namespace CvssRating {

/// Severity of a score given in tenths (0..100).
constexpr CvssSeverity severity(CvssVersion version, int tenths)
{
    if (version == CvssVersion::V2_0)
        return tenths >= 70 ? CvssSeverity::High : tenths >= 40 ? CvssSeverity::Medium : CvssSeverity::Low;
    if (tenths == 0)
        return CvssSeverity::None;
    if (tenths < 40)
        return CvssSeverity::Low;
    if (tenths < 70)
        return CvssSeverity::Medium;
    if (tenths < 90)
        return CvssSeverity::High;
    return CvssSeverity::Critical;
}

/// The English word used in machine-readable output (CLI, JSON).
std::string_view englishName(CvssSeverity severity);
/// The translated word for the user interface.
QString displayName(CvssSeverity severity);
/// "CVSS:3.1" style label of a version, as used in prefixes.
std::string_view versionLabel(CvssVersion version);

} // namespace CvssRating
