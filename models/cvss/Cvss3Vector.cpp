#include "Cvss3Vector.h"

#include "CvssVectorParser.h"
#include "ExactDecimal.h"

// Metric values and weights: CVSS v3.0 and v3.1 Specification Documents (FIRST),
// section 7.4 "Metric Values" (table 16 in v3.1); equations in sections 7.1-7.3;
// Roundup in v3.1 Appendix A.
//
// Exactness. Every weight has two decimals, so ISS, Impact (Scope Unchanged) and
// Exploitability are exact decimals; they are computed in 128-bit integers at a scale of
// 10^30. The one term that is not a short decimal is the Scope Changed impact polynomial
// 3.25 × (x − 0.02)^15 (v3.1 environmental: (x × 0.9731 − 0.02)^13), a decimal of 90 to 170
// digits. It depends only on the (modified) impact metrics, so it is computed exactly once
// per combination with a small multi-word integer, rounded up to 10^-30 and remembered with
// an "inexact" flag. A score is then held as (T, inexact): exactly T / 10^30, or, if
// inexact, strictly between T and T + 1 units. Rounding decisions on (T, inexact) match
// the exact rational value, because every rounding boundary (tenths, v3.1's 10^-5 steps
// and their midpoints) is a multiple of 10^-30.

namespace {

constexpr auto kDefinitions = withLetterIndex(std::array<CvssMetricDefinition, Cvss3Vector::MetricCount> {{
    {"AV", {"N", "A", "L", "P"}, 4, true, Cvss3Vector::Base},
    {"AC", {"L", "H"}, 2, true, Cvss3Vector::Base},
    {"PR", {"N", "L", "H"}, 3, true, Cvss3Vector::Base},
    {"UI", {"N", "R"}, 2, true, Cvss3Vector::Base},
    {"S", {"U", "C"}, 2, true, Cvss3Vector::Base},
    {"C", {"H", "L", "N"}, 3, true, Cvss3Vector::Base},
    {"I", {"H", "L", "N"}, 3, true, Cvss3Vector::Base},
    {"A", {"H", "L", "N"}, 3, true, Cvss3Vector::Base},
    {"E", {"X", "H", "F", "P", "U"}, 5, false, Cvss3Vector::Temporal},
    {"RL", {"X", "U", "W", "T", "O"}, 5, false, Cvss3Vector::Temporal},
    {"RC", {"X", "C", "R", "U"}, 4, false, Cvss3Vector::Temporal},
    {"CR", {"X", "H", "M", "L"}, 4, false, Cvss3Vector::Environmental},
    {"IR", {"X", "H", "M", "L"}, 4, false, Cvss3Vector::Environmental},
    {"AR", {"X", "H", "M", "L"}, 4, false, Cvss3Vector::Environmental},
    {"MAV", {"X", "N", "A", "L", "P"}, 5, false, Cvss3Vector::Environmental},
    {"MAC", {"X", "L", "H"}, 3, false, Cvss3Vector::Environmental},
    {"MPR", {"X", "N", "L", "H"}, 4, false, Cvss3Vector::Environmental},
    {"MUI", {"X", "N", "R"}, 3, false, Cvss3Vector::Environmental},
    {"MS", {"X", "U", "C"}, 3, false, Cvss3Vector::Environmental},
    {"MC", {"X", "H", "L", "N"}, 4, false, Cvss3Vector::Environmental},
    {"MI", {"X", "H", "L", "N"}, 4, false, Cvss3Vector::Environmental},
    {"MA", {"X", "H", "L", "N"}, 4, false, Cvss3Vector::Environmental},
}});

constexpr std::uint64_t kMandatory = CvssVectorParser::mandatoryMask(kDefinitions);

// Weights in hundredths (requirements in tenths), indexed like the values above.
constexpr qint64 kAttackVector[] = {85, 62, 55, 20};
constexpr qint64 kAttackComplexity[] = {77, 44};
constexpr qint64 kPrivilegesUnchanged[] = {85, 62, 27};
constexpr qint64 kPrivilegesChanged[] = {85, 68, 50};
constexpr qint64 kUserInteraction[] = {85, 62};
constexpr qint64 kImpact[] = {56, 22, 0};
constexpr qint64 kExploitCodeMaturity[] = {100, 100, 97, 94, 91};
constexpr qint64 kRemediationLevel[] = {100, 100, 97, 96, 95};
constexpr qint64 kReportConfidence[] = {100, 100, 96, 92};
constexpr qint64 kRequirementTenths[] = {10, 15, 10, 5};

constexpr CvssInt128 kScale = ExactDecimal::pow10(30);

// A number as T / 10^30, strictly above T (by less than one unit) when inexact is set.
struct Fixed30
{
    CvssInt128 units = 0;
    bool inexact = false;
};

/// Unsigned integer of 640 bits, just enough for 351 × (10^13)^13; only the operations the
/// polynomial needs.
class WideUnsigned final
{
public:
    explicit WideUnsigned(quint64 value) { m_limbs[0] = value; }

