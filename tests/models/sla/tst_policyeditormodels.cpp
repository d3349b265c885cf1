#include "TestSupport.h"
#include "sla/CalendarDaysModel.h"
#include "sla/ClockRulesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

/// The table models behind the SLA settings' policy and calendar editors.
class TestPolicyEditorModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }

    void clockRulesShowAndEdit()
    {
        ClockRulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClocks(DisclosurePolicy::iso29147().clocks());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex amount = model.index(0, ClockRulesModel::AmountColumn);
        QCOMPARE(amount.data().toInt(), 5);
        QCOMPARE(model.index(0, ClockRulesModel::UnitColumn).data(Qt::EditRole).toString(),
            QStringLiteral("business-days"));
        QCOMPARE(
            model.index(0, ClockRulesModel::UnitColumn).data().toString(), QStringLiteral("business days"));
        QCOMPARE(model.index(2, ClockRulesModel::EarlierOfColumn).data(Qt::EditRole).toStringList(),
            QStringList {QStringLiteral("resolved")});
        QCOMPARE(
            model.index(1, ClockRulesModel::PausesColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(amount, 7));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.setData(amount, 7)); // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.clocks().at(0).amount, 7);
    }

    void clockRulesRefuseNonsense_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("zero days") << int(ClockRulesModel::AmountColumn) << QVariant(0);
        QTest::newRow("eleven years") << int(ClockRulesModel::AmountColumn) << QVariant(4000);
        QTest::newRow("not a number")
            << int(ClockRulesModel::AmountColumn) << QVariant(QStringLiteral("five"));
        QTest::newRow("unknown unit")
            << int(ClockRulesModel::UnitColumn) << QVariant(QStringLiteral("fortnights"));
        QTest::newRow("unknown event")
            << int(ClockRulesModel::StartColumn) << QVariant(QStringLiteral("whenever"));
        QTest::newRow("start is the stop")
            << int(ClockRulesModel::StartColumn) << QVariant(QStringLiteral("acknowledged"));
        QTest::newRow("no stop") << int(ClockRulesModel::StopColumn) << QVariant(QStringList());
        QTest::newRow("stop is the start")
            << int(ClockRulesModel::StopColumn) << QVariant(QStringList {QStringLiteral("received")});
        QTest::newRow("empty name") << int(ClockRulesModel::NameColumn) << QVariant(QStringLiteral("  "));
        QTest::newRow("negative due soon") << int(ClockRulesModel::DueSoonColumn) << QVariant(-1);
    }

    void clockRulesRefuseNonsense()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        ClockRulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClocks(DisclosurePolicy::iso29147().clocks());
        QVERIFY(!model.setData(model.index(0, column), value));
        QCOMPARE(model.clocks(), DisclosurePolicy::iso29147().clocks());
    }

    void clockRulesUnitClampsAmount()
    {
        ClockRulesModel model;
        model.setClocks(DisclosurePolicy::iso29147().clocks());
        QVERIFY(model.setData(model.index(0, ClockRulesModel::UnitColumn), QStringLiteral("hours")));
        QVERIFY(model.setData(model.index(0, ClockRulesModel::AmountColumn), 5000));
        QVERIFY(model.setData(model.index(0, ClockRulesModel::UnitColumn), QStringLiteral("calendar-days")));
        QCOMPARE(model.clocks().at(0).amount, ClockRulesModel::maxDays);
    }

    void clockRulesAddRemoveValidate()
    {
        ClockRulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClocks(DisclosurePolicy::psirt790().clocks());
        const int count = model.rowCount();
        const int row = model.addClock(QStringLiteral("Respond"));
        QCOMPARE(row, count);
        QCOMPARE(model.clocks().at(row).id, QStringLiteral("respond-2")); // "respond" is taken
        QVERIFY(ClockRulesModel::validate(model.clocks()).isEmpty());
        model.removeClock(row);
        model.removeClock(17); // out of range: nothing
        QCOMPARE(model.rowCount(), count);
        QVERIFY(!ClockRulesModel::validate({}).isEmpty());
        QList<ClockRule> twins = DisclosurePolicy::iso29147().clocks();
        twins[1].id = twins.at(0).id;
        QVERIFY(!ClockRulesModel::validate(twins).isEmpty());
    }

    void calendarDays()
    {
        CalendarDaysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCalendar(BusinessCalendar::china());
        model.setYear(2026);
        // 2026: the State Council's holidays and the make-up working Saturdays/Sundays.
        bool sawMakeUp = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row, 0);
            QCOMPARE(i.data(CalendarDaysModel::DateRole).toDate().year(), 2026);
            sawMakeUp |= i.data(CalendarDaysModel::KindRole).toInt()
                == int(CalendarDaysModel::Kind::ExtraWorkingDay);
            if (row > 0)
                QVERIFY(model.index(row - 1, 0).data(CalendarDaysModel::DateRole).toDate()
                    <= i.data(CalendarDaysModel::DateRole).toDate());
        }
        QVERIFY(sawMakeUp);
        const int before = model.rowCount();

        // A shutdown day replaces nothing; the same date as a holiday replaces the shutdown.
        const QDate day(2026, 12, 28);
        const int row
            = model.setDay(day, CalendarDaysModel::Kind::Shutdown, QStringLiteral("Year-end shutdown"));
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.index(row, CalendarDaysModel::NameColumn).data().toString(),
            QStringLiteral("Year-end shutdown"));
        QVERIFY(!model.calendar().isBusinessDay(day));
        model.setDay(day, CalendarDaysModel::Kind::Holiday, QStringLiteral("Founders' day"));
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.calendar().holidays().contains(day));
        QVERIFY(!model.calendar().shutdownDays().contains(day));
        QCOMPARE(model.setDay(QDate(), CalendarDaysModel::Kind::Holiday, QStringLiteral("x")), -1);
        QCOMPARE(model.setDay(day, CalendarDaysModel::Kind::Holiday, QStringLiteral("  ")), -1);
        // Outside the year shown: stored, not listed.
        QCOMPARE(
            model.setDay(QDate(2027, 12, 27), CalendarDaysModel::Kind::Shutdown, QStringLiteral("s")), -1);
        QVERIFY(model.calendar().shutdownDays().contains(QDate(2027, 12, 27)));

        model.removeDay(model
                .match(model.index(0, CalendarDaysModel::NameColumn), Qt::DisplayRole,
                    QStringLiteral("Founders' day"))
                .value(0)
                .row());
        QCOMPARE(model.rowCount(), before);
        QVERIFY(model.calendar().isBusinessDay(day));
    }
};

QTEST_GUILESS_MAIN(TestPolicyEditorModels)
#include "tst_policyeditormodels.moc"
