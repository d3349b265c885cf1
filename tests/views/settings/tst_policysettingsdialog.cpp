#include "TestSupport.h"
#include "core/Clock.h"
#include "settings/PolicySettingsDialog.h"
#include "sla/CalendarDaysModel.h"
#include "sla/PolicyStore.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

// The SLA settings dialog on a real SQLite database, offscreen.
class TestPolicySettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void cleanup() { Clock::setSource(nullptr); }
    void previewsAndSaves();
    void editsPolicyClocks();
    void editsCalendar();
};

void TestPolicySettingsDialog::previewsAndSaves()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("cases.sqlite"))).ok());
    Clock::setFixed(QDateTime(QDate(2026, 7, 1), QTime(10, 0), QTimeZone::UTC));

    PolicyStore policies(db);
    PolicySettingsDialog dialog(policies);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *policy = dialog.findChild<QComboBox *>(QStringLiteral("policyCombo"));
    auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    auto *preview = dialog.findChild<QTreeWidget *>(QStringLiteral("previewTree"));
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("shutdownDate"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addShutdown"));
    QVERIFY(policy && zone && preview && date && add);
    QCOMPARE(policy->currentData().toString(), DisclosurePolicy::iso29147Id());
    QCOMPARE(preview->topLevelItemCount(), 4); // three clocks and the embargo

    zone->setCurrentIndex(zone->findData(QStringLiteral("UTC")));
    // US calendar: 3 July 2026 is a holiday, so the fifth business day is 9 July.
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("2026-07-09 23:59 UTC"));

    // A shutdown day pushes the acknowledgement back by a day.
    date->setDate(QDate(2026, 7, 6));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("2026-07-10 23:59 UTC"));

    zone->setCurrentIndex(zone->findData(QStringLiteral("Asia/Shanghai")));
    QCOMPARE(preview->topLevelItem(0)->text(1), QStringLiteral("2026-07-10 23:59 CST"));
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("2026-07-10 15:59 UTC"));

    policy->setCurrentIndex(policy->findData(DisclosurePolicy::psirt790Id()));
    QCOMPARE(preview->topLevelItemCount(), 2); // its two clocks; it gives a new report no embargo

    QSignalSpy saved(&dialog, &PolicySettingsDialog::saved);
    QVERIFY(dialog.save());
    QCOMPARE(saved.count(), 1);
    PolicyStore store(db);
    QCOMPARE(store.defaultPolicyId(), DisclosurePolicy::psirt790Id());
    QCOMPARE(store.timeZoneId(), QStringLiteral("Asia/Shanghai"));
    QCOMPARE(store.defaultCalendarId(), QStringLiteral("US"));
    const auto calendar = store.calendar(QStringLiteral("US"));
    QVERIFY(calendar.ok());
    QVERIFY(calendar->shutdownDays().contains(QDate(2026, 7, 6)));

    // Reopened, the dialog shows what was saved.
    PolicySettingsDialog again(policies);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("policyCombo"))->currentData().toString(),
        DisclosurePolicy::psirt790Id());
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"))->currentData().toString(),
        QStringLiteral("Asia/Shanghai"));
}

