#pragma once

#include "advisory/AdvisoryData.h"
#include "core/Case.h"
#include "core/Result.h"
#include "evidence/Attachment.h"
#include "report/HighlightedText.h"
#include "report/TlpLevel.h"
#include "sla/SlaEngine.h"
#include "storage/CaseStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QTimeZone>

class EvidenceStore;

/// Everything a case report shows, read from the case database in one go. Loading needs
/// the database connection and the shared syntax repository, so it happens in the thread
/// that owns them; the data is plain and can then be rendered on any thread.
struct CaseReportData
{
    struct Clock
    {
        QString name; // translated clock name of the policy
        ClockStatus status;
    };

    Case caseData;
    QList<CaseScore> scores;
    QList<AuditEntry> audit;
    QString policyName;
    QList<Clock> clocks;
    Embargo embargo;
    QTimeZone zone;
    QDateTime now; // the instant the clocks were evaluated at, and the report's date
    HighlightedText steps;

    struct EvidenceItem
    {
        Attachment attachment;
        QImage thumbnail; // images only, and only when the evidence store was unlocked
    };
    QList<EvidenceItem> evidence;
    AdvisoryData advisory; // CVE, CWE, affected products, remediation (AdvisoryStore)
    bool evidenceLocked = false; // the store was locked: listed without thumbnails

    /// Largest image body decoded for a thumbnail, and the thumbnail's longer side.
    static constexpr qint64 maxThumbnailSourceBytes = 32 * 1024 * 1024;
    static constexpr int thumbnailPixels = 480;

    /// Reads the case, its scores, evidence and audit trail, evaluates its clocks with engine
    /// as of now and highlights the steps to reproduce. The evidence is listed; when the store is unlocked,
    /// image evidence gets thumbnails (decoded under an allocation limit). Must run in the
    /// thread of store's connection and of SyntaxRepository (the GUI thread in the
    /// application).
    static Result<CaseReportData> load(const CaseStore &store, qint64 caseId, const SlaEngine &engine,
        const QDateTime &now, const EvidenceStore &evidence);
};

/// The PDF case report for product teams (issue 6): cover with tracking id, title and TLP
/// label, CVSS breakdown, affected product, description, highlighted steps to reproduce,
/// deadlines with a drawn timeline, remediation and audit summary; TLP marking and page
/// numbers on every page, a table of contents when it is long.
///
/// Privacy by default (policy 000: identifying information only with consent): unless the
/// reporter consented to sharing their identity, their name, e-mail address and
/// organisation are left out of the document altogether, wherever they would appear (the
/// reporter section, the audit trail, free text that quotes them), and the report says that
/// and why. Nothing is painted over: the text is never in the PDF.
namespace CaseReport {

struct Output
{
    QByteArray pdf;
    int pageCount = 0;
};

/// Renders the report. Any thread; the data is not shared.
Result<Output> render(const CaseReportData &data, TlpLevel tlp, const QString &author);

/// The text that replaces a withheld identity wherever it would appear.
QString redactedMarker();

} // namespace CaseReport
