#include "ReplyCommand.h"

#include "CliSupport.h"
#include "core/TextSanitizer.h"
#include "correspondence/CorrespondenceSettings.h"
#include "correspondence/CorrespondenceStore.h"
#include "correspondence/ReplySender.h"
#include "openpgp/OpenPgp.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

CliCommand replyCommand()
{
    CliCommand command;
    command.name = QStringLiteral("reply");
    command.summary
        = QCoreApplication::translate("ReplyCommand", "Write a templated reply to a case's reporter as .eml");
    command.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate("ReplyCommand",
            "Fills a reply template from the case (ID: tracking id or database number), signs it with "
            "the team key (PGP/MIME), encrypts it when the reporter's key is in the keyring, writes it "
            "as a ready-to-send .eml file and records it in the case's correspondence as sent. The "
            "acknowledgement acknowledges a new case (issuing its tracking id); a request for more "
            "information puts the case in Needs More Info.\nTemplates: %1.")
                .arg(ReplyTemplates::ids().join(QStringLiteral(", "))));
        parser.addHelpOption();
        const QCommandLineOption databaseOption(QStringLiteral("database"),
            QCoreApplication::translate("ReplyCommand", "The case database (file or postgresql:// URL)."),
            QCoreApplication::translate("ReplyCommand", "LOCATION"));
        const QCommandLineOption templateOption(QStringLiteral("template"),
            QCoreApplication::translate("ReplyCommand", "The reply template."),
            QCoreApplication::translate("ReplyCommand", "NAME"));
        const QCommandLineOption outOption(QStringLiteral("out"),
            QCoreApplication::translate("ReplyCommand", "The .eml file to write."),
            QCoreApplication::translate("ReplyCommand", "FILE"));
        const QCommandLineOption homeOption(QStringLiteral("gnupg-home"),
            QCoreApplication::translate(
                "ReplyCommand", "The team's GnuPG home (default: the configured one)."),
            QCoreApplication::translate("ReplyCommand", "DIR"));
        const QCommandLineOption unsignedOption(QStringLiteral("no-sign"),
            QCoreApplication::translate(
                "ReplyCommand", "Neither sign nor encrypt (for a team without a key)."));
        parser.addOptions({databaseOption, templateOption, outOption, homeOption, unsignedOption});
        parser.addPositionalArgument(
            QStringLiteral("ID"), QCoreApplication::translate("ReplyCommand", "The case."));
        if (!parser.parse(arguments)) {
            err << parser.errorText() << '\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            const QString help = parser.helpText();
            out << QCoreApplication::translate("ReplyCommand", "Usage: %1 [options] ID")
                       .arg(arguments.value(0))
                << help.mid(help.indexOf(u'\n'));
            return 0;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1 || !parser.isSet(templateOption) || !parser.isSet(outOption)
            || !parser.isSet(databaseOption)) {
            err << QCoreApplication::translate(
                "ReplyCommand", "Usage: reply ID --template NAME --out FILE.eml --database LOCATION")
                << '\n';
            return 2;
        }
        const QString templateId = parser.value(templateOption).trimmed();
        if (!ReplyTemplates::ids().contains(templateId)) {
            err << QCoreApplication::translate("ReplyCommand", "Unknown template “%1”; use %2.")
                       .arg(TextSanitizer::singleLine(templateId.left(40)),
                           ReplyTemplates::ids().join(QStringLiteral(", ")))
                << '\n';
            return 2;
        }

        Database db;
        if (const Status s = db.open(parser.value(databaseOption)); !s) {
            err << s.error() << '\n';
            return 1;
        }
        CaseStore store(db);
        const auto resolved = CliSupport::resolveCase(store, positional.constFirst());
        if (!resolved) {
            err << resolved.error() << '\n';
            return 1;
        }
        const qint64 id = *resolved;

        const CorrespondenceSettings settings = CorrespondenceSettings::load(db);
        const QString home = parser.isSet(homeOption) ? parser.value(homeOption) : settings.gnupgHome;
        const OpenPgp pgp(home);
        ReplyComposer::Options options = settings.composerOptions();
        if (parser.isSet(unsignedOption)) {
            options.sign = false;
            options.encryptWhenKeyKnown = false;
        }
        CorrespondenceStore log(db, store.auditLog());
        ReplySender sender(store, log, &pgp, options);
        const SlaTracker tracker(store, db);
        sender.setTimeZone(tracker.model()->engine().timeZone());
        sender.setDeadlines([&tracker](qint64 caseId) { return ReplyTemplates::deadlines(tracker, caseId); });

        const QString path = parser.value(outOption);
        const auto deliver = [&path](const QByteArray &eml) -> Status {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(eml) != eml.size() || !file.commit())
                return Status::failure(QCoreApplication::translate("ReplyCommand", "Cannot write %1: %2")
                        .arg(path, file.errorString()));
            return {};
        };
        const auto transition = [&store](qint64 caseId, const Workflow::TransitionRequest &request) {
            return store.transition(caseId, request);
        };
        const auto sent = sender.send(id, templateId, deliver, transition);
        if (!sent) {
            err << sent.error() << '\n';
            return 1;
        }
        out << QCoreApplication::translate("ReplyCommand", "Wrote %1 (%2, %3), recorded as message %4.")
                   .arg(path,
                       sent->reply.isSigned ? QCoreApplication::translate("ReplyCommand", "signed")
                                            : QCoreApplication::translate("ReplyCommand", "not signed"),
                       sent->reply.isEncrypted ? QCoreApplication::translate("ReplyCommand", "encrypted")
                                               : QCoreApplication::translate("ReplyCommand", "not encrypted"))
                   .arg(sent->messageId)
            << '\n';
        return 0;
    };
    return command;
}
