#include "ExportActions.h"

#include "MainWindow.h"
#include "core/Analyst.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceSettings.h"
#include "dashboard/DashboardPane.h"
#include "export/ExportService.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxProxyModel.h"
#include "jobs/Job.h"
#include "publish/AdvisoryPublication.h"
#include "queue/QueuePane.h"
#include "session/Session.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/ProductCatalogue.h"
#include "storage/TeamSettings.h"
#include "widgets/MessageBar.h"
#include "widgets/SaveFileDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

ExportActions::ExportActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{ }

void ExportActions::showError(const QString &message)
{
    m_window.messageBar()->showMessage(MessageBar::Kind::Error, message);
}

void ExportActions::showDone(const QString &message)
{
    m_window.messageBar()->showMessage(MessageBar::Kind::Positive, message);
}

void ExportActions::exportDeadlines(bool selectionOnly)
{
    if (!ExportService::hasICalendar()) {
        showError(tr("This build has no iCalendar support (KF6 CalendarCore)."));
        return;
    }
    if (!m_window.session() || !m_window.inbox())
        return;
    const QList<qint64> ids = selectionOnly ? m_window.inbox()->selectedCaseIds() : QList<qint64>();
    if (selectionOnly && ids.isEmpty()) {
        showError(tr("Select one or more cases in the inbox first."));
        return;
    }
    const QString done = ids.isEmpty()
        ? tr("Deadlines of all open cases written to %1.")
        : tr("Deadlines of %n selected case(s) written to %1.", nullptr, int(ids.size()));
    saveAs(tr("Export Deadlines"), QStringLiteral("ics"), tr("iCalendar files (*.ics)"), done,
        [this, ids](const QString &file) { return writeDeadlines(file, ids); });
}

namespace {

Status saveDocument(const QString &file, const Result<QByteArray> &document)
{
    return document ? AtomicFile::write(file, *document) : Status::failure(document.error());
}

Status saveDocument(const QString &file, const Result<ExportService::Pdf> &document)
{
    return document ? AtomicFile::write(file, document->bytes) : Status::failure(document.error());
}

} // namespace

Status ExportActions::writeDeadlines(const QString &file, const QList<qint64> &caseIds)
{
    if (!m_window.session())
        return Status::failure(tr("Open a case database first."));
    return saveDocument(file, ExportService::deadlines(*m_window.session()->tracker().model(), caseIds));
}

void ExportActions::saveAs(const QString &title, const QString &suffix, const QString &filter,
    const QString &done, std::function<Status(const QString &)> write)
{
    SaveFileDialog::ask(&m_window, title, filter, suffix, [this, write, done](const QString &file) {
        if (const Status s = write(file); !s)
            showError(s.error());
        else
            showDone(done.arg(file));
    });
}

Status ExportActions::writeCaseReport(const QString &file, qint64 caseId, TlpLevel tlp)
{
    if (!m_window.session())
        return Status::failure(tr("Open a case database first."));
    return saveDocument(file,
        ExportService(*m_window.session())
            .caseReport(
                caseId, *m_window.session()->tracker().model(), tlp, Analyst::current(), Clock::nowUtc()));
}

Status ExportActions::writeCsaf(
    const QString &file, const QList<qint64> &caseIds, CsafDocument::Profile profile)
{
    if (!m_window.session())
        return Status::failure(tr("Open a case database first."));
    CsafDocument::Options options;
    options.profile = profile;
    options.now = Clock::nowUtc();
    return saveDocument(file, ExportService(*m_window.session()).csaf(caseIds, options));
}

Status ExportActions::writeProductVex(const QString &file, const QString &product, const QString &release)
{
    if (!m_window.session())
        return Status::failure(tr("Open a case database first."));
    CsafDocument::Options options;
    options.now = Clock::nowUtc();
    return saveDocument(file, ExportService(*m_window.session()).productVex(product, release, options));
}

Status ExportActions::writeCveRecord(const QString &file, qint64 caseId)
{
    if (!m_window.session())
        return Status::failure(tr("Open a case database first."));
    return saveDocument(file, ExportService(*m_window.session()).cveRecord(caseId, {}));
}

