#include "dashboard/DashboardData.h"
#include "queue/QueueModel.h"
#include "sla/SlaEngine.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The dashboard's figures on hand-built cases with known answers (fixed clock, ISO/IEC 29147
// preset: acknowledge within 5 US business days, assess within 15, disclose within 90 days).
class TestDashboardData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentiles_data();
    void percentiles();
    void figures();
    void filters_data();
    void filters();
    void tablesCarryEveryFigure();

private:
    static QDateTime at(int month, int day, int hour = 10)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone::UTC);
    }
    static QList<DashboardCase> cases();
    static SlaEngine engine()
    {
        return SlaEngine(DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone::UTC);
    }
};

void TestDashboardData::percentiles_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    const QList<double> ten {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    QTest::newRow("median of ten") << ten << 0.5 << 5.0;
    QTest::newRow("p90 of ten") << ten << 0.9 << 9.0;
    QTest::newRow("p90 of three") << QList<double> {1, 2, 30} << 0.9 << 30.0;
    QTest::newRow("one value") << QList<double> {4} << 0.5 << 4.0;
    QTest::newRow("none") << QList<double> {} << 0.5 << 0.0;
}

void TestDashboardData::percentiles()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    QCOMPARE(DashboardFigures::percentile(std::vector<double>(values.cbegin(), values.cend()), p), expected);
}

// Five cases received in May and June 2026 (Mondays to Fridays, 10:00 UTC).
QList<DashboardCase> TestDashboardData::cases()
{
    QList<DashboardCase> list;
    const auto add = [&](qint64 id, const QString &product, const QString &line, const QString &severity,
                         double score, CaseStatus status, const QDateTime &received) -> DashboardCase & {
        DashboardCase c;
        c.id = id;
        c.product = product;
        c.productLine = line;
        c.severity = severity;
        c.score = score;
        c.status = status;
        c.events.received = received;
        c.events.status = status;
        list.append(c);
        return list.last();
    };
    // Acknowledged after 1 day (on time), assessed after 7 days, fixed after 30, disclosed after 40.
    DashboardCase &a
        = add(1, u"Router 9"_s, u"Gateways"_s, u"Critical"_s, 9.8, CaseStatus::Disclosed, at(5, 4));
    a.events.acknowledged = at(5, 5);
    a.events.assessed = at(5, 11);
    a.events.resolved = at(6, 3);
    a.events.disclosed = at(6, 13);
    // Acknowledged after 9 calendar days = 7 business days: late.
    DashboardCase &b = add(2, u"Router 9"_s, u"Gateways"_s, u"High"_s, 7.5, CaseStatus::Confirmed, at(5, 6));
    b.events.acknowledged = at(5, 15);
    b.events.assessed = at(5, 20);
    // Open, unscored, acknowledged after 2 days.
    DashboardCase &c = add(3, u"Cam 3000"_s, u"Cameras"_s, QString(), -1, CaseStatus::Acknowledged, at(6, 1));
    c.events.acknowledged = at(6, 3);
    // New and open, medium.
    add(4, u"Cam 3000"_s, u"Cameras"_s, u"Medium"_s, 5.0, CaseStatus::New, at(6, 8));
    // Rejected (closed) as spam, never acknowledged.
    add(5, u"Hub"_s, QString(), QString(), -1, CaseStatus::Spam, at(6, 9));
    return list;
}

