#include "TestSupport.h"
#include "core/Clock.h"
#include "settings/PolicySettingsDialog.h"
#include "sla/PolicyStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QSignalSpy>
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
};

void TestPolicySettingsDialog::previewsAndSaves()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("cases.sqlite"))).ok());
    Clock::setFixed(QDateTime(QDate(2026, 7, 1), QTime(10, 0), QTimeZone::UTC));

    PolicySettingsDialog dialog(db);
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
    PolicySettingsDialog again(db);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("policyCombo"))->currentData().toString(),
        DisclosurePolicy::psirt790Id());
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("timeZoneCombo"))->currentData().toString(),
        QStringLiteral("Asia/Shanghai"));
}

QTEST_MAIN(TestPolicySettingsDialog)
#include "TestPolicySettingsDialog.moc"
