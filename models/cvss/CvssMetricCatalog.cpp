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

const QList<MetricText> &texts()
{
    static const QList<MetricText> table {
        {"AV", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Attack Vector"),
            QT_TRANSLATE_NOOP(
                "CvssMetricCatalog", "How remote the attacker can be to exploit the vulnerability."),
            {{"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Network"),
                 QT_TRANSLATE_NOOP(
                     "CvssMetricCatalog", "Exploitable over the network, including the internet.")},
                {"A", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Adjacent"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog",
                        "Needs a shared physical or logical network, such as a LAN or Bluetooth.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Local"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog",
                        "Needs local access, a local account or a user opening a file.")},
                {"P", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Physical"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "The attacker must touch or manipulate the device.")}}},
        {"AC", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Attack Complexity"),
            QT_TRANSLATE_NOOP(
                "CvssMetricCatalog", "Conditions beyond the attacker's control that must hold for success."),
            {{"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No special conditions; repeatable success.")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog",
                        "Success depends on conditions the attacker must prepare or evade.")},
                {"M", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Medium"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Some special conditions are needed.")}}},
        {"AT", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Attack Requirements"),
            QT_TRANSLATE_NOOP(
                "CvssMetricCatalog", "Deployment or execution conditions of the vulnerable system."),
            {{"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                 QT_TRANSLATE_NOOP(
                     "CvssMetricCatalog", "Works regardless of deployment and execution conditions.")},
                {"P", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Present"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "Needs a specific condition, such as a race being won.")}}},
        {"PR", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Privileges Required"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Privileges the attacker needs before the attack."),
            {{"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No authorization needed.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Basic user privileges.")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "Administrative or similarly significant privileges.")}}},
        {"UI", QT_TRANSLATE_NOOP("CvssMetricCatalog", "User Interaction"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Whether someone other than the attacker must take part."),
            {{"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No user action needed.")},
                {"R", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Required"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "A user must take some action.")},
                {"P", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Passive"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Limited, involuntary interaction by a user.")},
                {"A", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Active"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog",
                        "A user must deliberately act, e.g. install or click through warnings.")}}},
        {"S", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Scope"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog",
                "Whether the impact reaches beyond the vulnerable component's security authority."),
            {{"U", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Unchanged"),
                 QT_TRANSLATE_NOOP(
                     "CvssMetricCatalog", "Only the vulnerable component's authority is affected.")},
                {"C", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Changed"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "Components governed by another authority are affected too.")}}},
        {"Au", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Authentication"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "How often the attacker must authenticate."),
            {{"M", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Multiple"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Two or more authentications.")},
                {"S", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Single"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "One authentication.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No authentication.")}}},
        {"2:C", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Confidentiality Impact"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Impact on the confidentiality of information."),
            {{"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No impact.")},
                {"P", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Partial"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Considerable disclosure.")},
                {"C", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Complete"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total disclosure.")}}},
        {"2:I", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Integrity Impact"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Impact on the trustworthiness of information."),
            {{"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No impact.")},
                {"P", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Partial"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Some modification possible.")},
                {"C", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Complete"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total compromise of integrity.")}}},
        {"2:A", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Availability Impact"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Impact on the availability of the system."),
            {{"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No impact.")},
                {"P", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Partial"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Reduced performance or interruptions.")},
                {"C", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Complete"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total shutdown.")}}},
        {"C", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Confidentiality"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog",
                "Impact on the confidentiality of the information the component manages."),
            {{"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total loss of confidentiality.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Some loss of confidentiality.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No loss of confidentiality.")}}},
        {"I", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Integrity"),
            QT_TRANSLATE_NOOP(
                "CvssMetricCatalog", "Impact on the trustworthiness and veracity of information."),
            {{"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total loss of integrity.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Limited modification of data.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No loss of integrity.")}}},
        {"A", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Availability"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Impact on the availability of the component."),
            {{"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total loss of availability.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Reduced performance or interruptions.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No impact on availability.")}}},
        {"VC", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Confidentiality (vulnerable system)"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Confidentiality impact on the vulnerable system."),
            {{"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total loss of confidentiality.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Some loss of confidentiality.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No loss of confidentiality.")}}},
        {"VI", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Integrity (vulnerable system)"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Integrity impact on the vulnerable system."),
            {{"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total loss of integrity.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Limited modification of data.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No loss of integrity.")}}},
        {"VA", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Availability (vulnerable system)"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Availability impact on the vulnerable system."),
            {{"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total loss of availability.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Reduced performance or interruptions.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No impact on availability.")}}},
        {"SC", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Confidentiality (subsequent systems)"),
            QT_TRANSLATE_NOOP(
                "CvssMetricCatalog", "Confidentiality impact on systems beyond the vulnerable one."),
            {{"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total loss of confidentiality.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Some loss of confidentiality.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No loss of confidentiality.")}}},
        {"SI", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Integrity (subsequent systems)"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Integrity impact on systems beyond the vulnerable one."),
            {{"S", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Safety"),
                 QT_TRANSLATE_NOOP(
                     "CvssMetricCatalog", "Exploitation can cause physical harm (IEC 61508 categories).")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total loss of integrity.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Limited modification of data.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No loss of integrity.")}}},
        {"SA", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Availability (subsequent systems)"),
            QT_TRANSLATE_NOOP(
                "CvssMetricCatalog", "Availability impact on systems beyond the vulnerable one."),
            {{"S", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Safety"),
                 QT_TRANSLATE_NOOP(
                     "CvssMetricCatalog", "Exploitation can cause physical harm (IEC 61508 categories).")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Total loss of availability.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Reduced performance or interruptions.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No impact on availability.")}}},
        {"4:E", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Exploit Maturity"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog",
                "How likely the vulnerability is to be attacked, from threat intelligence."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Assume the worst case (Attacked).")},
                {"A", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Attacked"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "Attacks have been reported or exploit tools are available.")},
                {"P", QT_TRANSLATE_NOOP("CvssMetricCatalog", "POC"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "Proof-of-concept exploit code is public, no attacks known.")},
                {"U", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Unreported"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "Neither proof of concept nor attacks are known.")}}},
        {"E", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Exploit Code Maturity"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "The state of exploit techniques and code."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No influence on the score.")},
                {"ND", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No influence on the score.")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "Functional autonomous code exists, or no exploit is needed.")},
                {"F", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Functional"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Functional exploit code is available.")},
                {"P", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Proof-of-Concept"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Proof-of-concept code exists.")},
                {"POC", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Proof-of-Concept"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Proof-of-concept code exists.")},
                {"U", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Unproven"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No exploit code is available.")}}},
        {"RL", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Remediation Level"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "How far a fix or workaround is available."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No influence on the score.")},
                {"ND", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No influence on the score.")},
                {"U", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Unavailable"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No solution is available.")},
                {"W", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Workaround"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "An unofficial, non-vendor solution exists.")},
                {"T", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Temporary Fix"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "An official but temporary fix exists.")},
                {"TF", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Temporary Fix"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "An official but temporary fix exists.")},
                {"O", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Official Fix"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "A complete vendor solution is available.")},
                {"OF", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Official Fix"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "A complete vendor solution is available.")}}},
        {"RC", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Report Confidence"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog",
                "Confidence in the existence and technical details of the vulnerability."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No influence on the score.")},
                {"ND", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No influence on the score.")},
                {"C", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Confirmed"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "Detailed reports exist or the vendor confirmed it.")},
                {"R", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Reasonable"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog",
                        "Significant details are published, root cause not fully known.")},
                {"UR", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Uncorroborated"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "Multiple unofficial sources, possibly conflicting.")},
                {"U", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Unknown"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Reports of impact exist, the cause is unknown.")},
                {"UC", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Unconfirmed"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "A single unconfirmed source or rumour.")}}},
        {"CR", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Confidentiality Requirement"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "How much confidentiality matters for this deployment."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Default weight.")},
                {"ND", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Default weight.")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Loss would be catastrophic.")},
                {"M", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Medium"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Loss would be serious.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Loss would have a limited effect.")}}},
        {"IR", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Integrity Requirement"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "How much integrity matters for this deployment."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Default weight.")},
                {"ND", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Default weight.")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Loss would be catastrophic.")},
                {"M", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Medium"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Loss would be serious.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Loss would have a limited effect.")}}},
        {"AR", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Availability Requirement"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "How much availability matters for this deployment."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Default weight.")},
                {"ND", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Default weight.")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Loss would be catastrophic.")},
                {"M", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Medium"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Loss would be serious.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Loss would have a limited effect.")}}},
        {"CDP", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Collateral Damage Potential"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Potential for loss of life, property or revenue."),
            {{"ND", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No influence on the score.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No potential.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Light loss.")},
                {"LM", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low-Medium"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Moderate loss.")},
                {"MH", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Medium-High"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Significant loss.")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Catastrophic loss.")}}},
        {"TD", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Target Distribution"),
            QT_TRANSLATE_NOOP(
                "CvssMetricCatalog", "Share of systems in the environment that are vulnerable."),
            {{"ND", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "No influence on the score.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "None"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "No targets.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Up to 25 %.")},
                {"M", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Medium"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "26 % to 75 %.")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "76 % to 100 %.")}}},
        {"AU", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Automatable"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Whether all steps of an attack can be automated."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not assessed.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "No"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Some step cannot be automated.")},
                {"Y", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Yes"),
                    QT_TRANSLATE_NOOP(
                        "CvssMetricCatalog", "Reconnaissance to exploitation can be automated.")}}},
        {"4:S", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Safety"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Whether exploitation can harm people (supplemental)."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not assessed.")},
                {"N", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Negligible"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Negligible safety impact.")},
                {"P", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Present"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Safety impact above negligible.")}}},
        {"R", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Recovery"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "How well the system recovers after an attack."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not assessed.")},
                {"A", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Automatic"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Recovers by itself.")},
                {"U", QT_TRANSLATE_NOOP("CvssMetricCatalog", "User"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Needs manual intervention.")},
                {"I", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Irrecoverable"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Cannot be recovered.")}}},
        {"V", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Value Density"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Resources an attacker gains with one exploitation."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not assessed.")},
                {"D", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Diffuse"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Limited resources.")},
                {"C", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Concentrated"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Rich resources.")}}},
        {"RE", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Vulnerability Response Effort"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Effort for consumers to respond."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not assessed.")},
                {"L", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Little effort.")},
                {"M", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Moderate"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Some effort.")},
                {"H", QT_TRANSLATE_NOOP("CvssMetricCatalog", "High"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Significant effort.")}}},
        {"U", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Provider Urgency"),
            QT_TRANSLATE_NOOP("CvssMetricCatalog", "Urgency the provider assigns (supplemental)."),
            {{"X", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"),
                 QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not assessed.")},
                {"Clear", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Clear"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Low urgency.")},
                {"Green", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Green"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Reduced urgency.")},
                {"Amber", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Amber"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Moderate urgency.")},
                {"Red", QT_TRANSLATE_NOOP("CvssMetricCatalog", "Red"),
                    QT_TRANSLATE_NOOP("CvssMetricCatalog", "Highest urgency.")}}},
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

QString translated(const char *text)
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
        return {{Cvss2Vector::Base, translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Base")), false},
            {Cvss2Vector::Temporal, translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Temporal")), true},
            {Cvss2Vector::Environmental, translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Environmental")),
                true}};
    case CvssVersion::V3_0:
    case CvssVersion::V3_1:
        return {{Cvss3Vector::Base, translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Base")), false},
            {Cvss3Vector::Temporal, translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Temporal")), true},
            {Cvss3Vector::Environmental, translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Environmental")),
                true}};
    case CvssVersion::V4_0:
        return {{Cvss4Vector::Base, translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Base")), false},
            {Cvss4Vector::Threat, translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Threat")), true},
            {Cvss4Vector::Environmental, translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Environmental")),
                true},
            {Cvss4Vector::Supplemental, translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Supplemental")),
                true}};
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
    const QString name = t ? translated(t->name) : QString::fromLatin1(key.data(), qsizetype(key.size()));
    return base != key ? QCoreApplication::translate("CvssMetricCatalog", "Modified %1").arg(name) : name;
}

QString CvssMetricCatalog::metricDescription(CvssVersion version, std::string_view key)
{
    const std::string_view base = baseKey(key);
    const MetricText *t = find(version, base);
    const QString text = t ? translated(t->description) : QString();
    return base != key
        ? QCoreApplication::translate("CvssMetricCatalog",
              "%1 Overrides the base metric for this environment; Not Defined keeps the base value.")
              .arg(text)
        : text;
}

QString CvssMetricCatalog::valueName(CvssVersion version, std::string_view key, std::string_view value)
{
    if (value == "X" || value == "ND")
        return translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Not Defined"));
    const ValueText *v = findValue(version, key, value);
    return v ? translated(v->name) : QString::fromLatin1(value.data(), qsizetype(value.size()));
}

QString CvssMetricCatalog::valueDescription(CvssVersion version, std::string_view key, std::string_view value)
{
    if ((value == "X" || value == "ND") && baseKey(key) != key)
        return translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "Use the base metric's value."));
    const ValueText *v = findValue(version, key, value);
    return v ? translated(v->description)
             : translated(QT_TRANSLATE_NOOP("CvssMetricCatalog", "No influence on the score."));
}
