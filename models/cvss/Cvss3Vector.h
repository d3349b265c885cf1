#pragma once

#include "CvssError.h"
#include "CvssMetricDefinition.h"
#include "CvssSeverity.h"

#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

/// Every score of a CVSS v3.x vector, in tenths. Temporal and environmental are computed
/// with the metrics' defaults when the vector gives none.
struct Cvss3Scores
{
    int base = 0;
    int impact = 0;
    int exploitability = 0;
    int temporal = 0;
    int environmental = 0;
    int modifiedImpact = 0;
    int modifiedExploitability = 0;
    /// Roundup(Minimum(…ModifiedImpact + ModifiedExploitability…, 10)): the environmental
    /// score before the temporal factors E × RL × RC.
    int modifiedBase = 0;
};

/// A validated CVSS v3.0 or v3.1 vector ("CVSS:3.1/AV:N/AC:L/..."), scored by the equations
/// of the version's specification document (section 7 of both). The arithmetic is exact
/// (see ExactDecimal and the comments in Cvss3Vector.cpp), so v3.0's "Round up" is the true
/// ceiling to one decimal and v3.1's Roundup is Appendix A's integer procedure applied to
/// the exact value. Base metrics are mandatory; metrics may appear in any order (the
/// canonical output uses table 15's order).
class Cvss3Vector final
{
public:
    enum Metric : std::uint8_t {
        AV,
        AC,
        PR,
        UI,
        S,
        C,
        I,
        A,
        E,
        RL,
        RC,
        CR,
        IR,
        AR,
        MAV,
        MAC,
        MPR,
        MUI,
        MS,
        MC,
        MI,
        MA,
        MetricCount
    };
    enum Group : std::uint8_t { Base, Temporal, Environmental };

    static const std::array<CvssMetricDefinition, MetricCount> &definitions();

    /// Parses text including its "CVSS:3.x/" prefix, which must match version.
    static CvssError parse(std::string_view text, CvssVersion version, Cvss3Vector &out);

    CvssVersion version() const { return m_version; }
    void setVersion(CvssVersion version) { m_version = version; }
    int value(Metric metric) const { return m_values[metric]; }
    void setValue(Metric metric, int valueIndex);
    bool hasTemporal() const;
    bool hasEnvironmental() const;

    Cvss3Scores scores() const;
    int baseScore() const;
    /// Environmental if any environmental metric is defined, else temporal if any temporal
    /// metric is, else base.
    int overallScore() const;

    std::size_t write(char *buffer, std::size_t capacity) const;
    QString toString() const;

private:
    std::array<std::uint8_t, MetricCount> m_values {};
    CvssVersion m_version = CvssVersion::V3_1;
};
