#pragma once

#include "core/Result.h"
#include "dashboard/DashboardData.h"
#include "report/TlpLevel.h"

#include <QByteArray>
#include <QDateTime>

class QueueModel;

/// The management report (issue 6): the severity queue as the Queue tab groups it (band,
/// SLA state, each case with owner, product, priority, age and next deadline) followed by the
/// dashboard's figures as tables, with the TLP label in the header and footer of every page
/// and page numbers; a table of contents when it is long. Charts are not drawn in it: each
/// figure is its table, which is what a manager copies into minutes.
namespace QueueReport {

struct Output
{
    QByteArray pdf;
    int pageCount = 0;
};

Result<Output> render(const QueueModel &queue, const DashboardFigures &figures, TlpLevel tlp,
    const QString &author, const QDateTime &now);

} // namespace QueueReport
