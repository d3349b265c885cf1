#include "ExportAdvisoryCommand.h"

#include "CliSupport.h"
#include "advisory/AdvisoryStore.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "dashboard/DashboardData.h"
#include "export/AdvisoryCase.h"
#include "export/CsafDocument.h"
#include "export/CsvWriter.h"
#include "export/CveRecord.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxProxyModel.h"
#include "queue/QueueModel.h"
#include "report/QueueReport.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

namespace {

/// What every export format shares: --database, --out, --help, and writing the result.
class ExportRun final
{
public:
    ExportRun(const QStringList &arguments, QTextStream &out, QTextStream &err, const QString &description,
        const QString &positional)
        : m_arguments(arguments)
        , m_out(out)
        , m_err(err)
        , m_positional(positional)
        , m_database(QStringLiteral("database"),
              QCoreApplication::translate(
                  "ExportAdvisoryCommand", "The case database (file or postgresql:// URL)."),
              QCoreApplication::translate("ExportAdvisoryCommand", "LOCATION"))
        , m_output(QStringLiteral("out"),
              QCoreApplication::translate(
                  "ExportAdvisoryCommand", "The file to write; - for standard output."),
              QCoreApplication::translate("ExportAdvisoryCommand", "FILE"))
    {
        m_parser.setApplicationDescription(description);
        m_parser.addHelpOption();
        if (!positional.isEmpty())
            m_parser.addPositionalArgument(positional,
                QCoreApplication::translate("ExportAdvisoryCommand", "The case: id or tracking id."));
        m_parser.addOptions({m_database, m_output});
    }

    QCommandLineParser &parser() { return m_parser; }

    /// Parses; returns an exit status when the run is over (help, or a usage error).
    std::optional<int> parse()
    {
        if (!m_parser.parse(m_arguments)) {
            m_err << m_parser.errorText() << '\n';
            return 2;
        }
        if (m_parser.isSet(QStringLiteral("help"))) {
            const QString help = m_parser.helpText();
            m_out << QCoreApplication::translate("ExportAdvisoryCommand", "Usage: %1 [options] %2")
                         .arg(m_arguments.value(0), m_positional)
                  << help.mid(help.indexOf(u'\n'));
            return 0;
        }
        if (!m_parser.isSet(m_database) || !m_parser.isSet(m_output)) {
            m_err << QCoreApplication::translate("ExportAdvisoryCommand", "Missing --database or --out.")
                  << '\n';
            return 2;
        }
        if (const Status s = m_db.open(m_parser.value(m_database)); !s) {
            m_err << s.error() << '\n';
            return 1;
        }
        return std::nullopt;
    }

    Database &db() { return m_db; }

    /// The cases named on the command line.
    std::optional<QList<qint64>> cases(CaseStore &store)
    {
        QList<qint64> ids;
        for (const QString &text : m_parser.positionalArguments()) {
            const auto id = CliSupport::resolveCase(store, text);
            if (!id) {
                m_err << id.error() << '\n';
                return std::nullopt;
            }
            ids.append(*id);
        }
        return ids;
    }

    int fail(const QString &message)
    {
        m_err << message << '\n';
        return 1;
    }

