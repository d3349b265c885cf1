#include "CaseScores.h"

#include "AuditLog.h"
#include "CaseColumns.h"
#include "CaseRepository.h"
#include "Database.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "storage/StoredText.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QTimeZone>

using StoredText::dec;
using StoredText::enc;
using StoredText::sqlError;

namespace {

// A case's severity columns, as the primary score (or none) leaves them.
Status mirrorPrimary(Database &db, qint64 caseId, const CaseScore *primary)
{
    Case c;
    if (primary) {
        c.cvssVector = primary->vector;
        c.cvssScore = primary->score;
        c.severity = primary->severity;
    }
    QSqlQuery q(db.connection());
    q.prepare(
        CaseColumns::updateStatement({CaseColumn::CvssVector, CaseColumn::CvssScore, CaseColumn::Severity}));
    q.addBindValue(CaseColumns::stored(CaseColumn::CvssVector, c));
    q.addBindValue(CaseColumns::stored(CaseColumn::CvssScore, c));
    q.addBindValue(CaseColumns::stored(CaseColumn::Severity, c));
    q.addBindValue(caseId);
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

} // namespace

CaseScores::CaseScores(Database &db, AuditLog &audit, const CaseRepository &cases)
    : m_db(db)
    , m_audit(audit)
    , m_cases(cases)
{ }

QString CaseScores::versionOf(const QString &vector)
{
    return vector.startsWith(u"CVSS:4.0/") ? QStringLiteral("4.0")
        : vector.startsWith(u"CVSS:3.1/")  ? QStringLiteral("3.1")
        : vector.startsWith(u"CVSS:3.0/")  ? QStringLiteral("3.0")
                                           : QStringLiteral("2.0");
}

Result<QList<CaseScore>> CaseScores::scores(qint64 caseId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT version, vector, score, severity, is_primary, scored_at, scored_by"
                             " FROM case_scores WHERE case_id = ? ORDER BY is_primary DESC, version DESC"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Result<QList<CaseScore>>::failure(sqlError(q));
    const QSqlRecord record = q.record();
    const int version = record.indexOf(QStringLiteral("version"));
    const int vector = record.indexOf(QStringLiteral("vector"));
    const int score = record.indexOf(QStringLiteral("score"));
    const int severity = record.indexOf(QStringLiteral("severity"));
    const int primary = record.indexOf(QStringLiteral("is_primary"));
    const int scoredAt = record.indexOf(QStringLiteral("scored_at"));
    const int scoredBy = record.indexOf(QStringLiteral("scored_by"));
    QList<CaseScore> list;
    while (q.next()) {
        CaseScore s;
        s.version = q.value(version).toString();
        s.vector = dec(q.value(vector));
        s.score = q.value(score).toDouble();
        s.severity = dec(q.value(severity));
        s.primary = q.value(primary).toInt() != 0;
        if (const QVariant at = q.value(scoredAt); !at.isNull())
            s.scoredAt = QDateTime::fromMSecsSinceEpoch(at.toLongLong(), QTimeZone::UTC);
        s.scoredBy = dec(q.value(scoredBy));
        list.append(s);
    }
    return list;
}

Status CaseScores::setScore(qint64 caseId, const CaseScore &score, int expectedRowVersion)
{
    static const QStringList versions
        = {QStringLiteral("2.0"), QStringLiteral("3.0"), QStringLiteral("3.1"), QStringLiteral("4.0")};
    if (!versions.contains(score.version))
        return Status::failure(QCoreApplication::translate("CaseStore", "Unknown CVSS version “%1”.")
                .arg(score.version.left(20)));
    if (score.vector.isEmpty() || score.vector.size() > 400 || score.score < 0 || score.score > 10)
        return Status::failure(QCoreApplication::translate("CaseStore", "Invalid CVSS assessment."));
    const QDateTime nowDt = Clock::nowUtc();
    const qint64 now = nowDt.toMSecsSinceEpoch();
    return m_db.transaction([&]() -> Status {
        CaseFields changed = CaseField::Scores;
        QList<AuditLog::Entry> entries;
        const auto current = m_cases.caseById(caseId);
        if (!current)
            return Status::failure(current.error());
        const auto existing = scores(caseId);
        if (!existing)
            return Status::failure(existing.error());
        QString oldVector;
        bool hasPrimary = false;
        for (const CaseScore &e : *existing) {
            if (e.version == score.version)
                oldVector = e.vector;
            hasPrimary = hasPrimary || (e.primary && e.version != score.version);
        }
        const bool primary = score.primary || !hasPrimary;
        QSqlQuery q(m_db.connection());
        if (primary) {
            q.prepare(QStringLiteral("UPDATE case_scores SET is_primary = 0 WHERE case_id = ?"));
            q.addBindValue(caseId);
            if (!q.exec())
                return Status::failure(sqlError(q));
        }
        q.prepare(QStringLiteral(
            "INSERT INTO case_scores (case_id, version, vector, score, severity, is_primary, scored_at, "
            "scored_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, version) DO UPDATE SET vector = "
            "excluded.vector,"
            " score = excluded.score, severity = excluded.severity, is_primary = excluded.is_primary,"
            " scored_at = excluded.scored_at, scored_by = excluded.scored_by"));
        q.addBindValue(caseId);
        q.addBindValue(score.version);
        q.addBindValue(enc(score.vector));
        q.addBindValue(score.score);
        q.addBindValue(enc(score.severity));
        q.addBindValue(primary ? 1 : 0);
        q.addBindValue(now);
        q.addBindValue(enc(Analyst::current()));
        if (!q.exec())
            return Status::failure(sqlError(q));
        entries.append({QStringLiteral("cvss"), oldVector, score.vector});
        if (primary && current->cvssVector != score.vector) {
            if (Status s = mirrorPrimary(m_db, caseId, &score); !s)
                return s;
            entries.append({QStringLiteral("cvss_vector"), current->cvssVector, score.vector});
            changed |= CaseField::CvssVector | CaseField::CvssScore | CaseField::Severity;
        }
        const auto recorded = m_audit.record({caseId, changed, entries, expectedRowVersion, nowDt});
        return recorded ? Status() : Status::failure(recorded.error());
    });
}

Status CaseScores::removeScore(
    qint64 caseId, const QString &version, const QString &restorePrimary, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Status {
        const auto current = m_cases.caseById(caseId);
        if (!current)
            return Status::failure(current.error());
        const auto existing = scores(caseId);
        if (!existing)
            return Status::failure(existing.error());
        QList<AuditLog::Entry> entries;
        std::optional<CaseScore> removed;
        std::optional<CaseScore> promote;
        for (const CaseScore &e : *existing) {
            if (e.version == version)
                removed = e;
            else if (e.version == restorePrimary)
                promote = e;
        }
        if (!removed)
            return {};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM case_scores WHERE case_id = ? AND version = ?"));
        q.addBindValue(caseId);
        q.addBindValue(version);
        if (!q.exec())
            return Status::failure(sqlError(q));
        entries.append({QStringLiteral("cvss"), removed->vector, {}});
        if (removed->primary) {
            if (promote) {
                q.prepare(QStringLiteral(
                    "UPDATE case_scores SET is_primary = 1 WHERE case_id = ? AND version = ?"));
                q.addBindValue(caseId);
                q.addBindValue(promote->version);
                if (!q.exec())
                    return Status::failure(sqlError(q));
            }
            if (Status s = mirrorPrimary(m_db, caseId, promote ? &*promote : nullptr); !s)
                return s;
            entries.append(
                {QStringLiteral("cvss_vector"), current->cvssVector, promote ? promote->vector : QString()});
        }
        const auto recorded = m_audit.record(
            {caseId, CaseField::Scores | CaseField::CvssVector | CaseField::CvssScore | CaseField::Severity,
                entries, expectedRowVersion});
        return recorded ? Status() : Status::failure(recorded.error());
    });
}

CaseScores::Import::Import(Database &db)
    : m_insert(db.connection())
{
    m_valid = m_insert.prepare(QStringLiteral(
        "INSERT INTO case_scores (case_id, version, vector, score, severity, is_primary, scored_at,"
        " scored_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"));
}

QString CaseScores::Import::errorString() const
{
    return sqlError(m_insert);
}

Status CaseScores::Import::add(qint64 caseId, const Case &c)
{
    const QString vector = c.cvssVector.trimmed();
    if (vector.isEmpty() || !c.cvssScore)
        return {};
    m_insert.bindValue(0, caseId);
    m_insert.bindValue(1, versionOf(vector));
    m_insert.bindValue(2, enc(vector));
    m_insert.bindValue(3, *c.cvssScore);
    m_insert.bindValue(4, enc(c.severity.trimmed()));
    m_insert.bindValue(5, (c.updatedAt.isValid() ? c.updatedAt : c.createdAt).toMSecsSinceEpoch());
    m_insert.bindValue(6, enc(c.owner.trimmed()));
    return m_insert.exec() ? Status() : Status::failure(sqlError(m_insert));
}
