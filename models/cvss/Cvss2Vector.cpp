#include "Cvss2Vector.h"

#include "CvssVectorParser.h"
#include "ExactDecimal.h"

#include <algorithm>

// Metric values and weights: CVSS v2.0 Complete Documentation (FIRST), section 3.2,
// "Equations". Weights are kept in thousandths so every product stays an exact decimal.

namespace {

using D = ExactDecimal;

constexpr auto kDefinitions = withLetterIndex(std::array<CvssMetricDefinition, Cvss2Vector::MetricCount> {{
    {"AV", {"L", "A", "N"}, 3, true, Cvss2Vector::Base},
    {"AC", {"H", "M", "L"}, 3, true, Cvss2Vector::Base},
    {"Au", {"M", "S", "N"}, 3, true, Cvss2Vector::Base},
    {"C", {"N", "P", "C"}, 3, true, Cvss2Vector::Base},
    {"I", {"N", "P", "C"}, 3, true, Cvss2Vector::Base},
    {"A", {"N", "P", "C"}, 3, true, Cvss2Vector::Base},
    {"E", {"ND", "U", "POC", "F", "H"}, 5, false, Cvss2Vector::Temporal},
    {"RL", {"ND", "OF", "TF", "W", "U"}, 5, false, Cvss2Vector::Temporal},
    {"RC", {"ND", "UC", "UR", "C"}, 4, false, Cvss2Vector::Temporal},
    {"CDP", {"ND", "N", "L", "LM", "MH", "H"}, 6, false, Cvss2Vector::Environmental},
    {"TD", {"ND", "N", "L", "M", "H"}, 5, false, Cvss2Vector::Environmental},
    {"CR", {"ND", "L", "M", "H"}, 4, false, Cvss2Vector::Environmental},
    {"IR", {"ND", "L", "M", "H"}, 4, false, Cvss2Vector::Environmental},
    {"AR", {"ND", "L", "M", "H"}, 4, false, Cvss2Vector::Environmental},
}});

constexpr std::uint64_t kMandatory = CvssVectorParser::mandatoryMask(kDefinitions);

// Weights in thousandths, indexed like the values above.
constexpr int kAccessVector[] = {395, 646, 1000};
constexpr int kAccessComplexity[] = {350, 610, 710};
constexpr int kAuthentication[] = {450, 560, 704};
constexpr int kImpact[] = {0, 275, 660};
constexpr int kExploitability[] = {1000, 850, 900, 950, 1000};
constexpr int kRemediationLevel[] = {1000, 870, 900, 950, 1000};
constexpr int kReportConfidence[] = {1000, 900, 950, 1000};
constexpr int kCollateralDamage[] = {0, 0, 100, 300, 400, 500};
constexpr int kTargetDistribution[] = {1000, 0, 250, 750, 1000};
constexpr int kRequirement[] = {1000, 500, 1000, 1510};

constexpr D milli(int thousandths)
{
    return {thousandths, 3};
}

constexpr D kOne {1, 0};
constexpr D kTen {10, 0};

// 10.41 × (1 − (1 − C)(1 − I)(1 − A)), each factor already scaled by its requirement.
constexpr D impactOf(D c, D i, D a)
{
    return D {1041, 2} * (kOne - (kOne - c) * (kOne - i) * (kOne - a));
}

// ((0.6 × Impact) + (0.4 × Exploitability) − 1.5) × f(Impact), rounded to one decimal.
// In tenths. Unclamped: with a low requirement the guide's AdjustedBase goes below zero
// and enters AdjustedTemporal and the environmental equation as it is (the guide's formula
// gives 0.6 for AV:L/AC:H/Au:M/C:N/I:N/A:P/CDP:L/TD:M/CR:ND/IR:L/AR:L, clamping gave 0.8).
// No base vector with a non-zero impact comes out negative.
constexpr int baseEquation(D impact, D exploitability)
{
    if (impact.value == 0)
        return 0;
    const D raw = (D {6, 1} * impact + D {4, 1} * exploitability - D {15, 1}) * D {1176, 3};
    return raw.roundedTenths();
}

} // namespace

