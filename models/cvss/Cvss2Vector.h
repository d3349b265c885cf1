#pragma once

#include "CvssError.h"
#include "CvssMetricDefinition.h"

#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

/// Every score of a CVSS v2.0 vector, in tenths. Temporal and environmental are computed
/// with their metrics' defaults when the vector gives none.
struct Cvss2Scores
{
    int base = 0;
    int impact = 0;
    int exploitability = 0;
    int temporal = 0;
    int adjustedImpact = 0;
    int environmental = 0;
};

/// A validated CVSS v2.0 vector ("AV:N/AC:L/Au:N/C:P/I:P/A:P", optionally in parentheses,
/// as the v2.0 guide writes it), scored by the equations of the guide's section 3.2. The
/// metrics must appear in the guide's order (tables 12-14); base metrics are mandatory,
/// temporal and environmental ones optional.
class Cvss2Vector final
{
public:
    enum Metric : std::uint8_t { AV, AC, Au, C, I, A, E, RL, RC, CDP, TD, CR, IR, AR, MetricCount };
    enum Group : std::uint8_t { Base, Temporal, Environmental };

    static const std::array<CvssMetricDefinition, MetricCount> &definitions();

    /// Parses text; offset is where text starts in the string the user gave.
    static CvssError parse(std::string_view text, Cvss2Vector &out, int offset = 0);

    int value(Metric metric) const { return m_values[metric]; }
    void setValue(Metric metric, int valueIndex);
    bool hasTemporal() const;
    bool hasEnvironmental() const;

    Cvss2Scores scores() const;
    /// The score the vector stands for: environmental if any environmental metric is
    /// defined, else temporal if any temporal metric is, else base.
    int overallScore() const;

    /// Canonical form (no parentheses, defined metrics only) into buffer; returns its length.
    std::size_t write(char *buffer, std::size_t capacity) const;
    QString toString() const;

private:
    std::array<std::uint8_t, MetricCount> m_values {};
};
