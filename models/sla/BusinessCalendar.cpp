#include "BusinessCalendar.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {

// Dates in JSON and in the preset tables are ISO 8601 calendar dates.
QDate isoDate(const char *text)
{
    return QDate::fromString(QLatin1StringView(text), Qt::ISODate);
}

struct DayEntry
{
    const char *date;
    const char *name; // English source text, translated for display only
};

struct RangeEntry
{
    const char *from;
    const char *to; // inclusive
    const char *name;
};

// United States federal holidays, 5 U.S.C. 6103(a), as published by the U.S. Office of
// Personnel Management (https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/).
// Observed-date rule: a holiday on a Saturday is observed the Friday before (5 U.S.C.
// 6103(b)), one on a Sunday the Monday after (Executive Order 11582, s. 3(a)); the table
// holds the observed dates, which is what a US team takes off. The 2027 in-lieu-of days
// (Fri 18 June, Mon 5 July, Fri 24 December) match OPM's footnotes as mirrored at
// https://www.federalholidays.net/usa/federal-holidays-2027.html. New Year's Day 2028 falls
// on a Saturday, so by 5 U.S.C. 6103(b) Friday 31 December 2027 is the observed holiday (OPM
// did the same for 31 December 2021); that mirror does not list it, the OPM page itself
// could not be retrieved when this table was written.
// Ad-hoc closures by executive order (e.g. the National Day of Mourning on 9 January 2025)
// are not holidays under 6103 and are left out; teams add them as shutdown days.
// The list is cross-checked against the statutory rules in tst_BusinessCalendar.
constexpr DayEntry kUsHolidays[] = {
    {"2025-01-01", QT_TRANSLATE_NOOP("BusinessCalendar", "New Year's Day")},
    {"2025-01-20", QT_TRANSLATE_NOOP("BusinessCalendar", "Birthday of Martin Luther King, Jr.")},
    {"2025-02-17", QT_TRANSLATE_NOOP("BusinessCalendar", "Washington's Birthday")},
    {"2025-05-26", QT_TRANSLATE_NOOP("BusinessCalendar", "Memorial Day")},
    {"2025-06-19", QT_TRANSLATE_NOOP("BusinessCalendar", "Juneteenth National Independence Day")},
    {"2025-07-04", QT_TRANSLATE_NOOP("BusinessCalendar", "Independence Day")},
    {"2025-09-01", QT_TRANSLATE_NOOP("BusinessCalendar", "Labor Day")},
    {"2025-10-13", QT_TRANSLATE_NOOP("BusinessCalendar", "Columbus Day")},
    {"2025-11-11", QT_TRANSLATE_NOOP("BusinessCalendar", "Veterans Day")},
    {"2025-11-27", QT_TRANSLATE_NOOP("BusinessCalendar", "Thanksgiving Day")},
    {"2025-12-25", QT_TRANSLATE_NOOP("BusinessCalendar", "Christmas Day")},

    {"2026-01-01", QT_TRANSLATE_NOOP("BusinessCalendar", "New Year's Day")},
    {"2026-01-19", QT_TRANSLATE_NOOP("BusinessCalendar", "Birthday of Martin Luther King, Jr.")},
    {"2026-02-16", QT_TRANSLATE_NOOP("BusinessCalendar", "Washington's Birthday")},
    {"2026-05-25", QT_TRANSLATE_NOOP("BusinessCalendar", "Memorial Day")},
    {"2026-06-19", QT_TRANSLATE_NOOP("BusinessCalendar", "Juneteenth National Independence Day")},
    {"2026-07-03", QT_TRANSLATE_NOOP("BusinessCalendar", "Independence Day (observed)")},
    {"2026-09-07", QT_TRANSLATE_NOOP("BusinessCalendar", "Labor Day")},
    {"2026-10-12", QT_TRANSLATE_NOOP("BusinessCalendar", "Columbus Day")},
    {"2026-11-11", QT_TRANSLATE_NOOP("BusinessCalendar", "Veterans Day")},
    {"2026-11-26", QT_TRANSLATE_NOOP("BusinessCalendar", "Thanksgiving Day")},
    {"2026-12-25", QT_TRANSLATE_NOOP("BusinessCalendar", "Christmas Day")},

    {"2027-01-01", QT_TRANSLATE_NOOP("BusinessCalendar", "New Year's Day")},
    {"2027-01-18", QT_TRANSLATE_NOOP("BusinessCalendar", "Birthday of Martin Luther King, Jr.")},
    {"2027-02-15", QT_TRANSLATE_NOOP("BusinessCalendar", "Washington's Birthday")},
    {"2027-05-31", QT_TRANSLATE_NOOP("BusinessCalendar", "Memorial Day")},
    {"2027-06-18", QT_TRANSLATE_NOOP("BusinessCalendar", "Juneteenth National Independence Day (observed)")},
    {"2027-07-05", QT_TRANSLATE_NOOP("BusinessCalendar", "Independence Day (observed)")},
    {"2027-09-06", QT_TRANSLATE_NOOP("BusinessCalendar", "Labor Day")},
    {"2027-10-11", QT_TRANSLATE_NOOP("BusinessCalendar", "Columbus Day")},
    {"2027-11-11", QT_TRANSLATE_NOOP("BusinessCalendar", "Veterans Day")},
    {"2027-11-25", QT_TRANSLATE_NOOP("BusinessCalendar", "Thanksgiving Day")},
    {"2027-12-24", QT_TRANSLATE_NOOP("BusinessCalendar", "Christmas Day (observed)")},
    {"2027-12-31", QT_TRANSLATE_NOOP("BusinessCalendar", "New Year's Day 2028 (observed)")},
};

