#pragma once

#include "AdvisoryData.h"
#include "core/Product.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>

class AuditLog;
class CaseStore;
class Database;
class TeamSettings;

/// Who publishes the team's advisories (CSAF document.publisher, CVE providerMetadata):
/// team-wide settings in the case database.
struct AdvisoryPublisher
{
    QString name; // "Example Corp PSIRT"
    QString nameSpace; // the publisher's URL, e.g. "https://psirt.example.com"
    QString contact; // e-mail or URL for questions
    QString cveOrgId; // the CNA's organisation UUID (CVE records)
    QString cveShortName; // the CNA's short name
    QString vendor; // the company whose products these are; empty: the publisher's name

    /// The product catalogue by product name in lower case (ExportService fills it from
    /// ProductCatalogue): third-party products are listed under their own vendor, and
    /// products and releases are identified by their CPE and purl.
    QHash<QString, Product> products;

    QString vendorName() const { return vendor.trimmed().isEmpty() ? name.trimmed() : vendor.trimmed(); }
    /// The vendor a product is published under: its maker from the catalogue, or vendorName().
    QString vendorOf(const QString &product) const
    {
        const auto it = products.constFind(product.trimmed().toLower());
        return it == products.cend() || it->vendor.trimmed().isEmpty() ? vendorName() : it->vendor.trimmed();
    }
    /// The catalogue's entry for a product named in an advisory, or nullptr.
    const Product *catalogueProduct(const QString &product) const
    {
        const auto it = products.constFind(product.trimmed().toLower());
        return it == products.cend() ? nullptr : &*it;
    }

    static AdvisoryPublisher load(const TeamSettings &settings);
    [[nodiscard]] Status save(TeamSettings &settings) const;
    /// What an export needs (a name and an https namespace; the CNA UUID for CVE records).
    Status validateForCsaf() const;
    Status validateForCve() const;
};

/// The advisory data of each case (migration 6: case_advisories, one JSON document per case
/// with its own row version). Saving checks the data (AdvisoryData::validate), refuses a
/// stale version (another analyst saved in between), and records the audit entry
/// "advisory" with the old and new summary in the same transaction through the AuditLog,
/// which announces it as CaseStore::caseChanged(id, CaseField::Advisory) here and to other
/// analysts.
class AdvisoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvisoryStore)

public:
    /// On the connection and audit log of cases. Saving also keeps the case's CVE ids
    /// (table case_cves) and marks the case actively exploited when a newly named CVE is in
    /// the KEV catalog (CaseStore::markKnownExploited), in the same transaction.
    explicit AdvisoryStore(CaseStore &cases, QObject *parent = nullptr);
    ~AdvisoryStore() override;

    struct Stored
    {
        AdvisoryData data;
        int rowVersion = 0; // 0: nothing stored yet
    };
    Result<Stored> load(qint64 caseId) const { return read(m_db, caseId); }
    /// The same, for a reader that holds no store (a report loading a case).
    static Result<Stored> read(const Database &db, qint64 caseId);
    /// Saves data as the case's advisory if its stored version is still expectedVersion;
    /// returns the new version.
    Result<int> save(qint64 caseId, const AdvisoryData &data, int expectedVersion);

    /// Writes advisory data recorded elsewhere (demo data, another tool) as version 1 of each
    /// case, in one transaction and WITHOUT audit entries: the caller's audit trail holds them
    /// (field "advisory", new value AdvisoryData::summary()). Every entry is validated.
    struct Imported
    {
        qint64 caseId = 0;
        AdvisoryData data;
        QDateTime at;
        QString by;
    };
    Status importAdvisories(const QList<Imported> &advisories);

    AuditLog &auditLog() const { return m_audit; }

    /// The team's publisher settings in this database (see AdvisoryPublisher).
    AdvisoryPublisher publisher() const;
    Status savePublisher(const AdvisoryPublisher &publisher);

private:
    /// Replaces the case's rows in case_cves by the CVEs data names; added receives the new ones.
    Status writeCves(qint64 caseId, const AdvisoryData &data, QStringList *added);

    CaseStore &m_cases;
    Database &m_db;
    AuditLog &m_audit;
};