Status ExportActions::writeInboxCsv(const QString &file, bool bom)
{
    if (!m_window.inbox())
        return Status::failure(tr("Open a case database first."));
    // What the analyst sees: the rows the filters show, the columns not hidden, in view order.
    const QHeaderView *header = m_window.inbox()->view()->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    CsvWriter::Options options;
    options.byteOrderMark = bom;
    return AtomicFile::write(file, ExportService::tableCsv(*m_window.inbox()->proxy(), columns, options));
}

void ExportActions::askTlp(const QString &title, std::function<void(TlpLevel)> then)
{
    // The TLP label is chosen for each export: who receives this copy decides it.
    auto *ask = new QInputDialog(&m_window);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(title);
    ask->setLabelText(tr("TLP label printed on every page:"));
    QStringList labels;
    for (const TlpLevel level : TlpLevels::all())
        labels.append(TlpLevels::label(level));
    ask->setComboBoxItems(labels);
    ask->setTextValue(TlpLevels::label(TlpLevel::Amber));
    connect(ask, &QInputDialog::textValueSelected, this, [then](const QString &label) {
        for (const TlpLevel level : TlpLevels::all()) {
            if (TlpLevels::label(level) == label)
                then(level);
        }
    });
    ask->open();
}

void ExportActions::exportCaseReport()
{
    const qint64 id = m_window.inbox() ? m_window.inbox()->currentCaseId() : 0;
    if (id <= 0) {
        showError(tr("Select a case first."));
        return;
    }
    askTlp(tr("Export Case Report"), [this, id](TlpLevel tlp) {
        saveAs(tr("Export Case Report"), QStringLiteral("pdf"), tr("PDF documents (*.pdf)"),
            tr("Case report written to %1."),
            [this, id, tlp](const QString &file) { return writeCaseReport(file, id, tlp); });
    });
}

void ExportActions::exportQueueReport()
{
    askTlp(tr("Export Management Report"), [this](TlpLevel tlp) {
        saveAs(tr("Export Management Report"), QStringLiteral("pdf"), tr("PDF documents (*.pdf)"),
            tr("Management report written to %1."),
            [this, tlp](const QString &file) { return writeQueueReport(file, tlp); });
    });
}

Status ExportActions::writeQueueReport(const QString &file, TlpLevel tlp)
{
    if (!m_window.queue() || !m_window.dashboard())
        return Status::failure(tr("Open a case database first."));
    // The dashboard's figures as its filters stand; read now if it was never shown.
    if (m_window.dashboard()->figures().cases == 0 && !m_window.dashboard()->refresh())
        return Status::failure(m_window.dashboard()->errorString());
    return saveDocument(file,
        ExportService(*m_window.session())
            .managementReport(*m_window.queue()->model(), m_window.dashboard()->figures(), tlp,
                Analyst::current(), Clock::nowUtc()));
}

void ExportActions::exportCsaf()
{
    QList<qint64> ids = m_window.inbox() ? m_window.inbox()->selectedCaseIds() : QList<qint64>();
    if (ids.isEmpty()) {
        showError(tr("Select one or more cases in the inbox first."));
        return;
    }
    saveAs(tr("Export CSAF Advisory"), QStringLiteral("json"), tr("CSAF documents (*.json)"),
        tr("CSAF advisory written to %1."), [this, ids](const QString &file) {
            return writeCsaf(file, ids, CsafDocument::Profile::SecurityAdvisory);
        });
}

void ExportActions::exportVex()
{
    QList<qint64> ids = m_window.inbox() ? m_window.inbox()->selectedCaseIds() : QList<qint64>();
    if (ids.isEmpty()) {
        showError(tr("Select one or more cases in the inbox first."));
        return;
    }
    saveAs(tr("Export CSAF VEX"), QStringLiteral("json"), tr("CSAF documents (*.json)"),
        tr("VEX document written to %1."),
        [this, ids](const QString &file) { return writeCsaf(file, ids, CsafDocument::Profile::Vex); });
}

