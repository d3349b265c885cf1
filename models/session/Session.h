#pragma once

#include "core/Result.h"
#include "sla/SlaTracker.h"
#include "storage/Database.h"

#include <QString>

#include <memory>

class AdvisoryStore;
class AuditLog;
class CaseEditor;
class CaseStore;
class CorrespondenceStore;
class EvidenceStore;
class PolicyStore;
class ProductCatalogue;
class IntelStore;
class ReplyTemplates;
class SbomStore;
class SlaTracker;
class TeamSettings;

/// The composition root of an open case database (in the spirit of Tiled's MapDocument):
/// it owns the connection and everything built on it — the case store with its audit log,
/// the evidence, advisory and correspondence stores, the policies, products and reply
/// templates, the undoable editor and the SLA tracker — for as long as the database is
/// open. Panes and dialogs receive the session, or the one store they need from it; none
/// builds a store of its own. Closing the session (destroying it) closes the database,
/// after everything that refers to it.
class Session final
{
public:
    /// Opens a SQLite file or postgresql:// URL (running the migrations) and builds the
    /// stores on it.
    /// Deadlines: loaded before open() returns (Load::Now: the CLI, tests) or on a thread of
    /// their own after it (Load::InBackground: the window, so 100,000 cases never delay it).
    /// A SQLite file the analyst cannot write (a read-only file or folder) is refused with
    /// the reason (Refuse), or opened read-only (ReadOnly: isReadOnly(), every change refused).
    enum class IfNotWritable { Refuse, ReadOnly };
    static Result<std::unique_ptr<Session>> open(const QString &location,
        SlaTracker::Load deadlines = SlaTracker::Load::Now,
        IfNotWritable ifNotWritable = IfNotWritable::Refuse);
    ~Session();
    Q_DISABLE_COPY_MOVE(Session)

    Database &database() const { return *m_db; }
    /// Where the database is, for a background job that opens its own connection to it.
    const Database::Location &location() const { return m_db->location(); }
    /// The location as shown to the analyst: the file path, or the URL without its password.
    QString displayLocation() const;
    /// Opened read-only (IfNotWritable::ReadOnly on a file the analyst cannot write).
    bool isReadOnly() const { return m_db->isReadOnly(); }

    CaseStore &cases() const { return *m_cases; }
    /// The one writer of the audit log and announcer of changes (CaseStore::caseChanged).
    AuditLog &auditLog() const;
    EvidenceStore &evidence() const { return *m_evidence; }
    AdvisoryStore &advisories() const { return *m_advisories; }
    CorrespondenceStore &correspondence() const { return *m_correspondence; }
    PolicyStore &policies() const { return *m_policies; }
    ProductCatalogue &products() const { return *m_products; }
    /// The SBOMs of product releases and the where-used query.
    SbomStore &sboms() const { return *m_sboms; }
    /// Imported vulnerability feeds (KEV, EPSS, OSV, CVE) and the upstream alerts.
    IntelStore &intel() const { return *m_intel; }
    ReplyTemplates &replyTemplates() const { return *m_templates; }
    CaseEditor &editor() const { return *m_editor; }
    SlaTracker &tracker() const { return *m_tracker; }

    /// The team-wide settings kept in this database (typed keys, one owner of the table).
    TeamSettings &settings() const { return *m_settings; }

private:
    Session(std::unique_ptr<Database> db, SlaTracker::Load deadlines);

    // Declared in construction order; destroyed in reverse, the database last.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TeamSettings> m_settings;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<EvidenceStore> m_evidence;
    std::unique_ptr<AdvisoryStore> m_advisories;
    std::unique_ptr<CorrespondenceStore> m_correspondence;
    std::unique_ptr<PolicyStore> m_policies;
    std::unique_ptr<ProductCatalogue> m_products;
    std::unique_ptr<SbomStore> m_sboms;
    std::unique_ptr<IntelStore> m_intel;
    std::unique_ptr<ReplyTemplates> m_templates;
    std::unique_ptr<CaseEditor> m_editor;
    std::unique_ptr<SlaTracker> m_tracker;
};
