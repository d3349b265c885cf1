#include "TestSupport.h"
#include "sla/BusinessCalendar.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

class TestBusinessCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void isBusinessDay_data();
    void isBusinessDay();
    void usHolidaysFollowTheStatute();
    void chinaHolidayBlocks_data();
    void chinaHolidayBlocks();
    void addBusinessDays_data();
    void addBusinessDays();
    void businessDaysBetween();
    void teamCalendar();
    void coverage();
    void jsonRoundTrip();
    void jsonRejectsBadInput_data();
    void jsonRejectsBadInput();
    void presetLookup();
};

namespace {

QDate date(const char *text)
{
    return QDate::fromString(QLatin1StringView(text), Qt::ISODate);
}

// The nth (1-based) weekday of a month, or the last one with n = -1.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n < 0) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        while (d.dayOfWeek() != weekday)
            d = d.addDays(-1);
        return d;
    }
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

// 5 U.S.C. 6103(b) and Executive Order 11582: Saturday → Friday, Sunday → Monday.
QDate observed(const QDate &d)
{
    if (d.dayOfWeek() == Qt::Saturday)
        return d.addDays(-1);
    if (d.dayOfWeek() == Qt::Sunday)
        return d.addDays(1);
    return d;
}

} // namespace

void TestBusinessCalendar::isBusinessDay_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("business");

    // United States: observed holidays move off weekends.
    QTest::newRow("US 2026-07-03 Independence Day observed (Fri)") << "US" << date("2026-07-03") << false;
    QTest::newRow("US 2026-07-04 Sat") << "US" << date("2026-07-04") << false;
    QTest::newRow("US 2026-07-06 Mon") << "US" << date("2026-07-06") << true;
    QTest::newRow("US 2027-06-18 Juneteenth observed (Fri)") << "US" << date("2027-06-18") << false;
    QTest::newRow("US 2027-07-05 Independence Day observed (Mon)") << "US" << date("2027-07-05") << false;
    QTest::newRow("US 2027-12-24 Christmas observed (Fri)") << "US" << date("2027-12-24") << false;
    QTest::newRow("US 2027-12-31 New Year 2028 observed (Fri)") << "US" << date("2027-12-31") << false;
    QTest::newRow("US 2025-01-20 MLK") << "US" << date("2025-01-20") << false;
    QTest::newRow("US 2025-11-27 Thanksgiving") << "US" << date("2025-11-27") << false;
    QTest::newRow("US 2025-11-28 day after Thanksgiving") << "US" << date("2025-11-28") << true;
    QTest::newRow("US 2026-01-02 Fri") << "US" << date("2026-01-02") << true;
    QTest::newRow("US 2026-11-11 Veterans Day (Wed)") << "US" << date("2026-11-11") << false;
    QTest::newRow("US 2026-03-07 plain Saturday") << "US" << date("2026-03-07") << false;
    QTest::newRow("US 2026-03-09 plain Monday") << "US" << date("2026-03-09") << true;

    // China: holiday blocks and the weekend days worked in exchange (调休).
    QTest::newRow("CN 2025-01-01 New Year") << "CN" << date("2025-01-01") << false;
    QTest::newRow("CN 2025-01-26 Sun worked") << "CN" << date("2025-01-26") << true;
    QTest::newRow("CN 2025-01-28 Spring Festival eve") << "CN" << date("2025-01-28") << false;
    QTest::newRow("CN 2025-02-04 Spring Festival last") << "CN" << date("2025-02-04") << false;
    QTest::newRow("CN 2025-02-05 back to work") << "CN" << date("2025-02-05") << true;
    QTest::newRow("CN 2025-02-08 Sat worked") << "CN" << date("2025-02-08") << true;
    QTest::newRow("CN 2025-04-27 Sun worked") << "CN" << date("2025-04-27") << true;
    QTest::newRow("CN 2025-05-05 Labour Day (Mon)") << "CN" << date("2025-05-05") << false;
    QTest::newRow("CN 2025-06-02 Dragon Boat (Mon)") << "CN" << date("2025-06-02") << false;
    QTest::newRow("CN 2025-09-28 Sun worked") << "CN" << date("2025-09-28") << true;
    QTest::newRow("CN 2025-10-08 National Day (Wed)") << "CN" << date("2025-10-08") << false;
    QTest::newRow("CN 2025-10-11 Sat worked") << "CN" << date("2025-10-11") << true;
    QTest::newRow("CN 2026-01-02 New Year (Fri)") << "CN" << date("2026-01-02") << false;
    QTest::newRow("CN 2026-01-04 Sun worked") << "CN" << date("2026-01-04") << true;
    QTest::newRow("CN 2026-02-14 Sat worked") << "CN" << date("2026-02-14") << true;
    QTest::newRow("CN 2026-02-23 Spring Festival (Mon)") << "CN" << date("2026-02-23") << false;
    QTest::newRow("CN 2026-02-28 Sat worked") << "CN" << date("2026-02-28") << true;
    QTest::newRow("CN 2026-04-06 Qingming (Mon)") << "CN" << date("2026-04-06") << false;
    QTest::newRow("CN 2026-05-09 Sat worked") << "CN" << date("2026-05-09") << true;
    QTest::newRow("CN 2026-06-19 Dragon Boat (Fri)") << "CN" << date("2026-06-19") << false;
    QTest::newRow("CN 2026-09-20 Sun worked") << "CN" << date("2026-09-20") << true;
    QTest::newRow("CN 2026-09-25 Mid-Autumn (Fri)") << "CN" << date("2026-09-25") << false;
    QTest::newRow("CN 2026-10-07 National Day (Wed)") << "CN" << date("2026-10-07") << false;
    QTest::newRow("CN 2026-10-10 Sat worked") << "CN" << date("2026-10-10") << true;
    QTest::newRow("CN 2026-03-07 plain Saturday") << "CN" << date("2026-03-07") << false;
    QTest::newRow("CN 2026-07-04 US holiday is a CN Saturday") << "CN" << date("2026-07-04") << false;
    QTest::newRow("CN 2026-07-03 US holiday is a CN workday") << "CN" << date("2026-07-03") << true;
}

