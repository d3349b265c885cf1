#include "AdvisoryFixture.h"

#include <QTimeZone>

namespace {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(9, 0), QTimeZone::UTC);
}

} // namespace

namespace AdvisoryFixture {

AdvisoryCase sampleCase()
{
    AdvisoryCase ac;
    Case &c = ac.c;
    c.id = 42;
    c.trackingId = QStringLiteral("PSIRT-2026-0042");
    c.title = QStringLiteral("Heap overflow in the HTTP management API");
    c.product = QStringLiteral("GigaSpire u6");
    c.productVersion = QStringLiteral("23.4.1");
    c.description = QStringLiteral("A long Host header overflows a heap buffer in the management API; an "
                                   "unauthenticated attacker on the network runs code as root.");
    c.reporterName = QStringLiteral("Ada Okafor");
    c.reporterEmail = QStringLiteral("ada.okafor@example.org");
    c.reporterOrganisation = QStringLiteral("Northwind Security Labs");
    c.consentCredit = true;
    c.status = CaseStatus::Disclosed;
    ac.scores = {
        {QStringLiteral("3.1"), QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"), 9.8,
            QStringLiteral("Critical"), true, utc(2026, 6, 5), QStringLiteral("Mei Chen")},
        {QStringLiteral("4.0"),
            QStringLiteral("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"), 9.3,
            QStringLiteral("Critical"), false, utc(2026, 6, 5), QStringLiteral("Mei Chen")},
    };
    ac.scores.append({QStringLiteral("2.0"), QStringLiteral("AV:N/AC:L/Au:N/C:C/I:C/A:C"), 10.0,
        QStringLiteral("High"), false, utc(2026, 6, 5), QStringLiteral("Mei Chen")});
    AdvisoryData &a = ac.advisory;
    Vulnerability overflow;
    overflow.cve = QStringLiteral("CVE-2026-31337");
    overflow.cwes = {122, 787};
    overflow.title = QStringLiteral("Heap-based buffer overflow in the GigaSpire u6 management API");
    overflow.summary = QStringLiteral("A heap-based buffer overflow in the management API of GigaSpire u6 "
                                      "allows remote code execution.");
    overflow.description = QStringLiteral("The management API copies the HTTP Host header into a fixed-size "
                                          "heap buffer.\nA request with a long Host header overflows it.");
    overflow.impact = QStringLiteral("An unauthenticated remote attacker could run code as root.");
    overflow.products = {
        {QStringLiteral("GigaSpire u6"), QStringLiteral("23.1"), QStringLiteral("23.4.2"),
            ProductStatus::KnownAffected},
        {QStringLiteral("GigaSpire u6"), QStringLiteral("23.4.2"), QString(), ProductStatus::Fixed},
        {QStringLiteral("GigaSpire u10"), QStringLiteral("24.1"), QString(),
            ProductStatus::UnderInvestigation},
        AffectedProduct {
            QStringLiteral("BLAST u4"), QStringLiteral("22.0"), QString(), ProductStatus::KnownNotAffected}
            .notAffectedBecause(NotAffectedJustification::ComponentNotPresent,
                QStringLiteral("BLAST u4 firmware has no management API.")),
    };
    overflow.remediations = {
        {RemediationCategory::VendorFix, QStringLiteral("Update to 23.4.2 or later."),
            QStringLiteral("23.4.2"), QStringLiteral("https://psirt.example.com/downloads/gigaspire")},
        {RemediationCategory::Workaround,
            QStringLiteral("Block the management API (TCP 8443) from untrusted networks."), QString(),
            QString()},
    };
    // The second vulnerability has its own CWE and products, and no public text written: the
    // template's words are exported.
    Vulnerability outOfBounds;
    outOfBounds.cve = QStringLiteral("CVE-2026-31338");
    outOfBounds.cwes = {787};
    outOfBounds.products = {
        {QStringLiteral("GigaSpire u6"), QString(), QStringLiteral("23.4.2"), ProductStatus::KnownAffected},
    };
    outOfBounds.remediations = {{RemediationCategory::VendorFix, QStringLiteral("Update to 23.4.2 or later."),
        QStringLiteral("23.4.2"), QString()}};
    a.vulnerabilities = {overflow, outOfBounds};
    a.creditName = QStringLiteral("aokafor");
    a.creditType = CreditType::Finder;
    a.reporterAliases = {QStringLiteral("ada@northwind.example")};
    a.acknowledgments = {
        {QStringLiteral("Jonas Weber"), QStringLiteral("Fabrikam Offensive Research"), true,
            CreditType::RemediationVerifier},
        {QStringLiteral("Someone Private"), QString(), false},
    };
    a.revisions = {
        {QStringLiteral("1"), utc(2026, 8, 20), QStringLiteral("Initial release.")},
        {QStringLiteral("2"), utc(2026, 9, 2), QStringLiteral("GigaSpire u10 under investigation added.")},
    };
    return ac;
}

AdvisoryCase secondCase()
{
    AdvisoryCase ac;
    Case &c = ac.c;
    c.id = 43;
    c.trackingId = QStringLiteral("PSIRT-2026-0043");
    c.title = QStringLiteral("Stored XSS in the device name");
    c.product = QStringLiteral("GigaSpire u6");
    c.productVersion = QStringLiteral("23.4.1");
    c.description = QStringLiteral("The device name is shown unescaped on the status page.");
    c.reporterName = QStringLiteral("Anonymous Reporter");
    c.consentCredit = false;
    ac.scores = {{QStringLiteral("3.1"), QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N"), 5.4,
        QStringLiteral("Medium"), true, utc(2026, 7, 1), QStringLiteral("Mei Chen")}};
    c.status = CaseStatus::Disclosed;
    Vulnerability xss;
    xss.cve = QStringLiteral("CVE-2026-40001");
    xss.cwes = {79};
    xss.remediations = {{RemediationCategory::VendorFix, QStringLiteral("Update to 23.4.2 or later."),
        QStringLiteral("23.4.2"), QString()}};
    ac.advisory.vulnerabilities = {xss};
    ac.advisory.revisions = {{QStringLiteral("1"), utc(2026, 8, 21), QStringLiteral("Initial release.")}};
    return ac;
}

AdvisoryPublisher publisher()
{
    return {QStringLiteral("Example Networks PSIRT"), QStringLiteral("https://psirt.example.com"),
        QStringLiteral("psirt@example.com"), QStringLiteral("b3476cb9-2e3d-41a6-98d0-0f47421a65b6"),
        QStringLiteral("ExampleNet"), QStringLiteral("Example Networks"), {}};
}

} // namespace AdvisoryFixture
