#include "EvidenceCommand.h"

#include "CliSupport.h"
#include "core/TextSanitizer.h"
#include "evidence/EvidenceStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

CliCommand evidenceCommand()
{
    CliCommand command;
    command.name = QStringLiteral("evidence");
    command.summary = QCoreApplication::translate(
        "EvidenceCommand", "Attach, list, export and verify encrypted evidence");
    command.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate("EvidenceCommand",
            "evidence init                       set the evidence passphrase of a database\n"
            "evidence add CASE FILE...           attach files to a case (tracking id or number)\n"
            "evidence list CASE                  the case's evidence\n"
            "evidence export ID --out FILE       one attachment\n"
            "evidence export --case CASE --out FOLDER   all of a case's evidence and a SHA256SUMS manifest\n"
            "evidence verify [--case CASE]       decrypt and re-hash (exit 3 on any problem)\n"
            "The passphrase comes from PSIRTDESK_EVIDENCE_PASSPHRASE or is asked without echo."));
        parser.addHelpOption();
        const QCommandLineOption databaseOption(QStringLiteral("database"),
            QCoreApplication::translate("EvidenceCommand", "The case database (file or postgresql:// URL)."),
            QCoreApplication::translate("EvidenceCommand", "LOCATION"));
        const QCommandLineOption outOption(QStringLiteral("out"),
            QCoreApplication::translate("EvidenceCommand", "The file or folder to export to."),
            QCoreApplication::translate("EvidenceCommand", "PATH"));
        const QCommandLineOption caseOption(QStringLiteral("case"),
            QCoreApplication::translate("EvidenceCommand", "The case (tracking id or database number)."),
            QCoreApplication::translate("EvidenceCommand", "CASE"));
        const QCommandLineOption noteOption(QStringLiteral("note"),
            QCoreApplication::translate("EvidenceCommand", "A note for the added files."),
            QCoreApplication::translate("EvidenceCommand", "TEXT"));
        const QCommandLineOption formatOption(QStringLiteral("format"),
            QCoreApplication::translate("EvidenceCommand", "list: tsv (default) or json."),
            QCoreApplication::translate("EvidenceCommand", "FORMAT"), QStringLiteral("tsv"));
        parser.addOptions({databaseOption, outOption, caseOption, noteOption, formatOption});
        if (!parser.parse(arguments)) {
            err << parser.errorText() << '\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return 0;
        }
        QStringList positional = parser.positionalArguments();
        const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
        const QStringList actions {QStringLiteral("init"), QStringLiteral("add"), QStringLiteral("list"),
            QStringLiteral("export"), QStringLiteral("verify")};
        if (!actions.contains(action)) {
            err << QCoreApplication::translate(
                "EvidenceCommand", "Say what to do: init, add, list, export or verify.")
                << '\n';
            return 2;
        }
        if (!parser.isSet(databaseOption)) {
            err << QCoreApplication::translate("EvidenceCommand", "Missing --database.") << '\n';
            return 2;
        }
        Database db;
        if (const Status s = db.open(parser.value(databaseOption)); !s) {
            err << s.error() << '\n';
            return 1;
        }
        CaseStore cases(db);
        EvidenceStore store(db, cases.auditLog());
        const auto passphrase = CliSupport::evidencePassphrase(
            err, QCoreApplication::translate("EvidenceCommand", "Evidence passphrase: "));
        if (!passphrase) {
            err << passphrase.error() << '\n';
            return 1;
        }
        if (action == u"init") {
            if (const Status s = store.initialise(*passphrase); !s) {
                err << s.error() << '\n';
                return 1;
            }
            out << QCoreApplication::translate(
                "EvidenceCommand", "Evidence passphrase set (%1 PBKDF2 iterations).")
                       .arg(*store.iterations())
                << '\n';
            return 0;
        }
        if (const Status s = store.unlock(*passphrase); !s) {
            err << s.error() << '\n';
            return 1;
        }
        const auto caseNamed = [&](const QString &text) { return CliSupport::resolveCase(cases, text); };

        if (action == u"add") {
            if (positional.size() < 2) {
                err << QCoreApplication::translate(
                    "EvidenceCommand", "Usage: evidence add CASE FILE... --database DB")
                    << '\n';
                return 2;
            }
            const auto id = caseNamed(positional.takeFirst());
            if (!id) {
                err << id.error() << '\n';
                return 1;
            }
            int failures = 0;
            for (const QString &file : std::as_const(positional)) {
                const auto a = store.addFile(*id, file, parser.value(noteOption));
                if (!a) {
                    err << a.error() << '\n';
                    ++failures;
                    continue;
                }
                out << a->id << '\t' << a->sha256 << '\t' << TextSanitizer::singleLine(a->fileName) << '\n';
            }
            return failures > 0 ? 1 : 0;
        }
        if (action == u"list") {
            const QString caseText
                = positional.isEmpty() ? parser.value(caseOption) : positional.constFirst();
            const auto id = caseNamed(caseText);
            if (!id) {
                err << id.error() << '\n';
                return 1;
            }
            const auto list = store.attachments(*id);
            if (!list) {
                err << list.error() << '\n';
                return 1;
            }
            const bool json = parser.value(formatOption) == u"json";
            QJsonArray array;
            for (const Attachment &a : *list) {
                const QString added = a.addedAt.toUTC().toString(Qt::ISODate);
                if (json) {
                    array.append(
                        QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.fileName},
                            {QStringLiteral("type"), a.mimeType}, {QStringLiteral("size"), a.size},
                            {QStringLiteral("sha256"), a.sha256}, {QStringLiteral("addedBy"), a.addedBy},
                            {QStringLiteral("addedAt"), added}, {QStringLiteral("note"), a.note}});
                } else {
                    out << a.id << '\t' << TextSanitizer::singleLine(a.fileName) << '\t' << a.mimeType << '\t'
                        << a.size << '\t' << a.sha256 << '\t' << TextSanitizer::singleLine(a.addedBy) << '\t'
                        << added << '\n';
                }
            }
            if (json)
                out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return 0;
        }
        if (action == u"export") {
            if (!parser.isSet(outOption)) {
                err << QCoreApplication::translate("EvidenceCommand", "Missing --out.") << '\n';
                return 2;
            }
            if (parser.isSet(caseOption)) {
                const auto id = caseNamed(parser.value(caseOption));
                if (!id) {
                    err << id.error() << '\n';
                    return 1;
                }
                const auto manifest = store.exportCase(*id, parser.value(outOption));
                if (!manifest) {
                    err << manifest.error() << '\n';
                    return 1;
                }
                out << *manifest << '\n';
                return 0;
            }
            bool ok = false;
            const qint64 attachmentId = positional.value(0).toLongLong(&ok);
            if (!ok) {
                err << QCoreApplication::translate(
                    "EvidenceCommand", "Usage: evidence export ID --out FILE, or --case CASE --out FOLDER")
                    << '\n';
                return 2;
            }
            if (const Status s = store.exportTo(attachmentId, parser.value(outOption)); !s) {
                err << s.error() << '\n';
                return 1;
            }
            return 0;
        }
        // verify
        qint64 caseId = 0;
        if (parser.isSet(caseOption)) {
            const auto id = caseNamed(parser.value(caseOption));
            if (!id) {
                err << id.error() << '\n';
                return 1;
            }
            caseId = *id;
        }
        const auto problems = store.verify(caseId);
        if (!problems) {
            err << problems.error() << '\n';
            return 1;
        }
        for (const EvidenceProblem &p : *problems)
            out << p.attachmentId << '\t' << TextSanitizer::singleLine(p.fileName) << '\t' << p.message
                << '\n';
        return problems->isEmpty() ? 0 : 3;
    };
    return command;
}