void ExportActions::exportProductVex()
{
    if (!m_window.session()) {
        showError(tr("Open a case database first."));
        return;
    }
    auto *ask = new QDialog(&m_window);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("VEX for a Product Release"));
    auto *product = new QComboBox;
    product->setObjectName(QStringLiteral("vexProduct"));
    product->setEditable(true);
    if (const auto products = m_window.session()->products().all(); products) {
        for (const Product &p : *products)
            product->addItem(p.name);
    }
    auto *release = new QLineEdit;
    release->setObjectName(QStringLiteral("vexRelease"));
    release->setPlaceholderText(tr("All releases"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(ask);
    form->addRow(tr("Product:"), product);
    form->addRow(tr("Release:"), release);
    form->addRow(new QLabel(tr("From every published advisory that names the product; a release "
                               "inside a range is stated as that release.")));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, ask, &QDialog::reject);
    connect(ask, &QDialog::accepted, this, [this, product, release] {
        const QString name = product->currentText().trimmed();
        const QString version = release->text().trimmed();
        saveAs(tr("Export CSAF VEX"), QStringLiteral("json"), tr("CSAF documents (*.json)"),
            tr("VEX document written to %1."),
            [this, name, version](const QString &file) { return writeProductVex(file, name, version); });
    });
    ask->open();
}

void ExportActions::exportCve()
{
    const qint64 id = m_window.inbox() ? m_window.inbox()->currentCaseId() : 0;
    if (id <= 0) {
        showError(tr("Select a case first."));
        return;
    }
    saveAs(tr("Export CVE Record"), QStringLiteral("json"), tr("CVE records (*.json)"),
        tr("CVE record written to %1."),
        [this, id](const QString &file) { return writeCveRecord(file, id); });
}

void ExportActions::exportCsv()
{
    saveAs(tr("Export Inbox as CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)"),
        tr("Inbox written to %1."), [this](const QString &file) { return writeInboxCsv(file, true); });
}

void ExportActions::publish()
{
    if (!m_window.session()) {
        showError(tr("Open a case database first."));
        return;
    }
    auto *dialog = new QFileDialog(&m_window, tr("Publish to CSAF Provider Folder"));
    dialog->setObjectName(QStringLiteral("publishFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { publishTo(folder); });
    dialog->open();
}

BackgroundJob *ExportActions::publishTo(const QString &folder)
{
    const Session *session = m_window.session();
    if (!session) {
        showError(tr("Open a case database first."));
        return nullptr;
    }
    if (m_publishing && m_publishing->isRunning()) {
        showError(tr("The last publication is still being written."));
        return nullptr;
    }
    CsafProvider::Options options;
    options.publisher = session->advisories().publisher();
    options.now = Clock::nowUtc();
    // Signed when the team has a key for correspondence; a team without one still gets a
    // CSAF provider tree, and the message says it is unsigned.
    const CorrespondenceSettings correspondence = CorrespondenceSettings::load(session->settings());
    const bool teamKey
        = !correspondence.signingKey.trimmed().isEmpty() || !correspondence.teamAddress.trimmed().isEmpty();
    if (teamKey) {
        auto signer = AdvisoryPublication::teamSigner(correspondence);
        if (!signer) {
            showError(tr("Cannot sign with the team key: %1").arg(signer.error()));
            return nullptr;
        }
        options.signer = std::move(signer.value());
    }
    // The documents come from the session's connection, here; only writing and signing,
    // which need no database, run in the background.
    const auto documents = AdvisoryPublication::documents(ExportService(*session));
    if (!documents) {
        showError(documents.error());
        return nullptr;
    }
    auto *job = new Job<CsafProvider::Summary>(
        [folder, docs = documents->documents, options](
            JobControl &) { return CsafProvider::publish(folder, docs, options); },
        this);
    connect(job, &BackgroundJob::succeeded, this, [this, job, folder] {
        const CsafProvider::Summary &s = job->result();
        QString text = tr("Published %n document(s) to %1, %2 changed.", nullptr, s.documents)
                           .arg(folder)
                           .arg(s.changed);
        if (s.withheld > 0)
            text += u' ' + tr("%n TLP:AMBER or TLP:RED document(s) withheld.", nullptr, s.withheld);
        if (!s.signedDocuments)
            text += u' ' + tr("Not signed: no team key is configured for correspondence.");
        showDone(text);
    });
    connect(job, &BackgroundJob::failed, this, [this](const QString &message) { showError(message); });
    connect(job, &BackgroundJob::ended, job, &QObject::deleteLater);
    m_window.messageBar()->showMessage(MessageBar::Kind::Information, tr("Publishing to %1…").arg(folder));
    m_publishing = job;
    job->start();
    return job;
}
