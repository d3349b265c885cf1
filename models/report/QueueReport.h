#pragma once

#include "core/Result.h"
#include "dashboard/DashboardData.h"
#include "report/TlpLevel.h"

#include <QByteArray>
#include <QColor>
#include <QDateTime>

#include <functional>

class QueueModel;

/// The management report (issue 6): the severity queue as the Queue tab groups it (band,
/// SLA state, each case with owner, product, priority, age and next deadline) followed by the
/// dashboard's figures, each a vector bar chart above its table (the table is what a manager
/// copies into minutes), with the TLP label in the header and footer of every page and page
/// numbers; a table of contents when it is long. Every heading says which period it counts:
/// the queue and the open-case figures are the cases open as the report is made (the same
/// cases, so their numbers agree); the other figures, the reports received in the
/// dashboard's period.
namespace QueueReport {

struct Output
{
    QByteArray pdf;
    int pageCount = 0;
};

/// The colour of a severity band's bars (QueueModel::Band).
QColor bandColor(int band);

/// caseText, when given, writes each case's cell (tracking id and title) as the report may
/// show it: ExportService removes a reporter's identity there unless they consented.
Result<Output> render(const QueueModel &queue, const DashboardFigures &figures, TlpLevel tlp,
    const QString &author, const QDateTime &now,
    const std::function<QString(qint64 caseId, const QString &text)> &caseText = {});

} // namespace QueueReport