void TestBusinessCalendar::isBusinessDay()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, day);
    QFETCH(bool, business);
    const auto c = BusinessCalendar::preset(calendar);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QCOMPARE(c->isBusinessDay(day), business);
}

void TestBusinessCalendar::usHolidaysFollowTheStatute()
{
    // The shipped table must be exactly what 5 U.S.C. 6103 and the observance rules give.
    QSet<QDate> expected;
    for (int y = 2025; y <= 2027; ++y) {
        expected.insert(observed(QDate(y, 1, 1)));
        expected.insert(nthWeekday(y, 1, Qt::Monday, 3));
        expected.insert(nthWeekday(y, 2, Qt::Monday, 3));
        expected.insert(nthWeekday(y, 5, Qt::Monday, -1));
        expected.insert(observed(QDate(y, 6, 19)));
        expected.insert(observed(QDate(y, 7, 4)));
        expected.insert(nthWeekday(y, 9, Qt::Monday, 1));
        expected.insert(nthWeekday(y, 10, Qt::Monday, 2));
        expected.insert(observed(QDate(y, 11, 11)));
        expected.insert(nthWeekday(y, 11, Qt::Thursday, 4));
        expected.insert(observed(QDate(y, 12, 25)));
    }
    expected.insert(observed(QDate(2028, 1, 1))); // Friday 2027-12-31
    const auto keys = BusinessCalendar::unitedStates().holidays().keys();
    const QSet<QDate> actual(keys.cbegin(), keys.cend());
    QCOMPARE(actual, expected);
    for (const QDate &d : actual)
        QVERIFY2(d.dayOfWeek() <= Qt::Friday, qPrintable(d.toString(Qt::ISODate)));
}

