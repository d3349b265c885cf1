#pragma once

#include "advisory/AdvisoryData.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class AdvisoryStore;
class AuditLog;
class CaseStore;
class Database;

/// The state of one imported feed: what it is as of (the data's own date), not when it came.
struct FeedStatus
{
    QString feed; // "kev", "epss", "osv", "cve"
    QString version; // the KEV catalog version, the EPSS model version, the file imported
    QString dataDate; // the date the data is as of
    int records = 0;
    QDateTime importedAt;
    QString importedBy;
};

/// What an import did.
struct FeedImport
{
    QString feed;
    int records = 0; // stored (replaced or added)
    int skipped = 0; // entries the reader or the store refused, each with a warning
    QStringList warnings;
    int newAlerts = 0; // upstream alerts the import raised
    QList<qint64> exploitedCases; // cases a KEV import marked actively exploited
};

/// EPSS and KEV for one CVE.
struct CveIntel
{
    QString cve;
    bool hasEpss = false;
    double epss = 0; // probability of exploitation in the next 30 days, 0..1
    double percentile = 0;
    QString epssDate;
    bool onKev = false;
    QDate kevAdded;
    QDate kevDue;
    bool ransomware = false;
    QString kevName;

    /// "EPSS 0.943 (99.9th percentile, 2026-11-30) · KEV since 2024-03-29, due 2024-04-19,
    /// ransomware: known"; empty when neither is known.
    QString text() const;
};

/// A published vulnerability (OSV, CVE List) that hits a component of the team's releases.
struct UpstreamAlert
{
    enum class State { Open, Case, Dismissed };
    qint64 id = 0;
    QString recordId; // GHSA-…, CVE-…
    QString cve;
    QString title;
    QString cvssVector;
    QList<int> cwes;
    QString component; // "openssl 3.0.13"
    QString componentKey; // the purl without version, or the CPE vendor:product, or the name
    QStringList releases; // "GigaSpire U6 24.1.0", …
    State state = State::Open;
    qint64 caseId = 0;
    NotAffectedJustification justification = NotAffectedJustification::None;
    QString note;
    QDateTime createdAt;
    CveIntel intel;

    static QString stateId(State state);
    /// The state a stored id names; anything unknown reads as open.
    static State stateFromId(const QString &id);
    static QString stateName(State state); // translated
};

/// Vulnerability intelligence a team carries in as files (nothing is fetched): the CISA KEV
/// catalog, FIRST EPSS scores, OSV and CVE List records; the only writer of their tables
/// and of the upstream alerts. Each import replaces what the feed said before (idempotent),
/// keeps the data's own date, is one transaction, audited on the team trail
/// (TeamTopic::Feeds), and then matches the affected packages against every SBOM
/// component (match()): a record whose vers range contains a component's version raises one
/// alert per record and component, which stays decided once an analyst opened a case from
/// it or dismissed it with a VEX justification.
class IntelStore final
{
public:
    /// On the connection and audit log of cases; a KEV import marks the cases whose CVEs
    /// the catalog newly lists as actively exploited (CaseStore::markKnownExploited).
    explicit IntelStore(CaseStore &cases);

    Result<FeedImport> importKev(const QString &path);
    Result<FeedImport> importEpss(const QString &path);
    /// OSV or CVE List records: a JSON file or a ZIP of them (nested once), each record
    /// recognised by its shape.
    Result<FeedImport> importRecords(const QString &path);
    Result<QList<FeedStatus>> feeds() const;

    /// EPSS and KEV for each CVE given (unknown ones come back with neither).
    Result<QHash<QString, CveIntel>> intel(const QStringList &cves) const;

    /// Matches the imported records against the SBOM components: new matches become open
    /// alerts, known ones get their releases brought up to date. Returns how many are new.
    Result<int> match();
    Result<QList<UpstreamAlert>> alerts(bool openOnly = false) const;
    Result<UpstreamAlert> alert(qint64 id) const;

    /// Opens a case from an open alert: the title, product and release, the record's text,
    /// and the advisory data (CVE, CWEs, the affected releases; the vector when the record
    /// has one, through the returned CaseScore text) prefilled. Returns the case id.
    Result<qint64> openCase(qint64 alertId, CaseStore &cases, AdvisoryStore &advisories);
    /// Dismisses an open alert: the releases are not affected, for the reason given.
    Status dismiss(qint64 alertId, NotAffectedJustification why, const QString &note);

private:
    Status recordFeed(const FeedStatus &status, int replaced);

    CaseStore &m_cases;
    Database &m_db;
    AuditLog &m_audit;

public:
    /// The alerts whose releases include this one (product and version as the catalogue
    /// names them, either in any case), in the order they were raised, each with when an
    /// analyst last decided on it (the team trail; for an open alert, when it was raised):
    /// what a release's VEX document states about upstream vulnerabilities
    /// (ExportService::productVex). Title and CVE come with each; CVSS, CWEs and intel do not.
    /// Static, on the connection and trail an export already reads.
    static Result<QList<std::pair<UpstreamAlert, QDateTime>>> releaseAlerts(
        Database &db, const AuditLog &audit, const QString &product, const QString &release);
};
