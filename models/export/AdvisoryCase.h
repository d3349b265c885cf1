#pragma once

#include "advisory/AdvisoryData.h"
#include "core/Case.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>

class AdvisoryStore;
class CaseStore;

/// What an advisory export reads of one case: the case, its CVSS scores and its advisory
/// data. The exports are functions of this (and of the publisher and the time), so they are
/// deterministic and golden-file tested.
struct AdvisoryCase
{
    Case c;
    QList<CaseScore> scores;
    AdvisoryData advisory;

    /// The case's vulnerabilities as public documents show them: the advisory's (or one
    /// without a CVE id when none is entered), each with the case's own product when it lists
    /// none, and every public text nobody wrote taken from AdvisoryTemplate. Never the
    /// report's text.
    QList<Vulnerability> vulnerabilities() const;
    /// Who a public document credits: the reporter under their credit name when they consented
    /// to be credited, and every acknowledgment with consent. Names only: e-mail addresses and
    /// organisations stay in the team.
    struct Credit
    {
        QString name;
        CreditType type = CreditType::Finder;
        bool operator==(const Credit &other) const = default;
    };
    QList<Credit> credits() const;
    /// The primary score of a CVSS version family ("2", "3" for 3.0/3.1, "4"), or nullptr.
    const CaseScore *score(QChar major) const;

    static Result<QList<AdvisoryCase>> load(
        const CaseStore &cases, const AdvisoryStore &advisories, const QList<qint64> &ids);
};

namespace CvssJson {
/// The FIRST CVSS JSON object (cvss-v2.0 / cvss-v3.x / cvss-v4.0 schema) for a score: version,
/// vectorString, baseScore, baseSeverity and every base metric the vector sets, named as the
/// schema names them. Empty when the vector does not parse.
QJsonObject object(const CaseScore &score);
} // namespace CvssJson
