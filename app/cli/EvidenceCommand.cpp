#include "EvidenceCommand.h"

#include "CliSupport.h"
#include "core/TextSanitizer.h"
#include "evidence/EvidenceStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QStringList &actions()
{
    static const QStringList names {QStringLiteral("init"), QStringLiteral("add"), QStringLiteral("list"),
        QStringLiteral("export"), QStringLiteral("verify")};
    return names;
}

} // namespace

EvidenceCommand::EvidenceCommand()
    : DatabaseCommand(QStringLiteral("evidence"))
    , m_out(QStringLiteral("out"),
          QCoreApplication::translate("EvidenceCommand", "The file or folder to export to."),
          QCoreApplication::translate("EvidenceCommand", "PATH"))
    , m_case(QStringLiteral("case"),
          QCoreApplication::translate("EvidenceCommand", "The case (tracking id or database number)."),
          QCoreApplication::translate("EvidenceCommand", "CASE"))
    , m_note(QStringLiteral("note"),
          QCoreApplication::translate("EvidenceCommand", "A note for the added files."),
          QCoreApplication::translate("EvidenceCommand", "TEXT"))
    , m_format(QStringLiteral("format"),
          QCoreApplication::translate("EvidenceCommand", "list: tsv (default) or json."),
          QCoreApplication::translate("EvidenceCommand", "FORMAT"), QStringLiteral("tsv"))
{ }

QString EvidenceCommand::summary() const
{
    return QCoreApplication::translate(
        "EvidenceCommand", "Attach, list, export and verify encrypted evidence");
}

QString EvidenceCommand::description() const
{
    return QCoreApplication::translate("EvidenceCommand",
        "evidence init                       set the evidence passphrase of a database\n"
        "evidence add CASE FILE...           attach files to a case (tracking id or number)\n"
        "evidence list CASE                  the case's evidence\n"
        "evidence export ID --out FILE       one attachment\n"
        "evidence export --case CASE --out FOLDER   all of a case's evidence and a SHA256SUMS manifest\n"
        "evidence verify [--case CASE]       decrypt and re-hash (exit 3 on any problem)\n"
        "The passphrase comes from PSIRTDESK_EVIDENCE_PASSPHRASE or is asked without echo.");
}

QString EvidenceCommand::positionalSyntax() const
{
    return QStringLiteral("ACTION [ARGUMENTS...]");
}

void EvidenceCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_out, m_case, m_note, m_format});
}

std::optional<int> EvidenceCommand::checkArguments(const QCommandLineParser &parser)
{
    if (!actions().contains(parser.positionalArguments().value(0)))
        return usageError(QCoreApplication::translate(
            "EvidenceCommand", "Say what to do: init, add, list, export or verify."));
    return std::nullopt;
}

bool EvidenceCommand::onlyReads(const QCommandLineParser &parser) const
{
    const QString action = parser.positionalArguments().value(0);
    return action == u"list" || action == u"export" || action == u"verify";
}

int EvidenceCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    QStringList arguments = parser.positionalArguments();
    const QString action = arguments.takeFirst();
    CaseStore cases(*db);
    EvidenceStore store(*db, cases.auditLog());
    const auto passphrase = CliSupport::evidencePassphrase(
        err(), QCoreApplication::translate("EvidenceCommand", "Evidence passphrase: "));
    if (!passphrase)
        return failure(passphrase.error());
    if (action == u"init")
        return init(store, *passphrase);
    if (const Status s = store.unlock(*passphrase); !s)
        return failure(s.error());
    if (action == u"add")
        return add(cases, store, arguments, parser);
    if (action == u"list")
        return list(cases, store, arguments, parser);
    if (action == u"export")
        return exportTo(cases, store, arguments, parser);
    return verify(cases, store, parser);
}

int EvidenceCommand::init(EvidenceStore &store, const QString &passphrase)
{
    if (const Status s = store.initialise(passphrase); !s)
        return failure(s.error());
    out() << QCoreApplication::translate("EvidenceCommand", "Evidence passphrase set (%1 PBKDF2 iterations).")
                 .arg(*store.iterations())
          << '\n';
    return ExitCode::Ok;
}

