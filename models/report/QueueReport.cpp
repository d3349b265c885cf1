#include "QueueReport.h"

#include "queue/QueueModel.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

/// A figure's heading names what it counts and over which period.
QString figureHeading(const QString &title, const QString &period)
{
    return QCoreApplication::translate("QueueReport", "%1 — %2").arg(title, period);
}

ReportChart::Item bar(const QString &label, double value, const QString &note, const QColor &color = {})
{
    ReportChart::Item item;
    item.label = label;
    item.value = value;
    item.note = note;
    item.color = color;
    return item;
}

/// The dashboard's figures as bar charts, in the order of DashboardFigures::tables(); a
/// figure without a chart (nothing to draw) gets an empty one.
QList<ReportChart> charts(const DashboardFigures &figures)
{
    const QLocale locale;
    QList<ReportChart> out;
    ReportChart severity;
    for (int b = 0; b < QueueModel::bandCount; ++b) {
        const int n = figures.openBySeverity.value(b);
        severity.items.append(
            bar(QueueModel::bandName(QueueModel::Band(b)), n, QString::number(n), QueueReport::bandColor(b)));
    }
    out.append(severity);

    ReportChart status;
    for (auto it = figures.openByStatus.cbegin(); it != figures.openByStatus.cend(); ++it)
        status.items.append(
            bar(CaseStatuses::displayName(it.key()), it.value(), QString::number(it.value())));
    out.append(status);

    // Compliance over the whole period, one bar per clock: the monthly rows are in the table.
    ReportChart compliance;
    for (qsizetype i = 0; i < figures.compliance.size(); ++i) {
        int onTime = 0;
        int total = 0;
        for (const DashboardFigures::Compliance &c : figures.compliance.at(i)) {
            onTime += c.onTime;
            total += c.onTime + c.late;
        }
        if (total == 0)
            continue;
        const double percent = std::round(1000.0 * onTime / total) / 10.0;
        compliance.items.append(bar(figures.clockNames.value(i), percent,
            QCoreApplication::translate("QueueReport", "%1% on time (%2 of %3)")
                .arg(locale.toString(percent, 'f', 1))
                .arg(onTime)
                .arg(total),
            QColor(0x3c, 0x8d, 0x5a)));
    }
    out.append(compliance);

    ReportChart times;
    for (int m = 0; m < DashboardFigures::MilestoneCount; ++m) {
        const DashboardFigures::Duration &d = figures.timeTo[m];
        if (d.cases == 0)
            continue;
        times.items.append(bar(DashboardFigures::milestoneName(DashboardFigures::Milestone(m)), d.medianDays,
            QCoreApplication::translate("QueueReport", "median %1 d")
                .arg(locale.toString(d.medianDays, 'f', 1))));
    }
    out.append(times);

    ReportChart intake;
    for (const QString &month : figures.months) {
        int reports = 0;
        for (const int n : figures.intake.value(month))
            reports += n;
        intake.items.append(bar(month, reports, QString::number(reports)));
    }
    out.append(intake);
    return out;
}

} // namespace

QColor QueueReport::bandColor(int band)
{
    switch (QueueModel::Band(band)) {
    case QueueModel::Band::Exploited:
        return QColor(0x5c, 0x0a, 0x0a);
    case QueueModel::Band::Critical:
        return QColor(0x9c, 0x1c, 0x1c);
    case QueueModel::Band::High:
        return QColor(0xd9, 0x5f, 0x2b);
    case QueueModel::Band::Medium:
        return QColor(0xe8, 0xa8, 0x3a);
    case QueueModel::Band::Low:
        return QColor(0x4a, 0x78, 0xb0);
    case QueueModel::Band::None:
        return QColor(0x8a, 0x8a, 0x8a);
    case QueueModel::Band::Unscored:
        break;
    }
    return QColor(0xb8, 0xb8, 0xb8);
}