const std::array<CvssMetricDefinition, Cvss2Vector::MetricCount> &Cvss2Vector::definitions()
{
    return kDefinitions;
}

CvssError Cvss2Vector::parse(std::string_view text, Cvss2Vector &out, int offset)
{
    if (text.empty())
        return CvssError::at(CvssError::Code::Empty, offset, 0);
    // The v2.0 guide prints vectors in parentheses; NVD and most tools drop them.
    const bool open = text.front() == '(';
    const bool close = text.back() == ')';
    if (open != close || (open && text.size() < 2))
        return CvssError::at(
            CvssError::Code::UnbalancedParenthesis, open ? offset : offset + int(text.size()) - 1, 1);
    if (open) {
        text = text.substr(1, text.size() - 2);
        ++offset;
    }
    std::uint64_t present = 0;
    // Any order, as v3.x: the guide lists the metrics in a table, it does not order vectors,
    // and tools write them base, temporal, environmental or otherwise (printed canonically).
    return CvssVectorParser::parse(text, offset, kDefinitions, kMandatory, false, out.m_values, present);
}

void Cvss2Vector::setValue(Metric metric, int valueIndex)
{
    if (valueIndex >= 0 && valueIndex < kDefinitions[metric].valueCount)
        m_values[metric] = std::uint8_t(valueIndex);
}

bool Cvss2Vector::hasTemporal() const
{
    return m_values[E] != 0 || m_values[RL] != 0 || m_values[RC] != 0;
}

bool Cvss2Vector::hasEnvironmental() const
{
    for (int m = CDP; m <= AR; ++m) {
        if (m_values[std::size_t(m)] != 0)
            return true;
    }
    return false;
}

Cvss2Scores Cvss2Vector::scores() const
{
    Cvss2Scores s;
    const D c = milli(kImpact[m_values[C]]);
    const D i = milli(kImpact[m_values[I]]);
    const D a = milli(kImpact[m_values[A]]);
    const D impact = impactOf(c, i, a);
    const D exploitability = D {20, 0} * milli(kAccessVector[m_values[AV]])
        * milli(kAccessComplexity[m_values[AC]]) * milli(kAuthentication[m_values[Au]]);
    s.impact = impact.roundedTenths();
    s.exploitability = exploitability.roundedTenths();
    s.base = baseEquation(impact, exploitability);

    const D temporalFactor = milli(kExploitability[m_values[E]]) * milli(kRemediationLevel[m_values[RL]])
        * milli(kReportConfidence[m_values[RC]]);
    s.temporal = (D {s.base, 1} * temporalFactor).roundedTenths();

    // Environmental: the guide rounds AdjustedBase and AdjustedTemporal to one decimal
    // before they enter the next equation; doing the same keeps e.g. 9.2 for its
    // CVE-2002-0392 example.
    D adjustedImpact = impactOf(c * milli(kRequirement[m_values[CR]]), i * milli(kRequirement[m_values[IR]]),
        a * milli(kRequirement[m_values[AR]]));
    if (kTen < adjustedImpact)
        adjustedImpact = kTen;
    s.adjustedImpact = adjustedImpact.roundedTenths();
    const int adjustedBase = baseEquation(adjustedImpact, exploitability);
    const D adjustedTemporal {(D {adjustedBase, 1} * temporalFactor).roundedTenths(), 1};
    const D environmental
        = (adjustedTemporal + (kTen - adjustedTemporal) * milli(kCollateralDamage[m_values[CDP]]))
        * milli(kTargetDistribution[m_values[TD]]);
    s.environmental = std::max(0, environmental.roundedTenths()); // a score is 0.0 to 10.0
    return s;
}

int Cvss2Vector::overallScore() const
{
    const Cvss2Scores s = scores();
    return hasEnvironmental() ? s.environmental : hasTemporal() ? s.temporal : s.base;
}

std::size_t Cvss2Vector::write(char *buffer, std::size_t capacity) const
{
    return CvssVectorParser::write(kDefinitions, m_values, buffer, capacity);
}

QString Cvss2Vector::toString() const
{
    char buffer[160];
    const std::size_t n = write(buffer, sizeof(buffer));
    return QString::fromLatin1(buffer, qsizetype(n));
}
