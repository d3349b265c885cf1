#pragma once

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

/// Which days count as business days for a team: weekend days, public holidays, extra
/// working days (the PRC's make-up weekends) and the team's own shutdown days. A calendar is
/// plain data, JSON (de)serialisable, so teams can store and edit it next to their policies;
/// the shipped presets ("US", "CN") are only starting points.
///
/// A calendar knows which years its holiday data covers (coveredFromYear()…coveredToYear());
/// outside them only the weekend rule applies, and callers can warn with covers().
class BusinessCalendar final
{
public:
    /// Per list (holidays, extra working days, shutdown days): ten years of every day, far
    /// beyond any real calendar, keeps loading and day-by-day counting cheap.
    static constexpr qsizetype maxDaysPerList = 3660;

    BusinessCalendar() = default;

    QString id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }
    /// The English source name; displayName() translates it.
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString displayName() const;

    /// Qt::DayOfWeek values (1 = Monday … 7 = Sunday).
    QList<int> weekendDays() const;
    void setWeekendDays(const QList<int> &days);

    void addHoliday(const QDate &date, const QString &name);
    /// A weekend day that is worked (PRC 调休 make-up days).
    void addExtraWorkingDay(const QDate &date, const QString &name);
    /// A company-wide closure: counts like a holiday, kept apart so it can be edited alone.
    void addShutdownDay(const QDate &date, const QString &name);
    void removeShutdownDay(const QDate &date);
    void removeHoliday(const QDate &date);
    void removeExtraWorkingDay(const QDate &date);

    QHash<QDate, QString> holidays() const { return m_holidays; }
    QHash<QDate, QString> extraWorkingDays() const { return m_extraWorkingDays; }
    QHash<QDate, QString> shutdownDays() const { return m_shutdownDays; }

    void setCoverage(int fromYear, int toYear);
    int coveredFromYear() const { return m_coveredFrom; }
    int coveredToYear() const { return m_coveredTo; }
    /// Whether the holiday data of this calendar includes the year of date.
    bool covers(const QDate &date) const;

    /// A business day: an extra working day, or neither weekend, holiday nor shutdown day.
    bool isBusinessDay(const QDate &date) const;
    /// The date n business days after date (date itself never counts; n >= 0). With n = 0,
    /// date itself if it is a business day, else the next business day.
    QDate addBusinessDays(const QDate &date, int n) const;
    /// Business days in the half-open range [from, to).
    int businessDaysBetween(const QDate &from, const QDate &to) const;

    QJsonObject toJson() const;
    static Result<BusinessCalendar> fromJson(const QJsonObject &json);

    /// The shipped calendars: "US" (federal holidays) and "CN" (State Council arrangements).
    static QList<BusinessCalendar> presets();
    /// A preset by id (case-insensitive), or a failure naming the known ids.
    static Result<BusinessCalendar> preset(const QString &id);
    static BusinessCalendar unitedStates();
    static BusinessCalendar china();

    bool operator==(const BusinessCalendar &other) const = default;

private:
    QString m_id;
    QString m_name;
    // Bit (day - 1) set for each weekend Qt::DayOfWeek; Saturday and Sunday by default.
    quint8 m_weekendMask = (1u << 5) | (1u << 6);
    QHash<QDate, QString> m_holidays;
    QHash<QDate, QString> m_extraWorkingDays;
    QHash<QDate, QString> m_shutdownDays;
    int m_coveredFrom = 0;
    int m_coveredTo = 0;
};