    void multiply(quint64 factor)
    {
        CvssUInt128 carry = 0;
        for (quint64 &limb : m_limbs) {
            const CvssUInt128 product = CvssUInt128(limb) * factor + carry;
            limb = quint64(product);
            carry = product >> 64;
        }
        Q_ASSERT(carry == 0);
    }

    // Divides in place; returns whether the remainder was non-zero.
    bool divide(quint64 divisor)
    {
        CvssUInt128 remainder = 0;
        for (auto it = m_limbs.rbegin(); it != m_limbs.rend(); ++it) {
            const CvssUInt128 current = (remainder << 64) | *it;
            *it = quint64(current / divisor);
            remainder = current % divisor;
        }
        return remainder != 0;
    }

    CvssInt128 toInt128() const { return CvssInt128((CvssUInt128(m_limbs[1]) << 64) | m_limbs[0]); }

private:
    std::array<quint64, 10> m_limbs {};
};

// ceil(coefficient × base^exponent / 10^shift), with whether the ceiling was needed.
Fixed30 powerTerm(quint64 coefficient, quint64 base, int exponent, int shift)
{
    WideUnsigned value(coefficient);
    for (int i = 0; i < exponent; ++i)
        value.multiply(base);
    bool inexact = false;
    for (; shift >= 19; shift -= 19)
        inexact |= value.divide(10000000000000000000ULL);
    quint64 rest = 1;
    for (int i = 0; i < shift; ++i)
        rest *= 10;
    if (rest > 1)
        inexact |= value.divide(rest);
    return {value.toInt128() + (inexact ? 1 : 0), inexact};
}

// The polynomial term of the Scope Changed impact, subtracted from the exact part. Tables
// cover every combination the metrics allow; they are filled on first use, without
// allocating.
struct PolynomialTables
{
    // Base: index C*9 + I*3 + A. [0]: × 3.25 (Impact), [1]: × 3.51 (1.08 × Impact).
    std::array<std::array<Fixed30, 27>, 2> base;
    // Environmental: index per factor (requirement index * 3 + impact index), three factors.
    // [version 3.0 / 3.1][coefficient].
    std::array<std::array<std::array<Fixed30, 729>, 2>, 2> modified;
};

qint64 issMillionths(int c, int i, int a)
{
    return 1000000 - (100 - kImpact[c]) * (100 - kImpact[i]) * (100 - kImpact[a]);
}

// MISS in 10^-9, capped at 0.915 (both v3.0 and v3.1). Factor indexes: requirement * 3 +
// impact, where requirement 0..2 stands for High, Medium, Low.
qint64 missBillionths(int cf, int if_, int af)
{
    auto factor = [](int f) { return kRequirementTenths[f / 3 + 1] * kImpact[f % 3]; }; // thousandths
    const qint64 miss = 1000000000 - (1000 - factor(cf)) * (1000 - factor(if_)) * (1000 - factor(af));
    return miss < 915000000 ? miss : 915000000;
}

// A function-local static: its thread-safe initialisation costs one inlined guard check per
// call afterwards, where std::call_once costs a library call on every score.
PolynomialTables buildPolynomialTables()
{
    PolynomialTables tables {};
    {
        for (int c = 0; c < 3; ++c) {
            for (int i = 0; i < 3; ++i) {
                for (int a = 0; a < 3; ++a) {
                    const qint64 iss = issMillionths(c, i, a);
                    if (iss == 0)
                        continue; // Impact <= 0: the polynomial is never needed.
                    const int index = c * 9 + i * 3 + a;
                    // (ISS − 0.02)^15 with ISS in 10^-6: base^15 / 10^90; × 3.25 / 10^2; × 10^30.
                    tables.base[0][std::size_t(index)] = powerTerm(325, quint64(iss - 20000), 15, 62);
                    tables.base[1][std::size_t(index)] = powerTerm(351, quint64(iss - 20000), 15, 62);
                }
            }
        }
        for (int cf = 0; cf < 9; ++cf) {
            for (int if_ = 0; if_ < 9; ++if_) {
                for (int af = 0; af < 9; ++af) {
                    const qint64 miss = missBillionths(cf, if_, af);
                    if (miss == 0)
                        continue;
                    const std::size_t index = std::size_t(cf * 81 + if_ * 9 + af);
                    // v3.0: (MISS − 0.02)^15, MISS in 10^-9: base^15 / 10^135.
                    const auto base30 = quint64(miss - 20000000);
                    tables.modified[0][0][index] = powerTerm(325, base30, 15, 135 + 2 - 30);
                    tables.modified[0][1][index] = powerTerm(351, base30, 15, 135 + 2 - 30);
                    // v3.1: (MISS × 0.9731 − 0.02)^13, in 10^-13: base^13 / 10^169.
                    const auto base31 = quint64(miss * 9731 - 200000000000LL);
                    tables.modified[1][0][index] = powerTerm(325, base31, 13, 169 + 2 - 30);
                    tables.modified[1][1][index] = powerTerm(351, base31, 13, 169 + 2 - 30);
                }
            }
        }
    }
    return tables;
}

const PolynomialTables &polynomialTables()
{
    static const PolynomialTables tables = buildPolynomialTables();
    return tables;
}

constexpr Fixed30 exact(CvssInt128 value, int scale)
{
    return {value * ExactDecimal::pow10(30 - scale), false};
}

constexpr Fixed30 minus(Fixed30 exactPart, Fixed30 ceilTerm)
{
    return {exactPart.units - ceilTerm.units, ceilTerm.inexact};
}

constexpr bool isPositive(Fixed30 x)
{
    return x.units > 0 || (x.units == 0 && x.inexact);
}

constexpr Fixed30 capAtTen(Fixed30 x)
{
    return x.units >= 10 * kScale ? Fixed30 {10 * kScale, false} : x;
}

// floor(x / d) for 0 <= x and a power of ten d, without the slow 128-bit library division:
// a floating-point estimate, then corrected with exact multiplications.
CvssInt128 divideFloor(CvssInt128 x, CvssInt128 d)
{
    auto q = CvssInt128(double(x) / double(d));
    while (q > 0 && q * d > x)
        --q;
    while ((q + 1) * d <= x)
        ++q;
    return q;
}

// From Roundup's integer step on: v3.1 Appendix A returns the value as is if it is a whole
// multiple of 10,000 (in 10^-5), else the next tenth above.
constexpr int tenthsFromHundredThousandths(qint64 integer)
{
    return integer % 10000 == 0 ? int(integer / 10000) : int(integer / 10000 + 1);
}

// v3.0: "the smallest number, specified to one decimal place, that is equal to or higher
// than its input". v3.1 Appendix A: round the input × 100,000 to the nearest integer, then
// as above. For exact values given as value / 10^scale (scale >= 5).
int roundUpExact(qint64 value, int scale, CvssVersion version)
{
    if (value <= 0)
        return 0;
    if (version == CvssVersion::V3_0) {
        const auto tenth = qint64(ExactDecimal::pow10(scale - 1));
        return int(value / tenth + (value % tenth != 0 ? 1 : 0));
    }
    const auto step = qint64(ExactDecimal::pow10(scale - 5));
    qint64 integer = value / step;
    if ((value % step) * 2 >= step)
        ++integer; // ties go up
    return tenthsFromHundredThousandths(integer);
}

// The same for a Fixed30 value.
int roundUp(Fixed30 x, CvssVersion version)
{
    if (!isPositive(x))
        return 0;
    if (version == CvssVersion::V3_0) {
        constexpr CvssInt128 tenth = ExactDecimal::pow10(29);
        const CvssInt128 q = divideFloor(x.units, tenth);
        return int(q + (q * tenth != x.units || x.inexact ? 1 : 0));
    }
    constexpr CvssInt128 step = ExactDecimal::pow10(25);
    CvssInt128 scaled = divideFloor(x.units, step);
    if ((x.units - scaled * step) * 2 >= step)
        ++scaled; // ties go up; an inexact value on a tie is above it anyway
    return tenthsFromHundredThousandths(qint64(scaled));
}

// Half up to tenths, for the sub-scores shown next to the score.
int roundedTenths(Fixed30 x)
{
    if (!isPositive(x))
        return 0;
    constexpr CvssInt128 tenth = ExactDecimal::pow10(29);
    return int((x.units + tenth / 2) / tenth);
}

} // namespace

