#pragma once

#include "core/Result.h"
#include "sla/TimelineModel.h"

#include <QDateTime>
#include <QList>
#include <QString>

/// One deadline as it travels through an iCalendar file.
struct ExportedDeadline
{
    qint64 caseId = 0;
    QString milestoneId; // clock id, or "embargo"
    QDateTime deadline; // UTC, whole seconds (iCalendar has no milliseconds)
    QString summary;

    bool operator==(const ExportedDeadline &other) const = default;
};

/// Exports SLA and embargo deadlines as an iCalendar (RFC 5545) document, one event per
/// deadline, via KF6 CalendarCore, so analysts see them in the calendar they already use.
///
/// The summary names the case by its tracking id ("PSIRT-2026-0042 Acknowledge due"), or
/// by its database number before one is issued. Event UIDs are name-based UUIDs (RFC 4122
/// version 5) of the case's database number, the instant its report was received and the
/// milestone: stable from export to export, and before and after a tracking id is issued, so
/// importing a newer export updates the events instead of duplicating them; and different
/// for case 431 of another database, which was not received at the same millisecond. (A
/// copy of the database is the same cases and keeps the same UIDs.) A paused clock has no
/// due instant while it waits on the reporter, so it is left out rather than given one that
/// moves with every export. A selection with nothing to export is refused: RFC 5545 requires
/// at least one component in a calendar. Case titles stay out by default: a calendar
/// is often synced to servers and phones outside the PSIRT's control, and an embargoed case's title can
/// already give the vulnerability away. Events are CLASS:CONFIDENTIAL. Deadlines are written in UTC and
/// truncated to the second (23:59:59.999 → 23:59:59).
class DeadlineICalendar final
{
public:
    struct Options
    {
        bool includeTitles = false;
        bool includeMet = false; // also stopped clocks (met or met late)
    };

    /// The deadlines of the given cases, all under one policy (the engine's); a failure when
    /// none of them has a deadline to export.
    static Result<QString> write(const SlaEngine &engine, const QList<TimelineModel::CaseEntry> &cases,
        const QDateTime &now, const Options &options);
    /// The deadlines of the timeline's cases as of its now, each under its own policy: all of
    /// them, or those of caseIds (ids the timeline does not show, closed cases, are skipped).
    static Result<QString> write(
        const TimelineModel &timeline, const QList<qint64> &caseIds, const Options &options);
    static Result<QString> write(
        const SlaEngine &engine, const QList<TimelineModel::CaseEntry> &cases, const QDateTime &now)
    {
        return write(engine, cases, now, Options {});
    }
    /// Reads back the deadlines of a document written by write(); other events are skipped.
    static Result<QList<ExportedDeadline>> read(const QString &ics);
};
