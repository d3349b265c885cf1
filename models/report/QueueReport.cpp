#include "QueueReport.h"

#include "queue/QueueModel.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

Result<QueueReport::Output> QueueReport::render(const QueueModel &queue, const DashboardFigures &figures,
    TlpLevel tlp, const QString &author, const QDateTime &now)
{
    ReportDocument doc;
    const QString date = now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    doc.addCover(QCoreApplication::translate("QueueReport", "Management report · %1").arg(date),
        QCoreApplication::translate("QueueReport", "Severity queue and SLA dashboard"), tlp);
    doc.addFields({{QCoreApplication::translate("QueueReport", "Open cases in the queue"),
                       QString::number(queue.caseCount())},
        {QCoreApplication::translate("QueueReport", "Cases in the dashboard's period"),
            QString::number(figures.cases)},
        {QCoreApplication::translate("QueueReport", "Prepared by"), author}});
    doc.markTableOfContents();

    doc.addHeading(QCoreApplication::translate("QueueReport", "Severity queue"), 1, true);
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
        doc.addHeading(band.data().toString(), 2);
        QList<QStringList> rows;
        for (int s = 0; s < queue.rowCount(band); ++s) {
            const QModelIndex state = queue.index(s, 0, band);
            const QString stateName
                = QueueModel::stateName(QueueModel::State(state.data(QueueModel::StateRole).toInt()));
            for (int c = 0; c < queue.rowCount(state); ++c) {
                QStringList row {stateName};
                for (int column = 0; column < QueueModel::ColumnCount; ++column)
                    row.append(queue.index(c, column, state).data().toString());
                rows.append(row);
            }
        }
        doc.addTable(headers, rows, {}, {13, 31, 8, 12, 13, 10, 13});
    }

    doc.addHeading(QCoreApplication::translate("QueueReport", "Dashboard"), 1, true);
    for (const DashboardFigures::Table &table : figures.tables()) {
        doc.addHeading(table.title, 2);
        QList<QStringList> rows;
        for (const QList<QVariant> &row : table.rows) {
            QStringList cells;
            for (const QVariant &v : row)
                cells.append(v.toString());
            rows.append(cells);
        }
        if (rows.isEmpty())
            doc.addNote(QCoreApplication::translate("QueueReport", "Nothing to show for this period."));
        else
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