void TestBusinessCalendar::chinaHolidayBlocks_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("days");

    // The lengths announced by the State Council notices.
    QTest::newRow("2025 Spring Festival 8") << date("2025-01-28") << date("2025-02-04") << 8;
    QTest::newRow("2025 Labour Day 5") << date("2025-05-01") << date("2025-05-05") << 5;
    QTest::newRow("2025 National Day 8") << date("2025-10-01") << date("2025-10-08") << 8;
    QTest::newRow("2026 New Year 3") << date("2026-01-01") << date("2026-01-03") << 3;
    QTest::newRow("2026 Spring Festival 9") << date("2026-02-15") << date("2026-02-23") << 9;
    QTest::newRow("2026 National Day 7") << date("2026-10-01") << date("2026-10-07") << 7;
}

void TestBusinessCalendar::chinaHolidayBlocks()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, days);
    const BusinessCalendar cn = BusinessCalendar::china();
    QCOMPARE(from.daysTo(to) + 1, days);
    for (QDate d = from; d <= to; d = d.addDays(1))
        QVERIFY2(!cn.isBusinessDay(d), qPrintable(d.toString(Qt::ISODate)));
    QVERIFY(!cn.holidays().contains(from.addDays(-1)));
    QVERIFY(!cn.holidays().contains(to.addDays(1)));
}

void TestBusinessCalendar::addBusinessDays_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("US Mon +5") << "US" << date("2026-03-02") << 5 << date("2026-03-09");
    QTest::newRow("US Sat +1") << "US" << date("2026-03-07") << 1 << date("2026-03-09");
    QTest::newRow("US Sat +0") << "US" << date("2026-03-07") << 0 << date("2026-03-09");
    QTest::newRow("US Mon +0") << "US" << date("2026-03-09") << 0 << date("2026-03-09");
    QTest::newRow("US over observed Jul 3") << "US" << date("2026-07-01") << 5 << date("2026-07-09");
    QTest::newRow("US year end 2025") << "US" << date("2025-12-31") << 1 << date("2026-01-02");
    QTest::newRow("US year end 2025 +5") << "US" << date("2025-12-24") << 5 << date("2026-01-02");
    QTest::newRow("US year end 2027") << "US" << date("2027-12-23") << 1 << date("2027-12-27");
    QTest::newRow("US year end 2027 +5") << "US" << date("2027-12-23") << 5 << date("2028-01-03");
    QTest::newRow("US Thanksgiving") << "US" << date("2026-11-25") << 1 << date("2026-11-27");
    QTest::newRow("US 15 days") << "US" << date("2026-07-01") << 15 << date("2026-07-23");
    QTest::newRow("CN into worked Sunday") << "CN" << date("2025-01-24") << 1 << date("2025-01-26");
    QTest::newRow("CN across Spring Festival 2025") << "CN" << date("2025-01-24") << 5 << date("2025-02-07");
    QTest::newRow("CN worked Saturday") << "CN" << date("2026-02-13") << 1 << date("2026-02-14");
    QTest::newRow("CN across Spring Festival 2026") << "CN" << date("2026-02-13") << 7 << date("2026-03-02");
    QTest::newRow("CN across National Day 2026") << "CN" << date("2026-09-30") << 7 << date("2026-10-15");
    QTest::newRow("CN year end 2025") << "CN" << date("2025-12-31") << 1 << date("2026-01-04");
}

void TestBusinessCalendar::addBusinessDays()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const auto c = BusinessCalendar::preset(calendar);
    QVERIFY(c.ok());
    QCOMPARE(c->addBusinessDays(from, n), expected);
}

void TestBusinessCalendar::businessDaysBetween()
{
    const BusinessCalendar us = BusinessCalendar::unitedStates();
    // July 2026: 23 weekdays minus the observed Independence Day.
    QCOMPARE(us.businessDaysBetween(date("2026-07-01"), date("2026-08-01")), 22);
    const BusinessCalendar cn = BusinessCalendar::china();
    // October 2026: 22 weekdays, 5 of them holidays, plus the worked Saturday 10th.
    QCOMPARE(cn.businessDaysBetween(date("2026-10-01"), date("2026-11-01")), 18);
}

