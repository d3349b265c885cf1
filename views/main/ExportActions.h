#pragma once

#include "core/Result.h"
#include "export/CsafDocument.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class BackgroundJob;
class MainWindow;
enum class TlpLevel;

/// The window's File → Export menu: asks what to export (the TLP label, the file, non-modal
/// dialogs) and writes what ExportService makes of the open session, the inbox's selection,
/// the queue and the dashboard. The outcome shows in the window's message bar. The CLI's
/// export command calls the same ExportService functions, so a document is made once.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    explicit ExportActions(MainWindow &window);

    void exportDeadlines(bool selectionOnly);
    void exportCaseReport();
    void exportCsaf();
    /// The same cases as a CSAF VEX document: each product's status, and why the products
    /// not affected are not.
    void exportVex();
    /// Asks for a product and a release (non-modal), then writes their VEX document from
    /// every published advisory that names the product (writeProductVex()).
    void exportProductVex();
    void exportCve();
    void exportCsv();
    void exportQueueReport();
    /// File → Publish: asks for the provider folder (non-modal), then publishTo().
    void publish();

    /// Publishes every published advisory of the session into folder as a CSAF trusted
    /// provider tree (AdvisoryPublication, CsafProvider; what `psirtdesk-cli publish` does).
    /// The documents are made here; the tree is written and signed by a background job,
    /// returned (owned by this object, deleted when it ended) or nullptr when nothing could
    /// start. Signed with the team key for correspondence when one is configured. The outcome,
    /// "N documents, M changed", shows in the message bar.
    BackgroundJob *publishTo(const QString &folder);

    /// Writes the PDF case report of a case (File → Export Case Report).
    Status writeCaseReport(const QString &file, qint64 caseId, TlpLevel tlp);
    /// Writes a CSAF 2.0 advisory for the cases (File → Export CSAF Advisory).
    Status writeCsaf(const QString &file, const QList<qint64> &caseIds,
        CsafDocument::Profile profile = CsafDocument::Profile::SecurityAdvisory);
    /// Writes the VEX document of a product, or of one release of it when release is set
    /// (ExportService::productVex; what `export csaf --product` does).
    Status writeProductVex(const QString &file, const QString &product, const QString &release);
    /// Writes the CVE JSON 5 record of the case's first CVE id.
    Status writeCveRecord(const QString &file, qint64 caseId);
    /// Writes the inbox's shown rows and visible columns as CSV (UTF-8 with a BOM when bom).
    Status writeInboxCsv(const QString &file, bool bom);
    /// Writes the management report: the queue as filtered and the dashboard's figures.
    Status writeQueueReport(const QString &file, TlpLevel tlp);
    /// Writes the deadlines of the given open cases (all of them when caseIds is empty) as
    /// iCalendar, each case under its own policy (what File → Export Deadlines does).
    Status writeDeadlines(const QString &file, const QList<qint64> &caseIds = {});

private:
    /// Asks for the TLP label of a report (non-modal), then runs then.
    void askTlp(const QString &title, std::function<void(TlpLevel)> then);
    /// Asks for a file (non-modal) and runs write on it; the outcome shows in the message bar.
    void saveAs(const QString &title, const QString &suffix, const QString &filter, const QString &done,
        std::function<Status(const QString &)> write);
    void showError(const QString &message);
    void showDone(const QString &message);

    MainWindow &m_window;
    QPointer<BackgroundJob> m_publishing; // one publication at a time: they write the same files
};
