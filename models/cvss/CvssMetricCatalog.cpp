#include "CvssMetricCatalog.h"

#include "Cvss2Vector.h"
#include "Cvss3Vector.h"
#include "Cvss4Vector.h"

#include <QCoreApplication>

// Wording paraphrased from the FIRST CVSS v2.0, v3.1 and v4.0 specification documents'
// metric sections; kept short for tooltips.

namespace {

struct ValueText
{
    const char *key;
    const char *name;
    const char *description;
};

struct MetricText
{
    const char *key; // "4:E" style keys override the generic key for one version
    const char *name;
    const char *description;
    QList<ValueText> values;
};

#define N_(text) QT_TRANSLATE_NOOP("CvssMetricCatalog", text)

const QList<MetricText> &texts()
{
    static const QList<MetricText> table {
        {"AV", N_("Attack Vector"), N_("How remote the attacker can be to exploit the vulnerability."),
            {{"N", N_("Network"), N_("Exploitable over the network, including the internet.")},
                {"A", N_("Adjacent"),
                    N_("Needs a shared physical or logical network, such as a LAN or Bluetooth.")},
                {"L", N_("Local"), N_("Needs local access, a local account or a user opening a file.")},
                {"P", N_("Physical"), N_("The attacker must touch or manipulate the device.")}}},
        {"AC", N_("Attack Complexity"),
            N_("Conditions beyond the attacker's control that must hold for success."),
            {{"L", N_("Low"), N_("No special conditions; repeatable success.")},
                {"H", N_("High"), N_("Success depends on conditions the attacker must prepare or evade.")},
                {"M", N_("Medium"), N_("Some special conditions are needed.")}}},
        {"AT", N_("Attack Requirements"), N_("Deployment or execution conditions of the vulnerable system."),
            {{"N", N_("None"), N_("Works regardless of deployment and execution conditions.")},
                {"P", N_("Present"), N_("Needs a specific condition, such as a race being won.")}}},
        {"PR", N_("Privileges Required"), N_("Privileges the attacker needs before the attack."),
            {{"N", N_("None"), N_("No authorization needed.")},
                {"L", N_("Low"), N_("Basic user privileges.")},
                {"H", N_("High"), N_("Administrative or similarly significant privileges.")}}},
        {"UI", N_("User Interaction"), N_("Whether someone other than the attacker must take part."),
            {{"N", N_("None"), N_("No user action needed.")},
                {"R", N_("Required"), N_("A user must take some action.")},
                {"P", N_("Passive"), N_("Limited, involuntary interaction by a user.")},
                {"A", N_("Active"),
                    N_("A user must deliberately act, e.g. install or click through warnings.")}}},
        {"S", N_("Scope"),
            N_("Whether the impact reaches beyond the vulnerable component's security authority."),
            {{"U", N_("Unchanged"), N_("Only the vulnerable component's authority is affected.")},
                {"C", N_("Changed"), N_("Components governed by another authority are affected too.")}}},
        {"Au", N_("Authentication"), N_("How often the attacker must authenticate."),
            {{"M", N_("Multiple"), N_("Two or more authentications.")},
                {"S", N_("Single"), N_("One authentication.")}, {"N", N_("None"), N_("No authentication.")}}},
        {"2:C", N_("Confidentiality Impact"), N_("Impact on the confidentiality of information."),
            {{"N", N_("None"), N_("No impact.")}, {"P", N_("Partial"), N_("Considerable disclosure.")},
                {"C", N_("Complete"), N_("Total disclosure.")}}},
        {"2:I", N_("Integrity Impact"), N_("Impact on the trustworthiness of information."),
            {{"N", N_("None"), N_("No impact.")}, {"P", N_("Partial"), N_("Some modification possible.")},
                {"C", N_("Complete"), N_("Total compromise of integrity.")}}},
        {"2:A", N_("Availability Impact"), N_("Impact on the availability of the system."),
            {{"N", N_("None"), N_("No impact.")},
                {"P", N_("Partial"), N_("Reduced performance or interruptions.")},
                {"C", N_("Complete"), N_("Total shutdown.")}}},
        {"C", N_("Confidentiality"),
            N_("Impact on the confidentiality of the information the component manages."),
            {{"H", N_("High"), N_("Total loss of confidentiality.")},
                {"L", N_("Low"), N_("Some loss of confidentiality.")},
                {"N", N_("None"), N_("No loss of confidentiality.")}}},
        {"I", N_("Integrity"), N_("Impact on the trustworthiness and veracity of information."),
            {{"H", N_("High"), N_("Total loss of integrity.")},
                {"L", N_("Low"), N_("Limited modification of data.")},
                {"N", N_("None"), N_("No loss of integrity.")}}},
        {"A", N_("Availability"), N_("Impact on the availability of the component."),
            {{"H", N_("High"), N_("Total loss of availability.")},
                {"L", N_("Low"), N_("Reduced performance or interruptions.")},
                {"N", N_("None"), N_("No impact on availability.")}}},
        {"VC", N_("Confidentiality (vulnerable system)"),
            N_("Confidentiality impact on the vulnerable system."),
            {{"H", N_("High"), N_("Total loss of confidentiality.")},
                {"L", N_("Low"), N_("Some loss of confidentiality.")},
                {"N", N_("None"), N_("No loss of confidentiality.")}}},
        {"VI", N_("Integrity (vulnerable system)"), N_("Integrity impact on the vulnerable system."),
            {{"H", N_("High"), N_("Total loss of integrity.")},
                {"L", N_("Low"), N_("Limited modification of data.")},
                {"N", N_("None"), N_("No loss of integrity.")}}},
        {"VA", N_("Availability (vulnerable system)"), N_("Availability impact on the vulnerable system."),
            {{"H", N_("High"), N_("Total loss of availability.")},
                {"L", N_("Low"), N_("Reduced performance or interruptions.")},
                {"N", N_("None"), N_("No impact on availability.")}}},
        {"SC", N_("Confidentiality (subsequent systems)"),
            N_("Confidentiality impact on systems beyond the vulnerable one."),
            {{"H", N_("High"), N_("Total loss of confidentiality.")},
                {"L", N_("Low"), N_("Some loss of confidentiality.")},
                {"N", N_("None"), N_("No loss of confidentiality.")}}},
        {"SI", N_("Integrity (subsequent systems)"),
            N_("Integrity impact on systems beyond the vulnerable one."),
            {{"S", N_("Safety"), N_("Exploitation can cause physical harm (IEC 61508 categories).")},
                {"H", N_("High"), N_("Total loss of integrity.")},
                {"L", N_("Low"), N_("Limited modification of data.")},
                {"N", N_("None"), N_("No loss of integrity.")}}},
        {"SA", N_("Availability (subsequent systems)"),
            N_("Availability impact on systems beyond the vulnerable one."),
            {{"S", N_("Safety"), N_("Exploitation can cause physical harm (IEC 61508 categories).")},
                {"H", N_("High"), N_("Total loss of availability.")},
                {"L", N_("Low"), N_("Reduced performance or interruptions.")},
                {"N", N_("None"), N_("No impact on availability.")}}},
        {"4:E", N_("Exploit Maturity"),
            N_("How likely the vulnerability is to be attacked, from threat intelligence."),
            {{"X", N_("Not Defined"), N_("Assume the worst case (Attacked).")},
                {"A", N_("Attacked"), N_("Attacks have been reported or exploit tools are available.")},
                {"P", N_("POC"), N_("Proof-of-concept exploit code is public, no attacks known.")},
                {"U", N_("Unreported"), N_("Neither proof of concept nor attacks are known.")}}},
        {"E", N_("Exploit Code Maturity"), N_("The state of exploit techniques and code."),
            {{"X", N_("Not Defined"), N_("No influence on the score.")},
                {"ND", N_("Not Defined"), N_("No influence on the score.")},
                {"H", N_("High"), N_("Functional autonomous code exists, or no exploit is needed.")},
                {"F", N_("Functional"), N_("Functional exploit code is available.")},
                {"P", N_("Proof-of-Concept"), N_("Proof-of-concept code exists.")},
                {"POC", N_("Proof-of-Concept"), N_("Proof-of-concept code exists.")},
                {"U", N_("Unproven"), N_("No exploit code is available.")}}},
        {"RL", N_("Remediation Level"), N_("How far a fix or workaround is available."),
            {{"X", N_("Not Defined"), N_("No influence on the score.")},
                {"ND", N_("Not Defined"), N_("No influence on the score.")},
                {"U", N_("Unavailable"), N_("No solution is available.")},
                {"W", N_("Workaround"), N_("An unofficial, non-vendor solution exists.")},
                {"T", N_("Temporary Fix"), N_("An official but temporary fix exists.")},
                {"TF", N_("Temporary Fix"), N_("An official but temporary fix exists.")},
                {"O", N_("Official Fix"), N_("A complete vendor solution is available.")},
                {"OF", N_("Official Fix"), N_("A complete vendor solution is available.")}}},
        {"RC", N_("Report Confidence"),
            N_("Confidence in the existence and technical details of the vulnerability."),
            {{"X", N_("Not Defined"), N_("No influence on the score.")},
                {"ND", N_("Not Defined"), N_("No influence on the score.")},
                {"C", N_("Confirmed"), N_("Detailed reports exist or the vendor confirmed it.")},
                {"R", N_("Reasonable"), N_("Significant details are published, root cause not fully known.")},
                {"UR", N_("Uncorroborated"), N_("Multiple unofficial sources, possibly conflicting.")},
                {"U", N_("Unknown"), N_("Reports of impact exist, the cause is unknown.")},
                {"UC", N_("Unconfirmed"), N_("A single unconfirmed source or rumour.")}}},
        {"CR", N_("Confidentiality Requirement"), N_("How much confidentiality matters for this deployment."),
            {{"X", N_("Not Defined"), N_("Default weight.")},
                {"ND", N_("Not Defined"), N_("Default weight.")},
                {"H", N_("High"), N_("Loss would be catastrophic.")},
                {"M", N_("Medium"), N_("Loss would be serious.")},
                {"L", N_("Low"), N_("Loss would have a limited effect.")}}},
        {"IR", N_("Integrity Requirement"), N_("How much integrity matters for this deployment."),
            {{"X", N_("Not Defined"), N_("Default weight.")},
                {"ND", N_("Not Defined"), N_("Default weight.")},
                {"H", N_("High"), N_("Loss would be catastrophic.")},
                {"M", N_("Medium"), N_("Loss would be serious.")},
                {"L", N_("Low"), N_("Loss would have a limited effect.")}}},
        {"AR", N_("Availability Requirement"), N_("How much availability matters for this deployment."),
            {{"X", N_("Not Defined"), N_("Default weight.")},
                {"ND", N_("Not Defined"), N_("Default weight.")},
                {"H", N_("High"), N_("Loss would be catastrophic.")},
                {"M", N_("Medium"), N_("Loss would be serious.")},
                {"L", N_("Low"), N_("Loss would have a limited effect.")}}},
        {"CDP", N_("Collateral Damage Potential"), N_("Potential for loss of life, property or revenue."),
            {{"ND", N_("Not Defined"), N_("No influence on the score.")},
                {"N", N_("None"), N_("No potential.")}, {"L", N_("Low"), N_("Light loss.")},
                {"LM", N_("Low-Medium"), N_("Moderate loss.")},
                {"MH", N_("Medium-High"), N_("Significant loss.")},
                {"H", N_("High"), N_("Catastrophic loss.")}}},
        {"TD", N_("Target Distribution"), N_("Share of systems in the environment that are vulnerable."),
            {{"ND", N_("Not Defined"), N_("No influence on the score.")},
                {"N", N_("None"), N_("No targets.")}, {"L", N_("Low"), N_("Up to 25 %.")},
                {"M", N_("Medium"), N_("26 % to 75 %.")}, {"H", N_("High"), N_("76 % to 100 %.")}}},
        {"AU", N_("Automatable"), N_("Whether all steps of an attack can be automated."),
            {{"X", N_("Not Defined"), N_("Not assessed.")},
                {"N", N_("No"), N_("Some step cannot be automated.")},
                {"Y", N_("Yes"), N_("Reconnaissance to exploitation can be automated.")}}},
        {"4:S", N_("Safety"), N_("Whether exploitation can harm people (supplemental)."),
            {{"X", N_("Not Defined"), N_("Not assessed.")},
                {"N", N_("Negligible"), N_("Negligible safety impact.")},
                {"P", N_("Present"), N_("Safety impact above negligible.")}}},
        {"R", N_("Recovery"), N_("How well the system recovers after an attack."),
            {{"X", N_("Not Defined"), N_("Not assessed.")}, {"A", N_("Automatic"), N_("Recovers by itself.")},
                {"U", N_("User"), N_("Needs manual intervention.")},
                {"I", N_("Irrecoverable"), N_("Cannot be recovered.")}}},
        {"V", N_("Value Density"), N_("Resources an attacker gains with one exploitation."),
            {{"X", N_("Not Defined"), N_("Not assessed.")}, {"D", N_("Diffuse"), N_("Limited resources.")},
                {"C", N_("Concentrated"), N_("Rich resources.")}}},
        {"RE", N_("Vulnerability Response Effort"), N_("Effort for consumers to respond."),
            {{"X", N_("Not Defined"), N_("Not assessed.")}, {"L", N_("Low"), N_("Little effort.")},
                {"M", N_("Moderate"), N_("Some effort.")}, {"H", N_("High"), N_("Significant effort.")}}},
        {"U", N_("Provider Urgency"), N_("Urgency the provider assigns (supplemental)."),
            {{"X", N_("Not Defined"), N_("Not assessed.")}, {"Clear", N_("Clear"), N_("Low urgency.")},
                {"Green", N_("Green"), N_("Reduced urgency.")},
                {"Amber", N_("Amber"), N_("Moderate urgency.")}, {"Red", N_("Red"), N_("Highest urgency.")}}},
    };
    return table;
}

const MetricText *find(CvssVersion version, std::string_view key)
{
    const char prefix = version == CvssVersion::V2_0 ? '2' : version == CvssVersion::V4_0 ? '4' : '3';
    const std::string specific = std::string(1, prefix) + ':' + std::string(key);
    for (const MetricText &t : texts()) {
        if (specific == t.key)
            return &t;
    }
    for (const MetricText &t : texts()) {
        if (key == t.key)
            return &t;
    }
    return nullptr;
}

std::string_view baseKey(std::string_view key)
{
    static constexpr std::string_view modified[] = {
        "MAV", "MAC", "MAT", "MPR", "MUI", "MS", "MC", "MI", "MA", "MVC", "MVI", "MVA", "MSC", "MSI", "MSA"};
    for (std::string_view m : modified) {
        if (m == key)
            return key.substr(1);
    }
    return key;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CvssMetricCatalog", text);
}

const ValueText *findValue(CvssVersion version, std::string_view key, std::string_view value)
{
    const MetricText *t = find(version, baseKey(key));
    if (!t)
        return nullptr;
    for (const ValueText &v : t->values) {
        if (value == v.key)
            return &v;
    }
    return nullptr;
}

} // namespace

