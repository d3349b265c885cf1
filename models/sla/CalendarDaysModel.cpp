#include "CalendarDaysModel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <tuple>

CalendarDaysModel::CalendarDaysModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QList<CalendarDaysModel::Day> CalendarDaysModel::collect() const
{
    QList<Day> days;
    auto add = [&](const QHash<QDate, QString> &source, Kind kind) {
        for (auto it = source.cbegin(); it != source.cend(); ++it) {
            if (m_year == 0 || it.key().year() == m_year)
                days.append(Day {it.key(), kind, it.value()});
        }
    };
    add(m_calendar.holidays(), Kind::Holiday);
    add(m_calendar.extraWorkingDays(), Kind::ExtraWorkingDay);
    add(m_calendar.shutdownDays(), Kind::Shutdown);
    std::sort(days.begin(), days.end(),
        [](const Day &a, const Day &b) { return std::tie(a.date, a.kind) < std::tie(b.date, b.kind); });
    return days;
}

void CalendarDaysModel::setCalendar(const BusinessCalendar &calendar)
{
    beginResetModel();
    m_calendar = calendar;
    m_days = collect();
    endResetModel();
}

void CalendarDaysModel::setYear(int year)
{
    if (year == m_year)
        return;
    beginResetModel();
    m_year = year;
    m_days = collect();
    endResetModel();
}

int CalendarDaysModel::setDay(const QDate &date, Kind kind, const QString &name)
{
    const QString trimmed = name.trimmed().left(200);
    if (!date.isValid() || trimmed.isEmpty())
        return -1;
    // One kind per date: the new entry replaces whatever the date was.
    for (int row = 0; row < m_days.size(); ++row) {
        if (m_days.at(row).date == date) {
            removeDay(row);
            break;
        }
    }
    m_calendar.removeHoliday(date);
    m_calendar.removeExtraWorkingDay(date);
    m_calendar.removeShutdownDay(date);
    switch (kind) {
    case Kind::Holiday:
        m_calendar.addHoliday(date, trimmed);
        break;
    case Kind::ExtraWorkingDay:
        m_calendar.addExtraWorkingDay(date, trimmed);
        break;
    case Kind::Shutdown:
        m_calendar.addShutdownDay(date, trimmed);
        break;
    }
    if (m_year != 0 && date.year() != m_year)
        return -1;
    const Day day {date, kind, trimmed};
    const auto at = std::lower_bound(m_days.cbegin(), m_days.cend(), day,
        [](const Day &a, const Day &b) { return std::tie(a.date, a.kind) < std::tie(b.date, b.kind); });
    const int row = int(at - m_days.cbegin());
    beginInsertRows({}, row, row);
    m_days.insert(row, day);
    endInsertRows();
    return row;
}

void CalendarDaysModel::removeDay(int row)
{
    if (row < 0 || row >= m_days.size())
        return;
    const Day day = m_days.at(row);
    beginRemoveRows({}, row, row);
    m_days.removeAt(row);
    switch (day.kind) {
    case Kind::Holiday:
        m_calendar.removeHoliday(day.date);
        break;
    case Kind::ExtraWorkingDay:
        m_calendar.removeExtraWorkingDay(day.date);
        break;
    case Kind::Shutdown:
        m_calendar.removeShutdownDay(day.date);
        break;
    }
    endRemoveRows();
}

QString CalendarDaysModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Holiday:
        return QCoreApplication::translate("CalendarDaysModel", "Public holiday");
    case Kind::ExtraWorkingDay:
        return QCoreApplication::translate("CalendarDaysModel", "Working day (make-up)");
    case Kind::Shutdown:
        return QCoreApplication::translate("CalendarDaysModel", "Company shutdown");
    }
    return {};
}

int CalendarDaysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int CalendarDaysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarDaysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Day &day = m_days.at(index.row());
    switch (role) {
    case DateRole:
        return day.date;
    case KindRole:
        return int(day.kind);
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QCoreApplication::translate("CalendarDaysModel", "%1 (%2)")
                .arg(day.date.toString(Qt::ISODate),
                    QLocale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat));
        case KindColumn:
            return kindName(day.kind);
        case NameColumn:
            return day.name;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CalendarDaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    }
    return {};
}
