#pragma once

#include "core/Result.h"
#include "export/CsafDocument.h"
#include "export/CsvWriter.h"
#include "export/CveRecord.h"
#include "report/TlpLevel.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class AdvisoryStore;
class CaseStore;
struct AdvisoryPublisher;
struct DashboardFigures;
class EvidenceStore;
class QAbstractItemModel;
class QueueModel;
class Session;
class TimelineModel;
struct AdvisoryCase;
struct Case;
struct CaseReportData;

/// Every document that leaves PSIRT Desk is made here: the PDF case report, the PDF
/// management report, CSAF 2.0 advisories, CVE JSON 5 records, the deadlines as iCalendar and
/// the CSV tables (inbox rows, the queue, the dashboard's tables). Each returns the bytes of
/// the document or why there are none; writing them to a file, standard output or a mail is
/// the caller's business. The window's File → Export and `psirtdesk-cli export` both call it,
/// so an export is written once.
///
/// It is also the one place that decides what of the reporter's identity a document may
/// carry (reporterDisclosure()): each export applies that decision to the data before the
/// renderer sees it, the reporter's consent as recorded on the case. The case report shows
/// name, address and organisation only with consent to share them (and redacts them from
/// free text otherwise); the advisories take their words from the public text of the
/// Advisory tab, credit the reporter only with consent to be credited, and are refused by
/// the disclosure check (checkDisclosure()) when any text in them still names the reporter.
class ExportService final
{
public:
    /// The stores an export reads; borrowed, they must outlive the service. The session's
    /// in the window, the command line's own in psirtdesk-cli.
    ExportService(const CaseStore &cases, const AdvisoryStore &advisories, const EvidenceStore &evidence);
    /// The stores of an open session.
    explicit ExportService(const Session &session);

    /// What of the reporter's identity an outward document may contain.
    struct ReporterDisclosure
    {
        bool identity = false; // name, e-mail address, organisation (the case report)
        bool credit = false; // named in acknowledgments (CSAF, CVE)
    };
    /// The one decision, for every format.
    static ReporterDisclosure reporterDisclosure(const Case &c);

    struct Pdf
    {
        QByteArray bytes;
        int pageCount = 0;
    };

    /// The PDF case report of a case with its clocks as the timeline evaluates them (the
    /// case's own policy, the team's calendar and zone) as of now.
    Result<Pdf> caseReport(qint64 caseId, const TimelineModel &deadlines, TlpLevel tlp, const QString &author,
        const QDateTime &now) const;
    /// The management report: the queue as given (filtered or not) and the dashboard's
    /// figures. A case's title shows its reporter's name, address or organisation only with
    /// their consent to share their identity; otherwise they are redacted from it.
    Result<Pdf> managementReport(const QueueModel &queue, const DashboardFigures &figures, TlpLevel tlp,
        const QString &author, const QDateTime &now) const;
    /// A CSAF 2.0 advisory for one case or a group.
    Result<QByteArray> csaf(const QList<qint64> &caseIds, const CsafDocument::Options &options) const;
    /// A case whose advisory is published: it has at least one revision (publishing is the
    /// explicit step that records one) and the case was not closed as spam, duplicate, out of
    /// scope, informative or not reproducible (those outcomes end a case without a fix).
    struct PublishedAdvisory
    {
        qint64 caseId = 0;
        QString trackingId;
        AdvisoryData data;
    };
    /// Every published advisory, in inbox order: what File → Publish and the product VEX read.
    Result<QList<PublishedAdvisory>> publishedAdvisories() const;
    /// A VEX document for one product (and, with release set, one release) from every
    /// published advisory that names it (CsafDocument::Options::product); options.profile,
    /// product, release and upstream are set here. For a release it also states what the
    /// analysts decided on its upstream alerts (upstreamStatements()), so a release with
    /// alerts but no advisory has a VEX too.
    Result<QByteArray> productVex(
        const QString &product, const QString &release, CsafDocument::Options options) const;
    /// The publisher settings with the product catalogue's vendors: what CSAF and CVE
    /// exports are built with.
    Result<AdvisoryPublisher> publisher() const;
    /// The CVE JSON 5 record of one of a case's CVE ids.
    Result<QByteArray> cveRecord(qint64 caseId, const CveRecord::Options &options) const;
    /// Whether a case's advisory, as it would be with its last revision published, may leave
    /// the team: its final CSAF document builds, so does the CVE record of each of its CVE ids
    /// (when the publisher is a CNA), and the disclosure check passes on both. The Advisory
    /// tab runs it before recording a revision.
    static Status checkPublishable(const AdvisoryCase &candidate, const AdvisoryPublisher &publisher);
    /// The disclosure check of a public document (CSAF, CVE) about these cases: every string
    /// in it is scanned for each case's reporter (name, addresses, organisation, the other
    /// names on the Advisory tab, the credit name); only the credit name the reporter
    /// consented to be credited with may appear. The failure names the field and the word.
    static Status checkDisclosure(const QByteArray &json, const QList<AdvisoryCase> &cases);
    /// The deadlines of the timeline's open cases (all, or those of caseIds) as iCalendar,
    /// titles left out. Fails in a build without KF6 CalendarCore.
    static Result<QByteArray> deadlines(const TimelineModel &timeline, const QList<qint64> &caseIds);
    /// Whether deadlines() can succeed in this build.
    static bool hasICalendar();

    /// The given columns of a table model's rows (the inbox as shown) as CSV.
    static QByteArray tableCsv(
        const QAbstractItemModel &rows, const QList<int> &columns, const CsvWriter::Options &options);
    /// The queue as CSV: every case with its severity band and SLA state.
    static QByteArray queueCsv(const QueueModel &queue, const CsvWriter::Options &options);
    /// One of the dashboard's tables (DashboardFigures::tables()) as CSV.
    static Result<QByteArray> dashboardCsv(
        const DashboardFigures &figures, int table, const CsvWriter::Options &options);

    /// What a release's upstream alerts say (IntelStore::releaseAlerts), one statement per
    /// vulnerability: known not affected when every alert of it was dismissed (the first
    /// dismissal's justification, each analyst's note as impact statement), under
    /// investigation while one is open, nothing when one became a case (the case's advisory
    /// speaks for it). With the time of the latest decision among them.
    Result<std::pair<QList<CsafDocument::UpstreamStatement>, QDateTime>> upstreamStatements(
        const QString &product, const QString &release) const;

private:
    Result<QList<AdvisoryCase>> advisoryCases(const QList<qint64> &caseIds) const;

    const CaseStore &m_cases;
    const AdvisoryStore &m_advisories;
    const EvidenceStore &m_evidence;
};