QList<CvssMetricCatalog::Group> CvssMetricCatalog::groups(CvssVersion version)
{
    switch (version) {
    case CvssVersion::V2_0:
        return {{Cvss2Vector::Base, tr(N_("Base")), false}, {Cvss2Vector::Temporal, tr(N_("Temporal")), true},
            {Cvss2Vector::Environmental, tr(N_("Environmental")), true}};
    case CvssVersion::V3_0:
    case CvssVersion::V3_1:
        return {{Cvss3Vector::Base, tr(N_("Base")), false}, {Cvss3Vector::Temporal, tr(N_("Temporal")), true},
            {Cvss3Vector::Environmental, tr(N_("Environmental")), true}};
    case CvssVersion::V4_0:
        return {{Cvss4Vector::Base, tr(N_("Base")), false}, {Cvss4Vector::Threat, tr(N_("Threat")), true},
            {Cvss4Vector::Environmental, tr(N_("Environmental")), true},
            {Cvss4Vector::Supplemental, tr(N_("Supplemental")), true}};
    }
    return {};
}

QList<CvssMetricDefinition> CvssMetricCatalog::definitions(CvssVersion version)
{
    auto list = [](const auto &defs) { return QList<CvssMetricDefinition>(defs.begin(), defs.end()); };
    switch (version) {
    case CvssVersion::V2_0:
        return list(Cvss2Vector::definitions());
    case CvssVersion::V3_0:
    case CvssVersion::V3_1:
        return list(Cvss3Vector::definitions());
    case CvssVersion::V4_0:
        return list(Cvss4Vector::definitions());
    }
    return {};
}

