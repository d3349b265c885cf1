#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "advisory/AdvisoryTab.h"
#include "case/CaseDetailPane.h"
#include "case/NewReportDialog.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceStore.h"
#include "evidence/EvidenceStore.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxProxyModel.h"
#include "main/ActionRegistry.h"
#include "main/ExportActions.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "sla/SlaEngine.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#if PSIRTDESK_HAVE_ICALENDAR
#include "sla/DeadlineICalendar.h"
#endif
#include "storage/CaseStore.h"
#include "storage/ProductCatalogue.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelinePane.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

// Drives the real main window on the offscreen platform: log a report through the dialog,
// find it again by full-text search, move it through the workflow, undo.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // With PSIRTDESK_SCREENSHOT_DIR set (packaging/screenshots.sh), the tests also save
    // what they show, for the README.
    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
    }

    static void type(QWidget *root, const char *objectName, const QString &text)
    {
        auto *edit = root->findChild<QWidget *>(QString::fromLatin1(objectName));
        QVERIFY2(edit, objectName);
        edit->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(edit))
            line->clear();
        QTest::keyClicks(edit, text);
    }

    std::unique_ptr<MainWindow> openWindow(AppSettings &settings, QString *location = nullptr)
    {
        auto window = std::make_unique<MainWindow>(settings);
        const QString where = TestSupport::freshLocation(Database::Backend::SQLite, m_dir, nullptr);
        const Status s = window->openDatabase(where);
        if (!s)
            qWarning("%s", qPrintable(s.error()));
        if (location)
            *location = where;
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC));
    }

    void logReportAndFindItBySearch()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings1.ini")));
        auto window = openWindow(settings);
        QVERIFY(window->hasDatabase());
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        auto *dialog = qobject_cast<NewReportDialog *>(window->newReport());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Logging without the required fields shows inline messages and keeps the dialog.
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("logReportButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *titleError = dialog->findChild<QLabel *>(QStringLiteral("error_title"));
        QVERIFY(titleError && titleError->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error_description"))->isVisible());

        type(dialog, "titleEdit", QStringLiteral("Stack overflow in <b>DHCP</b> option parser"));
        type(dialog, "productEdit", QStringLiteral("GigaSpire u6"));
        type(dialog, "versionEdit", QStringLiteral("23.4.1.2"));
        type(dialog, "reporterNameEdit", QStringLiteral("Mei Chen"));
        type(dialog, "reporterEmailEdit", QStringLiteral("mei@example.net"));
        type(dialog, "descriptionEdit",
            QStringLiteral("An option 82 sub-option longer than 255 bytes smashes the stack."));
        type(dialog, "stepsEdit", QStringLiteral("send the attached dhcpdiscover.pcap"));
        screenshot(dialog, QStringLiteral("new-report"));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("logReportButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        InboxPane *inbox = window->inbox();
        QCOMPARE(inbox->model()->rowCount(), 1);
        QCOMPARE(inbox->currentCaseId(), inbox->model()->rowAt(0).id);
        QCOMPARE(window->messageBar()->kind(), MessageBar::Kind::Positive);
        auto *heading = window->findChild<QLabel *>(QStringLiteral("caseHeading"));
        QCOMPARE(heading->text(), QStringLiteral("Stack overflow in <b>DHCP</b> option parser"));
        QCOMPARE(heading->textFormat(), Qt::PlainText);

        // A second, unrelated report, so that the search has something to exclude.
        NewReport other;
        other.title = QStringLiteral("XSS in the SMx dashboard");
        other.product = QStringLiteral("SMx");
        other.productVersion = QStringLiteral("24.1");
        other.reporterEmail = QStringLiteral("x@example.org");
        other.description = QStringLiteral("Reflected script in the search box.");
        QVERIFY(window->store()->createCase(other).ok());
        QTRY_COMPARE(inbox->shownCount(), 2);

        type(window.get(), "searchField", QStringLiteral("option 82"));
        QTRY_COMPARE(inbox->shownCount(), 1); // after the typing pause
        QCOMPARE(
            inbox->proxy()->index(0, InboxModel::Product).data().toString(), QStringLiteral("GigaSpire u6"));
        inbox->searchField()->clear();
        inbox->applySearchNow();
        QCOMPARE(inbox->shownCount(), 2);

        type(window.get(), "quickFilter", QStringLiteral("smx"));
        QCOMPARE(inbox->shownCount(), 1);
        QCOMPARE(inbox->proxy()->index(0, InboxModel::Title).data().toString(),
            QStringLiteral("XSS in the SMx dashboard"));
    }

    void workflowButtonsAndUndo()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings2.ini")));
        auto window = openWindow(settings);
        NewReport r = TestSupport::minimalReport(QStringLiteral("Default password on ONT"),
            QStringLiteral("GigaCenter 844G"), QStringLiteral("12.1"));
        const qint64 id = *window->store()->createCase(r);
        window->inbox()->selectCase(id);
        QCOMPARE(window->detail()->caseId(), id);

        // Only legal moves are offered.
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("transition_triage")));
        auto *ack = window->findChild<QPushButton *>(QStringLiteral("transition_acknowledged"));
        QVERIFY(ack);
        QTest::mouseClick(ack, Qt::LeftButton);
        auto *tracking = window->findChild<QLabel *>(QStringLiteral("caseTrackingId"));
        QTRY_COMPARE(tracking->text(), QStringLiteral("PSIRT-2026-0001"));
        QTRY_VERIFY(window->findChild<QPushButton *>(QStringLiteral("transition_triage")));
        QCOMPARE(window->inbox()->model()->index(0, InboxModel::TrackingId).data().toString(),
            QStringLiteral("PSIRT-2026-0001"));

        // Edit the owner in place, then undo both steps from the Edit menu.
        type(window.get(), "ownerEdit", QStringLiteral("ana"));
        QTest::keyClick(window->findChild<QLineEdit *>(QStringLiteral("ownerEdit")), Qt::Key_Return);
        QCOMPARE(window->store()->caseById(id)->owner, QStringLiteral("ana"));
        auto *undo = window->findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(window->store()->caseById(id)->owner, QString());
        QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("ownerEdit"))->text(), QString());
        undo->trigger();
        QCOMPARE(window->store()->caseById(id)->status, CaseStatus::New);
        QTRY_VERIFY(window->findChild<QPushButton *>(QStringLiteral("transition_acknowledged")));

        // A refused edit shows an inline error and the stored value.
        type(window.get(), "titleEdit", QString());
        QTest::keyClick(window->findChild<QLineEdit *>(QStringLiteral("titleEdit")), Qt::Key_Return);
        QVERIFY(window->messageBar()->isVisible());
        QCOMPARE(window->messageBar()->kind(), MessageBar::Kind::Error);
        QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
            QStringLiteral("Default password on ONT"));
    }

    void scoreACaseWithTheCalculator()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings6.ini")));
        auto window = openWindow(settings);
        NewReport r = TestSupport::minimalReport(QStringLiteral("Pre-auth RCE in the web UI"),
            QStringLiteral("GigaSpire u6"), QStringLiteral("24.1"));
        const qint64 id = *window->store()->createCase(r);
        window->inbox()->selectCase(id);

        auto *vectorEdit = window->findChild<QLineEdit *>(QStringLiteral("vectorEdit"));
        QVERIFY(vectorEdit);
        vectorEdit->setFocus();
        vectorEdit->selectAll();
        QTest::keyClicks(
            vectorEdit, QStringLiteral("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"));
        QTest::keyClick(vectorEdit, Qt::Key_Return);
        auto *apply = window->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(*window->store()->caseById(id)->cvssScore, 9.3);
        QCOMPARE(window->store()->caseById(id)->severity, QStringLiteral("Critical"));
        const int row = window->inbox()->model()->rowOfCase(id);
        QCOMPARE(window->inbox()->model()->index(row, InboxModel::Severity).data().toString(),
            QStringLiteral("9.3 Critical"));

        // A v3.1 vector beside it, then made primary from the list.
        vectorEdit->selectAll();
        QTest::keyClicks(vectorEdit, QStringLiteral("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H"));
        QTest::keyClick(vectorEdit, Qt::Key_Return);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(window->store()->scores(id)->size(), 2);
        QCOMPARE(*window->store()->caseById(id)->cvssScore, 9.3); // v4.0 stays primary
        auto *scores = window->findChild<QTreeWidget *>(QStringLiteral("scoresView"));
        QCOMPARE(scores->topLevelItemCount(), 2);
        scores->setCurrentItem(scores->topLevelItem(1));
        QTest::mouseClick(
            window->findChild<QPushButton *>(QStringLiteral("makePrimaryButton")), Qt::LeftButton);
        QTRY_COMPARE(*window->store()->caseById(id)->cvssScore, 8.1);
        window->resize(1500, 950);
        window->findChild<QTabWidget *>(QStringLiteral("caseTabs"))->setCurrentIndex(1);
        screenshot(window.get(), QStringLiteral("scoring"));
        window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(*window->store()->caseById(id)->cvssScore, 9.3);

        // An invalid vector is refused inline and changes nothing.
        vectorEdit->selectAll();
        QTest::keyClicks(vectorEdit, QStringLiteral("CVSS:3.1/AV:X"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(window->store()->scores(id)->size(), 2);
    }

    void scopeWarningForThirdPartyProduct()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings3.ini")));
        QString location;
        auto window = openWindow(settings, &location);
        {
            Database db;
            QVERIFY(db.open(location).ok());
            ProductCatalogue catalogue(db);
            Product openssl;
            openssl.name = QStringLiteral("OpenSSL");
            openssl.productLine = QStringLiteral("Third party");
            openssl.thirdParty = true;
            QVERIFY(catalogue.save(openssl).ok());
        }
        auto *dialog = window->newReport();
        QTRY_VERIFY(dialog->isVisible());
        type(dialog, "productEdit", QStringLiteral("OpenSSL"));
        auto *warning = dialog->findChild<MessageBar *>(QStringLiteral("scopeWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("third-party")));
        dialog->close();
    }

    void rememberedDatabaseAndLayout()
    {
        const QString ini = m_dir.filePath(QStringLiteral("settings4.ini"));
        QString location;
        {
            AppSettings settings(ini);
            auto window = openWindow(settings, &location);
            window->close();
        }
        AppSettings settings(ini);
        QCOMPARE(settings.lastDatabase(), location);
        QVERIFY(!settings.windowGeometry().isEmpty());
        QVERIFY(!settings.inboxHeaderState().isEmpty());
        QCOMPARE(settings.recentDatabases().constFirst(), location);
    }

    void deadlinesInInboxDetailAndStatusBar()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings8.ini")));
        auto window = openWindow(settings);
        NewReport r = TestSupport::minimalReport(
            QStringLiteral("Unanswered report"), QStringLiteral("SMx"), QStringLiteral("25.1"));
        // Received three weeks before the fixed "now": the 5-business-day acknowledgement
        // clock of the default policy is breached.
        r.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
        const qint64 late = *window->store()->createCase(r);
        r.title = QStringLiteral("Fresh report");
        r.receivedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::UTC);
        const qint64 fresh = *window->store()->createCase(r);

        InboxModel *model = window->inbox()->model();
        QTRY_COMPARE(model->index(model->rowOfCase(late), InboxModel::NextDeadline)
                         .data(InboxModel::DeadlineStateRole)
                         .toInt(),
            int(ClockState::Breached));
        QVERIFY(model->index(model->rowOfCase(late), InboxModel::NextDeadline)
                .data()
                .toString()
                .startsWith(QStringLiteral("Acknowledge")));
        QCOMPARE(model->index(model->rowOfCase(fresh), InboxModel::NextDeadline)
                     .data(InboxModel::DeadlineStateRole)
                     .toInt(),
            int(ClockState::OnTrack));
        auto *counts = window->findChild<QLabel *>(QStringLiteral("slaCounts"));
        QTRY_VERIFY2(counts->text().startsWith(QStringLiteral("1 breached")), qPrintable(counts->text()));

        window->inbox()->selectCase(late);
        auto *deadline = window->findChild<QLabel *>(QStringLiteral("caseNextDeadline"));
        QVERIFY2(deadline->text().contains(QStringLiteral("UTC")), qPrintable(deadline->text()));
        // Acknowledging stops that clock; the next one is the assessment.
        QTest::mouseClick(
            window->findChild<QPushButton *>(QStringLiteral("transition_acknowledged")), Qt::LeftButton);
        QTRY_VERIFY2(!model->index(model->rowOfCase(late), InboxModel::NextDeadline)
                         .data()
                         .toString()
                         .startsWith(QStringLiteral("Acknowledge")),
            qPrintable(model->index(model->rowOfCase(late), InboxModel::NextDeadline).data().toString()));

#if PSIRTDESK_HAVE_ICALENDAR
        // File → Export Deadlines writes every open case's deadlines, without titles.
        const QString ics = m_dir.filePath(QStringLiteral("deadlines.ics"));
        QTRY_VERIFY(window->exports()->writeDeadlines(ics).ok());
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(!text.contains(QStringLiteral("Unanswered report")));
        const auto events = DeadlineICalendar::read(text);
        QVERIFY2(events.ok(), qPrintable(events.error()));
        QVERIFY(events->size() >= 2);
#endif

        // The timeline tab shows the open cases; activating one returns to it in the inbox.
        window->findChild<QAction *>(QStringLiteral("actionTimeline"))->trigger();
        QVERIFY(window->timeline()->isVisible());
        QTRY_COMPARE(window->timeline()->chart()->layoutGeometry().rowCount(), 2);
        window->resize(1500, 950);
        screenshot(window.get(), QStringLiteral("timeline-tab"));
        Q_EMIT window->timeline()->caseActivated(fresh);
        QVERIFY(window->inbox()->isVisible());
        QCOMPARE(window->inbox()->currentCaseId(), fresh);
    }

    void negotiatedDisclosureDate()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings9.ini")));
        auto window = openWindow(settings);
        NewReport r = TestSupport::minimalReport(
            QStringLiteral("Embargoed flaw"), QStringLiteral("SMx"), QStringLiteral("25.1"));
        r.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::UTC);
        const qint64 id = *window->store()->createCase(r);
        window->inbox()->selectCase(id);
        const QDateTime agreed(QDate(2027, 3, 10), QTime(16, 0), QTimeZone::UTC);

        window->findChild<QCheckBox *>(QStringLiteral("embargoSet"))->setChecked(true);
        window->findChild<QDateTimeEdit *>(QStringLiteral("embargoEdit"))->setDateTime(agreed);
        auto *apply = window->findChild<QPushButton *>(QStringLiteral("embargoApply"));
        QTest::mouseClick(apply, Qt::LeftButton); // no reason yet: refused
        QVERIFY(!window->store()->caseById(id)->embargoAt.isValid());
        QCOMPARE(window->messageBar()->kind(), MessageBar::Kind::Error);
        type(window.get(), "embargoReasonEdit", QStringLiteral("Vendor fix ships in the March release"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(window->store()->caseById(id)->embargoAt, agreed);
        QCOMPARE(window->store()->auditLog(id)->constLast().newValue,
            QStringLiteral("Vendor fix ships in the March release"));

        // The timeline's embargo milestone follows the negotiated date.
        const auto embargoDeadline = [&] {
            TimelineModel *model = window->slaTracker()->model();
            const QModelIndex c = model->indexOfCase(id);
            for (int i = 0; i < model->rowCount(c); ++i) {
                const QModelIndex m = model->index(i, 0, c);
                if (m.data(TimelineModel::MilestoneIdRole).toString() == u"embargo")
                    return m.data(TimelineModel::DeadlineRole).toDateTime();
            }
            return QDateTime();
        };
        QTRY_COMPARE(embargoDeadline(), agreed);
        window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(!window->store()->caseById(id)->embargoAt.isValid());
        QTRY_VERIFY(embargoDeadline() != agreed);
    }

    void markActivelyExploited()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-exploited.ini")));
        auto window = openWindow(settings);
        NewReport r = TestSupport::minimalReport(
            QStringLiteral("Pre-auth RCE seen in the wild"), QStringLiteral("SMx"), QStringLiteral("25.1"));
        const qint64 id = *window->store()->createCase(r);
        window->inbox()->selectCase(id);
        const QDateTime since = Clock::nowUtc().addSecs(-3 * 3600);

        window->findChild<QCheckBox *>(QStringLiteral("exploitedSet"))->setChecked(true);
        window->findChild<QDateTimeEdit *>(QStringLiteral("exploitedEdit"))->setDateTime(since);
        auto *apply = window->findChild<QPushButton *>(QStringLiteral("exploitedApply"));
        QTest::mouseClick(apply, Qt::LeftButton); // no source yet: refused
        QVERIFY(!window->store()->caseById(id)->exploitedAt.isValid());
        QCOMPARE(window->messageBar()->kind(), MessageBar::Kind::Error);
        type(window.get(), "exploitedSourceEdit", QStringLiteral("Customer incident INC-4411"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(window->store()->caseById(id)->exploitedAt, since.toUTC());
        QCOMPARE(
            window->store()->caseById(id)->exploitedSource, QStringLiteral("Customer incident INC-4411"));

        // Flagged in the inbox's severity column and in the case header.
        const auto severityText = [&] {
            InboxModel *model = window->inbox()->model();
            return model->index(model->rowOfCase(id), InboxModel::Severity).data().toString();
        };
        QTRY_VERIFY(severityText().startsWith(u"⚠"));
        QTRY_VERIFY(
            window->findChild<QLabel *>(QStringLiteral("caseExploitation"))->text().contains(u"INC-4411"));
        // One undo takes the mark back.
        window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(!window->store()->caseById(id)->exploitedAt.isValid());
        QTRY_VERIFY(!severityText().startsWith(u"⚠"));
    }

    void casePolicyAndSelectedDeadlines()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings12.ini")));
        auto window = openWindow(settings);
        NewReport r = TestSupport::minimalReport(QStringLiteral("Contract case"));
        r.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::UTC);
        const qint64 contract = *window->store()->createCase(r);
        r.title = QStringLiteral("Ordinary case");
        const qint64 ordinary = *window->store()->createCase(r);
        window->inbox()->selectCase(contract);

        // The case moves to policy 001 from its Report tab: its next clock is "respond".
        auto *policy = window->findChild<QComboBox *>(QStringLiteral("casePolicyCombo"));
        QVERIFY(policy);
        QVERIFY(policy->currentText().startsWith(QStringLiteral("Team default")));
        const int at = policy->findData(DisclosurePolicy::psirt790Id());
        QVERIFY(at > 0);
        policy->setCurrentIndex(at);
        Q_EMIT policy->activated(at);
        QCOMPARE(window->store()->caseById(contract)->slaPolicy, DisclosurePolicy::psirt790Id());
        QTRY_COMPARE(window->slaTracker()->nextDeadline(contract)->clockId, QStringLiteral("respond"));
        QCOMPARE(window->slaTracker()->nextDeadline(ordinary)->clockId, QStringLiteral("acknowledge"));
        // Undoable like any edit.
        window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QTRY_COMPARE(window->slaTracker()->nextDeadline(contract)->clockId, QStringLiteral("acknowledge"));
        QCOMPARE(policy->currentData().toString(), QString());
        window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QTRY_COMPARE(window->slaTracker()->nextDeadline(contract)->clockId, QStringLiteral("respond"));

#if PSIRTDESK_HAVE_ICALENDAR
        // Export of the selection only: the contract case, under its own policy.
        window->inbox()->selectCase(contract);
        QCOMPARE(window->inbox()->selectedCaseIds(), QList<qint64> {contract});
        const QString ics = m_dir.filePath(QStringLiteral("selected.ics"));
        QVERIFY(window->exports()->writeDeadlines(ics, window->inbox()->selectedCaseIds()).ok());
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto events = DeadlineICalendar::read(QString::fromUtf8(file.readAll()));
        QVERIFY2(events.ok(), qPrintable(events.error()));
        QVERIFY(!events->isEmpty());
        for (const ExportedDeadline &e : *events) {
            QCOMPARE(e.caseId, contract);
            QVERIFY(e.milestoneId != u"acknowledge");
        }
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionExportSelectedDeadlines")));
#endif
    }

    void firstStartOffersTheDemo()
    {
        // No database yet: the start page offers to make the demo one, in the background.
        const QString demo = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/demo.psirtdesk");
        QFile::remove(demo);
        AppSettings settings(m_dir.filePath(QStringLiteral("settings7.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(!window.hasDatabase());
        auto *start = window.findChild<QPushButton *>(QStringLiteral("startDemo"));
        QVERIFY(start && start->isVisible());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.hasDatabase(), 60000);
        QCOMPARE(window.inbox()->model()->rowCount(), 500);
        QVERIFY(QFile::exists(demo));
        QVERIFY(!QFile::exists(demo + QStringLiteral(".partial")));
        QCOMPARE(settings.lastDatabase(), demo);
        QTRY_VERIFY(window.inbox()->isVisible()); // the new panes are shown by a queued call
        window.resize(1400, 860);
        screenshot(&window, QStringLiteral("demo-opened"));
    }

    void historyFollowsEveryStore()
    {
        // The History tab shows a change whichever store made it, as it commits.
        AppSettings settings(m_dir.filePath(QStringLiteral("settings9.ini")));
        auto window = openWindow(settings);
        QVERIFY(window->hasDatabase());
        CaseStore *store = window->store();
        const auto id = store->createCase(TestSupport::minimalReport(QStringLiteral("History")));
        QVERIFY(id);
        window->inbox()->selectCase(*id);
        QTRY_COMPARE(window->detail()->caseId(), *id);
        auto *history = window->detail()->findChild<QTableView *>(QStringLiteral("auditView"));
        QVERIFY(history && history->model());
        const int before = history->model()->rowCount();

        EvidenceStore *evidence = window->evidenceStore();
        QVERIFY(evidence->initialise(QStringLiteral("team passphrase"), 1000));
        QVERIFY(evidence->addData(*id, QByteArrayLiteral("crash log"), QStringLiteral("crash.txt")));
        QCOMPARE(history->model()->rowCount(), before + 1);
        CorrespondenceStore correspondence(store->database(), store->auditLog());
        CorrespondenceMessage m;
        m.caseId = *id;
        m.from = QStringLiteral("ada@example.org");
        m.subject = QStringLiteral("Follow-up");
        m.body = QStringLiteral("Also on 23.4.2.");
        QVERIFY(correspondence.record(m));
        QCOMPARE(history->model()->rowCount(), before + 2);
        AdvisoryStore advisories(*store);
        AdvisoryData a;
        a.vulnerabilities = {Vulnerability::withCve(QStringLiteral("CVE-2026-11111"))};
        QVERIFY(advisories.save(*id, a, 0));
        QCOMPARE(history->model()->rowCount(), before + 3);
        // The pane's own view of the case moved on with the row version.
        QCOMPARE(store->caseById(*id)->rowVersion, 4);
        QCOMPARE(window->detail()->advisoryTab()->cveField()->text(), QStringLiteral("CVE-2026-11111"));
    }

    void noShortcutTwice()
    {
        // Every action the window holds (menus, toolbar, panes, tabs) after a case is shown:
        // two actions with the same key sequence in overlapping contexts make Qt's shortcut
        // ambiguous, so neither fires (Ctrl+Shift+I once meant Import Mail and Show Inbox).
        AppSettings settings(m_dir.filePath(QStringLiteral("settings8.ini")));
        auto window = openWindow(settings);
        QVERIFY(window->hasDatabase());
        const auto id = window->store()->createCase(TestSupport::minimalReport(QStringLiteral("Shortcuts")));
        QVERIFY(id);
        QVERIFY(window->inbox()->reload());
        window->inbox()->selectCase(*id);
        QVERIFY(window->actions()->conflicts().isEmpty());

        QSet<QAction *> actions;
        const QList<QAction *> owned = window->findChildren<QAction *>();
        for (QAction *a : owned)
            actions.insert(a);
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            const QList<QAction *> added = w->actions();
            for (QAction *a : added)
                actions.insert(a);
        }
        QVERIFY(actions.size() > 20);

        // A window-wide shortcut clashes with any other; a widget's own only within that widget.
        struct Bound
        {
            QAction *action;
            const QObject *scope; // nullptr: the whole window
        };
        QHash<QString, QList<Bound>> bySequence;
        for (QAction *a : std::as_const(actions)) {
            const bool widgetScope = a->shortcutContext() == Qt::WidgetShortcut
                || a->shortcutContext() == Qt::WidgetWithChildrenShortcut;
            const QObject *scope = widgetScope ? a->parent() : nullptr;
            const QList<QKeySequence> shortcuts = a->shortcuts();
            for (const QKeySequence &k : shortcuts) {
                if (!k.isEmpty())
                    bySequence[k.toString(QKeySequence::PortableText)].append(Bound {a, scope});
            }
        }
        QStringList clashes;
        for (auto it = bySequence.cbegin(); it != bySequence.cend(); ++it) {
            const QList<Bound> &bound = it.value();
            for (qsizetype i = 0; i < bound.size(); ++i) {
                for (qsizetype j = i + 1; j < bound.size(); ++j) {
                    if (!bound[i].scope || !bound[j].scope || bound[i].scope == bound[j].scope)
                        clashes.append(QStringLiteral("%1: %2 (%3) and %4 (%5)")
                                .arg(it.key(), bound[i].action->objectName(), bound[i].action->text(),
                                    bound[j].action->objectName(), bound[j].action->text()));
                }
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("actionImportMail"))->shortcut(),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionShowInbox"))->shortcut().isEmpty());
    }

    void badDatabaseKeepsTheCurrentOne()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings5.ini")));
        auto window = openWindow(settings);
        const Status s = window->openDatabase(m_dir.filePath(QStringLiteral("no/such/folder/x.psirtdesk")));
        QVERIFY(!s.ok());
        QVERIFY(window->hasDatabase());
        QVERIFY(window->inbox());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
