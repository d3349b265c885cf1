// Over 600 lines: createActions() is the window's whole action table (about 30 actions with
// their menus, shortcuts and handlers), kept in one place so that a shortcut clash or a
// missing menu entry is seen at a glance. Exports live in ExportActions, the start page in
// StartPage, the action registry in ActionRegistry.
#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActionRegistry.h"
#include "ExportActions.h"
#include "StartPage.h"
#include "advisory/AdvisoryStore.h"
#include "case/CaseDetailPane.h"
#include "case/NewReportDialog.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "dashboard/DashboardPane.h"
#include "evidence/EvidenceStore.h"
#include "evidence/PassphraseDialog.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "intake/ImportDialog.h"
#include "intake/IntakeCrypto.h"
#include "intake/IntakeSettingsDialog.h"
#include "intake/MailSource.h"
#include "intel/UpstreamPane.h"
#include "jobs/DemoDatabaseJob.h"
#include "products/ProductsPane.h"
#include "queue/QueuePane.h"
#include "session/Session.h"
#include "settings/AdvisoryPublisherDialog.h"
#include "settings/AppSettings.h"
#include "settings/CorrespondenceSettingsDialog.h"
#include "settings/PolicySettingsDialog.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"
#include "timeline/TimelinePane.h"
#include "widgets/EventLoopProbe.h"
#include "widgets/MessageBar.h"
#include "widgets/SaveFileDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(name, style->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_messages(new MessageBar(this))
    , m_counts(new QLabel(this))
    , m_slaCounts(new QLabel(this))
    , m_actions(new ActionRegistry(this))
    , m_exports(new ExportActions(*this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PSIRT Desk"));
    m_counts->setObjectName(QStringLiteral("caseCounts"));
    m_slaCounts->setObjectName(QStringLiteral("slaCounts"));
    statusBar()->addPermanentWidget(m_slaCounts);
    statusBar()->addPermanentWidget(m_counts);
    createActions();
    rebuildPanes();
    setAcceptDrops(true); // mail files and Maildir folders dropped here are imported
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1400, 860);
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow()
{
    // Panes hold references to the store; they go before it.
    discardPanes();
}

bool MainWindow::showView(const QString &name)
{
    if (!m_views)
        return false;
    const QHash<QString, QWidget *> views {{QStringLiteral("inbox"), m_inbox},
        {QStringLiteral("timeline"), m_timeline}, {QStringLiteral("queue"), m_queue},
        {QStringLiteral("dashboard"), m_dashboard}, {QStringLiteral("products"), m_products},
        {QStringLiteral("upstream"), m_upstream}};
    QWidget *view = views.value(name.toLower());
    if (!view)
        return false;
    m_views->setCurrentWidget(view);
    return true;
}

void MainWindow::discardPanes()
{
    const bool messageShown = !m_messages->isHidden();
    m_messages->setParent(this); // the message bar outlives the panes
    m_messages->setVisible(messageShown);
    delete takeCentralWidget();
    m_inbox = nullptr;
    m_detail = nullptr;
    m_views = nullptr;
    m_timeline = nullptr;
    m_queue = nullptr;
    m_dashboard = nullptr;
    m_products = nullptr;
    m_upstream = nullptr;
    m_splitter = nullptr;
}

CaseStore *MainWindow::store() const
{
    return m_session ? &m_session->cases() : nullptr;
}

EvidenceStore *MainWindow::evidenceStore() const
{
    return m_session ? &m_session->evidence() : nullptr;
}

SlaTracker *MainWindow::slaTracker() const
{
    return m_session ? &m_session->tracker() : nullptr;
}

CaseEditor *MainWindow::editor() const
{
    return m_session ? &m_session->editor() : nullptr;
}

bool MainWindow::hasDatabase() const
{
    return m_session != nullptr;
}

void MainWindow::createActions()
{
    // Every action is registered here, once, with its shortcut; menus and the toolbar only
    // place them. tst_mainwindow fails when two actions share a shortcut.
    using Spec = ActionRegistry::Spec;
    ActionRegistry &r = *m_actions;
    const QStyle *appStyle = style();
    const auto icon = [appStyle](const char *name, QStyle::StandardPixmap fallback) {
        return themeIcon(QLatin1StringView(name), fallback, appStyle);
    };

    QAction *newReport = r.add(Spec {QStringLiteral("actionNewReport"), tr("&New Report…"), QKeySequence::New,
        true, icon("document-new", QStyle::SP_FileIcon)});
    connect(newReport, &QAction::triggered, this, [this] { this->newReport(); });
    QAction *open = r.add(Spec {QStringLiteral("actionOpenDatabase"), tr("&Open Database…"),
        QKeySequence::Open, false, icon("document-open", QStyle::SP_DialogOpenButton)});
    connect(open, &QAction::triggered, this, &MainWindow::chooseDatabase);
    QAction *openServer = r.add(Spec {QStringLiteral("actionOpenServer"), tr("Open &Team Database…")});
    connect(openServer, &QAction::triggered, this, &MainWindow::connectToServer);
    QAction *create = r.add(Spec {QStringLiteral("actionCreateDatabase"), tr("&Create Database…")});
    connect(create, &QAction::triggered, this, &MainWindow::createDatabase);
    QAction *exportIcs
        = r.add(Spec {QStringLiteral("actionExportDeadlines"), tr("&Export Deadlines as iCalendar…"), {},
            true, {}, tr("Writes the SLA and embargo deadlines of all open cases to an .ics file")});
    connect(exportIcs, &QAction::triggered, this, [this] { m_exports->exportDeadlines(false); });
    QAction *exportSelectedIcs = r.add(
        Spec {QStringLiteral("actionExportSelectedDeadlines"), tr("Export Deadlines of &Selected Cases…"), {},
            true, {}, tr("Writes the deadlines of the cases selected in the inbox")});
    connect(exportSelectedIcs, &QAction::triggered, this, [this] { m_exports->exportDeadlines(true); });
    QAction *exportCaseReportAction
        = r.add(Spec {QStringLiteral("actionExportCaseReport"), tr("Case &Report (PDF)…"), {}, true, {},
            tr("Writes the current case's report for product teams, with a TLP label on every page")});
    connect(exportCaseReportAction, &QAction::triggered, this, [this] { m_exports->exportCaseReport(); });
    QAction *exportQueueReportAction
        = r.add(Spec {QStringLiteral("actionExportQueueReport"), tr("&Management Report (PDF)…"), {}, true,
            {}, tr("Writes the severity queue and the dashboard's figures for managers")});
    connect(exportQueueReportAction, &QAction::triggered, this, [this] { m_exports->exportQueueReport(); });
    QAction *exportCsafAction
        = r.add(Spec {QStringLiteral("actionExportCsaf"), tr("&CSAF Advisory of Selected Cases…"), {}, true,
            {}, tr("Writes a CSAF 2.0 security advisory for the cases selected in the inbox")});
    connect(exportCsafAction, &QAction::triggered, this, [this] { m_exports->exportCsaf(); });
    QAction *exportVexAction
        = r.add(Spec {QStringLiteral("actionExportVex"), tr("CSAF VE&X of Selected Cases…"), {}, true, {},
            tr("Writes a CSAF 2.0 VEX document: which products each vulnerability affects, and why "
               "the others are not affected")});
    connect(exportVexAction, &QAction::triggered, this, [this] { m_exports->exportVex(); });
    QAction *exportProductVexAction = r.add(
        Spec {QStringLiteral("actionExportProductVex"), tr("VEX for a &Product Release…"), {}, true, {},
            tr("Writes a CSAF VEX document for one product release from every published advisory that "
               "names the product")});
    connect(exportProductVexAction, &QAction::triggered, this, [this] { m_exports->exportProductVex(); });
    QAction *exportCveAction = r.add(Spec {QStringLiteral("actionExportCve"), tr("C&VE Record…"), {}, true,
        {}, tr("Writes the CVE JSON 5 record of the current case's first CVE id")});
    connect(exportCveAction, &QAction::triggered, this, [this] { m_exports->exportCve(); });
    QAction *exportCsvAction = r.add(Spec {QStringLiteral("actionExportCsv"), tr("&Inbox as CSV…"), {}, true,
        {}, tr("Writes the inbox's shown rows and visible columns as CSV for spreadsheets")});
    connect(exportCsvAction, &QAction::triggered, this, [this] { m_exports->exportCsv(); });
    QAction *publishAction = r.add(Spec {QStringLiteral("actionPublish"), tr("&Publish…"), {}, true, {},
        tr("Writes every published advisory as a signed CSAF trusted provider folder for the web server")});
    connect(publishAction, &QAction::triggered, this, [this] { m_exports->publish(); });
    QAction *importMailAction = r.add(Spec {QStringLiteral("actionImportMail"), tr("&Import Mail…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), true, {},
        tr("Imports reports and replies from .eml files, mbox files and Maildir folders")});
    connect(importMailAction, &QAction::triggered, this, [this] { importMail(); });
    QAction *quit = r.add(Spec {QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, false,
        icon("application-exit", QStyle::SP_DialogCloseButton)});
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_undo = r.add(Spec {QStringLiteral("actionUndo"), tr("&Undo"), QKeySequence::Undo, false,
        icon("edit-undo", QStyle::SP_ArrowBack)});
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->editor().undoStack()->undo();
    });
    m_redo = r.add(Spec {QStringLiteral("actionRedo"), tr("&Redo"), QKeySequence::Redo, false,
        icon("edit-redo", QStyle::SP_ArrowForward)});
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->editor().undoStack()->redo();
    });
    QAction *find = r.add(Spec {QStringLiteral("actionFilterInbox"), tr("&Filter Inbox"), QKeySequence::Find,
        true, icon("edit-find", QStyle::SP_FileDialogContentsView)});
    connect(find, &QAction::triggered, this, [this] {
        if (m_inbox) {
            m_inbox->quickFilter()->setFocus();
            m_inbox->quickFilter()->selectAll();
        }
    });
    QAction *search = r.add(Spec {QStringLiteral("actionSearchReports"), tr("&Search Reports"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), true});
    connect(search, &QAction::triggered, this, [this] {
        if (m_inbox) {
            m_inbox->searchField()->setFocus();
            m_inbox->searchField()->selectAll();
        }
    });

    QAction *refresh = r.add(Spec {QStringLiteral("actionRefresh"), tr("&Refresh"), QKeySequence::Refresh,
        true, icon("view-refresh", QStyle::SP_BrowserReload)});
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_inbox && !m_inbox->reload())
            showError(m_inbox->errorString());
    });
    QAction *inboxFocus = r.add(
        Spec {QStringLiteral("actionGoToInbox"), tr("Go to &Inbox"), QKeySequence(Qt::CTRL | Qt::Key_1)});
    connect(inboxFocus, &QAction::triggered, this, [this] {
        if (m_inbox)
            m_inbox->view()->setFocus();
    });
    // Ctrl+Shift+I belongs to Import Mail; B as in in-Box, free in every menu and pane.
    QAction *inboxTab = r.add(Spec {QStringLiteral("actionShowInbox"), tr("Show I&nbox"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)});
    connect(inboxTab, &QAction::triggered, this, [this] { showTimeline(false); });
    QAction *timelineTab = r.add(Spec {QStringLiteral("actionTimeline"), tr("Show &Timeline"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    connect(timelineTab, &QAction::triggered, this, [this] { showTimeline(true); });
    QAction *detailFocus = r.add(
        Spec {QStringLiteral("actionGoToCase"), tr("Go to &Case"), QKeySequence(Qt::CTRL | Qt::Key_2)});
    connect(detailFocus, &QAction::triggered, this, [this] {
        if (m_detail)
            m_detail->setFocus();
    });

    QAction *intakeSettings
        = r.add(Spec {QStringLiteral("actionIntakeSettings"), tr("&Mail Intake…"), {}, true});
    connect(intakeSettings, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        auto *dialog = new IntakeSettingsDialog(*m_session, m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *policy = r.add(
        Spec {QStringLiteral("actionPolicySettings"), tr("&Disclosure Policy and Calendar…"), {}, true});
    connect(policy, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        auto *dialog = new PolicySettingsDialog(m_session->policies(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PolicySettingsDialog::saved, this, [this] {
            if (m_session)
                m_session->tracker().reloadInBackground(); // failures arrive through failed()
        });
        dialog->open();
    });
    QAction *correspondence = r.add(Spec {QStringLiteral("actionCorrespondenceSettings"),
        tr("&Correspondence and Reply Templates…"), {}, true});
    connect(correspondence, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        auto *dialog = new CorrespondenceSettingsDialog(*m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *publisher
        = r.add(Spec {QStringLiteral("actionAdvisoryPublisher"), tr("Advisory &Publisher…"), {}, true});
    connect(publisher, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        auto *dialog = new AdvisoryPublisherDialog(m_session->advisories(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *passphrase = r.add(
        Spec {QStringLiteral("actionEvidencePassphrase"), tr("Change Evidence &Passphrase…"), {}, true});
    connect(passphrase, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        auto *dialog = new PassphraseDialog(PassphraseDialog::Mode::Change, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PassphraseDialog::passphraseEntered, this,
            [this, dialog](const QString &current, const QString &next) {
                if (const Status s = m_session->evidence().changePassphrase(current, next); !s) {
                    dialog->showError(s.error());
                    return;
                }
                dialog->done(QDialog::Accepted);
                m_messages->showMessage(MessageBar::Kind::Positive,
                    tr("The evidence passphrase is changed. Tell your team over a safe channel."));
            });
        dialog->open();
    });
    QAction *about = r.add(Spec {QStringLiteral("actionAbout"), tr("&About PSIRT Desk")});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *aboutQt = r.add(Spec {QStringLiteral("actionAboutQt"), tr("About &Qt")});
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Placement only: the menus and the toolbar share the registered actions.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({newReport, open, openServer, create, exportIcs, exportSelectedIcs});
    QMenu *exports = file->addMenu(tr("E&xport"));
    exports->addActions({exportCaseReportAction, exportQueueReportAction, exportCsafAction, exportVexAction,
        exportProductVexAction, exportCveAction, exportCsvAction});
    file->addAction(publishAction);
    file->addAction(importMailAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undo, m_redo});
    edit->addSeparator();
    edit->addActions({find, search});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({refresh, inboxFocus, inboxTab, timelineTab, detailFocus});

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addActions({intakeSettings, policy, correspondence, publisher, passphrase});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({about, aboutQt});

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({newReport, refresh, m_undo, m_redo});
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (const QString &location : recent) {
        m_recentMenu->addAction(location, this, [this, location] {
            if (const Status s = openDatabase(location); !s)
                showError(s.error());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rebuildPanes()
{
    if (m_inbox)
        m_settings.setInboxHeaderState(m_inbox->headerState());
    discardPanes();
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    if (m_session) {
        SlaTracker *tracker = &m_session->tracker();
        m_splitter = new QSplitter(Qt::Horizontal);
        m_splitter->setObjectName(QStringLiteral("mainSplitter"));
        m_inbox = new InboxPane(m_session->cases());
        EventLoopProbe::mark("inbox-pane");
        m_detail = new CaseDetailPane(*m_session);
        m_inbox->model()->setDeadlineSource(tracker);
        m_detail->setDeadlineSource(tracker);
        EventLoopProbe::mark("detail-pane");
        m_timeline = new TimelinePane(tracker->model());
        EventLoopProbe::mark("timeline-pane");
        m_views = new QTabWidget;
        m_views->setObjectName(QStringLiteral("mainViews"));
        m_views->setDocumentMode(true);
        m_views->addTab(m_inbox, tr("&Inbox"));
        m_views->addTab(m_timeline, tr("&Timeline"));
        m_queue = new QueuePane(m_inbox->model(), m_session->editor());
        m_views->addTab(m_queue, tr("&Queue"));
        EventLoopProbe::mark("queue-pane");
        m_dashboard = new DashboardPane(m_session->cases(), tracker);
        m_views->addTab(m_dashboard, tr("Dash&board"));
        EventLoopProbe::mark("dashboard-pane");
        // The catalogue with SBOMs and where-used, and the upstream alerts: read when looked at.
        m_products = new ProductsPane(*m_session);
        m_views->addTab(m_products, tr("&Products"));
        m_upstream = new UpstreamPane(*m_session);
        m_views->addTab(m_upstream, tr("&Upstream"));
        connect(m_products, &ProductsPane::failed, this, &MainWindow::showError);
        connect(m_upstream, &UpstreamPane::failed, this, &MainWindow::showError);
        connect(m_upstream, &UpstreamPane::caseOpened, this, [this](qint64 id) {
            m_views->setCurrentWidget(m_inbox);
            m_inbox->selectCase(id);
        });
        connect(m_queue, &QueuePane::caseActivated, m_inbox, &InboxPane::selectCase);
        connect(m_queue, &QueuePane::failed, this, &MainWindow::showError);
        connect(m_dashboard, &DashboardPane::failed, this, &MainWindow::showError);
        // The dashboard reads every case: only when it is looked at.
        connect(m_views, &QTabWidget::currentChanged, this, [this] {
            if (m_views->currentWidget() == m_dashboard && !m_dashboard->refresh())
                showError(m_dashboard->errorString());
            if (m_views->currentWidget() == m_products)
                m_products->reload();
            if (m_views->currentWidget() == m_upstream)
                m_upstream->reload();
        });
        connect(m_timeline, &TimelinePane::caseActivated, this, [this](qint64 id) {
            showTimeline(false);
            m_inbox->selectCase(id);
        });
        m_splitter->addWidget(m_views);
        m_splitter->addWidget(m_detail);
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 2);
        if (!m_splitter->restoreState(m_settings.splitterState()))
            m_splitter->setSizes({860, 540});
        layout->addWidget(m_splitter, 1);
        connect(m_inbox, &InboxPane::currentCaseChanged, m_detail, &CaseDetailPane::showCase);
        connect(m_inbox, &InboxPane::countsChanged, this, &MainWindow::updateStatusBar);
        connect(m_inbox, &InboxPane::searchFailed, this, &MainWindow::showError);
        connect(m_detail, &CaseDetailPane::failed, this, &MainWindow::showError);
        connect(m_detail, &CaseDetailPane::openCaseRequested, m_inbox, &InboxPane::selectCase);
        if (!m_inbox->reload())
            showError(m_inbox->errorString());
        m_inbox->restoreHeaderState(m_settings.inboxHeaderState());
        EventLoopProbe::mark("inbox-loaded");
        // Where the background loads' hand-over costs the GUI thread (bench-app, README).
        InboxModel *inboxModel = m_inbox->model();
        connect(inboxModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [] { EventLoopProbe::mark("inbox-apply"); });
        connect(
            inboxModel, &QAbstractItemModel::modelReset, this, [] { EventLoopProbe::mark("inbox-reset"); });
        connect(inboxModel, &InboxModel::loaded, this, [] { EventLoopProbe::mark("inbox-applied"); });
        connect(tracker->model(), &QAbstractItemModel::modelAboutToBeReset, this,
            [] { EventLoopProbe::mark("deadlines-apply"); });
        connect(tracker->model(), &QAbstractItemModel::modelReset, this,
            [] { EventLoopProbe::mark("timeline-reset"); });
        connect(tracker, &SlaTracker::allDeadlinesChanged, this,
            [] { EventLoopProbe::mark("deadlines-applied"); });
    } else {
        m_splitter = nullptr;
        auto *start = new StartPage;
        connect(start, &StartPage::createRequested, this, &MainWindow::createDatabase);
        connect(start, &StartPage::openRequested, this, &MainWindow::chooseDatabase);
        connect(start, &StartPage::connectRequested, this, &MainWindow::connectToServer);
        connect(start, &StartPage::demoRequested, this, &MainWindow::openDemo);
        layout->addWidget(start, 1);
    }
    const bool messageShown = !m_messages->isHidden();
    layout->insertWidget(0, m_messages);
    m_messages->setVisible(messageShown);
    setCentralWidget(central);
    updateStatusBar();
}

Status MainWindow::openDatabase(const QString &location)
{
    // Deadlines are read on their own connection and fill in after the inbox's first paint.
    EventLoopProbe::mark("open");
    // A file the analyst cannot write (a colleague's share, an archive) is still read.
    auto opened = Session::open(location, SlaTracker::Load::InBackground, Session::IfNotWritable::ReadOnly);
    EventLoopProbe::mark("session");
    if (!opened)
        return Status::failure(opened.error());
    if (m_splitter)
        m_settings.setSplitterState(m_splitter->saveState());
    if (m_inbox)
        m_settings.setInboxHeaderState(m_inbox->headerState());
    // Old panes first: they refer to the old session, which goes next.
    discardPanes();
    m_session = std::move(opened.value());
    SlaTracker *tracker = &m_session->tracker();
    connect(tracker, &SlaTracker::countsChanged, this, &MainWindow::updateStatusBar);
    connect(tracker, &SlaTracker::allDeadlinesChanged, this, &MainWindow::updateStatusBar);
    connect(tracker, &SlaTracker::failed, this, &MainWindow::showError);
    QUndoStack *stack = m_session->editor().undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(&m_session->editor(), &CaseEditor::failed, this, &MainWindow::showError);
    // A refused edit's error goes once the analyst's next edit (or an undo) succeeds.
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        if (m_messages->isVisible() && m_messages->kind() == MessageBar::Kind::Error)
            m_messages->hide();
    });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_actions->setDatabaseOpen(true);
    m_messages->hide();
    rebuildPanes();
    setWindowTitle(m_session->isReadOnly()
            ? tr("%1 (read-only) — PSIRT Desk").arg(m_session->location().displayString())
            : tr("%1 — PSIRT Desk").arg(m_session->location().displayString()));
    if (m_session->isReadOnly())
        m_messages->showMessage(MessageBar::Kind::Information,
            tr("This database is open read-only: you cannot write to its file or folder. You can read, "
               "search and export; changes are refused."));
    // Remember the location without its password.
    m_settings.setLastDatabase(m_session->displayLocation());
    updateRecentMenu();
    return {};
}

void MainWindow::connectToServer()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open Team Database"));
    dialog->setLabelText(tr("PostgreSQL URL (postgresql://user@host:port/database):"));
    dialog->setTextValue(QStringLiteral("postgresql://"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &url) {
        if (const Status s = openDatabase(url); !s)
            showError(s.error());
    });
    dialog->open();
}

void MainWindow::chooseDatabase()
{
    auto *dialog = new QFileDialog(this, tr("Open Case Database"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PSIRT Desk databases (*.psirtdesk *.sqlite *.db)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        if (const Status s = openDatabase(file); !s)
            showError(s.error());
    });
    dialog->open();
}

void MainWindow::createDatabase()
{
    SaveFileDialog::ask(this, tr("Create Case Database"), tr("PSIRT Desk databases (*.psirtdesk)"),
        QStringLiteral("psirtdesk"), [this](const QString &file) {
            if (QFileInfo::exists(file)) {
                showError(tr("“%1” already exists; open it instead.").arg(file));
                return;
            }
            if (const Status s = openDatabase(file); !s)
                showError(s.error());
        });
}

void MainWindow::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dir)) {
        showError(tr("Cannot create the folder “%1”.").arg(dir));
        return;
    }
    const QString path = dir + QStringLiteral("/demo.psirtdesk");
    if (QFileInfo::exists(path)) {
        if (const Status s = openDatabase(path); !s)
            showError(s.error());
        return;
    }
    if (m_demoJob)
        return;
    DemoOptions options;
    options.cases = 500;
    options.seed = 1;
    options.now = Clock::nowUtc();
    m_demoJob = new DemoDatabaseJob(path, options, this);
    auto *start = centralWidget() ? centralWidget()->findChild<StartPage *>() : nullptr;
    if (start) {
        start->setDemoProgress(0);
        connect(m_demoJob, &DemoDatabaseJob::progress, start,
            [start](double fraction) { start->setDemoProgress(int(fraction * 100)); });
    }
    connect(m_demoJob, &DemoDatabaseJob::succeeded, this, [this] {
        const QString file = m_demoJob->path();
        m_demoJob->deleteLater();
        m_demoJob = nullptr;
        if (const Status s = openDatabase(file); !s)
            showError(s.error());
    });
    connect(m_demoJob, &DemoDatabaseJob::failed, this, [this, start](const QString &message) {
        m_demoJob->deleteLater();
        m_demoJob = nullptr;
        if (start)
            start->setDemoProgress(-1);
        showError(message);
    });
    m_demoJob->start();
}

QDialog *MainWindow::newReport()
{
    if (!m_session)
        return nullptr;
    const auto products = m_session->products().all();
    auto *dialog = new NewReportDialog(products ? *products : QList<Product> {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewReportDialog::reportReady, this, [this](const NewReport &report) {
        // Logging a report is not undoable: a case, once received, stays on record.
        const auto id = m_session->cases().createCase(report);
        if (!id) {
            showError(id.error());
            return;
        }
        m_inbox->selectCase(*id);
        m_messages->showMessage(
            MessageBar::Kind::Positive, tr("Report logged. Acknowledge it to issue its tracking id."));
    });
    dialog->open();
    return dialog;
}

void MainWindow::showTimeline(bool timeline)
{
    if (m_views)
        m_views->setCurrentWidget(timeline ? static_cast<QWidget *>(m_timeline) : m_inbox);
}

void MainWindow::updateStatusBar()
{
    if (!m_inbox) {
        m_counts->clear();
        m_slaCounts->clear();
        return;
    }
    if (m_session) {
        if (m_session->tracker().isLoading()) {
            m_slaCounts->setText(tr("Loading deadlines…"));
            m_slaCounts->setStyleSheet(QString());
        } else {
            const int breached = m_session->tracker().breachedCount();
            const int dueSoon = m_session->tracker().dueSoonCount();
            m_slaCounts->setText(tr("%1 breached · %2 due soon").arg(breached).arg(dueSoon));
            m_slaCounts->setStyleSheet(
                breached > 0 ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
        }
    }
    if (m_inbox->model()->isLoading()) {
        m_counts->setText(tr("Loading cases…"));
        return;
    }
    m_counts->setText(tr("%1 shown · %2 cases · %3 unread")
            .arg(m_inbox->shownCount())
            .arg(m_inbox->model()->rowCount())
            .arg(m_inbox->model()->unreadCount()));
}

void MainWindow::showError(const QString &message)
{
    m_messages->showMessage(MessageBar::Kind::Error, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (m_splitter)
        m_settings.setSplitterState(m_splitter->saveState());
    if (m_inbox)
        m_settings.setInboxHeaderState(m_inbox->headerState());
    m_settings.sync();
    event->accept();
}

QDialog *MainWindow::importMail(const QStringList &paths)
{
    if (!m_session)
        return nullptr;
    EvidenceStore &evidence = m_session->evidence();
    // Attachments become encrypted evidence: with a protected store, unlock it first (once
    // per session). A database without a passphrase yet keeps them in the raw message until
    // the Evidence tab sets one.
    const auto initialised = evidence.isInitialised();
    if (initialised && *initialised && !evidence.isUnlocked()) {
        auto *ask = new PassphraseDialog(PassphraseDialog::Mode::Unlock, this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &PassphraseDialog::passphraseEntered, this,
            [this, ask, paths](const QString &, const QString &p) {
                if (const Status s = m_session->evidence().unlock(p); !s) {
                    ask->showError(s.error());
                    return;
                }
                ask->done(QDialog::Accepted);
                importMail(paths);
            });
        ask->open();
        return ask;
    }
    ImportOptions options;
    options.crypto = IntakeCrypto::forGnupgHome(m_settings.gnupgHome());
    options.evidenceKey = evidence.sessionKey();
    auto *dialog = new ImportDialog(m_session->location(), options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The import writes through its own connection: reload what this one shows.
    connect(dialog, &ImportDialog::imported, this, [this](const QList<qint64> &changedCases) {
        // Replies attached to open cases: their history, correspondence and evidence follow.
        for (const qint64 id : changedCases) {
            if (m_session)
                m_session->auditLog().announceCommitted(id, CaseField::Correspondence | CaseField::Evidence);
        }
        if (m_inbox && !m_inbox->reload())
            showError(m_inbox->errorString());
        if (m_session) {
            if (const Status s = m_session->tracker().reload(); !s)
                showError(s.error());
        }
        updateStatusBar();
    });
    dialog->open();
    if (!paths.isEmpty()) {
        dialog->addPaths(paths);
        dialog->examine();
    }
    return dialog;
}

namespace {

// Local mail files and Maildir folders among dropped URLs.
QStringList droppedMailPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        if ((info.isFile() && (suffix == u"eml" || suffix == u"mbox" || suffix == u"mbx"))
            || (info.isDir() && MailSource::isMaildir(path)))
            paths.append(path);
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_session && !droppedMailPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedMailPaths(event->mimeData());
    if (!m_session || paths.isEmpty())
        return;
    event->acceptProposedAction();
    importMail(paths);
}
