#pragma once

#include "AdvisoryData.h"

#include <QList>

struct Case;
struct CaseScore;

/// The first words of an advisory: public text for a vulnerability, made from what the team
/// decided about the case (its product and version, the vulnerability's CWE, products and
/// fixed versions, the primary CVSS vector), never from the report's free text, which is the
/// researcher's and may name them. The Advisory tab prefills empty fields with it, and an
/// export of a field nobody wrote uses it. The words are English, as the advisories are
/// (CSAF document.lang "en").
namespace AdvisoryTemplate {

/// The case's own product and version as known affected, when the vulnerability lists none.
QList<AffectedProduct> productsOf(const Vulnerability &v, const Case &c);

/// v with every empty public text (title, summary, description, impact) written from the
/// template; written text is kept as it is.
Vulnerability prefilled(Vulnerability v, const Case &c, const QList<CaseScore> &scores);

/// "A remote attacker without authentication could read confidential information and make
/// the product unavailable." from a CVSS 3.x or 4.0 vector; empty for another vector.
QString impactOf(const QString &cvssVector);

} // namespace AdvisoryTemplate
