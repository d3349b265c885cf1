#include "ExportPdfCommand.h"

#include "CliSupport.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "evidence/EvidenceStore.h"
#include "report/CaseReport.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

ExportFormat exportPdfFormat()
{
    ExportFormat format;
    format.name = QStringLiteral("pdf");
    format.summary = QCoreApplication::translate("ExportPdfCommand", "PDF case report for product teams");
    format.needsGui = true;
    format.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate("ExportPdfCommand",
            "Writes the PDF case report of case ID (a number or a tracking id). The reporter's "
            "identity appears only when they consented to sharing it."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("ID"),
            QCoreApplication::translate("ExportPdfCommand", "The case: id or tracking id."));
        const QCommandLineOption databaseOption(QStringLiteral("database"),
            QCoreApplication::translate("ExportPdfCommand", "The case database (file or postgresql:// URL)."),
            QCoreApplication::translate("ExportPdfCommand", "LOCATION"));
        const QCommandLineOption outOption(QStringLiteral("out"),
            QCoreApplication::translate("ExportPdfCommand", "The PDF file to write."),
            QCoreApplication::translate("ExportPdfCommand", "FILE"));
        const QCommandLineOption tlpOption(QStringLiteral("tlp"),
            QCoreApplication::translate(
                "ExportPdfCommand", "TLP 2.0 label: clear, green, amber (default), amber+strict or red."),
            QCoreApplication::translate("ExportPdfCommand", "LEVEL"), QStringLiteral("amber"));
        parser.addOptions({databaseOption, outOption, tlpOption});
        if (!parser.parse(arguments)) {
            err << parser.errorText() << '\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            const QString help = parser.helpText();
            out << QCoreApplication::translate("ExportPdfCommand", "Usage: %1 [options] ID")
                       .arg(arguments.value(0))
                << help.mid(help.indexOf(u'\n'));
            return 0;
        }
        if (parser.positionalArguments().size() != 1) {
            err << QCoreApplication::translate("ExportPdfCommand", "Give exactly one case id.") << '\n';
            return 2;
        }
        if (!parser.isSet(databaseOption) || !parser.isSet(outOption)) {
            err << QCoreApplication::translate("ExportPdfCommand", "Missing --database or --out.") << '\n';
            return 2;
        }
        TlpLevel tlp = TlpLevel::Amber;
        if (!TlpLevels::fromId(parser.value(tlpOption), &tlp)) {
            err << QCoreApplication::translate(
                "ExportPdfCommand", "Unknown TLP label “%1”; use clear, green, amber, amber+strict or red.")
                       .arg(parser.value(tlpOption).left(40))
                << '\n';
            return 2;
        }

        Database db;
        if (const Status s = db.open(parser.value(databaseOption)); !s) {
            err << s.error() << '\n';
            return 1;
        }
        CaseStore store(db);
        const Result<qint64> id = CliSupport::resolveCase(store, parser.positionalArguments().constFirst());
        if (!id) {
            err << id.error() << '\n';
            return 1;
        }
        // The tracker knows the team's policies, calendar and zone, as the GUI uses them; the
        // case's own policy, if it has one, sets its clocks.
        const SlaTracker tracker(store, db);
        if (!tracker.errorString().isEmpty()) {
            err << tracker.errorString() << '\n';
            return 1;
        }
        const TimelineModel::CaseEntry *entry = tracker.model()->caseEntry(*id);
        const SlaEngine &engine = entry ? tracker.model()->engineFor(*entry) : tracker.model()->engine();
        // Evidence is listed always; image thumbnails need the store unlocked, which a script
        // does with PSIRTDESK_EVIDENCE_PASSPHRASE (never asked for here: a report must not
        // wait on a terminal).
        EvidenceStore evidence(db, store.auditLog());
        const QString passphrase = qEnvironmentVariable("PSIRTDESK_EVIDENCE_PASSPHRASE");
        if (!passphrase.isEmpty()) {
            if (const Status unlocked = evidence.unlock(passphrase); !unlocked) {
                err << unlocked.error() << '\n';
                return 1;
            }
        }
        const Result<CaseReportData> data
            = CaseReportData::load(store, *id, engine, Clock::nowUtc(), evidence);
        if (!data) {
            err << data.error() << '\n';
            return 1;
        }
        const Result<CaseReport::Output> report = CaseReport::render(*data, tlp, Analyst::current());
        if (!report) {
            err << report.error() << '\n';
            return 1;
        }
        QSaveFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(report->pdf) != report->pdf.size()
            || !file.commit()) {
            err << QCoreApplication::translate("ExportPdfCommand", "Cannot write “%1”: %2")
                       .arg(parser.value(outOption), file.errorString())
                << '\n';
            return 1;
        }
        out << QCoreApplication::translate(
            "ExportPdfCommand", "Wrote %1 (%n page(s)).", nullptr, report->pageCount)
                   .arg(parser.value(outOption))
            << '\n';
        return 0;
    };
    return format;
}