QString CvssMetricCatalog::metricName(CvssVersion version, std::string_view key)
{
    const std::string_view base = baseKey(key);
    const MetricText *t = find(version, base);
    const QString name = t ? tr(t->name) : QString::fromLatin1(key.data(), qsizetype(key.size()));
    return base != key ? QCoreApplication::translate("CvssMetricCatalog", "Modified %1").arg(name) : name;
}

QString CvssMetricCatalog::metricDescription(CvssVersion version, std::string_view key)
{
    const std::string_view base = baseKey(key);
    const MetricText *t = find(version, base);
    const QString text = t ? tr(t->description) : QString();
    return base != key
        ? QCoreApplication::translate("CvssMetricCatalog",
              "%1 Overrides the base metric for this environment; Not Defined keeps the base value.")
              .arg(text)
        : text;
}

QString CvssMetricCatalog::valueName(CvssVersion version, std::string_view key, std::string_view value)
{
    if (value == "X" || value == "ND")
        return tr(N_("Not Defined"));
    const ValueText *v = findValue(version, key, value);
    return v ? tr(v->name) : QString::fromLatin1(value.data(), qsizetype(value.size()));
}

QString CvssMetricCatalog::valueDescription(CvssVersion version, std::string_view key, std::string_view value)
{
    if ((value == "X" || value == "ND") && baseKey(key) != key)
        return tr(N_("Use the base metric's value."));
    const ValueText *v = findValue(version, key, value);
    return v ? tr(v->description) : tr(N_("No influence on the score."));
}
