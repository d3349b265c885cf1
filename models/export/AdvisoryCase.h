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

    /// The products the advisory speaks about: the advisory data's, or else the case's own
    /// product and version as known affected (a case always names one).
    QList<AffectedProduct> products() const;
    /// The acknowledgments that may be published: the reporter when they consented to be
    /// credited, and every advisory acknowledgment with consent.
    QList<Acknowledgment> publishableAcknowledgments() const;
    /// The primary score of a CVSS version family ("3" for 3.0/3.1, "4"), or nullptr.
    const CaseScore *score(QChar major) const;

    static Result<QList<AdvisoryCase>> load(
        const CaseStore &cases, const AdvisoryStore &advisories, const QList<qint64> &ids);
};

namespace CvssJson {
/// The FIRST CVSS JSON object (cvss-v3.x / cvss-v4.0 schema) for a score: version,
/// vectorString, baseScore, baseSeverity and every base metric the vector sets, named as the
/// schema names them. Empty when the vector does not parse.
QJsonObject object(const CaseScore &score);
} // namespace CvssJson
