#include "CaseImporter.h"

#include "CaseColumns.h"
#include "CaseScores.h"
#include "Database.h"
#include "TrackingIds.h"
#include "core/TextSanitizer.h"
#include "storage/StoredText.h"

#include <QCoreApplication>
#include <QSqlQuery>

using StoredText::sqlError;

namespace {

QString importProblem(const Case &c)
{
    if (c.title.trimmed().isEmpty())
        return QCoreApplication::translate("CaseStore", "An imported case has no title.");
    if (!c.receivedAt.isValid())
        return QCoreApplication::translate("CaseStore", "The imported case “%1” has no time of receipt.")
            .arg(TextSanitizer::singleLine(c.title.left(100)));
    const CaseField textFields[] = {CaseField::Title, CaseField::Product, CaseField::ProductVersion,
        CaseField::ReporterName, CaseField::ReporterEmail, CaseField::ReporterOrganisation,
        CaseField::Description, CaseField::StepsToReproduce, CaseField::Owner, CaseField::CvssVector,
        CaseField::Severity, CaseField::TrackingId, CaseField::SsvcVector, CaseField::EmbargoReason,
        CaseField::SlaPolicy, CaseField::Priority, CaseField::ExploitedSource};
    for (CaseField f : textFields) {
        if (c.value(f).toString().size() > CaseFieldInfo::maxLength(f))
            return QCoreApplication::translate("CaseStore", "%1 of the imported case “%2” is too long.")
                .arg(CaseFieldInfo::displayName(f), TextSanitizer::singleLine(c.title.left(100)));
    }
    return {};
}

// The case as it is stored: one-line fields trimmed, and the times and row version a case
// written elsewhere may lack filled in.
void normalise(Case *c)
{
    for (QString *text : {&c->trackingId, &c->title, &c->product, &c->productVersion, &c->reporterName,
             &c->reporterEmail, &c->reporterOrganisation, &c->owner, &c->cvssVector, &c->severity})
        *text = text->trimmed();
    if (!c->createdAt.isValid())
        c->createdAt = c->receivedAt;
    if (!c->updatedAt.isValid())
        c->updatedAt = c->createdAt;
    c->rowVersion = qMax(1, c->rowVersion);
}

} // namespace

CaseImporter::CaseImporter(Database &db, AuditLog &audit, TrackingIds &trackingIds)
    : m_db(db)
    , m_audit(audit)
    , m_trackingIds(trackingIds)
{ }

Status CaseImporter::importCases(const QList<Case> &cases, const QList<QList<AuditEntry>> &trails)
{
    qsizetype i = 0;
    return importCases([&](Case *c, QList<AuditEntry> *trail) {
        if (i >= cases.size())
            return false;
        *c = cases.at(i);
        *trail = trails.value(i);
        ++i;
        return true;
    });
}

Status CaseImporter::importCases(const Source &next)
{
    const auto pattern = m_trackingIds.parsedPattern();
    if (!pattern)
        return Status::failure(pattern.error());
    const bool pg = m_db.backend() == Database::Backend::PostgreSQL;
    int imported = 0;
    return m_db.transaction([&]() -> Status {
        // Positional binds on statements prepared once: the import's hot loop.
        QSqlQuery withId(m_db.connection());
        QSqlQuery withoutId(m_db.connection());
        if (!withId.prepare(CaseColumns::insertStatement(true)))
            return Status::failure(sqlError(withId));
        if (!withoutId.prepare(CaseColumns::insertStatement(false)))
            return Status::failure(sqlError(withoutId));
        // Audit rows outnumber cases about ten to one: the log writes them in batches.
        AuditLog::Batch auditBatch(m_audit);
        CaseScores::Import scores(m_db);
        if (!scores.isValid())
            return Status::failure(scores.errorString());
        QHash<QString, qint64> highest; // tracking counter scope → highest imported number
        bool explicitIds = false;
        Case c;
        QList<AuditEntry> trail;
        while (next(&c, &trail)) {
            if (const QString problem = importProblem(c); !problem.isEmpty())
                return Status::failure(problem);
            normalise(&c);
            const bool withOwnId = c.id > 0;
            explicitIds = explicitIds || withOwnId;
            QSqlQuery &q = withOwnId ? withId : withoutId;
            CaseColumns::bindInsert(q, c, withOwnId);
            if (!q.exec())
                return Status::failure(sqlError(q));
            qint64 id = c.id;
            if (!withOwnId) {
                if (!q.next())
                    return Status::failure(sqlError(q));
                id = q.value(0).toLongLong(); // RETURNING id: the only column
                q.finish();
            }
            for (const AuditEntry &e : std::as_const(trail)) {
                if (Status a = auditBatch.add(id, e, c.createdAt); !a)
                    return a;
            }
            if (Status s = scores.add(id, c); !s)
                return s;
            QString scope;
            qint64 number = 0;
            if (!c.trackingId.isEmpty() && pattern->parseId(c.trackingId, &scope, &number))
                highest[scope] = qMax(highest.value(scope), number);
            ++imported;
            c = Case();
            trail.clear();
        }
        if (Status f = auditBatch.finish(); !f)
            return f;
        // Explicit ids bypass PostgreSQL's identity sequence; move it past them.
        QSqlQuery q(m_db.connection());
        if (pg && explicitIds
            && !q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('cases', 'id'),"
                                      " (SELECT COALESCE(MAX(id), 1) FROM cases))")))
            return Status::failure(sqlError(q));
        if (Status s = m_trackingIds.advancePast(highest); !s)
            return s;
        return m_audit.recordImport(imported); // views here and other analysts' reload
    });
}
