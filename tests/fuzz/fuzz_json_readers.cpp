// The JSON that models/ reads back: a case's advisory data (AdvisoryData::fromJson, the
// document AdvisoryStore keeps per case). The CSAF and CVE exports only write JSON; they
// are fed what was read, as an export of a case with hostile advisory data would be.
// (The SLA policy and calendar documents have their own target, fuzz_sla_policy.)

#include "FuzzSupport.h"
#include "advisory/AdvisoryData.h"
#include "export/CsafDocument.h"
#include "export/CveRecord.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <cstdint>

namespace {

using FuzzSupport::require;

AdvisoryCase exportedCase(const AdvisoryData &advisory)
{
    const QDateTime received(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::UTC);
    AdvisoryCase a;
    a.c.id = 42;
    a.c.trackingId = QStringLiteral("PSIRT-2026-0042");
    a.c.title = QStringLiteral("Stack overflow in the web interface");
    a.c.product = QStringLiteral("Edge Router");
    a.c.productVersion = QStringLiteral("4.2.1");
    a.c.reporterName = QStringLiteral("Alex Reporter");
    a.c.consentCredit = true;
    a.c.receivedAt = received;
    a.c.description = QStringLiteral("A long header overflows a stack buffer.");
    a.c.status = CaseStatus::Resolved;
    a.c.cvssVector = QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    a.c.cvssScore = 9.8;
    a.c.severity = QStringLiteral("critical");
    a.scores = {{QStringLiteral("3.1"), a.c.cvssVector, 9.8, QStringLiteral("critical"), true, received,
                    QStringLiteral("analyst")},
        {QStringLiteral("4.0"),
            QStringLiteral("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"), 9.3,
            QStringLiteral("critical"), false, received, QStringLiteral("analyst")}};
    a.advisory = advisory;
    return a;
}

void checkExports(const AdvisoryData &advisory)
{
    static const AdvisoryPublisher publisher {QStringLiteral("Example PSIRT"),
        QStringLiteral("https://psirt.example.com"), QStringLiteral("psirt@example.com"),
        QStringLiteral("b3476cb9-2e3d-41a6-98d0-0f47421a65b6"), QStringLiteral("example"), {}, {}};
    const QList<AdvisoryCase> cases {exportedCase(advisory)};
    CsafDocument::Options csafOptions;
    csafOptions.now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::UTC);
    if (const auto csaf = CsafDocument::build(cases, publisher, csafOptions))
        require(QJsonDocument::fromJson(*csaf).isObject(), "a CSAF document is a JSON object");
    CveRecord::Options cveOptions;
    cveOptions.published = csafOptions.now;
    if (const auto cve = CveRecord::build(cases.constFirst(), publisher, cveOptions))
        require(QJsonDocument::fromJson(*cve).isObject(), "a CVE record is a JSON object");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQtLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto advisory = AdvisoryData::fromJson(json);
    if (!advisory)
        return 0;
    require(bool(advisory->validate()), "what reads is valid");
    [[maybe_unused]] const QString summary = advisory->summary();
    for (const AffectedProduct &p : advisory->products) [[maybe_unused]]
        const QString version = p.versionText();

    // What the store writes must read back, and read back to itself (the first write may
    // normalise, e.g. a date's zone to UTC).
    const QByteArray written = advisory->toJson();
    const auto again = AdvisoryData::fromJson(written);
    require(bool(again), "advisory data's own JSON reads back");
    require(again->toJson() == written, "advisory data's own JSON is a fixed point");
    checkExports(*advisory);
    return 0;
}
