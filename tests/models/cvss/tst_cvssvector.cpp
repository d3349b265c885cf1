#include "TestSupport.h"
#include "cvss/CvssVector.h"

#include <QTest>

// Worked examples and edge cases from the specifications. Expected scores come from the
// documents' own examples (v2.0 guide section 3.3, v3.1 "Examples" document, v4.0
// calculator examples) or are worked out in the comment beside the row.
class TestCvssVector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }

    void scores_data();
    void scores();
    void invalid_data();
    void invalid();
    void canonical_data();
    void canonical();
    void v3SubScores();
    void v2SubScores();
    void v4Explanation();
    void nomenclature_data();
    void nomenclature();
    void versionsDiffer();
    void nonAsciiFromWidget();
    void messagesNameTheMetric();
};

void TestCvssVector::scores_data()
{
    QTest::addColumn<QString>("vector");
    QTest::addColumn<QString>("score");
    QTest::addColumn<QString>("severity");

    auto row = [](const char *name, const char *vector, const char *score, const char *severity) {
        QTest::newRow(name) << QString::fromLatin1(vector) << QString::fromLatin1(score)
                            << QString::fromLatin1(severity);
    };
    // CVSS v3.1 Examples document (FIRST).
    row("v31 CVE-2013-1937 phpMyAdmin XSS", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", "6.1", "Medium");
    row("v31 CVE-2013-0375 MySQL", "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", "6.4", "Medium");
    row("v31 CVE-2014-3566 POODLE", "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", "3.1", "Low");
    row("v31 CVE-2012-1516 VMware", "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", "9.9", "Critical");
    row("v31 CVE-2009-0783 Tomcat", "CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L", "4.2", "Medium");
    row("v31 CVE-2012-0384 Cisco IOS", "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", "8.8", "High");
    row("v31 CVE-2015-1098 iWork", "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", "7.8", "High");
    row("v31 CVE-2014-0160 Heartbleed", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", "7.5", "High");
    row("v31 CVE-2014-6271 Shellshock", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "9.8", "Critical");
    row("v31 CVE-2008-1447 DNS", "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N", "6.8", "Medium");
    row("v31 CVE-2014-2005 Sophos", "CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "6.8", "Medium");
    row("v31 CVE-2010-0467 Joomla", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N", "5.8", "Medium");
    row("v31 CVE-2013-6014 Juniper", "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:H", "9.3", "Critical");
    // Scope Changed pushes 1.08 × (6.05 + 3.89) over 10: capped.
    row("v31 cap at 10", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "10.0", "Critical");
    row("v31 no impact", "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N", "0.0", "None");
    // Temporal: 9.8 × 0.91 × 0.95 × 0.92 = 7.794332, rounded up to 7.8.
    row("v31 temporal", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U", "7.8", "High");
    // Temporal metrics given as X only: still the temporal score, equal to the base.
    row("v31 temporal X", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X", "9.8", "Critical");
    // 7.5 × 0.92 = 6.9 exactly: a tie for Roundup that binary floating point turns into
    // 6.9000000000000004 and rounds up to 7.0.
    row("v30 exact product", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N/RC:U", "6.9", "Medium");
    // MS:U environmental = Roundup(5.0) × 0.92 = 4.6 exactly; v3.0's "Round up" is the true
    // ceiling, so 4.6 (a float ceiling gives 4.7).
    row("v30 round up exact",
        "CVSS:3.0/AV:N/AC:H/PR:L/UI:R/S:U/C:L/I:H/A:L/RC:U/MAV:P/MAC:H/MPR:L/MUI:R/MS:U", "4.6", "Medium");
    // Modified scope: MS:C changes the impact formula and MPR's weight (0.68 for L).
    row("v31 MS:C", "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H/MS:C", "10.0", "Critical");
    // v3.0's MS:C polynomial (MISS − 0.02)^15 gives 9.9 where v3.1's (MISS × 0.9731 − 0.02)^13 gives 10.0.
    row("v30 MS:C", "CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H/MS:C", "9.9", "Critical");
    row("v31 MS:U from S:C", "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/MS:U", "8.8", "High");
    // MS:X keeps S:C, and MPR follows it.
    row("v31 MS:X keeps S:C", "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/MPR:L/MS:X", "10.0", "Critical");
    row("v31 env from no impact", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N/MC:L", "5.3", "Medium");
    row("v31 low requirements MS:C", "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:L/A:N/MS:C/CR:L/IR:L", "2.2",
        "Low");
    row("v31 any order", "CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H", "9.8", "Critical");
    row("v2 any order", "AV:N/Au:N/AC:L/I:P/A:P/C:P", "7.5", "High");
    row("v2 environmental first", "(CDP:H/TD:H/CR:M/IR:M/AR:H/E:F/RL:OF/RC:C/AV:N/AC:L/Au:N/C:N/I:N/A:C)",
        "9.2", "High");

    // CVSS v2.0 Complete Documentation, section 3.3 examples.
    row("v2 CVE-2002-0392 base", "AV:N/AC:L/Au:N/C:N/I:N/A:C", "7.8", "High");
    row("v2 CVE-2002-0392 parentheses", "(AV:N/AC:L/Au:N/C:N/I:N/A:C)", "7.8", "High");
    row("v2 CVE-2002-0392 temporal", "AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C", "6.4", "Medium");
    row("v2 CVE-2002-0392 environmental",
        "(AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H)", "9.2", "High");
    row("v2 CVE-2003-0818 base", "AV:N/AC:L/Au:N/C:C/I:C/A:C", "10.0", "High");
    row("v2 CVE-2003-0818 temporal", "AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C", "8.3", "High");
    row("v2 CVE-2003-0818 environmental",
        "AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:L", "9.0", "High");
    row("v2 CVE-2003-0062 base", "AV:L/AC:H/Au:N/C:C/I:C/A:C", "6.2", "Medium");
    row("v2 CVE-2003-0062 temporal", "AV:L/AC:H/Au:N/C:C/I:C/A:C/E:POC/RL:OF/RC:C", "4.9", "Medium");
    row("v2 CVE-2003-0062 environmental",
        "AV:L/AC:H/Au:N/C:C/I:C/A:C/E:POC/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:M", "7.5", "High");
    // Intermediate rounding: AdjustedTemporal = round(6.6 × 0.90 × 0.95 = 5.643) = 5.6, then
    // (5.6 + 4.4 × 0.3) × 1 = 6.92 → 6.9 (without the rounding: 6.9501 → 7.0).
    row("v2 intermediate rounding", "AV:N/AC:M/Au:S/C:C/I:N/A:P/RL:TF/RC:UR/CDP:LM/TD:ND/CR:ND/IR:H/AR:L",
        "6.9", "Medium");
    // Tie: AdjustedTemporal 6.2, TD:M → 6.2 × 0.75 = 4.65 exactly, half up → 4.7.
    // Issue 13, defect 9: a negative AdjustedBase is not clamped before the environmental
    // equation: (-0.2 + 10.2 × 0.1) × 0.75 = 0.615.
    row("v2 negative adjusted base", "AV:L/AC:H/Au:M/C:N/I:N/A:P/CDP:L/TD:M/CR:ND/IR:L/AR:L", "0.6", "Low");
    row("v2 tie half up", "AV:A/AC:H/Au:S/C:C/I:P/A:P/RL:W/RC:C/CDP:N/TD:M/CR:H/IR:H/AR:ND", "4.7", "Medium");
    row("v2 zero", "AV:L/AC:L/Au:N/C:N/I:N/A:N", "0.0", "Low");

    // CVSS v4.0.
    row("v4 all high", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", "10.0", "Critical");
    row("v4 vulnerable system only", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "9.3",
        "Critical");
    row("v4 local", "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "8.5", "High");
    row("v4 no impact", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", "0.0", "None");
    row("v4 MSI:S", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S", "10.0",
        "Critical");
    // MSA:S lifts a vector with no impact at all out of the "0.0" rule.
    row("v4 MSA:S only", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/MSA:S", "8.9",
        "High");
    // MacroVector 211221 / 2.1.2.2.2.1 style vectors: no lower MacroVector in any EQ, so the
    // score is the MacroVector's own.
    row("v4 no lower neighbour", "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U", "0.1",
        "Low");
    row("v4 E:U", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U", "9.1", "Critical");
    row("v4 E:P", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P", "9.3", "Critical");
    row("v4 low requirements",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:L/IR:L/AR:L", "9.6", "Critical");
    row("v4 every group",
        "CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/CR:H/IR:H/AR:H/MAV:N/MSI:S/"
        "MSA:S/S:P/"
        "AU:Y/R:I/V:C/RE:H/U:Red",
        "10.0", "Critical");
    row("v4 low", "CVSS:4.0/AV:N/AC:H/AT:P/PR:L/UI:P/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N", "2.1", "Low");
    row("v4 threat", "CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P", "6.4", "Medium");
    // Supplemental metrics never change the score.
    row("v4 supplemental only", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:N/U:Clear",
        "9.3", "Critical");
}

void TestCvssVector::scores()
{
    QFETCH(QString, vector);
    QFETCH(QString, score);
    QFETCH(QString, severity);
    CvssVector v;
    const CvssError error = v.parse(QStringView(vector));
    QVERIFY2(error.ok(), qPrintable(error.englishMessage()));
    QCOMPARE(CvssVector::formatScore(v.score()), score);
    QCOMPARE(QString::fromLatin1(CvssRating::englishName(v.severity()).data()), severity);
}

void TestCvssVector::invalid_data()
{
    QTest::addColumn<QString>("vector");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("position");

    using C = CvssError::Code;
    auto row = [](const char *name, const char *vector, C code, int position) {
        QTest::newRow(name) << QString::fromLatin1(vector) << int(code) << position;
    };
    row("empty", "", C::Empty, 0);
    row("unknown prefix", "CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", C::UnknownPrefix, 0);
    row("lower-case prefix", "cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", C::UnknownPrefix, 0);
    row("no prefix v3", "AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", C::UnknownPrefix, 0);
    row("v2 with v3 prefix", "CVSS:2.0/AV:N/AC:L/Au:N/C:N/I:N/A:C", C::UnknownPrefix, 0);
    row("v3 missing metric", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", C::MissingMetric, 40);
    row("v3 duplicate", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L", C::DuplicateMetric, 45);
    row("v3 unknown value", "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", C::UnknownValue, 12);
    row("v3 unknown metric", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y", C::UnknownMetric, 45);
    row("v3 v4 metric", "CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:H/A:H", C::UnknownMetric, 19);
    row("v3 lower-case value", "CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", C::UnknownValue, 12);
    row("v3 no colon", "CVSS:3.1/AV:N/ACL/PR:N/UI:N/S:U/C:H/I:H/A:H", C::MissingColon, 14);
    row("v3 empty component", "CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", C::EmptyComponent, 14);
    row("v3 trailing slash", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/", C::TrailingSlash, 44);
    row("v3 base X", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:X/C:H/I:H/A:H", C::UnknownValue, 31);
    row("v3 prefix only", "CVSS:3.1/", C::MissingMetric, 9);
    row("v4 out of order", "CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", C::OutOfOrder,
        14);
    row("v4 supplemental before threat",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/S:N/E:A", C::OutOfOrder, 68);
    row("v4 missing SA", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H", C::MissingMetric, 58);
    row("v4 SI:S in base", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:S/SA:H", C::UnknownValue,
        57);
    row("v4 MSC:S", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MSC:S", C::UnknownValue,
        68);
    row("v4 duplicate E", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:A/E:A",
        C::DuplicateMetric, 68);
    row("v4 U lower-case", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/U:red",
        C::UnknownValue, 66);
    row("v2 unbalanced open", "(AV:N/AC:L/Au:N/C:N/I:N/A:C", C::UnbalancedParenthesis, 0);
    row("v2 unbalanced close", "AV:N/AC:L/Au:N/C:N/I:N/A:C)", C::UnbalancedParenthesis, 26);
    row("v2 duplicate metric", "AV:N/Au:N/AC:L/C:N/I:N/A:C/AV:L", C::DuplicateMetric, 27);
    row("v2 not a metric first", "XY:N/AV:N/AC:L/Au:N/C:N/I:N/A:C", C::UnknownPrefix, 0);
    row("v2 missing A", "AV:N/AC:L/Au:N/C:N/I:N", C::MissingMetric, 22);
    row("v2 v3 value", "AV:P/AC:L/Au:N/C:N/I:N/A:C", C::UnknownValue, 3);
    row("v2 temporal X", "AV:N/AC:L/Au:N/C:N/I:N/A:C/E:X", C::UnknownValue, 29);
    row("too long",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/"
        "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
        "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
        "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
        "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
        "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        C::TooLong, 512);
}

void TestCvssVector::invalid()
{
    QFETCH(QString, vector);
    QFETCH(int, code);
    QFETCH(int, position);
    CvssVector v;
    const CvssError error = v.parse(QStringView(vector));
    QCOMPARE(int(error.code), code);
    QCOMPARE(error.position, position);
    QVERIFY(!error.message().isEmpty());
}

void TestCvssVector::canonical_data()
{
    QTest::addColumn<QString>("vector");
    QTest::addColumn<QString>("canonical");
    auto row = [](const char *name, const char *vector, const char *canonical) {
        QTest::newRow(name) << QString::fromLatin1(vector) << QString::fromLatin1(canonical);
    };
    row("v31 reordered", "CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H/E:X/MAV:L",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:L");
    row("v2 any order", "AV:N/Au:N/AC:L/I:P/A:P/C:P", "AV:N/AC:L/Au:N/C:P/I:P/A:P");
    row("v2 environmental first", "CDP:H/TD:H/CR:M/IR:M/AR:H/E:F/RL:OF/RC:C/AV:N/AC:L/Au:N/C:N/I:N/A:C",
        "AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H");
    row("v2 parentheses dropped", "(AV:N/AC:L/Au:N/C:N/I:N/A:C/E:ND/CDP:H)",
        "AV:N/AC:L/Au:N/C:N/I:N/A:C/CDP:H");
    row("v4 X dropped", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X/MSI:S/U:Red",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S/U:Red");
}

void TestCvssVector::canonical()
{
    QFETCH(QString, vector);
    QFETCH(QString, canonical);
    CvssVector v;
    QVERIFY(v.parse(QStringView(vector)).ok());
    QCOMPARE(v.toString(), canonical);
    CvssVector again;
    QVERIFY(again.parse(QStringView(canonical)).ok());
    QCOMPARE(again.score(), v.score());
}

void TestCvssVector::v3SubScores()
{
    CvssVector v;
    QVERIFY(v.parse(std::string_view("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).ok());
    const Cvss3Scores s = v.v3().scores();
    QCOMPARE(s.base, 98);
    QCOMPARE(s.impact, 59);
    QCOMPARE(s.exploitability, 39);
    QVERIFY(v.parse(std::string_view("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H")).ok());
    // Scope Changed impact: 7.52 × 0.885712 − 3.25 × 0.865712^15 = 6.0475...
    QCOMPARE(v.v3().scores().impact, 60);
    QCOMPARE(v.v3().scores().exploitability, 31);
}

void TestCvssVector::v2SubScores()
{
    CvssVector v;
    QVERIFY(v.parse(std::string_view("AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H"))
            .ok());
    const Cvss2Scores s = v.v2().scores();
    QCOMPARE(s.base, 78);
    QCOMPARE(s.impact, 69); // 10.41 × 0.66 = 6.8706
    QCOMPARE(s.exploitability, 100);
    QCOMPARE(s.temporal, 64);
    QCOMPARE(s.adjustedImpact, 100); // min(10, 10.41 × 0.9966)
    QCOMPARE(s.environmental, 92);
}

void TestCvssVector::v4Explanation()
{
    CvssVector v;
    QVERIFY(
        v.parse(std::string_view("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")).ok());
    const Cvss4Scores s = v.v4().scores();
    QCOMPARE(QString::fromLatin1(s.macroVector().data(), 6), QStringLiteral("100200"));
    QCOMPARE(s.macroVectorScore, 87);
    QCOMPARE(s.score, 85);
    QCOMPARE(s.nomenclatureName(), std::string_view("CVSS-B"));
    // EQ4 is already at its lowest level (2), so it has no lower MacroVector; EQ1 has.
    QCOMPARE(s.lowerScore[3], -1);
    QVERIFY(s.lowerScore[0] >= 0);

    QVERIFY(v.parse(std::string_view("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U"))
            .ok());
    const Cvss4Scores t = v.v4().scores();
    QCOMPARE(QString::fromLatin1(t.macroVector().data(), 6), QStringLiteral("212221"));
    for (int lower : t.lowerScore)
        QCOMPARE(lower, -1);
    QCOMPARE(t.score, t.macroVectorScore);
}

void TestCvssVector::nomenclature_data()
{
    QTest::addColumn<QString>("vector");
    QTest::addColumn<QString>("name");
    const char *base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    auto row = [base](const char *tail, const char *name) {
        QTest::addRow("%s%s", name, tail)
            << QString::fromLatin1(base) + QString::fromLatin1(tail) << QString::fromLatin1(name);
    };
    row("", "CVSS-B");
    row("/E:X/S:P", "CVSS-B");
    row("/E:P", "CVSS-BT");
    row("/CR:H", "CVSS-BE");
    row("/E:U/MSI:S", "CVSS-BTE");
}

void TestCvssVector::nomenclature()
{
    QFETCH(QString, vector);
    QFETCH(QString, name);
    CvssVector v;
    QVERIFY(v.parse(QStringView(vector)).ok());
    const std::string_view n = v.v4().scores().nomenclatureName();
    QCOMPARE(QString::fromLatin1(n.data(), qsizetype(n.size())), name);
}

void TestCvssVector::versionsDiffer()
{
    // The same metrics under v3.0 and v3.1: only the MS:C polynomial differs.
    CvssVector a, b;
    QVERIFY(a.parse(std::string_view("CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H/MS:C")).ok());
    QVERIFY(b.parse(std::string_view("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H/MS:C")).ok());
    QCOMPARE(a.version(), CvssVersion::V3_0);
    QCOMPARE(b.version(), CvssVersion::V3_1);
    QCOMPARE(a.score(), 99);
    QCOMPARE(b.score(), 100);
    QCOMPARE(a.v3().scores().base, b.v3().scores().base);
}

void TestCvssVector::nonAsciiFromWidget()
{
    CvssVector v;
    const QString text = QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:\u00c4");
    const CvssError error = v.parse(QStringView(text));
    QCOMPARE(error.code, CvssError::Code::NonAscii);
    QCOMPARE(error.position, int(text.size()) - 1);
}

void TestCvssVector::messagesNameTheMetric()
{
    CvssVector v;
    CvssError error = v.parse(std::string_view("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:Q/A:H"));
    QVERIFY(error.englishMessage().contains(u"metric I"));
    QVERIFY(error.englishMessage().contains(u"“Q”"));
    QVERIFY(error.englishMessage().contains(u"position 40"));
    error = v.parse(std::string_view("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H"));
    QVERIFY(error.englishMessage().contains(u"mandatory metric A"));
}

QTEST_GUILESS_MAIN(TestCvssVector)
#include "tst_cvssvector.moc"