void TestDashboardData::figures()
{
    const DashboardFigures f = DashboardFigures::compute(cases(), engine(), {}, at(6, 20));
    QCOMPARE(f.cases, 5);
    using B = QueueModel::Band;
    QCOMPARE(f.openBySeverity.value(int(B::High)), 1);
    QCOMPARE(f.openBySeverity.value(int(B::Medium)), 1);
    QCOMPARE(f.openBySeverity.value(int(B::Unscored)), 1);
    QCOMPARE(f.openBySeverity.value(int(B::Critical)), 1); // disclosed, not yet closed: still open
    QCOMPARE(f.openByStatus.value(CaseStatus::New), 1);
    QCOMPARE(f.openByStatus.value(CaseStatus::Acknowledged), 1);
    QCOMPARE(f.openByStatus.value(CaseStatus::Confirmed), 1);

    // Acknowledge: 1, 9 and 2 days; nearest-rank median 2, p90 9.
    const auto &ack = f.timeTo[DashboardFigures::Acknowledge];
    QCOMPARE(ack.cases, 3);
    QCOMPARE(ack.medianDays, 2.0);
    QCOMPARE(ack.p90Days, 9.0);
    QCOMPARE(f.timeTo[DashboardFigures::Assess].cases, 2);
    QCOMPARE(f.timeTo[DashboardFigures::Assess].medianDays, 7.0);
    QCOMPARE(f.timeTo[DashboardFigures::Assess].p90Days, 14.0);
    QCOMPARE(f.timeTo[DashboardFigures::Fix].medianDays, 30.0);
    QCOMPARE(f.timeTo[DashboardFigures::Disclose].p90Days, 40.0);

    // Acknowledge clock: case 1 met in May, case 2 late in May, case 3 met in June.
    QCOMPARE(f.clockNames.constFirst(), u"Acknowledge"_s);
    const auto &acknowledge = f.compliance.constFirst();
    QCOMPARE(acknowledge.value(u"2026-05"_s).onTime, 1);
    QCOMPARE(acknowledge.value(u"2026-05"_s).late, 1);
    QCOMPARE(acknowledge.value(u"2026-06"_s).onTime, 1);
    QCOMPARE(acknowledge.value(u"2026-06"_s).late, 0);

    QCOMPARE(f.months, (QStringList {u"2026-05"_s, u"2026-06"_s}));
    QCOMPARE(f.intake.value(u"2026-05"_s).value(u"Router 9"_s), 2);
    QCOMPARE(f.intake.value(u"2026-06"_s).value(u"Cam 3000"_s), 2);
    QCOMPARE(f.products, (QStringList {u"Cam 3000"_s, u"Router 9"_s, u"Hub"_s}));
}

void TestDashboardData::filters_data()
{
    QTest::addColumn<DashboardFilter>("filter");
    QTest::addColumn<int>("cases");
    QTest::addColumn<int>("acknowledged");
    QTest::newRow("all") << DashboardFilter {} << 5 << 3;
    QTest::newRow("June") << DashboardFilter {QDate(2026, 6, 1), QDate(2026, 6, 30), {}} << 3 << 1;
    QTest::newRow("until 6 May, inclusive") << DashboardFilter {{}, QDate(2026, 5, 6), {}} << 2 << 2;
    QTest::newRow("Cameras") << DashboardFilter {{}, {}, u"Cameras"_s} << 2 << 1;
    QTest::newRow("no such line") << DashboardFilter {{}, {}, u"Phones"_s} << 0 << 0;
}

void TestDashboardData::filters()
{
    QFETCH(DashboardFilter, filter);
    QFETCH(int, cases);
    QFETCH(int, acknowledged);
    const DashboardFigures f
        = DashboardFigures::compute(TestDashboardData::cases(), engine(), filter, at(6, 20));
    QCOMPARE(f.cases, cases);
    QCOMPARE(f.timeTo[DashboardFigures::Acknowledge].cases, acknowledged);
}

void TestDashboardData::tablesCarryEveryFigure()
{
    const DashboardFigures f = DashboardFigures::compute(cases(), engine(), {}, at(6, 20));
    const QList<DashboardFigures::Table> tables = f.tables();
    QCOMPARE(tables.size(), 5);
    for (const auto &t : tables) {
        QVERIFY(!t.title.isEmpty());
        for (const auto &row : t.rows)
            QCOMPARE(row.size(), t.headers.size());
    }
    QCOMPARE(tables.at(0).rows.size(), QueueModel::bandCount);
    QCOMPARE(tables.at(3).rows.at(0).at(2).toDouble(), 2.0); // acknowledge median
    QCOMPARE(tables.at(4).rows.size(), 3); // (May, Router 9), (June, Cam 3000), (June, Hub)
}

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