const std::array<CvssMetricDefinition, Cvss3Vector::MetricCount> &Cvss3Vector::definitions()
{
    return kDefinitions;
}

CvssError Cvss3Vector::parse(std::string_view text, CvssVersion version, Cvss3Vector &out)
{
    const std::string_view prefix = version == CvssVersion::V3_0 ? "CVSS:3.0/" : "CVSS:3.1/";
    if (text.size() < prefix.size() || !CvssVectorParser::same(text.substr(0, prefix.size()), prefix))
        return CvssError::at(CvssError::Code::UnknownPrefix, 0, int(std::min(text.size(), prefix.size())));
    out.m_version = version;
    std::uint64_t present = 0;
    return CvssVectorParser::parse(text.substr(prefix.size()), int(prefix.size()), kDefinitions, kMandatory,
        false, out.m_values, present);
}

void Cvss3Vector::setValue(Metric metric, int valueIndex)
{
    if (valueIndex >= 0 && valueIndex < kDefinitions[metric].valueCount)
        m_values[metric] = std::uint8_t(valueIndex);
}

bool Cvss3Vector::hasTemporal() const
{
    return m_values[E] != 0 || m_values[RL] != 0 || m_values[RC] != 0;
}

bool Cvss3Vector::hasEnvironmental() const
{
    for (int m = CR; m <= MA; ++m) {
        if (m_values[std::size_t(m)] != 0)
            return true;
    }
    return false;
}

