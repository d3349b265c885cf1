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
    /// Value index of each one-letter value by letter ('A'..'Z'), -1 if none; filled by
    /// withLetterIndex(). Most values are one letter, and a table beats comparing strings
    /// on the parser's hot path.
    std::array<std::int8_t, 26> letterIndex {};
    /// The key as one integer (see packKey()), filled by withLetterIndex().
    std::uint32_t packedKey = 0;

    constexpr int indexOf(std::string_view value) const
    {
        for (int i = 0; i < valueCount; ++i) {
            if (values[std::size_t(i)] == value)
                return i;
        }
        return -1;
    }
};

/// A metric key of up to three characters as one integer (length in the top byte), so the
/// parser compares keys with one instruction; 0 for longer keys, which no version has.
constexpr std::uint32_t packKey(std::string_view key)
{
    if (key.empty() || key.size() > 3)
        return 0;
    std::uint32_t packed = std::uint32_t(key.size()) << 24;
    for (std::size_t i = 0; i < key.size(); ++i)
        packed |= std::uint32_t(std::uint8_t(key[i])) << (8 * i);
    return packed;
}

/// The definitions of a version with their letter indexes filled in (at compile time).
template<std::size_t N>
constexpr std::array<CvssMetricDefinition, N> withLetterIndex(std::array<CvssMetricDefinition, N> defs)
{
    for (CvssMetricDefinition &def : defs) {
        def.packedKey = packKey(def.key);
        def.letterIndex.fill(-1);
        for (int v = 0; v < def.valueCount; ++v) {
            const std::string_view value = def.values[std::size_t(v)];
            if (value.size() == 1 && value[0] >= 'A' && value[0] <= 'Z')
                def.letterIndex[std::size_t(value[0] - 'A')] = std::int8_t(v);
        }
    }
    return defs;
}
