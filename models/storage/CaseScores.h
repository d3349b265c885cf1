#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

class AuditLog;
class CaseRepository;
class Database;

/// The CVSS assessments of cases: the only writer of case_scores. The primary assessment is
/// mirrored into the case's cvss_vector, cvss_score and severity, in the same audited
/// transaction. CaseStore forwards to it.
class CaseScores final
{
public:
    CaseScores(Database &db, AuditLog &audit, const CaseRepository &cases);
    Q_DISABLE_COPY_MOVE(CaseScores)

    /// See CaseStore::scores(), setScore(), removeScore().
    Result<QList<CaseScore>> scores(qint64 caseId) const;
    Status setScore(qint64 caseId, const CaseScore &score, int expectedRowVersion = -1);
    Status removeScore(
        qint64 caseId, const QString &version, const QString &restorePrimary, int expectedRowVersion = -1);

    /// The CVSS version a vector is written in ("2.0" when it names none).
    static QString versionOf(const QString &vector);

    /// An import's scores: a scored case brings its vector as its primary score, as if set
    /// in the calculator (the Scoring tab, exports and reports read case_scores). Inside
    /// the importer's transaction, with one statement prepared for all cases.
    class Import final
    {
    public:
        explicit Import(Database &db);
        Q_DISABLE_COPY_MOVE(Import)

        /// Whether the statement could be prepared; errorString() says why not.
        bool isValid() const { return m_valid; }
        QString errorString() const;
        /// Records c's vector (if it has one and a score) as the primary score of caseId.
        Status add(qint64 caseId, const Case &c);

    private:
        QSqlQuery m_insert;
        bool m_valid = false;
    };

private:
    Database &m_db;
    AuditLog &m_audit;
    const CaseRepository &m_cases;
};
