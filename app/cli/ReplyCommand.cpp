#include "ReplyCommand.h"

#include "CliSupport.h"
#include "core/AtomicFile.h"
#include "core/TextSanitizer.h"
#include "correspondence/CorrespondenceSettings.h"
#include "correspondence/CorrespondenceStore.h"
#include "correspondence/ReplySender.h"
#include "openpgp/OpenPgp.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"

#include <QCoreApplication>

ReplyCommand::ReplyCommand()
    : DatabaseCommand(QStringLiteral("reply"))
    , m_template(QStringLiteral("template"),
          QCoreApplication::translate("ReplyCommand", "The reply template."),
          QCoreApplication::translate("ReplyCommand", "NAME"))
    , m_out(QStringLiteral("out"), QCoreApplication::translate("ReplyCommand", "The .eml file to write."),
          QCoreApplication::translate("ReplyCommand", "FILE"))
    , m_home(QStringLiteral("gnupg-home"),
          QCoreApplication::translate("ReplyCommand", "The team's GnuPG home (default: the configured one)."),
          QCoreApplication::translate("ReplyCommand", "DIR"))
    , m_unsigned(QStringLiteral("no-sign"),
          QCoreApplication::translate("ReplyCommand", "Neither sign nor encrypt (for a team without a key)."))
{ }

QString ReplyCommand::summary() const
{
    return QCoreApplication::translate(
        "ReplyCommand", "Write a templated reply to a case's reporter as .eml");
}

QString ReplyCommand::description() const
{
    return QCoreApplication::translate("ReplyCommand",
        "Fills a reply template from the case (ID: tracking id or database number), signs it with "
        "the team key (PGP/MIME), encrypts it when the reporter's key is in the keyring, writes it "
        "as a ready-to-send .eml file and records it in the case's correspondence as sent. The "
        "acknowledgement acknowledges a new case (issuing its tracking id); a request for more "
        "information puts the case in Needs More Info.\nTemplates: %1.")
        .arg(ReplyTemplates::ids().join(QStringLiteral(", ")));
}

QString ReplyCommand::positionalSyntax() const
{
    return QStringLiteral("ID");
}

void ReplyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_template, m_out, m_home, m_unsigned});
    parser.addPositionalArgument(
        QStringLiteral("ID"), QCoreApplication::translate("ReplyCommand", "The case."));
}

std::optional<int> ReplyCommand::checkArguments(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1 || !parser.isSet(m_template) || !parser.isSet(m_out))
        return usageError(QCoreApplication::translate(
            "ReplyCommand", "Usage: reply ID --template NAME --out FILE.eml --database LOCATION"));
    const QString templateId = parser.value(m_template).trimmed();
    if (!ReplyTemplates::ids().contains(templateId))
        return usageError(QCoreApplication::translate("ReplyCommand", "Unknown template “%1”; use %2.")
                .arg(TextSanitizer::singleLine(templateId.left(40)),
                    ReplyTemplates::ids().join(QStringLiteral(", "))));
    return std::nullopt;
}

int ReplyCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    CaseStore store(*db);
    const auto id = CliSupport::resolveCase(store, parser.positionalArguments().constFirst());
    if (!id)
        return failure(id.error());

    const CorrespondenceSettings settings = CorrespondenceSettings::load(TeamSettings(*db));
    const QString home = parser.isSet(m_home) ? parser.value(m_home) : settings.gnupgHome;
    const OpenPgp pgp(home);
    ReplyComposer::Options options = settings.composerOptions();
    if (parser.isSet(m_unsigned)) {
        options.sign = false;
        options.encryptWhenKeyKnown = false;
    }
    CorrespondenceStore log(*db, store.auditLog());
    ReplySender sender(store, log, &pgp, options);
    const SlaTracker tracker(store, *db);
    sender.setTimeZone(tracker.model()->engine().timeZone());
    sender.setDeadlines([&tracker](qint64 caseId) { return ReplyTemplates::deadlines(tracker, caseId); });

    // A reply is correspondence with the reporter, not a document for third parties: it is
    // written here, not by ExportService.
    const QString path = parser.value(m_out);
    const auto deliver = [&path](const QByteArray &eml) { return AtomicFile::write(path, eml); };
    const auto transition = [&store](qint64 caseId, const Workflow::TransitionRequest &request) {
        return store.transition(caseId, request);
    };
    const auto sent = sender.send(*id, parser.value(m_template).trimmed(), deliver, transition);
    if (!sent)
        return failure(sent.error());
    out() << QCoreApplication::translate("ReplyCommand", "Wrote %1 (%2, %3), recorded as message %4.")
                 .arg(path,
                     sent->reply.isSigned ? QCoreApplication::translate("ReplyCommand", "signed")
                                          : QCoreApplication::translate("ReplyCommand", "not signed"),
                     sent->reply.isEncrypted ? QCoreApplication::translate("ReplyCommand", "encrypted")
                                             : QCoreApplication::translate("ReplyCommand", "not encrypted"))
                 .arg(sent->messageId)
          << '\n';
    return ExitCode::Ok;
}
