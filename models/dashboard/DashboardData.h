#pragma once

#include "core/CaseStatus.h"
#include "core/Result.h"
#include "sla/CaseEvents.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class CaseStore;
class ProductCatalogue;
class SlaEngine;

/// One case as the dashboard sees it.
struct DashboardCase
{
    qint64 id = 0;
    QString product;
    QString productLine; // from the product catalogue; empty when the product is not in it
    QString severity; // as stored; empty: unscored
    double score = -1;
    bool exploited = false; // counted in the queue's "Actively exploited" band
    CaseStatus status = CaseStatus::New;
    CaseEvents events;
};

/// Which cases the figures count: received within [from, to] (whole days, UTC; an invalid
/// date leaves that end open) and of one product line (empty: all).
struct DashboardFilter
{
    QDate from;
    QDate to;
    QString productLine;
    bool operator==(const DashboardFilter &) const = default;
};

/// The management dashboard's figures, computed from plain case data, GUI-free:
/// open cases by severity band and by status; SLA compliance per clock and month (stopped on
/// time vs late); median and 90th percentile time to acknowledge, assess, fix and disclose;
/// intake per month by product. Every figure is also a table (headers and rows) so the
/// dashboard can show it as one and export it as CSV.
///
/// Two kinds of figure, each with the period it covers: the open cases are a snapshot, every
/// case open at the instant of computing whenever its report came in (what the severity
/// queue shows, so the two agree); the others count the reports received in the filter's
/// days.
struct DashboardFigures
{
    struct Table
    {
        QString title;
        QStringList headers;
        QList<QList<QVariant>> rows;
        QString period; // translated: which cases the figure counts, e.g. "open on …"
    };

    DashboardFilter filter; // as given to compute()
    QDateTime asOf; // compute()'s now, UTC
    int cases = 0; // in the filter
    // Every case open as of asOf (of the filter's product line), whatever its received date.
    QMap<int, int> openBySeverity; // QueueModel::Band → open cases
    QMap<CaseStatus, int> openByStatus;
    struct Compliance
    {
        int onTime = 0;
        int late = 0;
    };
    QStringList clockNames; // translated, in the policy's order
    QList<QMap<QString, Compliance>> compliance; // per clock: month "yyyy-MM" → counts
    enum Milestone { Acknowledge, Assess, Fix, Disclose, MilestoneCount };
    struct Duration
    {
        int cases = 0;
        double medianDays = 0;
        double p90Days = 0;
    };
    Duration timeTo[MilestoneCount];
    QStringList months; // every month of intake in the filter, ascending
    QStringList products; // by intake, most first
    QMap<QString, QMap<QString, int>> intake; // month → product → reports

    static QString milestoneName(Milestone m); // translated
    /// The snapshot's period: "open on 2026-06-20 12:00 UTC" (and the product line).
    QString openPeriod() const;
    /// The other figures' period: "reports received 2025-06-21 to 2026-06-20" (and the line).
    QString receivedPeriod() const;

    QList<Table> tables() const;

    /// The figures as of now under one engine (the default policy; a case's own policy
    /// does not change which of its deadlines were met).
    static DashboardFigures compute(const QList<DashboardCase> &cases, const SlaEngine &engine,
        const DashboardFilter &filter, const QDateTime &now);
    /// Every case, with its milestones from the status history and its product line.
    static Result<QList<DashboardCase>> load(const CaseStore &store, const ProductCatalogue &catalogue);
    /// Percentile p (0..1) of sorted values, nearest-rank.
    static double percentile(const std::vector<double> &sorted, double p);
};
