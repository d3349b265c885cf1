#pragma once

#include "core/Result.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class ActionRegistry;
class AppSettings;
class CaseDetailPane;
class CaseEditor;
class CaseStore;
class EvidenceStore;
class Database;
class Session;
class DemoDatabaseJob;
class InboxPane;
class SlaTracker;
class TimelinePane;
class QueuePane;
class DashboardPane;
class ProductsPane;
class UpstreamPane;
class ExportActions;
class QTabWidget;
class MessageBar;
class QLabel;
class QMenu;
class QSplitter;

/// The analyst's main window: the inbox beside the selected case, menus with standard
/// shortcuts, inline messages and a status bar of counts. It holds the Session of the open
/// database and builds its panes on it; opening another database replaces them all.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a SQLite file or postgresql:// URL; on failure the current database stays.
    Status openDatabase(const QString &location);
    bool hasDatabase() const;

    InboxPane *inbox() const { return m_inbox; }
    CaseDetailPane *detail() const { return m_detail; }
    CaseStore *store() const;
    /// The open database and everything built on it; nullptr on the start page.
    Session *session() const { return m_session.get(); }
    EvidenceStore *evidenceStore() const;
    SlaTracker *slaTracker() const;
    TimelinePane *timeline() const { return m_timeline; }
    QueuePane *queue() const { return m_queue; }
    CaseEditor *editor() const;
    DashboardPane *dashboard() const { return m_dashboard; }
    ProductsPane *productsPane() const { return m_products; }
    UpstreamPane *upstreamPane() const { return m_upstream; }
    /// File → Export: what each export writes, for the menu and for tests.
    ExportActions *exports() const { return m_exports; }
    /// Shows the inbox or the timeline on the left.
    void showTimeline(bool timeline);
    /// Brings a main view forward by name: inbox, timeline, queue, dashboard, products,
    /// upstream. False for an unknown name.
    bool showView(const QString &name);
    MessageBar *messageBar() const { return m_messages; }
    /// Every action of the window, by id (menus, toolbar).
    ActionRegistry *actions() const { return m_actions; }

    /// Opens the New Report dialog (returned for tests; it deletes itself on close).
    QDialog *newReport();
    /// Opens the Import Mail dialog; given paths are examined at once (drag and drop).
    QDialog *importMail(const QStringList &paths = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void rebuildPanes();
    void discardPanes();
    void updateStatusBar();
    void updateRecentMenu();
    void chooseDatabase();
    void connectToServer();
    /// Opens the demo database, making it first (in the background) if needed.
    void openDemo();
    void createDatabase();
    void showError(const QString &message);

    AppSettings &m_settings;
    std::unique_ptr<Session> m_session; // its evidence store is unlocked once per session
    QSplitter *m_splitter = nullptr;
    InboxPane *m_inbox = nullptr;
    CaseDetailPane *m_detail = nullptr;
    QTabWidget *m_views = nullptr;
    TimelinePane *m_timeline = nullptr;
    QueuePane *m_queue = nullptr;
    DashboardPane *m_dashboard = nullptr;
    ProductsPane *m_products = nullptr;
    UpstreamPane *m_upstream = nullptr;
    MessageBar *m_messages;
    QLabel *m_counts;
    QLabel *m_slaCounts;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    ActionRegistry *m_actions;
    ExportActions *m_exports;
    DemoDatabaseJob *m_demoJob = nullptr;
};
