#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// One vulnerability of CISA's Known Exploited Vulnerabilities catalog.
struct KevEntry
{
    QString cveId;
    QString vendorProject;
    QString product;
    QString vulnerabilityName;
    QString shortDescription;
    QString requiredAction;
    QString notes;
    QDate dateAdded;
    QDate dueDate;
    /// knownRansomwareCampaignUse == "Known" ("Unknown" otherwise).
    bool knownRansomware = false;
    QStringList cwes;
};

/// CISA's Known Exploited Vulnerabilities catalog, read from the
/// known_exploited_vulnerabilities.json a team downloaded (nothing is fetched here). A file
/// that is not the catalog fails as a whole; an entry that cannot be read (no CVE id, a date
/// that is not a date, a wrong type) is left out and named in warnings
/// ("vulnerabilities[3].dateAdded: not a date").
struct KevCatalog
{
    static constexpr qsizetype maxFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype maxEntries = 200'000;

    QString catalogVersion;
    QDateTime dateReleased;
    QList<KevEntry> entries;
    QStringList warnings;

    static Result<KevCatalog> parse(const QByteArray &json);
};
