#pragma once

#include "sla/BusinessCalendar.h"

#include <QAbstractTableModel>
#include <QList>

/// The special days of a business-day calendar as a table sorted by date: public holidays,
/// worked weekend days (the PRC's make-up days) and company shutdown days, each with its
/// name. The settings dialog edits a calendar through it: a team adds its shutdown days or
/// next year's holidays before the shipped data covers them.
class CalendarDaysModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarDaysModel)

public:
    enum class Kind { Holiday, ExtraWorkingDay, Shutdown };
    enum Column { DateColumn, KindColumn, NameColumn, ColumnCount };
    enum Role { DateRole = Qt::UserRole + 1, KindRole };

    explicit CalendarDaysModel(QObject *parent = nullptr);

    BusinessCalendar calendar() const { return m_calendar; }
    /// Shows the calendar's days (a model reset).
    void setCalendar(const BusinessCalendar &calendar);
    /// Only the days of this year, or every day with 0.
    void setYear(int year);
    int year() const { return m_year; }

    /// Adds or replaces the day (a date is one kind at a time); false for an invalid date or
    /// an empty name. Returns the row the day is shown at, or -1 outside the year filter.
    int setDay(const QDate &date, Kind kind, const QString &name);
    void removeDay(int row);

    static QString kindName(Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Day
    {
        QDate date;
        Kind kind;
        QString name;
    };
    QList<Day> collect() const;

    BusinessCalendar m_calendar;
    QList<Day> m_days;
    int m_year = 0;
};
