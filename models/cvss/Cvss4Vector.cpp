#include "Cvss4Vector.h"

#include "Cvss4Data.h"
#include "CvssVectorParser.h"

// CVSS v4.0 Specification Document (FIRST), section 7 (vector string, metric values) and
// section 8 (scoring: equivalence sets EQ1-EQ6, MacroVector lookup, severity distances).
// The lookup data comes from FIRST's reference calculator, see Cvss4Data.h.

namespace {

constexpr auto kDefinitions = withLetterIndex(std::array<CvssMetricDefinition, Cvss4Vector::MetricCount> {{
    {"AV", {"N", "A", "L", "P"}, 4, true, Cvss4Vector::Base},
    {"AC", {"L", "H"}, 2, true, Cvss4Vector::Base},
    {"AT", {"N", "P"}, 2, true, Cvss4Vector::Base},
    {"PR", {"N", "L", "H"}, 3, true, Cvss4Vector::Base},
    {"UI", {"N", "P", "A"}, 3, true, Cvss4Vector::Base},
    {"VC", {"H", "L", "N"}, 3, true, Cvss4Vector::Base},
    {"VI", {"H", "L", "N"}, 3, true, Cvss4Vector::Base},
    {"VA", {"H", "L", "N"}, 3, true, Cvss4Vector::Base},
    {"SC", {"H", "L", "N"}, 3, true, Cvss4Vector::Base},
    {"SI", {"H", "L", "N"}, 3, true, Cvss4Vector::Base},
    {"SA", {"H", "L", "N"}, 3, true, Cvss4Vector::Base},
    {"E", {"X", "A", "P", "U"}, 4, false, Cvss4Vector::Threat},
    {"CR", {"X", "H", "M", "L"}, 4, false, Cvss4Vector::Environmental},
    {"IR", {"X", "H", "M", "L"}, 4, false, Cvss4Vector::Environmental},
    {"AR", {"X", "H", "M", "L"}, 4, false, Cvss4Vector::Environmental},
    {"MAV", {"X", "N", "A", "L", "P"}, 5, false, Cvss4Vector::Environmental},
    {"MAC", {"X", "L", "H"}, 3, false, Cvss4Vector::Environmental},
    {"MAT", {"X", "N", "P"}, 3, false, Cvss4Vector::Environmental},
    {"MPR", {"X", "N", "L", "H"}, 4, false, Cvss4Vector::Environmental},
    {"MUI", {"X", "N", "P", "A"}, 4, false, Cvss4Vector::Environmental},
    {"MVC", {"X", "H", "L", "N"}, 4, false, Cvss4Vector::Environmental},
    {"MVI", {"X", "H", "L", "N"}, 4, false, Cvss4Vector::Environmental},
    {"MVA", {"X", "H", "L", "N"}, 4, false, Cvss4Vector::Environmental},
    {"MSC", {"X", "H", "L", "N"}, 4, false, Cvss4Vector::Environmental},
    {"MSI", {"X", "S", "H", "L", "N"}, 5, false, Cvss4Vector::Environmental},
    {"MSA", {"X", "S", "H", "L", "N"}, 5, false, Cvss4Vector::Environmental},
    {"S", {"X", "N", "P"}, 3, false, Cvss4Vector::Supplemental},
    {"AU", {"X", "N", "Y"}, 3, false, Cvss4Vector::Supplemental},
    {"R", {"X", "A", "U", "I"}, 4, false, Cvss4Vector::Supplemental},
    {"V", {"X", "D", "C"}, 3, false, Cvss4Vector::Supplemental},
    {"RE", {"X", "L", "M", "H"}, 4, false, Cvss4Vector::Supplemental},
    {"U", {"X", "Clear", "Green", "Amber", "Red"}, 5, false, Cvss4Vector::Supplemental},
}});

constexpr std::uint64_t kMandatory = CvssVectorParser::mandatoryMask(kDefinitions);

// Severity levels in tenths, as the specification's scoring section lists them: the higher,
// the less severe. Effective values fold the modified metrics over the base ones; E:X
// counts as E:A and CR/IR/AR:X as High (worst case, section 8).
struct Levels
{
    int av, ac, at, pr, ui, vc, vi, va, sc, si, sa, e, cr, ir, ar;
};

constexpr int requirementLevel(int value) // X, H, M, L
{
    return value <= 1 ? 0 : value - 1;
}

Levels effectiveLevels(const std::array<std::uint8_t, Cvss4Vector::MetricCount> &v)
{
    using M = Cvss4Vector;
    auto pick = [&v](int modified, int base) {
        return v[std::size_t(modified)] ? v[std::size_t(modified)] - 1 : v[std::size_t(base)];
    };
    Levels l {};
    l.av = pick(M::MAV, M::AV);
    l.ac = pick(M::MAC, M::AC);
    l.at = pick(M::MAT, M::AT);
    l.pr = pick(M::MPR, M::PR);
    l.ui = pick(M::MUI, M::UI);
    l.vc = pick(M::MVC, M::VC);
    l.vi = pick(M::MVI, M::VI);
    l.va = pick(M::MVA, M::VA);
    l.sc = pick(M::MSC, M::SC) + 1;
    // MSI/MSA add Safety (S, level 0) in front of H, L, N.
    l.si = v[M::MSI] ? v[M::MSI] - 1 : v[M::SI] + 1;
    l.sa = v[M::MSA] ? v[M::MSA] - 1 : v[M::SA] + 1;
    l.e = v[M::E] <= 1 ? 0 : v[M::E] - 1;
    l.cr = requirementLevel(v[M::CR]);
    l.ir = requirementLevel(v[M::IR]);
    l.ar = requirementLevel(v[M::AR]);
    return l;
}

std::array<std::uint8_t, 6> equivalenceLevels(const Levels &l)
{
    std::array<std::uint8_t, 6> eq {};
    const bool anyNone = l.av == 0 || l.pr == 0 || l.ui == 0;
    if (l.av == 0 && l.pr == 0 && l.ui == 0)
        eq[0] = 0;
    else if (anyNone && l.av != 3)
        eq[0] = 1;
    else
        eq[0] = 2;
    eq[1] = (l.ac == 0 && l.at == 0) ? 0 : 1;
    if (l.vc == 0 && l.vi == 0)
        eq[2] = 0;
    else if (l.vc == 0 || l.vi == 0 || l.va == 0)
        eq[2] = 1;
    else
        eq[2] = 2;
    if (l.si == 0 || l.sa == 0)
        eq[3] = 0;
    else if (l.sc == 1 || l.si == 1 || l.sa == 1)
        eq[3] = 1;
    else
        eq[3] = 2;
    eq[4] = std::uint8_t(l.e);
    eq[5] = ((l.cr == 0 && l.vc == 0) || (l.ir == 0 && l.vi == 0) || (l.ar == 0 && l.va == 0)) ? 0 : 1;
    return eq;
}

int macroScore(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6)
{
    if (eq1 > 2 || eq2 > 1 || eq3 > 2 || eq4 > 2 || eq5 > 2 || eq6 > 1)
        return -1;
    return Cvss4Data::kMacroVectorScore[((((eq1 * 2 + eq2) * 3 + eq3) * 3 + eq4) * 3 + eq5) * 2 + eq6];
}

// The highest-severity vectors of each EQ level, parsed at compile time from FIRST's strings
// into the levels above: per row up to five candidates of up to six metric levels.
struct Candidates
{
    int count = 0;
    std::array<std::array<int, 6>, 5> levels {};
};

constexpr int levelOf(std::string_view key, std::string_view value)
{
    constexpr std::string_view kAv = "NALP", kHln = "HLN", kSafety = "SHLN", kReq = "HML", kPr = "NLH",
                               kUi = "NPA";
    const char c = value.empty() ? '?' : value[0];
    if (key == "AV")
        return int(kAv.find(c));
    if (key == "PR")
        return int(kPr.find(c));
    if (key == "UI")
        return int(kUi.find(c));
    if (key == "AC")
        return c == 'L' ? 0 : 1;
    if (key == "AT")
        return c == 'N' ? 0 : 1;
    if (key == "VC" || key == "VI" || key == "VA")
        return int(kHln.find(c));
    if (key == "SC")
        return int(kHln.find(c)) + 1;
    if (key == "SI" || key == "SA")
        return int(kSafety.find(c));
    if (key == "CR" || key == "IR" || key == "AR")
        return int(kReq.find(c));
    if (key == "E")
        return c == 'A' ? 0 : c == 'P' ? 1 : 2;
    return -1000;
}

// Reads "K1:V1/K2:V2/.../" and returns the levels of the given keys in that order.
template<std::size_t K>
constexpr Candidates parseRow(const std::string_view (&row)[5], const std::array<std::string_view, K> &keys)
{
    Candidates result;
    for (const std::string_view text : row) {
        if (text.empty())
            break;
        std::array<int, 6> levels {};
        for (std::size_t k = 0; k < K; ++k) {
            std::size_t pos = text.find(keys[k]);
            // Make sure the match is a whole key (e.g. "AV:" not the tail of "MAV:").
            while (pos != std::string_view::npos && pos > 0 && text[pos - 1] != '/')
                pos = text.find(keys[k], pos + 1);
            const std::size_t colon = pos + keys[k].size();
            levels[k] = (pos == std::string_view::npos || colon >= text.size())
                ? -1000
                : levelOf(keys[k], text.substr(colon + 1, 1));
        }
        result.levels[std::size_t(result.count++)] = levels;
    }
    return result;
}

constexpr std::array<std::string_view, 3> kEq1Keys {"AV", "PR", "UI"};
constexpr std::array<std::string_view, 2> kEq2Keys {"AC", "AT"};
constexpr std::array<std::string_view, 6> kEq3Eq6Keys {"VC", "VI", "VA", "CR", "IR", "AR"};
constexpr std::array<std::string_view, 3> kEq4Keys {"SC", "SI", "SA"};

constexpr auto kMaxEq1 = [] {
    std::array<Candidates, 3> rows {};
    for (std::size_t i = 0; i < 3; ++i)
        rows[i] = parseRow(Cvss4Data::kCvss4MaxComposed_eq1[i], kEq1Keys);
    return rows;
}();
constexpr auto kMaxEq2 = [] {
    std::array<Candidates, 3> rows {};
    for (std::size_t i = 0; i < 3; ++i)
        rows[i] = parseRow(Cvss4Data::kCvss4MaxComposed_eq2[i], kEq2Keys);
    return rows;
}();
constexpr auto kMaxEq3Eq6 = [] {
    std::array<std::array<Candidates, 2>, 3> rows {};
    for (std::size_t i = 0; i < 3; ++i) {
        for (std::size_t j = 0; j < 2; ++j)
            rows[i][j] = parseRow(Cvss4Data::kCvss4MaxComposed_eq3eq6[i][j], kEq3Eq6Keys);
    }
    return rows;
}();
constexpr auto kMaxEq4 = [] {
    std::array<Candidates, 3> rows {};
    for (std::size_t i = 0; i < 3; ++i)
        rows[i] = parseRow(Cvss4Data::kCvss4MaxComposed_eq4[i], kEq4Keys);
    return rows;
}();

static_assert(kMaxEq1[0].count == 1 && kMaxEq1[0].levels[0][0] == 0, "CVSS 4.0 data: EQ1 table");
static_assert(kMaxEq4[0].count == 1 && kMaxEq4[0].levels[0][1] == 0, "CVSS 4.0 data: EQ4 table");

// The severity distance from the first candidate that is at least as severe in every metric
// (all differences >= 0), as FIRST's calculator picks it. The candidates of different EQs
// are independent, so the first valid combination is the first valid candidate of each
// EQ; if some EQ has none, the calculator ends its search on the last combination, which
// is the last candidate of every EQ. Returns the distance per EQ group.
template<std::size_t K>
int distanceTo(const std::array<int, 6> &current, const std::array<int, 6> &max)
{
    int d = 0;
    for (std::size_t k = 0; k < K; ++k)
        d += current[k] - max[k];
    return d;
}

template<std::size_t K>
int firstValid(const Candidates &candidates, const std::array<int, 6> &current)
{
    for (int c = 0; c < candidates.count; ++c) {
        bool ok = true;
        for (std::size_t k = 0; k < K; ++k)
            ok = ok && current[k] >= candidates.levels[std::size_t(c)][k];
        if (ok)
            return c;
    }
    return -1;
}

struct Computation
{
    Cvss4Scores scores;
    bool zero = false;
};

Computation compute(const std::array<std::uint8_t, Cvss4Vector::MetricCount> &values, bool explain)
{
    Computation result;
    Cvss4Scores &s = result.scores;
    const Levels l = effectiveLevels(values);
    s.eq = equivalenceLevels(l);
    const int eq1 = s.eq[0], eq2 = s.eq[1], eq3 = s.eq[2], eq4 = s.eq[3], eq5 = s.eq[4], eq6 = s.eq[5];
    s.macroVectorScore = macroScore(eq1, eq2, eq3, eq4, eq5, eq6);
    // No impact at all on either system scores 0 (section 8).
    if (l.vc == 2 && l.vi == 2 && l.va == 2 && l.sc == 3 && l.si == 3 && l.sa == 3) {
        s.score = 0;
        result.zero = true;
        if (!explain)
            return result;
    }

    s.lowerScore[0] = macroScore(eq1 + 1, eq2, eq3, eq4, eq5, eq6);
    s.lowerScore[1] = macroScore(eq1, eq2 + 1, eq3, eq4, eq5, eq6);
    if (eq3 == 0 && eq6 == 0) {
        // 00 has two lower neighbours, 01 and 10; FIRST's calculator takes the left one only
        // when it is strictly higher.
        const int left = macroScore(eq1, eq2, eq3, eq4, eq5, eq6 + 1);
        const int right = macroScore(eq1, eq2, eq3 + 1, eq4, eq5, eq6);
        s.lowerScore[2] = (left >= 0 && right >= 0 && left > right) ? left : right;
    } else if (eq6 == 1 && eq3 <= 1) {
        s.lowerScore[2] = macroScore(eq1, eq2, eq3 + 1, eq4, eq5, eq6);
    } else if (eq3 == 1 && eq6 == 0) {
        s.lowerScore[2] = macroScore(eq1, eq2, eq3, eq4, eq5, eq6 + 1);
    } else {
        s.lowerScore[2] = macroScore(eq1, eq2, eq3 + 1, eq4, eq5, eq6 + 1);
    }
    s.lowerScore[3] = macroScore(eq1, eq2, eq3, eq4 + 1, eq5, eq6);
    s.lowerScore[4] = macroScore(eq1, eq2, eq3, eq4, eq5 + 1, eq6);

    const std::array<int, 6> c1 {l.av, l.pr, l.ui};
    const std::array<int, 6> c2 {l.ac, l.at};
    const std::array<int, 6> c36 {l.vc, l.vi, l.va, l.cr, l.ir, l.ar};
    const std::array<int, 6> c4 {l.sc, l.si, l.sa};
    const Candidates &m1 = kMaxEq1[std::size_t(eq1)];
    const Candidates &m2 = kMaxEq2[std::size_t(eq2)];
    const Candidates &m36 = kMaxEq3Eq6[std::size_t(eq3)][std::size_t(eq6)];
    const Candidates &m4 = kMaxEq4[std::size_t(eq4)];
    int i1 = firstValid<3>(m1, c1), i2 = firstValid<2>(m2, c2), i36 = firstValid<6>(m36, c36),
        i4 = firstValid<3>(m4, c4);
    if (i1 < 0 || i2 < 0 || i36 < 0 || i4 < 0) {
        i1 = m1.count - 1;
        i2 = m2.count - 1;
        i36 = m36.count - 1;
        i4 = m4.count - 1;
    }
    s.severityDistance
        = {distanceTo<3>(c1, m1.levels[std::size_t(i1)]), distanceTo<2>(c2, m2.levels[std::size_t(i2)]),
            distanceTo<6>(c36, m36.levels[std::size_t(i36)]), distanceTo<3>(c4, m4.levels[std::size_t(i4)])};
    s.maxSeverityDistance = {Cvss4Data::kCvss4MaxSeverity_eq1[eq1], Cvss4Data::kCvss4MaxSeverity_eq2[eq2],
        Cvss4Data::kCvss4MaxSeverity_eq3eq6[eq3][eq6], Cvss4Data::kCvss4MaxSeverity_eq4[eq4]};

    // Score = MacroVector score − mean over the EQs that have a lower MacroVector of
    // (available distance × severity distance / max severity distance); EQ5 counts in the
    // mean with a proportion of 0. All of it in tenths, as one fraction over
    // n × M1 × M2 × M36 × M4, so the final rounding sees the exact value.
    qint64 product = 1;
    for (int m : s.maxSeverityDistance)
        product *= (m > 0 ? m : 1);
    qint64 numerator = 0;
    int existing = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        if (s.lowerScore[k] < 0)
            continue;
        ++existing;
        const int m = s.maxSeverityDistance[k] > 0 ? s.maxSeverityDistance[k] : 1;
        numerator += qint64(s.macroVectorScore - s.lowerScore[k]) * s.severityDistance[k] * (product / m);
    }
    if (s.lowerScore[4] >= 0)
        ++existing;
    const qint64 denominator = product * (existing > 0 ? existing : 1);
    s.meanNumerator = numerator;
    s.meanDenominator = denominator;
    if (result.zero)
        return result;
    // value = V − numerator / denominator, clamped to [0, 10], rounded half up.
    const qint64 scaled = qint64(s.macroVectorScore) * denominator - numerator;
    if (scaled <= 0)
        s.score = 0;
    else if (scaled >= 100 * denominator)
        s.score = 100;
    else
        s.score = int((2 * scaled + denominator) / (2 * denominator));
    return result;
}

} // namespace