void TestPolicySettingsDialog::editsPolicyClocks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("cases.sqlite"))).ok());
    Clock::setFixed(QDateTime(QDate(2026, 7, 1), QTime(10, 0), QTimeZone::UTC));

    PolicyStore policies(db);
    PolicySettingsDialog dialog(policies);
    dialog.resize(900, 900);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    auto *preview = dialog.findChild<QTreeWidget *>(QStringLiteral("previewTree"));
    auto *edited = dialog.findChild<QComboBox *>(QStringLiteral("editPolicyCombo"));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("clocksTable"));
    auto *amount = dialog.findChild<QSpinBox *>(QStringLiteral("clockAmount"));
    auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("clockUnit"));
    auto *pauses = dialog.findChild<QCheckBox *>(QStringLiteral("clockPauses"));
    auto *stopAck = dialog.findChild<QCheckBox *>(QStringLiteral("clockStop_acknowledged"));
    auto *newPolicy = dialog.findChild<QPushButton *>(QStringLiteral("newPolicy"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("policyNameEdit"));
    auto *addClock = dialog.findChild<QPushButton *>(QStringLiteral("addClock"));
    auto *removeClock = dialog.findChild<QPushButton *>(QStringLiteral("removeClock"));
    QVERIFY(tabs && zone && preview && edited && table && amount && unit && pauses && stopAck && newPolicy
        && name && addClock && removeClock);
    zone->setCurrentIndex(zone->findData(QStringLiteral("UTC")));
    tabs->setCurrentIndex(1);
    QCOMPARE(edited->currentData().toString(), DisclosurePolicy::iso29147Id());
    QCOMPARE(table->model()->rowCount(), 3);

    // The acknowledgement clock becomes 3 business days: the preview follows at once.
    table->setCurrentIndex(table->model()->index(0, 0));
    amount->setValue(3);
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("2026-07-07 23:59 UTC"));
    // ... or 48 hours.
    unit->setCurrentIndex(unit->findData(QStringLiteral("hours")));
    amount->setValue(48);
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("2026-07-03 10:00 UTC"));
    pauses->setChecked(true);
    // A clock without a stop event is refused, and the form shows what stayed.
    stopAck->setChecked(false);
    QVERIFY(stopAck->isChecked());

    // A team policy from a copy, with a fourth clock.
    QTest::mouseClick(newPolicy, Qt::LeftButton);
    QCOMPARE(edited->currentData().toString(), QStringLiteral("custom-1"));
    name->setText(QStringLiteral("Automotive customers"));
    Q_EMIT name->textEdited(name->text());
    QTest::mouseClick(addClock, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(preview->topLevelItemCount(), 5); // four clocks and the embargo
    QTest::mouseClick(removeClock, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::mouseClick(addClock, Qt::LeftButton);

    if (const QString shots = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("policy-settings.png"))));
    }

    QVERIFY(dialog.save());
    PolicyStore store(db);
    const auto iso = store.policy(DisclosurePolicy::iso29147Id());
    QVERIFY(iso.ok());
    QCOMPARE(iso->clocks().at(0).amount, 48);
    QCOMPARE(iso->clocks().at(0).unit, ClockRule::Unit::Hours);
    QVERIFY(iso->clocks().at(0).pausesWhileWaitingOnReporter);
    QCOMPARE(iso->clocks().at(1), DisclosurePolicy::iso29147().clocks().at(1)); // untouched
    const auto custom = store.policy(QStringLiteral("custom-1"));
    QVERIFY2(custom.ok(), qPrintable(custom.error()));
    QCOMPARE(custom->name(), QStringLiteral("Automotive customers"));
    QCOMPARE(custom->clocks().size(), 4);

    // Reopened: the edited preset can be reset, the team policy deleted.
    PolicySettingsDialog again(policies);
    auto *againEdited = again.findChild<QComboBox *>(QStringLiteral("editPolicyCombo"));
    QVERIFY(againEdited->findData(QStringLiteral("custom-1")) >= 0);
    QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("resetPolicy")), Qt::LeftButton);
    againEdited->setCurrentIndex(againEdited->findData(QStringLiteral("custom-1")));
    QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("deletePolicy")), Qt::LeftButton);
    QCOMPARE(againEdited->findData(QStringLiteral("custom-1")), -1);
    QVERIFY(again.save());
    QCOMPARE(*store.policy(DisclosurePolicy::iso29147Id()), DisclosurePolicy::iso29147());
    QVERIFY(!store.policy(QStringLiteral("custom-1")).ok());
}

void TestPolicySettingsDialog::editsCalendar()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("cases.sqlite"))).ok());
    Clock::setFixed(QDateTime(QDate(2026, 7, 1), QTime(10, 0), QTimeZone::UTC));

    PolicyStore policies(db);
    PolicySettingsDialog dialog(policies);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    auto *preview = dialog.findChild<QTreeWidget *>(QStringLiteral("previewTree"));
    auto *days = dialog.findChild<QTableView *>(QStringLiteral("calendarDays"));
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("shutdownDate"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("dayKind"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("shutdownName"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addShutdown"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeShutdown"));
    auto *friday = dialog.findChild<QCheckBox *>(QStringLiteral("weekend_5"));
    QVERIFY(zone && preview && days && date && kind && name && add && remove && friday);
    zone->setCurrentIndex(zone->findData(QStringLiteral("UTC")));
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("2026-07-09 23:59 UTC"));
    const int before = days->model()->rowCount(); // the US federal holidays of 2026
    QCOMPARE(before, 11);

    // A regional holiday on Monday 6 July, then a four-day week.
    date->setDate(QDate(2026, 7, 6));
    kind->setCurrentIndex(kind->findData(int(CalendarDaysModel::Kind::Holiday)));
    name->setText(QStringLiteral("Founders' day"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(days->model()->rowCount(), before + 1);
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("2026-07-10 23:59 UTC"));
    // Fridays off too: Thursday 2, Tuesday 7 to Thursday 9, Monday 13 July.
    friday->setChecked(true);
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("2026-07-13 23:59 UTC"));

    // Removing the day brings the deadline back by one business day.
    days->setCurrentIndex(days->model()
            ->match(days->model()->index(0, CalendarDaysModel::NameColumn), Qt::DisplayRole,
                QStringLiteral("Founders' day"))
            .value(0));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(days->model()->rowCount(), before);
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("2026-07-09 23:59 UTC"));

    QVERIFY(dialog.save());
    const auto stored = PolicyStore(db).calendar(QStringLiteral("US"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->weekendDays(), (QList<int> {Qt::Friday, Qt::Saturday, Qt::Sunday}));
    QVERIFY(!stored->holidays().contains(QDate(2026, 7, 6)));
}

QTEST_MAIN(TestPolicySettingsDialog)
#include "tst_policysettingsdialog.moc"