void TestBusinessCalendar::teamCalendar()
{
    BusinessCalendar c = BusinessCalendar::china();
    c.setId(QStringLiteral("cn-acme"));
    // A company shutdown wins even over a State Council working Saturday.
    c.addShutdownDay(date("2026-02-14"), QStringLiteral("Acme shutdown"));
    QVERIFY(!c.isBusinessDay(date("2026-02-14")));
    QCOMPARE(c.addBusinessDays(date("2026-02-13"), 1), date("2026-02-24"));
    c.removeShutdownDay(date("2026-02-14"));
    QVERIFY(c.isBusinessDay(date("2026-02-14")));

    BusinessCalendar gulf;
    gulf.setId(QStringLiteral("gulf"));
    gulf.setWeekendDays({Qt::Friday, Qt::Saturday});
    QCOMPARE(gulf.weekendDays(), (QList<int> {Qt::Friday, Qt::Saturday}));
    QVERIFY(gulf.isBusinessDay(date("2026-03-08"))); // Sunday
    QVERIFY(!gulf.isBusinessDay(date("2026-03-06"))); // Friday
    QCOMPARE(gulf.addBusinessDays(date("2026-03-05"), 1), date("2026-03-08"));
}

void TestBusinessCalendar::coverage()
{
    const BusinessCalendar us = BusinessCalendar::unitedStates();
    QVERIFY(us.covers(date("2025-01-01")));
    QVERIFY(us.covers(date("2027-12-31")));
    QVERIFY(!us.covers(date("2028-01-01")));
    // The 2027 State Council notice was not available; CN must not pretend to cover 2027.
    const BusinessCalendar cn = BusinessCalendar::china();
    QVERIFY(cn.covers(date("2026-12-31")));
    QVERIFY(!cn.covers(date("2027-01-01")));
    const auto keys = cn.holidays().keys();
    for (const QDate &d : keys)
        QVERIFY(d.year() <= 2026);
}

void TestBusinessCalendar::jsonRoundTrip()
{
    for (BusinessCalendar c : BusinessCalendar::presets()) {
        c.addShutdownDay(date("2026-12-28"), QStringLiteral("Year-end shutdown"));
        const QByteArray bytes = QJsonDocument(c.toJson()).toJson();
        const auto back = BusinessCalendar::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(*back, c);
    }
}

void TestBusinessCalendar::jsonRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << QByteArray(R"({"name":"x"})");
    QTest::newRow("bad date") << QByteArray(R"({"id":"x","holidays":[{"date":"2026-13-01"}]})");
    QTest::newRow("bad weekend") << QByteArray(R"({"id":"x","weekendDays":[0]})");
    QTest::newRow("days not a list") << QByteArray(R"({"id":"x","shutdownDays":"2026-01-01"})");
    // Found by fuzz_sla_policy: no working day at all made one evaluation take seconds.
    QTest::newRow("no working weekday") << QByteArray(
        R"({"id":"never","weekendDays":[1,2,3,4,5,6,7],"extraWorkingDays":[{"date":"2026-06-01"}]})");
}

void TestBusinessCalendar::jsonRejectsBadInput()
{
    QFETCH(QByteArray, json);
    const auto c = BusinessCalendar::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!c.ok());
    QVERIFY(!c.error().isEmpty());
}

void TestBusinessCalendar::presetLookup()
{
    QVERIFY(BusinessCalendar::preset(QStringLiteral("us")).ok());
    QCOMPARE(BusinessCalendar::preset(QStringLiteral("CN"))->id(), QStringLiteral("CN"));
    const auto missing = BusinessCalendar::preset(QStringLiteral("XX"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(u"US"));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