std::string_view Cvss4Scores::nomenclatureName() const
{
    switch (nomenclature) {
    case Cvss4Nomenclature::B:
        return "CVSS-B";
    case Cvss4Nomenclature::BT:
        return "CVSS-BT";
    case Cvss4Nomenclature::BE:
        return "CVSS-BE";
    case Cvss4Nomenclature::BTE:
        return "CVSS-BTE";
    }
    return "CVSS-B";
}

std::array<char, 6> Cvss4Scores::macroVector() const
{
    std::array<char, 6> text {};
    for (std::size_t k = 0; k < 6; ++k)
        text[k] = char('0' + eq[k]);
    return text;
}

const std::array<CvssMetricDefinition, Cvss4Vector::MetricCount> &Cvss4Vector::definitions()
{
    return kDefinitions;
}

CvssError Cvss4Vector::parse(std::string_view text, Cvss4Vector &out)
{
    constexpr std::string_view prefix = "CVSS:4.0/";
    if (!text.starts_with(prefix))
        return CvssError::at(CvssError::Code::UnknownPrefix, 0, int(std::min(text.size(), prefix.size())));
    std::uint64_t present = 0;
    return CvssVectorParser::parse(text.substr(prefix.size()), int(prefix.size()), kDefinitions, kMandatory,
        true, out.m_values, present);
}