int Cvss3Vector::baseScore() const
{
    const int c = m_values[C], i = m_values[I], a = m_values[A];
    const qint64 iss = issMillionths(c, i, a);
    if (iss == 0)
        return 0;
    const bool changed = m_values[S] == 1;
    const qint64 exploitability = 822 * kAttackVector[m_values[AV]] * kAttackComplexity[m_values[AC]]
        * (changed ? kPrivilegesChanged : kPrivilegesUnchanged)[m_values[PR]]
        * kUserInteraction[m_values[UI]];
    if (!changed) // exact in 64 bits at 10^-10
        return roundUpExact(
            std::min<qint64>(642 * iss * 100 + exploitability, 100000000000LL), 10, m_version);
    // 1.08 × (7.52 × (ISS − 0.029) − 3.25 × (ISS − 0.02)^15 + Exploitability)
    const Fixed30 exactPart = exact(CvssInt128(108) * (752 * (iss - 29000) * 100 + exploitability), 12);
    const Fixed30 total = minus(exactPart, polynomialTables().base[1][std::size_t(c * 9 + i * 3 + a)]);
    // Impact <= 0 gives 0 even when exploitability would lift the sum.
    const Fixed30 impact
        = minus(exact(752 * (iss - 29000), 8), polynomialTables().base[0][std::size_t(c * 9 + i * 3 + a)]);
    if (!isPositive(impact))
        return 0;
    return roundUp(capAtTen(total), m_version);
}

