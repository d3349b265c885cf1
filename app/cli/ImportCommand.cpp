#include "ImportCommand.h"

#include "intake/IntakeCrypto.h"
#include "intake/MailImporter.h"
#include "intake/MailSource.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

ImportCommand::ImportCommand()
    : DatabaseCommand(QStringLiteral("import"), Need::Required, IfMissing::Create)
    , m_gnupg(QStringLiteral("gnupg-home"),
          QCoreApplication::translate("ImportCommand",
              "GnuPG home with the team key for encrypted reports (default: the one in the settings)."),
          QCoreApplication::translate("ImportCommand", "DIR"))
{ }

QString ImportCommand::summary() const
{
    return QCoreApplication::translate(
        "ImportCommand", "Import e-mail (.eml, mbox, Maildir) as reports and correspondence");
}

QString ImportCommand::description() const
{
    return QCoreApplication::translate("ImportCommand",
        "Imports each message: a subject with a report pattern (default “PSIRT Case”) becomes a new "
        "report, a message quoting a tracking id or replying to an imported message is attached to its "
        "case, a message imported before is skipped. Prints one line per message: position, result. "
        "Malformed messages are reported and skipped; the rest is imported. With "
        "PSIRTDESK_EVIDENCE_PASSPHRASE set, attachments are stored as encrypted evidence.");
}

QString ImportCommand::positionalSyntax() const
{
    return QStringLiteral("FILE...");
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_gnupg);
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("ImportCommand", ".eml files, mbox files or Maildir folders."),
        QStringLiteral("FILE..."));
}

std::optional<int> ImportCommand::checkArguments(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty())
        return usageError(
            QCoreApplication::translate("ImportCommand", "Name at least one file or Maildir folder."));
    return std::nullopt;
}

int ImportCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    ImportOptions options;
    options.crypto = IntakeCrypto::forGnupgHome(
        parser.isSet(m_gnupg) ? parser.value(m_gnupg) : AppSettings().gnupgHome());
    options.evidencePassphrase = qEnvironmentVariable("PSIRTDESK_EVIDENCE_PASSPHRASE");
    MailImporter importer(*db, options);
    if (const Status s = importer.prepare(); !s)
        return failure(s.error());
    MailSource source(parser.positionalArguments(), options.limits);
    RawMessage raw;
    QHash<ImportOutcome::Kind, int> counts;
    while (source.next(&raw)) {
        const ImportOutcome outcome = importer.import(raw);
        ++counts[outcome.kind];
        out() << outcome.position << '\t' << outcome.resultText();
        if (outcome.pgp.encrypted || outcome.pgp.signature != SignatureState::NotSigned)
            out() << '\t' << outcome.pgp.summary();
        out() << '\n';
    }
    using K = ImportOutcome::Kind;
    err() << QCoreApplication::translate("ImportCommand",
        "%1 new reports, %2 attached to cases, %3 duplicates skipped, %4 not reports, %5 refused.")
                 .arg(counts.value(K::NewReport))
                 .arg(counts.value(K::Correspondence))
                 .arg(counts.value(K::DuplicateMessage))
                 .arg(counts.value(K::NotAReport))
                 .arg(counts.value(K::Refused))
          << '\n';
    return counts.value(K::Refused) > 0 ? ExitCode::Problems : ExitCode::Ok;
}
