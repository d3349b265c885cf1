#include "UpstreamPane.h"

#include "advisory/AdvisoryData.h"
#include "commands/CaseEditor.h"
#include "intel/IntelStore.h"
#include "intel/UpstreamAlertModel.h"
#include "jobs/Job.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// Which feed a file is, by its name and first bytes.
enum class FeedKind { Kev, Epss, Records };

FeedKind kindOf(const QString &path)
{
    const QString name = path.section(u'/', -1).toLower();
    if (name.endsWith(u".csv") || name.endsWith(u".csv.gz") || name.startsWith(u"epss"))
        return FeedKind::Epss;
    if (name.contains(u"known_exploited") || name.contains(u"kev"))
        return FeedKind::Kev;
    return FeedKind::Records;
}

} // namespace

UpstreamPane::UpstreamPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UpstreamAlertModel(session.intel(), this))
    , m_table(new QTableView(this))
    , m_openOnly(new QCheckBox(tr("&Open alerts only"), this))
    , m_feeds(new QLabel(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("upstreamPane"));
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(tr("Open &Case"), this, &UpstreamPane::openCase);
    bar->addAction(tr("&Dismiss…"), this, &UpstreamPane::dismiss);
    bar->addSeparator();
    bar->addAction(tr("&Import Feed…"), this, [this] {
        auto *dialog = new QFileDialog(this, tr("Import a vulnerability feed"), QString(),
            tr("Feeds (*.json *.zip *.csv *.gz);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &UpstreamPane::importFeed);
        dialog->open();
    });
    bar->addSeparator();
    bar->addWidget(m_openOnly);
    m_openOnly->setChecked(true);
    connect(m_openOnly, &QCheckBox::toggled, this, &UpstreamPane::reload);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(UpstreamAlertModel::SortRole);
    m_table->setObjectName(QStringLiteral("upstreamAlerts"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the store's order: KEV first, then EPSS
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        const auto *a = m_model->alertAt(static_cast<QSortFilterProxyModel *>(m_table->model())
                ->mapToSource(m_table->currentIndex())
                .row());
        if (a && a->caseId > 0)
            Q_EMIT caseOpened(a->caseId);
    });
    m_feeds->setObjectName(QStringLiteral("feedStatus"));
    m_feeds->setTextFormat(Qt::PlainText);
    m_feeds->setWordWrap(true);

    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_feeds);

    connect(&session.auditLog(), &AuditLog::teamDataChanged, this, [this](TeamTopic topic) {
        if (topic != TeamTopic::Products)
            reload();
    });
}

UpstreamPane::~UpstreamPane() = default;

bool UpstreamPane::reload()
{
    if (const Status s = m_model->reload(m_openOnly->isChecked()); !s) {
        m_error = s.error();
        Q_EMIT failed(m_error);
        return false;
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < UpstreamAlertModel::ColumnCount - 1; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    const auto feeds = m_session.intel().feeds();
    QStringList lines;
    if (feeds) {
        for (const FeedStatus &f : *feeds)
            lines << tr("%1: %2, as of %3 (%n record(s))", nullptr, f.records)
                         .arg(f.feed.toUpper(), f.version, f.dataDate);
    }
    m_feeds->setText(lines.isEmpty()
            ? tr("No feed imported yet: Import Feed… takes the CISA KEV catalog, an EPSS "
                 "scores file, and OSV or CVE List records (a JSON file or a ZIP).")
            : lines.join(QStringLiteral(" · ")));
    return true;
}

qint64 UpstreamPane::openCase()
{
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
    const UpstreamAlert *a = m_model->alertAt(proxy->mapToSource(m_table->currentIndex()).row());
    if (!a) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select an alert first."));
        return 0;
    }
    const UpstreamAlert alert = *a;
    const auto id = m_session.intel().openCase(alert.id, m_session.cases(), m_session.advisories());
    if (!id) {
        m_message->showMessage(MessageBar::Kind::Error, id.error());
        return 0;
    }
    if (!alert.cvssVector.isEmpty())
        m_session.editor().applyVector(*id, alert.cvssVector, true);
    reload();
    Q_EMIT caseOpened(*id);
    return *id;
}

void UpstreamPane::dismiss()
{
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
    const UpstreamAlert *a = m_model->alertAt(proxy->mapToSource(m_table->currentIndex()).row());
    if (!a) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select an alert first."));
        return;
    }
    const qint64 alertId = a->id;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("dismissDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Dismiss %1").arg(a->cve.isEmpty() ? a->recordId : a->cve));
    auto *why = new QComboBox(dialog);
    for (const NotAffectedJustification j : Justifications::all())
        why->addItem(Justifications::displayName(j), int(j));
    auto *note = new QLineEdit(dialog);
    note->setPlaceholderText(tr("What makes these releases safe, in the team's words"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    form->addRow(new QLabel(
        tr("Not affected: %1 in %2").arg(a->component, a->releases.join(QStringLiteral(", "))), dialog));
    form->addRow(tr("&Justification:"), why);
    form->addRow(tr("&Note:"), note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, why, note, alertId] {
        const Status s = m_session.intel().dismiss(
            alertId, NotAffectedJustification(why->currentData().toInt()), note->text());
        if (!s)
            m_message->showMessage(MessageBar::Kind::Error, s.error());
        dialog->accept();
        reload();
    });
    dialog->open();
}