Result<QueueReport::Output> QueueReport::render(const QueueModel &queue, const DashboardFigures &figures,
    TlpLevel tlp, const QString &author, const QDateTime &now,
    const std::function<QString(qint64 caseId, const QString &text)> &caseText)
{
    ReportDocument doc;
    const QString date = now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    // The queue is what is open as the report is made, the same instant as the dashboard's
    // snapshot of open cases, so the two count the same cases.
    const QString openNow = QCoreApplication::translate("QueueReport", "open on %1").arg(date);
    doc.addCover(QCoreApplication::translate("QueueReport", "Management report · %1").arg(date),
        QCoreApplication::translate("QueueReport", "Severity queue and SLA dashboard"), tlp);
    doc.addFields({{figureHeading(QCoreApplication::translate("QueueReport", "Cases in the queue"), openNow),
                       QString::number(queue.caseCount())},
        {figureHeading(QCoreApplication::translate("QueueReport", "Reports in the dashboard"),
             figures.receivedPeriod()),
            QString::number(figures.cases)},
        {QCoreApplication::translate("QueueReport", "Prepared by"), author}});
    doc.markTableOfContents();

    doc.addHeading(
        figureHeading(QCoreApplication::translate("QueueReport", "Severity queue"), openNow), 1, true);
    if (queue.filter() != InboxFilter {})
        doc.addNote(
            QCoreApplication::translate("QueueReport", "Only the cases the Queue tab's filter shows."));
    if (queue.rowCount() == 0)
        doc.addNote(QCoreApplication::translate("QueueReport", "No open case matches the queue's filter."));
    const QStringList headers {QCoreApplication::translate("QueueReport", "SLA state"),
        queue.headerData(QueueModel::CaseColumn, Qt::Horizontal).toString(),
        queue.headerData(QueueModel::Priority, Qt::Horizontal).toString(),
        queue.headerData(QueueModel::Owner, Qt::Horizontal).toString(),
        queue.headerData(QueueModel::Product, Qt::Horizontal).toString(),
        queue.headerData(QueueModel::Age, Qt::Horizontal).toString(),
        queue.headerData(QueueModel::NextDeadline, Qt::Horizontal).toString()};
    for (int b = 0; b < queue.rowCount(); ++b) {
        const QModelIndex band = queue.index(b, 0);
        doc.addHeading(figureHeading(band.data().toString(), openNow), 2);
        QList<QStringList> rows;
        for (int s = 0; s < queue.rowCount(band); ++s) {
            const QModelIndex state = queue.index(s, 0, band);
            const QString stateName
                = QueueModel::stateName(QueueModel::State(state.data(QueueModel::StateRole).toInt()));
            for (int c = 0; c < queue.rowCount(state); ++c) {
                QStringList row {stateName};
                for (int column = 0; column < QueueModel::ColumnCount; ++column) {
                    const QModelIndex cell = queue.index(c, column, state);
                    row.append(column == QueueModel::CaseColumn && caseText
                            ? caseText(cell.data(QueueModel::CaseIdRole).toLongLong(), cell.data().toString())
                            : cell.data().toString());
                }
                rows.append(row);
            }
        }
        doc.addTable(headers, rows, {}, {13, 31, 8, 12, 13, 10, 13});
    }

    doc.addHeading(QCoreApplication::translate("QueueReport", "Dashboard"), 1, true);
    const QList<DashboardFigures::Table> tables = figures.tables();
    const QList<ReportChart> drawn = charts(figures);
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const DashboardFigures::Table &table = tables.at(t);
        doc.addHeading(figureHeading(table.title, table.period), 2);
        QList<QStringList> rows;
        for (const QList<QVariant> &row : table.rows) {
            QStringList cells;
            for (const QVariant &v : row)
                cells.append(v.toString());
            rows.append(cells);
        }
        if (rows.isEmpty()) {
            doc.addNote(QCoreApplication::translate("QueueReport", "Nothing to show for this period."));
            continue;
        }
        const ReportChart &chart = drawn.at(t);
        if (!chart.items.isEmpty())
            doc.addChart(chart, 12.0 * qreal(chart.items.size()) + 6);
        doc.addTable(table.headers, rows);
    }

    ReportProperties properties;
    properties.title
        = QCoreApplication::translate("QueueReport", "Severity queue and SLA dashboard, %1").arg(date);
    properties.author = author;
    properties.subject
        = QCoreApplication::translate("QueueReport", "Management report, %1").arg(TlpLevels::label(tlp));
    properties.creator = QStringLiteral("PSIRT Desk " PSIRTDESK_VERSION);
    properties.headerText = QCoreApplication::translate("QueueReport", "Management report · %1").arg(date);
    properties.tlp = tlp;
    const Result<QByteArray> pdf = doc.render(properties);
    if (!pdf)
        return Result<Output>::failure(pdf.error());
    return Output {*pdf, doc.pageCount()};
}
