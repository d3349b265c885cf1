#include "ImportCommand.h"

#include "intake/IntakeCrypto.h"
#include "intake/MailImporter.h"
#include "intake/MailSource.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

CliCommand importCommand()
{
    CliCommand command;
    command.name = QStringLiteral("import");
    command.summary = QCoreApplication::translate(
        "ImportCommand", "Import e-mail (.eml, mbox, Maildir) as reports and correspondence");
    command.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate("ImportCommand",
            "Imports each message: a subject with a report pattern (default “PSIRT Case”) becomes a new "
            "report, a message quoting a tracking id or replying to an imported message is attached to its "
            "case, a message imported before is skipped. Prints one line per message: position, result. "
            "Malformed messages are reported and skipped; the rest is imported. With "
            "PSIRTDESK_EVIDENCE_PASSPHRASE set, attachments are stored as encrypted evidence."));
        parser.addHelpOption();
        const QCommandLineOption databaseOption(QStringLiteral("database"),
            QCoreApplication::translate("ImportCommand", "The case database (file or postgresql:// URL)."),
            QCoreApplication::translate("ImportCommand", "LOCATION"));
        const QCommandLineOption gnupgOption(QStringLiteral("gnupg-home"),
            QCoreApplication::translate("ImportCommand",
                "GnuPG home with the team key for encrypted reports (default: the one in the settings)."),
            QCoreApplication::translate("ImportCommand", "DIR"));
        parser.addOptions({databaseOption, gnupgOption});
        parser.addPositionalArgument(QStringLiteral("files"),
            QCoreApplication::translate("ImportCommand", ".eml files, mbox files or Maildir folders."),
            QStringLiteral("FILE..."));
        if (!parser.parse(arguments)) {
            err << parser.errorText() << '\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            const QString help = parser.helpText();
            out << QCoreApplication::translate("ImportCommand", "Usage: %1 [options] FILE...")
                       .arg(arguments.value(0))
                << help.mid(help.indexOf(u'\n'));
            return 0;
        }
        if (!parser.isSet(databaseOption)) {
            err << QCoreApplication::translate("ImportCommand", "Missing --database.") << '\n';
            return 2;
        }
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty()) {
            err << QCoreApplication::translate("ImportCommand", "Name at least one file or Maildir folder.")
                << '\n';
            return 2;
        }
        Database db;
        if (const Status s = db.open(parser.value(databaseOption)); !s) {
            err << s.error() << '\n';
            return 1;
        }
        ImportOptions options;
        options.crypto = IntakeCrypto::forGnupgHome(
            parser.isSet(gnupgOption) ? parser.value(gnupgOption) : AppSettings().gnupgHome());
        options.evidencePassphrase = qEnvironmentVariable("PSIRTDESK_EVIDENCE_PASSPHRASE");
        MailImporter importer(db, options);
        if (const Status s = importer.prepare(); !s) {
            err << s.error() << '\n';
            return 1;
        }
        MailSource source(files, options.limits);
        RawMessage raw;
        QHash<ImportOutcome::Kind, int> counts;
        while (source.next(&raw)) {
            const ImportOutcome outcome = importer.import(raw);
            ++counts[outcome.kind];
            out << outcome.position << '\t' << outcome.resultText();
            if (outcome.pgp.encrypted || outcome.pgp.signature != SignatureState::NotSigned)
                out << '\t' << outcome.pgp.summary();
            out << '\n';
        }
        using K = ImportOutcome::Kind;
        err << QCoreApplication::translate("ImportCommand",
            "%1 new reports, %2 attached to cases, %3 duplicates skipped, %4 not reports, %5 refused.")
                   .arg(counts.value(K::NewReport))
                   .arg(counts.value(K::Correspondence))
                   .arg(counts.value(K::DuplicateMessage))
                   .arg(counts.value(K::NotAReport))
                   .arg(counts.value(K::Refused))
            << '\n';
        return counts.value(K::Refused) > 0 ? 3 : 0;
    };
    return command;
}