// People's Republic of China: the State Council General Office's yearly notices on holiday
// arrangements (国务院办公厅关于…年部分节假日安排的通知), which fix both the days off (放假调休)
// and the weekend days that are worked instead (上班).
// - 2025: 国办发明电〔2024〕12号 of 12 November 2024, applying the holiday rules revised in
//   November 2024 (Spring Festival and Labour Day one day longer). Published by Xinhua,
//   e.g. https://m.gmw.cn/2024-11/12/content_1303894933.htm (www.gov.cn carries the original).
// - 2026: notice of 4 November 2025, published by Xinhua,
//   e.g. https://politics.gmw.cn/2025-11/04/content_38391083.htm.
// - 2027: no notice could be found when this table was written (November 2026), so 2027 is
//   deliberately absent rather than guessed: the arrangements depend on the notice, not on
//   a formula. The calendar's coverage ends with 2026; add 2027 once the State Council
//   publishes it (usually in November or December).
constexpr RangeEntry kCnHolidays[] = {
    {"2025-01-01", "2025-01-01", QT_TRANSLATE_NOOP("BusinessCalendar", "New Year's Day")},
    {"2025-01-28", "2025-02-04", QT_TRANSLATE_NOOP("BusinessCalendar", "Spring Festival")},
    {"2025-04-04", "2025-04-06", QT_TRANSLATE_NOOP("BusinessCalendar", "Qingming Festival")},
    {"2025-05-01", "2025-05-05", QT_TRANSLATE_NOOP("BusinessCalendar", "Labour Day")},
    {"2025-05-31", "2025-06-02", QT_TRANSLATE_NOOP("BusinessCalendar", "Dragon Boat Festival")},
    {"2025-10-01", "2025-10-08",
        QT_TRANSLATE_NOOP("BusinessCalendar", "National Day and Mid-Autumn Festival")},

    {"2026-01-01", "2026-01-03", QT_TRANSLATE_NOOP("BusinessCalendar", "New Year's Day")},
    {"2026-02-15", "2026-02-23", QT_TRANSLATE_NOOP("BusinessCalendar", "Spring Festival")},
    {"2026-04-04", "2026-04-06", QT_TRANSLATE_NOOP("BusinessCalendar", "Qingming Festival")},
    {"2026-05-01", "2026-05-05", QT_TRANSLATE_NOOP("BusinessCalendar", "Labour Day")},
    {"2026-06-19", "2026-06-21", QT_TRANSLATE_NOOP("BusinessCalendar", "Dragon Boat Festival")},
    {"2026-09-25", "2026-09-27", QT_TRANSLATE_NOOP("BusinessCalendar", "Mid-Autumn Festival")},
    {"2026-10-01", "2026-10-07", QT_TRANSLATE_NOOP("BusinessCalendar", "National Day")},
};