void Cvss4Vector::setValue(Metric metric, int valueIndex)
{
    if (valueIndex >= 0 && valueIndex < kDefinitions[metric].valueCount)
        m_values[metric] = std::uint8_t(valueIndex);
}

bool Cvss4Vector::hasEnvironmental() const
{
    for (int m = CR; m <= MSA; ++m) {
        if (m_values[std::size_t(m)] != 0)
            return true;
    }
    return false;
}

Cvss4Nomenclature Cvss4Vector::nomenclature() const
{
    const bool t = hasThreat();
    const bool e = hasEnvironmental();
    return t && e ? Cvss4Nomenclature::BTE
        : t       ? Cvss4Nomenclature::BT
        : e       ? Cvss4Nomenclature::BE
                  : Cvss4Nomenclature::B;
}

int Cvss4Vector::score() const
{
    return compute(m_values, false).scores.score;
}

Cvss4Scores Cvss4Vector::scores() const
{
    Cvss4Scores s = compute(m_values, true).scores;
    s.nomenclature = nomenclature();
    return s;
}

std::size_t Cvss4Vector::write(char *buffer, std::size_t capacity) const
{
    constexpr std::string_view prefix = "CVSS:4.0/";
    if (capacity < prefix.size())
        return 0;
    for (std::size_t k = 0; k < prefix.size(); ++k)
        buffer[k] = prefix[k];
    const std::size_t n
        = CvssVectorParser::write(kDefinitions, m_values, buffer + prefix.size(), capacity - prefix.size());
    return n == 0 ? 0 : n + prefix.size();
}

QString Cvss4Vector::toString() const
{
    char buffer[300];
    const std::size_t n = write(buffer, sizeof(buffer));
    return QString::fromLatin1(buffer, qsizetype(n));
}
