#include "ExportCsvCommand.h"

#include "inbox/InboxModel.h"
#include "inbox/InboxProxyModel.h"
#include "sla/SlaTracker.h"
#include "storage/Database.h"

#include <QCoreApplication>

ExportCsvCommand::ExportCsvCommand()
    : ExportFormatCommand(QStringLiteral("csv"))
    , m_all(QStringLiteral("all"), QCoreApplication::translate("ExportAdvisoryCommand", "Closed cases too."))
    , m_filter(QStringLiteral("filter"),
          QCoreApplication::translate("ExportAdvisoryCommand",
              "Only cases whose id, title, product, reporter or owner contain TEXT."),
          QCoreApplication::translate("ExportAdvisoryCommand", "TEXT"))
    , m_bom(QStringLiteral("bom"),
          QCoreApplication::translate(
              "ExportAdvisoryCommand", "Start with a UTF-8 byte-order mark (for spreadsheets)."))
    , m_separator(QStringLiteral("separator"),
          QCoreApplication::translate("ExportAdvisoryCommand", "Field separator: , (default) ; or tab."),
          QCoreApplication::translate("ExportAdvisoryCommand", "CHAR"), QStringLiteral(","))
{ }

QString ExportCsvCommand::summary() const
{
    return QCoreApplication::translate("ExportAdvisoryCommand", "CSV of the inbox (RFC 4180, UTF-8)");
}

QString ExportCsvCommand::description() const
{
    return QCoreApplication::translate("ExportAdvisoryCommand",
        "Writes the inbox as CSV with its columns: open cases, or all with --all, optionally only "
        "those matching --filter (as the inbox's quick filter).");
}

void ExportCsvCommand::addFormatOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_all, m_filter, m_bom, m_separator});
}

std::optional<int> ExportCsvCommand::checkFormatArguments(const QCommandLineParser &parser)
{
    return refuseArguments(parser);
}

int ExportCsvCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    // A bad separator fails (1) rather than being a usage error, as scripts have always seen it.
    const QString sep = parser.value(m_separator);
    CsvWriter::Options options;
    options.byteOrderMark = parser.isSet(m_bom);
    if (sep == u"tab")
        options.separator = u'\t';
    else if (sep == u"," || sep == u";")
        options.separator = sep.front();
    else
        return failure(QCoreApplication::translate("ExportAdvisoryCommand", "The separator is , ; or tab."));
    CaseStore store(*db);
    InboxModel inbox(store);
    if (!inbox.reload())
        return failure(inbox.errorString());
    const SlaTracker tracker(store, *db);
    inbox.setDeadlineSource(&tracker);
    InboxProxyModel view;
    view.setInboxModel(&inbox);
    InboxFilter filter;
    filter.statusScope = parser.isSet(m_all) ? InboxFilter::StatusScope::All : InboxFilter::StatusScope::Open;
    filter.quickText = parser.value(m_filter);
    view.setFilter(filter);
    QList<int> columns;
    for (int c = 0; c < InboxModel::ColumnCount; ++c)
        columns.append(c);
    return write(parser, ExportService::tableCsv(view, columns, options));
}