constexpr DayEntry kCnWorkingWeekends[] = {
    {"2025-01-26", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (Spring Festival)")},
    {"2025-02-08", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (Spring Festival)")},
    {"2025-04-27", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (Labour Day)")},
    {"2025-09-28", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (National Day)")},
    {"2025-10-11", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (National Day)")},

    {"2026-01-04", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (New Year's Day)")},
    {"2026-02-14", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (Spring Festival)")},
    {"2026-02-28", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (Spring Festival)")},
    {"2026-05-09", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (Labour Day)")},
    {"2026-09-20", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (National Day)")},
    {"2026-10-10", QT_TRANSLATE_NOOP("BusinessCalendar", "Working day (National Day)")},
};

QJsonArray daysToJson(const QHash<QDate, QString> &days)
{
    QList<QDate> dates = days.keys();
    std::sort(dates.begin(), dates.end());
    QJsonArray array;
    for (const QDate &d : std::as_const(dates))
        array.append(QJsonObject {
            {QStringLiteral("date"), d.toString(Qt::ISODate)}, {QStringLiteral("name"), days.value(d)}});
    return array;
}

bool daysFromJson(const QJsonValue &value, QHash<QDate, QString> *days, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = QCoreApplication::translate("BusinessCalendar", "A list of days must be an array.");
        return false;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > BusinessCalendar::maxDaysPerList) {
        *error = QCoreApplication::translate(
            "BusinessCalendar", "A calendar lists at most %1 days of one kind; this one lists %2.")
                     .arg(BusinessCalendar::maxDaysPerList)
                     .arg(array.size());
        return false;
    }
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString text = o.value(QStringLiteral("date")).toString();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            *error = QCoreApplication::translate("BusinessCalendar", "“%1” is not a date (YYYY-MM-DD).")
                         .arg(text.left(40));
            return false;
        }
        days->insert(d, o.value(QStringLiteral("name")).toString().left(200));
    }
    return true;
}

} // namespace

QString BusinessCalendar::displayName() const
{
    return QCoreApplication::translate("BusinessCalendar", m_name.toUtf8().constData());
}

QList<int> BusinessCalendar::weekendDays() const
{
    QList<int> days;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        if (m_weekendMask & (1u << (d - 1)))
            days.append(d);
    }
    return days;
}

void BusinessCalendar::setWeekendDays(const QList<int> &days)
{
    m_weekendMask = 0;
    for (int d : days) {
        if (d >= Qt::Monday && d <= Qt::Sunday)
            m_weekendMask |= quint8(1u << (d - 1));
    }
}

void BusinessCalendar::addHoliday(const QDate &date, const QString &name)
{
    m_holidays.insert(date, name);
}

void BusinessCalendar::addExtraWorkingDay(const QDate &date, const QString &name)
{
    m_extraWorkingDays.insert(date, name);
}

void BusinessCalendar::addShutdownDay(const QDate &date, const QString &name)
{
    m_shutdownDays.insert(date, name);
}

void BusinessCalendar::removeShutdownDay(const QDate &date)
{
    m_shutdownDays.remove(date);
}

void BusinessCalendar::removeHoliday(const QDate &date)
{
    m_holidays.remove(date);
}

void BusinessCalendar::removeExtraWorkingDay(const QDate &date)
{
    m_extraWorkingDays.remove(date);
}

void BusinessCalendar::setCoverage(int fromYear, int toYear)
{
    m_coveredFrom = fromYear;
    m_coveredTo = toYear;
}

bool BusinessCalendar::covers(const QDate &date) const
{
    return date.year() >= m_coveredFrom && date.year() <= m_coveredTo;
}

bool BusinessCalendar::isBusinessDay(const QDate &date) const
{
    // A shutdown wins over a make-up working day: the office is closed either way.
    if (m_shutdownDays.contains(date))
        return false;
    if (m_extraWorkingDays.contains(date))
        return true;
    if (m_weekendMask & (1u << (date.dayOfWeek() - 1)))
        return false;
    return !m_holidays.contains(date);
}

QDate BusinessCalendar::addBusinessDays(const QDate &date, int n) const
{
    QDate d = date;
    if (n <= 0) {
        // A calendar without any business day would loop forever; a year is plenty.
        for (int guard = 0; guard < 366 && !isBusinessDay(d); ++guard)
            d = d.addDays(1);
        return d;
    }
    int counted = 0;
    for (int guard = 0; counted < n && guard < n * 7 + 366; ++guard) {
        d = d.addDays(1);
        if (isBusinessDay(d))
            ++counted;
    }
    return d;
}

int BusinessCalendar::businessDaysBetween(const QDate &from, const QDate &to) const
{
    int count = 0;
    for (QDate d = from; d < to; d = d.addDays(1)) {
        if (isBusinessDay(d))
            ++count;
    }
    return count;
}

QJsonObject BusinessCalendar::toJson() const
{
    QJsonArray weekend;
    for (int d : weekendDays())
        weekend.append(d);
    return QJsonObject {
        {QStringLiteral("id"), m_id},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("weekendDays"), weekend},
        {QStringLiteral("coveredFromYear"), m_coveredFrom},
        {QStringLiteral("coveredToYear"), m_coveredTo},
        {QStringLiteral("holidays"), daysToJson(m_holidays)},
        {QStringLiteral("extraWorkingDays"), daysToJson(m_extraWorkingDays)},
        {QStringLiteral("shutdownDays"), daysToJson(m_shutdownDays)},
    };
}

Result<BusinessCalendar> BusinessCalendar::fromJson(const QJsonObject &json)
{
    BusinessCalendar c;
    c.m_id = json.value(QStringLiteral("id")).toString().trimmed();
    if (c.m_id.isEmpty() || c.m_id.size() > 64)
        return Result<BusinessCalendar>::failure(
            QCoreApplication::translate("BusinessCalendar", "A calendar needs an id of 1 to 64 characters."));
    c.m_name = json.value(QStringLiteral("name")).toString().left(200);
    if (json.contains(QStringLiteral("weekendDays"))) {
        QList<int> days;
        const QJsonArray weekend = json.value(QStringLiteral("weekendDays")).toArray();
        for (const QJsonValue &v : weekend) {
            const int d = v.toInt();
            if (d < Qt::Monday || d > Qt::Sunday)
                return Result<BusinessCalendar>::failure(QCoreApplication::translate(
                    "BusinessCalendar", "Weekend days are numbered 1 (Monday) to 7."));
            days.append(d);
        }
        c.setWeekendDays(days);
        // A week without a working day leaves deadlines nowhere to fall (and the engine
        // walking years of days per pause to find one).
        if (c.weekendDays().size() == 7)
            return Result<BusinessCalendar>::failure(QCoreApplication::translate(
                "BusinessCalendar", "A calendar needs at least one working day in the week."));
    }
    c.m_coveredFrom = json.value(QStringLiteral("coveredFromYear")).toInt();
    c.m_coveredTo = json.value(QStringLiteral("coveredToYear")).toInt();
    QString error;
    if (!daysFromJson(json.value(QStringLiteral("holidays")), &c.m_holidays, &error)
        || !daysFromJson(json.value(QStringLiteral("extraWorkingDays")), &c.m_extraWorkingDays, &error)
        || !daysFromJson(json.value(QStringLiteral("shutdownDays")), &c.m_shutdownDays, &error))
        return Result<BusinessCalendar>::failure(error);
    return c;
}

BusinessCalendar BusinessCalendar::unitedStates()
{
    BusinessCalendar c;
    c.m_id = QStringLiteral("US");
    c.m_name = QStringLiteral(QT_TRANSLATE_NOOP("BusinessCalendar", "United States (federal holidays)"));
    for (const DayEntry &e : kUsHolidays)
        c.addHoliday(isoDate(e.date), QString::fromLatin1(e.name));
    c.setCoverage(2025, 2027);
    return c;
}

BusinessCalendar BusinessCalendar::china()
{
    BusinessCalendar c;
    c.m_id = QStringLiteral("CN");
    c.m_name = QStringLiteral(QT_TRANSLATE_NOOP("BusinessCalendar", "China (State Council holidays)"));
    for (const RangeEntry &e : kCnHolidays) {
        for (QDate d = isoDate(e.from); d <= isoDate(e.to); d = d.addDays(1))
            c.addHoliday(d, QString::fromLatin1(e.name));
    }
    for (const DayEntry &e : kCnWorkingWeekends)
        c.addExtraWorkingDay(isoDate(e.date), QString::fromLatin1(e.name));
    c.setCoverage(2025, 2026); // see kCnHolidays: 2027 is not yet published
    return c;
}

QList<BusinessCalendar> BusinessCalendar::presets()
{
    return {unitedStates(), china()};
}

Result<BusinessCalendar> BusinessCalendar::preset(const QString &id)
{
    const QList<BusinessCalendar> all = presets();
    QStringList ids;
    for (const BusinessCalendar &c : all) {
        if (c.id().compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
        ids.append(c.id());
    }
    return Result<BusinessCalendar>::failure(
        QCoreApplication::translate("BusinessCalendar", "Unknown calendar “%1” (known: %2).")
            .arg(id.left(40), ids.join(QStringLiteral(", "))));
}
