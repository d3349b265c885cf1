#pragma once

#include "DatabaseCommand.h"
#include "sla/BusinessCalendar.h"
#include "sla/DisclosurePolicy.h"

#include <QList>

struct CaseEvents;
class SlaEngine;
class QTimeZone;

/// `sla`: the clocks of a disclosure policy for one case, from the command line. The
/// database is optional: with one, its policies and calendars are looked up too.
class SlaCommand final : public DatabaseCommand
{
public:
    SlaCommand();
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;
    bool onlyReads(const QCommandLineParser &parser) const override;

private:
    /// The presets, replaced or extended by the database's own.
    std::optional<int> loadStored(Database &db);
    int list();
    /// The case's events from the options; an exit status when one is malformed.
    std::optional<int> readEvents(
        const QCommandLineParser &parser, const QTimeZone &zone, CaseEvents *events, QDateTime *now);
    std::optional<int> writeICalendar(const QCommandLineParser &parser, const SlaEngine &engine,
        const CaseEvents &events, const QDateTime &now);

    QList<DisclosurePolicy> m_policies;
    QList<BusinessCalendar> m_calendars;
    QCommandLineOption m_list;
    QCommandLineOption m_policy;
    QCommandLineOption m_calendar;
    QCommandLineOption m_tz;
    QCommandLineOption m_received;
    QCommandLineOption m_acknowledged;
    QCommandLineOption m_triaged;
    QCommandLineOption m_assessed;
    QCommandLineOption m_resolved;
    QCommandLineOption m_disclosed;
    QCommandLineOption m_exploited;
    QCommandLineOption m_paused;
    QCommandLineOption m_embargo;
    QCommandLineOption m_reason;
    QCommandLineOption m_now;
    QCommandLineOption m_dueSoon;
    QCommandLineOption m_showEmbargo;
    QCommandLineOption m_ics;
    QCommandLineOption m_case;
};
