#pragma once

#include "CvssError.h"
#include "CvssMetricDefinition.h"

#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

/// CVSS v4.0 nomenclature (specification section 1.3): which metric groups fed the score.
enum class Cvss4Nomenclature : std::uint8_t { B, BT, BE, BTE };

/// The score of a CVSS v4.0 vector and the steps that led to it (specification section 8),
/// for the calculator's explanation. Scores and distances are in tenths.
struct Cvss4Scores
{
    int score = 0;
    /// EQ1..EQ6 levels; together the MacroVector.
    std::array<std::uint8_t, 6> eq {};
    /// Score of the MacroVector, and of the next lower MacroVector per EQ (EQ1, EQ2,
    /// EQ3+EQ6, EQ4, EQ5); -1 where there is none.
    int macroVectorScore = 0;
    std::array<int, 5> lowerScore {-1, -1, -1, -1, -1};
    /// Severity distance of the vector from the MacroVector's highest-severity vector, and the
    /// largest distance possible within the MacroVector, per EQ (EQ1, EQ2, EQ3+EQ6, EQ4).
    std::array<int, 4> severityDistance {};
    std::array<int, 4> maxSeverityDistance {};
    /// Mean of the proportional distances, as the fraction numerator / denominator tenths.
    qint64 meanNumerator = 0;
    qint64 meanDenominator = 1;
    Cvss4Nomenclature nomenclature = Cvss4Nomenclature::B;

    /// "CVSS-B", "CVSS-BT", "CVSS-BE" or "CVSS-BTE".
    std::string_view nomenclatureName() const;
    /// The six EQ levels as the MacroVector's usual six-digit string.
    std::array<char, 6> macroVector() const;
};

/// A validated CVSS v4.0 vector ("CVSS:4.0/AV:N/AC:L/AT:N/..."): base, threat,
/// environmental (including MSI:S and MSA:S) and supplemental metrics, in the order of the
/// specification's vector-string table; base metrics mandatory. Scored with FIRST's
/// MacroVector lookup table and severity-distance interpolation, in exact rational
/// arithmetic, then rounded half up to one decimal.
class Cvss4Vector final
{
public:
    enum Metric : std::uint8_t {
        AV,
        AC,
        AT,
        PR,
        UI,
        VC,
        VI,
        VA,
        SC,
        SI,
        SA,
        E,
        CR,
        IR,
        AR,
        MAV,
        MAC,
        MAT,
        MPR,
        MUI,
        MVC,
        MVI,
        MVA,
        MSC,
        MSI,
        MSA,
        S,
        AU,
        R,
        V,
        RE,
        U,
        MetricCount
    };
    enum Group : std::uint8_t { Base, Threat, Environmental, Supplemental };

    static const std::array<CvssMetricDefinition, MetricCount> &definitions();

    /// Parses text including its "CVSS:4.0/" prefix.
    static CvssError parse(std::string_view text, Cvss4Vector &out);

    int value(Metric metric) const { return m_values[metric]; }
    void setValue(Metric metric, int valueIndex);
    bool hasThreat() const { return m_values[E] != 0; }
    bool hasEnvironmental() const;
    Cvss4Nomenclature nomenclature() const;

    /// The score alone (the hot path); scores() also explains it.
    int score() const;
    Cvss4Scores scores() const;

    std::size_t write(char *buffer, std::size_t capacity) const;
    QString toString() const;

private:
    std::array<std::uint8_t, MetricCount> m_values {};
};