    int write(const QByteArray &bytes)
    {
        const QString path = m_parser.value(m_output);
        if (path == u"-") {
            m_out << QString::fromUtf8(bytes);
            return 0;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(QCoreApplication::translate("ExportAdvisoryCommand", "Cannot write “%1”: %2")
                    .arg(path, file.errorString()));
        m_out << QCoreApplication::translate("ExportAdvisoryCommand", "Wrote %1.").arg(path) << '\n';
        return 0;
    }

private:
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_positional;
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_output;
    Database m_db;
};

} // namespace

ExportFormat exportCsafFormat()
{
    ExportFormat format;
    format.name = QStringLiteral("csaf");
    format.summary
        = QCoreApplication::translate("ExportAdvisoryCommand", "CSAF 2.0 security advisory (JSON)");
    format.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        ExportRun run(arguments, out, err,
            QCoreApplication::translate("ExportAdvisoryCommand",
                "Writes a CSAF 2.0 security advisory for one case or a group of cases, from their advisory "
                "data and the publisher settings. Only acknowledgments with consent are named."),
            QStringLiteral("ID..."));
        const QCommandLineOption status(QStringLiteral("status"),
            QCoreApplication::translate(
                "ExportAdvisoryCommand", "Document status: draft, interim or final (default)."),
            QCoreApplication::translate("ExportAdvisoryCommand", "STATUS"), QStringLiteral("final"));
        const QCommandLineOption trackingId(QStringLiteral("tracking-id"),
            QCoreApplication::translate(
                "ExportAdvisoryCommand", "The advisory's id (default: the first case's)."),
            QCoreApplication::translate("ExportAdvisoryCommand", "ID"));
        run.parser().addOptions({status, trackingId});
        if (const auto done = run.parse())
            return *done;
        if (!QStringList {QStringLiteral("draft"), QStringLiteral("interim"), QStringLiteral("final")}
                .contains(run.parser().value(status)))
            return run.fail(QCoreApplication::translate("ExportAdvisoryCommand", "Unknown status “%1”.")
                    .arg(run.parser().value(status).left(20)));
        CaseStore store(run.db());
        const auto ids = run.cases(store);
        if (!ids)
            return 1;
        if (ids->isEmpty())
            return run.fail(QCoreApplication::translate("ExportAdvisoryCommand", "Name at least one case."));
        const AdvisoryStore advisories(run.db(), store.auditLog());
        const auto cases = AdvisoryCase::load(store, advisories, *ids);
        if (!cases)
            return run.fail(cases.error());
        CsafDocument::Options options;
        options.status = run.parser().value(status);
        options.trackingId = run.parser().value(trackingId);
        options.now = Clock::nowUtc();
        const auto json = CsafDocument::build(*cases, AdvisoryPublisher::load(run.db()), options);
        return json ? run.write(*json) : run.fail(json.error());
    };
    return format;
}

ExportFormat exportCveFormat()
{
    ExportFormat format;
    format.name = QStringLiteral("cve");
    format.summary
        = QCoreApplication::translate("ExportAdvisoryCommand", "CVE JSON 5 record of a case's CVE id");
    format.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        ExportRun run(arguments, out, err,
            QCoreApplication::translate("ExportAdvisoryCommand",
                "Writes the CVE record (CVE JSON 5, CNA container) for a CVE id of case ID."),
            QStringLiteral("ID"));
        const QCommandLineOption cve(QStringLiteral("cve"),
            QCoreApplication::translate(
                "ExportAdvisoryCommand", "Which of the case's CVE ids (default: the first)."),
            QCoreApplication::translate("ExportAdvisoryCommand", "CVE-ID"));
        run.parser().addOption(cve);
        if (const auto done = run.parse())
            return *done;
        CaseStore store(run.db());
        const auto ids = run.cases(store);
        if (!ids)
            return 1;
        if (ids->size() != 1)
            return run.fail(
                QCoreApplication::translate("ExportAdvisoryCommand", "Give exactly one case id."));
        const AdvisoryStore advisories(run.db(), store.auditLog());
        const auto cases = AdvisoryCase::load(store, advisories, *ids);
        if (!cases)
            return run.fail(cases.error());
        CveRecord::Options options;
        options.cveId = run.parser().value(cve).trimmed().toUpper();
        const auto json = CveRecord::build(cases->constFirst(), AdvisoryPublisher::load(run.db()), options);
        return json ? run.write(*json) : run.fail(json.error());
    };
    return format;
}

