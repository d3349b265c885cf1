#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <string_view>

/// A CERT/CC SSVC decision tree (Stakeholder-Specific Vulnerability Categorization): the
/// supplier's "patch development priority" and the deployer's "patch application priority"
/// tables, read from CERT/CC's published CSVs (CERTCC/SSVC data/csv, embedded at build
/// time), mapping each combination of decision-point values to Defer, Scheduled,
/// Out-of-Cycle or Immediate.
///
/// Decisions are stored with a case as an SSVC v2 vector string, the "computed" form of
/// CERT/CC's SSVC 2.x JSON examples (data/schema_examples, e.g.
/// "SSVCv2/E:A/A:N/T:T/P:M/B:A/M:M/D:A/2021-09-29T15:29:44Z/"): "SSVCv2/", one KEY:VALUE/
/// per decision point in tree order, the decision as D:VALUE/, then the UTC time of the
/// decision in ISO 8601 and a closing "/". Keys used here:
///   supplier: E (Exploitation N/P/A), U (Utility L/E/S), T (Technical Impact P/T),
///             P (Public Safety Impact M/S), D (Defer D, Scheduled S, Out-of-Cycle O, Immediate I)
///   deployer: E, X (System Exposure S/C/O), A (Automatable N/Y), H (Human Impact L/M/H/V), D
class SsvcDecisionTree final
{
public:
    enum class Kind { Supplier, Deployer };
    enum class Outcome { Defer, Scheduled, OutOfCycle, Immediate };

    struct DecisionPoint
    {
        const char *name; // untranslated; translate with context "SsvcDecisionTree"
        std::string_view key;
        QList<const char *> valueNames; // as in the CSV
        std::string_view valueKeys; // one letter per value
    };

    static const SsvcDecisionTree &supplier();
    static const SsvcDecisionTree &deployer();

    Kind kind() const { return m_kind; }
    const QList<DecisionPoint> &decisionPoints() const { return m_points; }

    /// The outcome for one value index per decision point (indexes into valueNames).
    Outcome decide(const QList<int> &values) const;

    QString vectorString(const QList<int> &values, const QDateTime &when) const;
    /// Values and timestamp of a vector string of this tree, or why it is not one.
    Result<QPair<QList<int>, QDateTime>> parseVector(const QString &vector) const;

    static QString outcomeName(Outcome outcome); // translated
    static char outcomeKey(Outcome outcome);

    /// SSVC's Utility from Automatable (0 no, 1 yes) and Value Density (0 diffuse,
    /// 1 concentrated): laborious, efficient or super effective (index into Utility's values).
    static int utilityFrom(int automatable, int valueDensity);

private:
    SsvcDecisionTree(Kind kind, std::string_view csv);

    Kind m_kind;
    QList<DecisionPoint> m_points;
    QList<Outcome> m_table; // row-major over the points' values, first point slowest
};
