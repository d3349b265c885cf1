#pragma once

#include "CvssError.h"
#include "CvssMetricDefinition.h"

#include <array>
#include <cstdint>
#include <string_view>

/// The METRIC:VALUE/... grammar shared by every CVSS version. Works on the caller's bytes
/// and writes into fixed-size arrays, so validating a vector never allocates.
class CvssVectorParser final
{
public:
    static constexpr bool same(std::string_view a, std::string_view b)
    {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }

    /// Parses body (the part after the version prefix) against defs. offset is the
    /// position of body in the string the user gave, so errors point into that string.
    /// ordered: metrics must follow the order of defs (CVSS v2.0 and v4.0).
    template<std::size_t N>
    static CvssError parse(std::string_view body, int offset, const std::array<CvssMetricDefinition, N> &defs,
        std::uint64_t mandatory, bool ordered, std::array<std::uint8_t, N> &values, std::uint64_t &present)
    {
        static_assert(N <= 64);
        values.fill(0);
        present = 0;
        int lastIndex = -1;
        const char *const data = body.data();
        const std::size_t size = body.size();
        if (size == 0)
            return CvssError::at(CvssError::Code::MissingMetric, offset, 0, defs[0].key);
        // One pass over the bytes with hand-written comparisons: the strings are two or
        // three characters long, where calls into the C library's memchr/memcmp cost more
        // than the comparison itself.
        std::size_t start = 0;
        // Fast path: the mandatory (base) metrics in specification order with one-letter
        // values, as nearly every vector is written. It stops at the first component that
        // does not fit and leaves that one, and everything after it, to the general loop
        // below, which then sees the same state it would have built itself.
        bool done = false;
        for (std::size_t i = 0; i < N && defs[i].mandatory; ++i) {
            const std::string_view key = defs[i].key;
            const std::size_t letter = start + key.size() + 1;
            if (letter >= size || data[letter - 1] != ':' || (letter + 1 < size && data[letter + 1] != '/'))
                break;
            bool keyMatches = true;
            for (std::size_t k = 0; k < key.size(); ++k)
                keyMatches = keyMatches && data[start + k] == key[k];
            const char c = data[letter];
            if (!keyMatches || c < 'A' || c > 'Z' || defs[i].letterIndex[std::size_t(c - 'A')] < 0)
                break;
            values[i] = std::uint8_t(defs[i].letterIndex[std::size_t(c - 'A')]);
            present |= std::uint64_t(1) << i;
            lastIndex = int(i);
            if (letter + 1 == size) {
                done = true;
                break;
            }
            start = letter + 2;
        }
        while (!done) {
            std::size_t colon = start;
            while (colon < size && data[colon] != ':' && data[colon] != '/')
                ++colon;
            std::size_t end = colon;
            while (end < size && data[end] != '/')
                ++end;
            const int position = offset + int(start);
            if (end == start) {
                if (end == size)
                    return CvssError::at(CvssError::Code::TrailingSlash, position - 1, 1);
                return CvssError::at(CvssError::Code::EmptyComponent, position, 0);
            }
            if (colon == end)
                return CvssError::at(CvssError::Code::MissingColon, position, int(end - start), {}, {},
                    body.substr(start, end - start));
            const std::string_view key(data + start, colon - start);
            const std::string_view value(data + colon + 1, end - colon - 1);
            // Vectors nearly always list metrics in specification order, so the search
            // starts just after the previous metric.
            int index = -1;
            const std::uint32_t packed = packKey(key);
            if (packed != 0) {
                std::size_t i = std::size_t(lastIndex + 1);
                for (std::size_t k = 0; k < N; ++k, ++i) {
                    if (i == N)
                        i = 0;
                    if (defs[i].packedKey == packed) {
                        index = int(i);
                        break;
                    }
                }
            }
            if (index < 0)
                return CvssError::at(CvssError::Code::UnknownMetric, position, int(key.size()), {}, {}, key);
            const CvssMetricDefinition &def = defs[std::size_t(index)];
            if (present & (std::uint64_t(1) << index))
                return CvssError::at(CvssError::Code::DuplicateMetric, position, int(end - start), def.key);
            if (ordered && index < lastIndex)
                return CvssError::at(CvssError::Code::OutOfOrder, position, int(end - start), def.key,
                    defs[std::size_t(lastIndex)].key);
            int valueIndex = -1;
            if (value.size() == 1 && value[0] >= 'A' && value[0] <= 'Z') {
                valueIndex = def.letterIndex[std::size_t(value[0] - 'A')];
            } else {
                for (int v = 0; v < def.valueCount; ++v) {
                    if (same(def.values[std::size_t(v)], value)) {
                        valueIndex = v;
                        break;
                    }
                }
            }
            if (valueIndex < 0)
                return CvssError::at(CvssError::Code::UnknownValue, position + int(colon - start) + 1,
                    int(value.size()), def.key, {}, value);
            values[std::size_t(index)] = std::uint8_t(valueIndex);
            present |= std::uint64_t(1) << index;
            lastIndex = index;
            if (end == size)
                done = true;
            start = end + 1;
        }
        if ((present & mandatory) != mandatory) {
            for (std::size_t i = 0; i < N; ++i) {
                if (defs[i].mandatory && !(present & (std::uint64_t(1) << i)))
                    return CvssError::at(CvssError::Code::MissingMetric, offset + int(size), 0, defs[i].key);
            }
        }
        return {};
    }

    /// Bit i set for each mandatory metric i; computed once per version at compile time.
    template<std::size_t N>
    static constexpr std::uint64_t mandatoryMask(const std::array<CvssMetricDefinition, N> &defs)
    {
        std::uint64_t mask = 0;
        for (std::size_t i = 0; i < N; ++i) {
            if (defs[i].mandatory)
                mask |= std::uint64_t(1) << i;
        }
        return mask;
    }

    /// Appends "KEY:VALUE" for every metric that is mandatory or defined (not X/ND), in
    /// the specification's order, separated by '/'. Returns the number of bytes written,
    /// or 0 if the buffer is too small.
    template<std::size_t N>
    static std::size_t write(const std::array<CvssMetricDefinition, N> &defs,
        const std::array<std::uint8_t, N> &values, char *out, std::size_t capacity)
    {
        std::size_t length = 0;
        auto put = [&](std::string_view text) {
            if (length + text.size() > capacity)
                return false;
            for (char c : text)
                out[length++] = c;
            return true;
        };
        for (std::size_t i = 0; i < N; ++i) {
            if (!defs[i].mandatory && values[i] == 0)
                continue;
            if (length > 0 && !put("/"))
                return 0;
            if (!put(defs[i].key) || !put(":") || !put(defs[i].values[values[i]]))
                return 0;
        }
        return length;
    }
};