Cvss3Scores Cvss3Vector::scores() const
{
    Cvss3Scores s;
    const CvssVersion version = m_version;
    const int c = m_values[C], i = m_values[I], a = m_values[A];
    const qint64 iss = issMillionths(c, i, a);
    const bool changed = m_values[S] == 1;
    const qint64 exploitability = 822 * kAttackVector[m_values[AV]] * kAttackComplexity[m_values[AC]]
        * (changed ? kPrivilegesChanged : kPrivilegesUnchanged)[m_values[PR]]
        * kUserInteraction[m_values[UI]];
    s.exploitability = roundedTenths(exact(exploitability, 10));
    if (iss > 0) {
        const Fixed30 impact = changed
            ? minus(exact(752 * (iss - 29000), 8), polynomialTables().base[0][std::size_t(c * 9 + i * 3 + a)])
            : exact(642 * iss, 8);
        s.impact = roundedTenths(impact);
    }
    s.base = baseScore();

    const qint64 temporalFactor = kExploitCodeMaturity[m_values[E]] * kRemediationLevel[m_values[RL]]
        * kReportConfidence[m_values[RC]];
    s.temporal = roundUpExact(qint64(s.base) * temporalFactor, 7, version);

    // Environmental. A modified metric left at X takes the base metric's value; MPR's
    // weight follows the modified scope (MS, or S when MS is X).
    auto pick = [this](Metric modified, Metric base) {
        return m_values[modified] == 0 ? int(m_values[base]) : int(m_values[modified]) - 1;
    };
    const bool modifiedChanged = m_values[MS] == 0 ? changed : m_values[MS] == 2;
    const qint64 modifiedExploitability = 822 * kAttackVector[pick(MAV, AV)]
        * kAttackComplexity[pick(MAC, AC)]
        * (modifiedChanged ? kPrivilegesChanged : kPrivilegesUnchanged)[pick(MPR, PR)]
        * kUserInteraction[pick(MUI, UI)];
    s.modifiedExploitability = roundedTenths(exact(modifiedExploitability, 10));
    // Requirement X weighs like Medium (1.0): map X, H, M, L to 1, 0, 1, 2 (High, Medium, Low).
    auto requirement = [this](Metric m) { return std::array {1, 0, 1, 2}[m_values[m]]; };
    const int cf = requirement(CR) * 3 + pick(MC, C);
    const int if_ = requirement(IR) * 3 + pick(MI, I);
    const int af = requirement(AR) * 3 + pick(MA, A);
    const qint64 miss = missBillionths(cf, if_, af);
    if (miss == 0)
        return s;
    const std::size_t index = std::size_t(cf * 81 + if_ * 9 + af);
    const auto &modified = polynomialTables().modified[version == CvssVersion::V3_0 ? 0 : 1];
    Fixed30 modifiedImpact;
    Fixed30 sum;
    if (modifiedChanged) {
        modifiedImpact = minus(exact(752 * (miss - 29000000), 11), modified[0][index]);
        // 1.08 × (ModifiedImpact + ModifiedExploitability): 10^-11 plus 10^-10, times 1.08.
        sum = minus(exact(CvssInt128(108) * (752 * (miss - 29000000) + modifiedExploitability * 10), 13),
            modified[1][index]);
    } else {
        modifiedImpact = exact(642 * miss, 11);
        sum = exact(642 * miss + modifiedExploitability * 10, 11);
    }
    s.modifiedImpact = roundedTenths(modifiedImpact);
    if (!isPositive(modifiedImpact))
        return s;
    s.modifiedBase = roundUp(capAtTen(sum), version);
    s.environmental = roundUpExact(qint64(s.modifiedBase) * temporalFactor, 7, version);
    return s;
}

int Cvss3Vector::overallScore() const
{
    if (!hasTemporal() && !hasEnvironmental())
        return baseScore();
    const Cvss3Scores s = scores();
    return hasEnvironmental() ? s.environmental : s.temporal;
}

std::size_t Cvss3Vector::write(char *buffer, std::size_t capacity) const
{
    const std::string_view prefix = m_version == CvssVersion::V3_0 ? "CVSS:3.0/" : "CVSS:3.1/";
    if (capacity < prefix.size())
        return 0;
    for (std::size_t k = 0; k < prefix.size(); ++k)
        buffer[k] = prefix[k];
    const std::size_t n
        = CvssVectorParser::write(kDefinitions, m_values, buffer + prefix.size(), capacity - prefix.size());
    return n == 0 ? 0 : n + prefix.size();
}

QString Cvss3Vector::toString() const
{
    char buffer[200];
    const std::size_t n = write(buffer, sizeof(buffer));
    return QString::fromLatin1(buffer, qsizetype(n));
}
