#pragma once

#include <array>
#include <cstdint>
#include <string_view>

/// One metric of a CVSS version as it appears in a vector string: its abbreviation and the
/// abbreviations of its values, in the order of the specification's tables. For optional
/// metrics the "not defined" value (X, or ND in v2.0) comes first, so a metric that is
/// absent and one given as X read the same: value index 0.
struct CvssMetricDefinition
{
    std::string_view key;
    std::array<std::string_view, 6> values;
    std::uint8_t valueCount = 0;
    bool mandatory = false;
    /// Metric group within its version (0 = base; the rest is version specific).
    std::uint8_t group = 0;

    constexpr int indexOf(std::string_view value) const
    {
        for (int i = 0; i < valueCount; ++i) {
            if (values[std::size_t(i)] == value)
                return i;
        }
        return -1;
    }
};
