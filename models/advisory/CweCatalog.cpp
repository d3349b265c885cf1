#include "CweCatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace {

// Source: MITRE CWE List 4.15 (https://cwe.mitre.org/data/), names exactly as published; the
// 2024 CWE Top 25 plus common weaknesses of network-attached products.
constexpr std::array kEntries {
    CweCatalog::Entry {20, "Improper Input Validation"},
    CweCatalog::Entry {22, "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')"},
    CweCatalog::Entry {
        77, "Improper Neutralization of Special Elements used in a Command ('Command Injection')"},
    CweCatalog::Entry {
        78, "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')"},
    CweCatalog::Entry {
        79, "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')"},
    CweCatalog::Entry {
        89, "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')"},
    CweCatalog::Entry {94, "Improper Control of Generation of Code ('Code Injection')"},
    CweCatalog::Entry {119, "Improper Restriction of Operations within the Bounds of a Memory Buffer"},
    CweCatalog::Entry {120, "Buffer Copy without Checking Size of Input ('Classic Buffer Overflow')"},
    CweCatalog::Entry {121, "Stack-based Buffer Overflow"},
    CweCatalog::Entry {122, "Heap-based Buffer Overflow"},
    CweCatalog::Entry {125, "Out-of-bounds Read"},
    CweCatalog::Entry {134, "Use of Externally-Controlled Format String"},
    CweCatalog::Entry {190, "Integer Overflow or Wraparound"},
    CweCatalog::Entry {200, "Exposure of Sensitive Information to an Unauthorized Actor"},
    CweCatalog::Entry {269, "Improper Privilege Management"},
    CweCatalog::Entry {276, "Incorrect Default Permissions"},
    CweCatalog::Entry {284, "Improper Access Control"},
    CweCatalog::Entry {287, "Improper Authentication"},
    CweCatalog::Entry {288, "Authentication Bypass Using an Alternate Path or Channel"},
    CweCatalog::Entry {295, "Improper Certificate Validation"},
    CweCatalog::Entry {306, "Missing Authentication for Critical Function"},
    CweCatalog::Entry {307, "Improper Restriction of Excessive Authentication Attempts"},
    CweCatalog::Entry {312, "Cleartext Storage of Sensitive Information"},
    CweCatalog::Entry {319, "Cleartext Transmission of Sensitive Information"},
    CweCatalog::Entry {327, "Use of a Broken or Risky Cryptographic Algorithm"},
    CweCatalog::Entry {347, "Improper Verification of Cryptographic Signature"},
    CweCatalog::Entry {352, "Cross-Site Request Forgery (CSRF)"},
    CweCatalog::Entry {
        362, "Concurrent Execution using Shared Resource with Improper Synchronization ('Race Condition')"},
    CweCatalog::Entry {400, "Uncontrolled Resource Consumption"},
    CweCatalog::Entry {401, "Missing Release of Memory after Effective Lifetime"},
    CweCatalog::Entry {415, "Double Free"},
    CweCatalog::Entry {416, "Use After Free"},
    CweCatalog::Entry {434, "Unrestricted Upload of File with Dangerous Type"},
    CweCatalog::Entry {476, "NULL Pointer Dereference"},
    CweCatalog::Entry {489, "Active Debug Code"},
    CweCatalog::Entry {502, "Deserialization of Untrusted Data"},
    CweCatalog::Entry {521, "Weak Password Requirements"},
    CweCatalog::Entry {532, "Insertion of Sensitive Information into Log File"},
    CweCatalog::Entry {601, "URL Redirection to Untrusted Site ('Open Redirect')"},
    CweCatalog::Entry {611, "Improper Restriction of XML External Entity Reference"},
    CweCatalog::Entry {639, "Authorization Bypass Through User-Controlled Key"},
    CweCatalog::Entry {732, "Incorrect Permission Assignment for Critical Resource"},
    CweCatalog::Entry {770, "Allocation of Resources Without Limits or Throttling"},
    CweCatalog::Entry {787, "Out-of-bounds Write"},
    CweCatalog::Entry {798, "Use of Hard-coded Credentials"},
    CweCatalog::Entry {862, "Missing Authorization"},
    CweCatalog::Entry {863, "Incorrect Authorization"},
    CweCatalog::Entry {918, "Server-Side Request Forgery (SSRF)"},
    CweCatalog::Entry {1188, "Initialization of a Resource with an Insecure Default"},
    CweCatalog::Entry {1392, "Use of Default Credentials"},
};

// The entries MITRE's "Vulnerability Mapping" field marks DISCOURAGED ("should not be used to
// map to real-world vulnerabilities": classes and pillars too abstract for a CVE), as the
// definitions at https://cwe.mitre.org/data/definitions/<id>.html state in CWE 4.14 to 4.16.
// Checked one by one; an entry not checked is not listed here.
constexpr std::array kDiscouraged {20, 119, 284, 400};

const CweCatalog::Entry *find(int id)
{
    const auto it = std::lower_bound(kEntries.cbegin(), kEntries.cend(), id,
        [](const CweCatalog::Entry &e, int key) { return e.id < key; });
    return it != kEntries.cend() && it->id == id ? &*it : nullptr;
}

} // namespace

namespace CweCatalog {

QList<Entry> entries()
{
    return QList<Entry>(kEntries.cbegin(), kEntries.cend());
}

bool contains(int id)
{
    return find(id) != nullptr;
}

QString name(int id)
{
    const Entry *e = find(id);
    return e ? QString::fromLatin1(e->name) : QString();
}

bool isDiscouraged(int id)
{
    return std::find(kDiscouraged.cbegin(), kDiscouraged.cend(), id) != kDiscouraged.cend();
}

QString mappingWarning(int id)
{
    if (!isDiscouraged(id))
        return QString();
    return QCoreApplication::translate("CweCatalog",
        "MITRE discourages mapping vulnerabilities to %1, which is too abstract for a CVE; name the "
        "more specific weakness beneath it.")
        .arg(label(id));
}

QString label(int id)
{
    return QStringLiteral("CWE-%1").arg(id);
}

bool parse(const QString &text, int *id)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1StringView("CWE-"), Qt::CaseInsensitive))
        t = t.mid(4);
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n <= 0)
        return false;
    *id = n;
    return true;
}

} // namespace CweCatalog