void UpstreamPane::importFeed(const QString &path)
{
    if (m_importing)
        return;
    m_importing = true;
    m_message->showMessage(MessageBar::Kind::Information, tr("Importing %1…").arg(path));
    // On a connection of its own: the window stays responsive through a large feed.
    const Database::Location location = m_session.location();
    const FeedKind kind = kindOf(path);
    auto *job = new Job<FeedImport>(
        [location, path, kind](JobControl &) -> Result<FeedImport> {
            Database db;
            if (const Status s = db.openExisting(location); !s)
                return Result<FeedImport>::failure(s.error());
            CaseStore cases(db);
            IntelStore store(cases);
            switch (kind) {
            case FeedKind::Kev:
                return store.importKev(path);
            case FeedKind::Epss:
                return store.importEpss(path);
            case FeedKind::Records:
                break;
            }
            return store.importRecords(path);
        },
        this);
    connect(job, &BackgroundJob::succeeded, this, [this, job] { finishImport(job->takeResult()); });
    connect(job, &BackgroundJob::failed, this,
        [this](const QString &message) { finishImport(Result<FeedImport>::failure(message)); });
    connect(job, &BackgroundJob::ended, job, &QObject::deleteLater);
    job->start();
}

void UpstreamPane::finishImport(const Result<FeedImport> &r)
{
    m_importing = false;
    if (!r) {
        m_message->showMessage(MessageBar::Kind::Error, r.error());
    } else {
        QString text = tr("%1: %n record(s) imported.", nullptr, r->records).arg(r->feed.toUpper());
        if (r->skipped > 0)
            text += u' ' + tr("%n skipped (see the details).", nullptr, r->skipped);
        if (r->newAlerts > 0)
            text += u' ' + tr("%n new alert(s).", nullptr, r->newAlerts);
        if (const int marked = int(r->exploitedCases.size()); marked > 0)
            text += u' ' + tr("%n case(s) now marked actively exploited.", nullptr, marked);
        // Marked on the import's own connection: the inbox, queue and timeline hear it here.
        for (const qint64 id : r->exploitedCases)
            m_session.auditLog().announceCommitted(id, CaseField::ExploitedAt | CaseField::ExploitedSource);
        m_message->showMessage(r->skipped > 0 ? MessageBar::Kind::Warning : MessageBar::Kind::Positive, text);
        if (!r->warnings.isEmpty())
            m_message->setToolTip(r->warnings.mid(0, 20).join(u'\n'));
    }
    // Another connection wrote: on SQLite nobody told this one.
    reload();
    Q_EMIT importFinished();
}
