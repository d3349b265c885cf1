#pragma once

#include "SbomDocument.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

class AuditLog;
class Database;

/// What one release's stored SBOM is.
struct SbomSummary
{
    qint64 id = 0;
    QString product;
    QString release;
    QString format; // "CycloneDX 1.5", "SPDX-2.3"
    QString subject;
    int components = 0;
    QString sha256;
    QDateTime importedAt;
    QString importedBy;
};

/// One answer of a where-used query: a release that contains a matching component.
struct WhereUsedHit
{
    QString product;
    QString release;
    QString component;
    QString version;
    QString purl;
    QString cpe;
    /// 1: a direct dependency of the release; more: reached through others; 0: the SBOM
    /// lists it without saying how it is reached.
    int depth = 0;
    QString via; // "name version" of the component it is reached through (depth > 1)
};

/// The SBOMs of product releases (the sboms, sbom_components and sbom_dependencies tables,
/// which only this class writes), and the where-used query over all of them.
///
/// Importing a release's SBOM replaces the one it had, in one transaction, audited on the
/// team trail (AuditLog::recordTeam, TeamTopic::Sboms) with what was replaced.
class SbomStore final
{
public:
    SbomStore(Database &db, AuditLog &audit);

    /// Reads, checks and stores an SBOM for a release of a catalogue product.
    Result<SbomSummary> import(const QString &product, const QString &release, const QByteArray &json);
    Result<QList<SbomSummary>> list() const;
    /// Removes a release's SBOM; audited.
    Status remove(const QString &product, const QString &release);

    /// Which releases contain a component, directly or transitively:
    /// - "pkg:type/namespace/name" (any version) or with "@version" (that version);
    /// - "cpe:2.3:…" (a pattern: ANY fields match anything);
    /// - anything else is a component name (case-insensitive).
    /// range, when given, is a vers range ("vers:npm/<4.17.21") the component's version
    /// must fall in. Sorted by product, release, component.
    Result<QList<WhereUsedHit>> whereUsed(const QString &query, const QString &range = {}) const;

private:
    Database &m_db;
    AuditLog &m_audit;
};