ExportFormat exportCsvFormat()
{
    ExportFormat format;
    format.name = QStringLiteral("csv");
    format.summary
        = QCoreApplication::translate("ExportAdvisoryCommand", "CSV of the inbox (RFC 4180, UTF-8)");
    format.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        ExportRun run(arguments, out, err,
            QCoreApplication::translate("ExportAdvisoryCommand",
                "Writes the inbox as CSV with its columns: open cases, or all with --all, optionally only "
                "those matching --filter (as the inbox's quick filter)."),
            QString());
        const QCommandLineOption all(
            QStringLiteral("all"), QCoreApplication::translate("ExportAdvisoryCommand", "Closed cases too."));
        const QCommandLineOption filter(QStringLiteral("filter"),
            QCoreApplication::translate("ExportAdvisoryCommand",
                "Only cases whose id, title, product, reporter or owner contain TEXT."),
            QCoreApplication::translate("ExportAdvisoryCommand", "TEXT"));
        const QCommandLineOption bom(QStringLiteral("bom"),
            QCoreApplication::translate(
                "ExportAdvisoryCommand", "Start with a UTF-8 byte-order mark (for spreadsheets)."));
        const QCommandLineOption separator(QStringLiteral("separator"),
            QCoreApplication::translate("ExportAdvisoryCommand", "Field separator: , (default) ; or tab."),
            QCoreApplication::translate("ExportAdvisoryCommand", "CHAR"), QStringLiteral(","));
        run.parser().addOptions({all, filter, bom, separator});
        if (const auto done = run.parse())
            return *done;
        const QString sep = run.parser().value(separator);
        CsvWriter::Options options;
        options.byteOrderMark = run.parser().isSet(bom);
        if (sep == u"tab")
            options.separator = u'\t';
        else if (sep == u"," || sep == u";")
            options.separator = sep.front();
        else
            return run.fail(
                QCoreApplication::translate("ExportAdvisoryCommand", "The separator is , ; or tab."));
        CaseStore store(run.db());
        InboxModel inbox(store);
        if (!inbox.reload())
            return run.fail(inbox.errorString());
        const SlaTracker tracker(store, run.db());
        inbox.setDeadlineSource(&tracker);
        InboxProxyModel view;
        view.setInboxModel(&inbox);
        InboxFilter f;
        f.statusScope
            = run.parser().isSet(all) ? InboxFilter::StatusScope::All : InboxFilter::StatusScope::Open;
        f.quickText = run.parser().value(filter);
        view.setFilter(f);
        QList<int> columns;
        for (int c = 0; c < InboxModel::ColumnCount; ++c)
            columns.append(c);
        return run.write(CsvWriter(options).write(view, columns));
    };
    return format;
}

ExportFormat exportQueueFormat()
{
    ExportFormat format;
    format.name = QStringLiteral("queue");
    format.summary
        = QCoreApplication::translate("ExportAdvisoryCommand", "PDF management report: queue and dashboard");
    format.needsGui = true;
    format.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        ExportRun run(arguments, out, err,
            QCoreApplication::translate("ExportAdvisoryCommand",
                "Writes the management report: the open cases grouped by severity and SLA state, and the "
                "dashboard's figures for the period, with a TLP 2.0 label on every page."),
            QString());
        const QCommandLineOption tlp(QStringLiteral("tlp"),
            QCoreApplication::translate(
                "ExportAdvisoryCommand", "TLP label: clear, green, amber (default), amber+strict or red."),
            QCoreApplication::translate("ExportAdvisoryCommand", "LEVEL"), QStringLiteral("amber"));
        const QCommandLineOption days(QStringLiteral("days"),
            QCoreApplication::translate(
                "ExportAdvisoryCommand", "The dashboard's period: the last DAYS days (default 365; 0: all)."),
            QCoreApplication::translate("ExportAdvisoryCommand", "DAYS"), QStringLiteral("365"));
        const QCommandLineOption line(QStringLiteral("product-line"),
            QCoreApplication::translate(
                "ExportAdvisoryCommand", "Only this product line's cases in the dashboard."),
            QCoreApplication::translate("ExportAdvisoryCommand", "LINE"));
        run.parser().addOptions({tlp, days, line});
        if (const auto done = run.parse())
            return *done;
        TlpLevel level = TlpLevel::Amber;
        if (!TlpLevels::fromId(run.parser().value(tlp), &level))
            return run.fail(QCoreApplication::translate("ExportAdvisoryCommand", "Unknown TLP label “%1”.")
                    .arg(run.parser().value(tlp).left(40)));
        bool ok = false;
        const int period = run.parser().value(days).toInt(&ok);
        if (!ok || period < 0)
            return run.fail(
                QCoreApplication::translate("ExportAdvisoryCommand", "--days takes a number of days."));
        CaseStore store(run.db());
        InboxModel inbox(store);
        if (!inbox.reload())
            return run.fail(inbox.errorString());
        const SlaTracker tracker(store, run.db());
        if (!tracker.errorString().isEmpty())
            return run.fail(tracker.errorString());
        inbox.setDeadlineSource(&tracker);
        QueueModel queue;
        queue.setInboxModel(&inbox);
        const auto cases = DashboardFigures::load(store, ProductCatalogue(run.db()));
        if (!cases)
            return run.fail(cases.error());
        const QDateTime now = Clock::nowUtc();
        DashboardFilter filter;
        if (period > 0)
            filter.from = now.date().addDays(-period + 1);
        filter.productLine = run.parser().value(line);
        const DashboardFigures figures
            = DashboardFigures::compute(*cases, tracker.model()->engine(), filter, now);
        const auto report = QueueReport::render(queue, figures, level, Analyst::current(), now);
        return report ? run.write(report->pdf) : run.fail(report.error());
    };
    return format;
}