int EvidenceCommand::add(
    CaseStore &cases, EvidenceStore &store, QStringList arguments, const QCommandLineParser &parser)
{
    if (arguments.size() < 2) {
        err() << QCoreApplication::translate(
            "EvidenceCommand", "Usage: evidence add CASE FILE... --database DB")
              << '\n';
        return ExitCode::Usage;
    }
    const auto id = CliSupport::resolveCase(cases, arguments.takeFirst());
    if (!id)
        return failure(id.error());
    int failures = 0;
    for (const QString &file : std::as_const(arguments)) {
        const auto a = store.addFile(*id, file, parser.value(m_note));
        if (!a) {
            err() << a.error() << '\n';
            ++failures;
            continue;
        }
        out() << a->id << '\t' << a->sha256 << '\t' << TextSanitizer::singleLine(a->fileName) << '\n';
    }
    return failures > 0 ? ExitCode::Failure : ExitCode::Ok;
}

int EvidenceCommand::list(
    CaseStore &cases, EvidenceStore &store, const QStringList &arguments, const QCommandLineParser &parser)
{
    const auto id
        = CliSupport::resolveCase(cases, arguments.isEmpty() ? parser.value(m_case) : arguments.constFirst());
    if (!id)
        return failure(id.error());
    const auto attachments = store.attachments(*id);
    if (!attachments)
        return failure(attachments.error());
    const bool json = parser.value(m_format) == u"json";
    QJsonArray array;
    for (const Attachment &a : *attachments) {
        const QString added = a.addedAt.toUTC().toString(Qt::ISODate);
        if (json) {
            array.append(QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.fileName},
                {QStringLiteral("type"), a.mimeType}, {QStringLiteral("size"), a.size},
                {QStringLiteral("sha256"), a.sha256}, {QStringLiteral("addedBy"), a.addedBy},
                {QStringLiteral("addedAt"), added}, {QStringLiteral("note"), a.note}});
        } else {
            out() << a.id << '\t' << TextSanitizer::singleLine(a.fileName) << '\t' << a.mimeType << '\t'
                  << a.size << '\t' << a.sha256 << '\t' << TextSanitizer::singleLine(a.addedBy) << '\t'
                  << added << '\n';
        }
    }
    if (json)
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return ExitCode::Ok;
}

int EvidenceCommand::exportTo(
    CaseStore &cases, EvidenceStore &store, const QStringList &arguments, const QCommandLineParser &parser)
{
    if (!parser.isSet(m_out)) {
        err() << QCoreApplication::translate("EvidenceCommand", "Missing --out.") << '\n';
        return ExitCode::Usage;
    }
    if (parser.isSet(m_case)) {
        const auto id = CliSupport::resolveCase(cases, parser.value(m_case));
        if (!id)
            return failure(id.error());
        const auto manifest = store.exportCase(*id, parser.value(m_out));
        if (!manifest)
            return failure(manifest.error());
        out() << *manifest << '\n';
        return ExitCode::Ok;
    }
    bool ok = false;
    const qint64 attachmentId = arguments.value(0).toLongLong(&ok);
    if (!ok) {
        err() << QCoreApplication::translate(
            "EvidenceCommand", "Usage: evidence export ID --out FILE, or --case CASE --out FOLDER")
              << '\n';
        return ExitCode::Usage;
    }
    if (const Status s = store.exportTo(attachmentId, parser.value(m_out)); !s)
        return failure(s.error());
    return ExitCode::Ok;
}

int EvidenceCommand::verify(CaseStore &cases, EvidenceStore &store, const QCommandLineParser &parser)
{
    qint64 caseId = 0;
    if (parser.isSet(m_case)) {
        const auto id = CliSupport::resolveCase(cases, parser.value(m_case));
        if (!id)
            return failure(id.error());
        caseId = *id;
    }
    const auto problems = store.verify(caseId);
    if (!problems)
        return failure(problems.error());
    for (const EvidenceProblem &p : *problems)
        out() << p.attachmentId << '\t' << TextSanitizer::singleLine(p.fileName) << '\t' << p.message << '\n';
    return problems->isEmpty() ? ExitCode::Ok : ExitCode::Problems;
}
