#include "PublishCommand.h"

#include "advisory/AdvisoryStore.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceSettings.h"
#include "evidence/EvidenceStore.h"
#include "export/ExportService.h"
#include "publish/AdvisoryPublication.h"
#include "publish/CsafProvider.h"
#include "storage/CaseStore.h"
#include "storage/TeamSettings.h"

#include <QCoreApplication>

PublishCommand::PublishCommand()
    : DatabaseCommand(QStringLiteral("publish"))
    , m_out(QStringLiteral("out"),
          QCoreApplication::translate(
              "PublishCommand", "The folder of the provider tree (made when missing)."),
          QCoreApplication::translate("PublishCommand", "DIR"))
    , m_baseUrl(QStringLiteral("base-url"),
          QCoreApplication::translate("PublishCommand",
              "The https address the folder is served at (default: the publisher's namespace "
              "followed by /.well-known/csaf)."),
          QCoreApplication::translate("PublishCommand", "URL"))
    , m_unsigned(QStringLiteral("no-sign"),
          QCoreApplication::translate(
              "PublishCommand", "Write no OpenPGP signatures (a CSAF provider, not a trusted one)."))
    , m_home(QStringLiteral("gnupg-home"),
          QCoreApplication::translate(
              "PublishCommand", "The team's GnuPG home (default: the configured one)."),
          QCoreApplication::translate("PublishCommand", "DIR"))
{ }

QString PublishCommand::summary() const
{
    return QCoreApplication::translate("PublishCommand", "Write the CSAF trusted provider tree");
}

QString PublishCommand::description() const
{
    return QCoreApplication::translate("PublishCommand",
        "Writes the static tree of a CSAF 2.0 trusted provider into a folder, ready to copy to the "
        "web server: provider-metadata.json, one folder per year, index.txt, changes.csv, ROLIE "
        "feeds per TLP label, and per advisory its SHA-256 and SHA-512 hashes and an OpenPGP "
        "signature made with the team key configured for correspondence, whose public part is "
        "published too. Every case whose advisory has a revision is published, except cases "
        "closed as spam, duplicate, out of scope, informative or not reproducible. Publishing "
        "again rewrites only what changed.");
}

void PublishCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_out, m_baseUrl, m_unsigned, m_home});
}

std::optional<int> PublishCommand::checkArguments(const QCommandLineParser &parser)
{
    if (const auto stop = refuseArguments(parser))
        return stop;
    if (!parser.isSet(m_out) || parser.value(m_out).isEmpty())
        return usageError(QCoreApplication::translate("cli", "--out is required."));
    return std::nullopt;
}

bool PublishCommand::onlyReads(const QCommandLineParser &) const
{
    return true;
}

int PublishCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    CaseStore cases(*db);
    AdvisoryStore advisories(cases);
    EvidenceStore evidence(*db, cases.auditLog());
    const ExportService service(cases, advisories, evidence);
    const TeamSettings settings(*db);

    CsafProvider::Options options;
    options.publisher = advisories.publisher();
    options.baseUrl = parser.value(m_baseUrl);
    options.now = Clock::nowUtc();
    if (!parser.isSet(m_unsigned)) {
        auto signer
            = AdvisoryPublication::teamSigner(CorrespondenceSettings::load(settings), parser.value(m_home));
        if (!signer)
            return failure(signer.error());
        options.signer = std::move(signer.value());
    }
    const auto documents = AdvisoryPublication::documents(service);
    if (!documents)
        return failure(documents.error());
    const auto published = CsafProvider::publish(parser.value(m_out), documents->documents, options);
    if (!published)
        return failure(published.error());
    out() << QCoreApplication::translate("PublishCommand",
        "Published %n advisory(s) to %1: %2 changed, %3 removed, %4 withheld (TLP:AMBER or "
        "TLP:RED), %5.",
        nullptr, published->documents)
                 .arg(parser.value(m_out))
                 .arg(published->changed)
                 .arg(published->removed)
                 .arg(published->withheld)
                 .arg(published->signedDocuments
                         ? QCoreApplication::translate("PublishCommand", "signed")
                         : QCoreApplication::translate("PublishCommand", "not signed"))
          << '\n';
    return ExitCode::Ok;
}
