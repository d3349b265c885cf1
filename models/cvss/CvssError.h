#pragma once

#include <QString>

#include <algorithm>
#include <cstdint>
#include <string_view>

/// Why a CVSS vector string was rejected, and where. A plain value: parsing fills it in
/// without allocating; the sentence for the user is formatted only when message() is called.
struct CvssError
{
    enum class Code : std::uint8_t {
        None,
        Empty,
        TooLong,
        NonAscii,
        UnknownPrefix,
        UnbalancedParenthesis,
        EmptyComponent,
        MissingColon,
        UnknownMetric,
        UnknownValue,
        DuplicateMetric,
        OutOfOrder,
        MissingMetric,
        TrailingSlash,
    };

    Code code = Code::None;
    /// Offset of the offending part in the vector as given (0-based, in characters).
    int position = 0;
    /// Length of the offending part; 0 when something is missing rather than wrong.
    int length = 0;
    /// The metric concerned (its abbreviation, pointing into a static table), if any.
    std::string_view metric;
    /// For OutOfOrder: the metric that should have come later.
    std::string_view other;
    /// A copy of the offending text (cut to its first characters), so the error outlives
    /// the input it came from without owning heap memory.
    char offending[24] = {};
    std::uint8_t offendingLength = 0;

    bool ok() const { return code == Code::None; }

    static CvssError at(Code code, int position, int length, std::string_view metric = {},
        std::string_view other = {}, std::string_view offendingText = {})
    {
        CvssError error;
        error.code = code;
        error.position = position;
        error.length = length;
        error.metric = metric;
        error.other = other;
        const std::size_t n = std::min(offendingText.size(), sizeof(error.offending));
        for (std::size_t i = 0; i < n; ++i)
            error.offending[i] = offendingText[i];
        error.offendingLength = std::uint8_t(n);
        return error;
    }

    /// A translated sentence naming the metric or position and the reason.
    QString message() const;
    /// The same in English for machine-readable output (the CLI prints it after "invalid").
    QString englishMessage() const;
    /// The copy of the offending text, decoded as UTF-8, control characters made visible.
    QString offendingText() const;
};
