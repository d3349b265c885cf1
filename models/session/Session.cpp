#include "Session.h"

#include "advisory/AdvisoryStore.h"
#include "commands/CaseEditor.h"
#include "correspondence/CorrespondenceStore.h"
#include "correspondence/ReplyTemplates.h"
#include "evidence/EvidenceStore.h"
#include "intel/IntelStore.h"
#include "sbom/SbomStore.h"
#include "sla/PolicyStore.h"
#include "sla/SlaTracker.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"
#include "storage/TeamSettings.h"

Result<std::unique_ptr<Session>> Session::open(
    const QString &location, SlaTracker::Load deadlines, IfNotWritable ifNotWritable)
{
    using R = Result<std::unique_ptr<Session>>;
    const auto parsed = Database::Location::parse(location);
    if (!parsed)
        return R::failure(parsed.error());
    Database::Location where = *parsed;
    where.readOnly = ifNotWritable == IfNotWritable::ReadOnly && Database::onlyReadable(where);
    auto db = std::make_unique<Database>();
    if (const Status s = db->open(where); !s)
        return R::failure(s.error());
    return std::unique_ptr<Session>(new Session(std::move(db), deadlines));
}

Session::Session(std::unique_ptr<Database> db, SlaTracker::Load deadlines)
    : m_db(std::move(db))
    , m_settings(std::make_unique<TeamSettings>(*m_db))
    , m_cases(std::make_unique<CaseStore>(*m_db))
    , m_evidence(std::make_unique<EvidenceStore>(*m_db, m_cases->auditLog()))
    , m_advisories(std::make_unique<AdvisoryStore>(*m_cases))
    , m_correspondence(std::make_unique<CorrespondenceStore>(*m_db, m_cases->auditLog()))
    , m_policies(std::make_unique<PolicyStore>(*m_db))
    , m_products(std::make_unique<ProductCatalogue>(*m_db, &m_cases->auditLog()))
    , m_sboms(std::make_unique<SbomStore>(*m_db, m_cases->auditLog()))
    , m_intel(std::make_unique<IntelStore>(*m_cases))
    , m_templates(std::make_unique<ReplyTemplates>(*m_db))
    , m_editor(std::make_unique<CaseEditor>(*m_cases))
    , m_tracker(std::make_unique<SlaTracker>(*m_cases, *m_db, nullptr, deadlines))
{ }

Session::~Session() = default;

QString Session::displayLocation() const
{
    const Database::Location &where = m_db->location();
    return where.backend == Database::Backend::SQLite ? where.path : where.displayString();
}

AuditLog &Session::auditLog() const
{
    return m_cases->auditLog();
}
