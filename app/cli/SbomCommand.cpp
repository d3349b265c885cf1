#include "SbomCommand.h"

#include "CliSupport.h"
#include "intel/IntelStore.h"
#include "sbom/SbomStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SbomCommand", text, disambiguation, n);
}

} // namespace

SbomCommand::SbomCommand(Mode mode)
    : DatabaseCommand(mode == Mode::Sbom ? QStringLiteral("sbom") : QStringLiteral("where-used"))
    , m_mode(mode)
    , m_range(QStringLiteral("range"), tr("Only versions in this vers range, e.g. vers:npm/<4.17.21."),
          tr("VERS"))
    , m_format(QStringList {QStringLiteral("f"), QStringLiteral("format")}, tr("tsv (default) or json."),
          tr("FORMAT"), QStringLiteral("tsv"))
{ }

QString SbomCommand::summary() const
{
    return m_mode == Mode::Sbom ? tr("Import, list and remove the SBOMs of product releases")
                                : tr("Which product releases contain a component");
}

QString SbomCommand::description() const
{
    if (m_mode == Mode::Sbom)
        return tr("sbom import PRODUCT RELEASE FILE   CycloneDX 1.4-1.6 or SPDX 2.3 JSON; replaces the "
                  "release's SBOM\n"
                  "sbom list                          every stored SBOM\n"
                  "sbom remove PRODUCT RELEASE        forget a release's SBOM\n"
                  "The release must be in the product catalogue (products import). After an import the\n"
                  "imported vulnerability records are matched against it (upstream list).");
    return tr("where-used QUERY [--range VERS]\n"
              "QUERY is a package URL (pkg:npm/lodash, any version; pkg:npm/lodash@4.17.20, that one),\n"
              "a CPE 2.3 name (ANY fields match anything) or a component name.\n"
              "Prints product, release, component, version, depth (1 direct, more transitive, 0 not\n"
              "stated) and the component it is reached through. Exit status 0 also when nothing is found.");
}

QString SbomCommand::positionalSyntax() const
{
    return m_mode == Mode::Sbom ? QStringLiteral("ACTION [ARGUMENTS...]") : QStringLiteral("QUERY");
}

void SbomCommand::addOptions(QCommandLineParser &parser)
{
    if (m_mode == Mode::WhereUsed)
        parser.addOptions({m_range, m_format});
    else
        parser.addOption(m_format);
}

std::optional<int> SbomCommand::checkArguments(const QCommandLineParser &parser)
{
    const QStringList a = parser.positionalArguments();
    const QString format = parser.value(m_format);
    if (format != u"tsv" && format != u"json")
        return usageError(tr("Unknown format “%1”.").arg(format));
    if (m_mode == Mode::WhereUsed) {
        if (a.size() != 1)
            return usageError(tr("Name one package URL, CPE or component name."));
        return std::nullopt;
    }
    const QString action = a.value(0);
    if ((action == u"import" && a.size() != 4) || (action == u"remove" && a.size() != 3)
        || (action == u"list" && a.size() != 1)
        || (action != u"import" && action != u"remove" && action != u"list"))
        return usageError(
            tr("Say what to do: import PRODUCT RELEASE FILE, list, or remove PRODUCT RELEASE."));
    return std::nullopt;
}

bool SbomCommand::onlyReads(const QCommandLineParser &parser) const
{
    return m_mode == Mode::WhereUsed || parser.positionalArguments().value(0) == u"list";
}

int SbomCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    if (m_mode == Mode::WhereUsed)
        return whereUsed(*db, parser);
    const QStringList a = parser.positionalArguments();
    CaseStore cases(*db);
    SbomStore store(*db, cases.auditLog());
    if (a.first() == u"import") {
        QFile file(a.at(3));
        if (!file.open(QIODevice::ReadOnly))
            return failure(tr("Cannot read %1: %2").arg(a.at(3), file.errorString()));
        if (file.size() > SbomDocument::maxBytes)
            return failure(
                tr("%1 is larger than %2 MiB.").arg(a.at(3)).arg(SbomDocument::maxBytes / (1024 * 1024)));
        const auto imported = store.import(a.at(1), a.at(2), file.readAll());
        if (!imported)
            return failure(tr("%1: %2").arg(a.at(3), imported.error()));
        const auto raised = IntelStore(cases).match();
        if (!raised)
            return failure(raised.error());
        out() << tr("%1 %2: %3 with %n component(s)", nullptr, imported->components)
                     .arg(imported->product, imported->release, imported->format)
              << '\n';
        if (*raised > 0)
            out() << tr("%n new upstream alert(s); see upstream list.", nullptr, *raised) << '\n';
        return ExitCode::Ok;
    }
    if (a.first() == u"remove") {
        if (const Status s = store.remove(a.at(1), a.at(2)); !s)
            return failure(s.error());
        return ExitCode::Ok;
    }
    const auto list = store.list();
    if (!list)
        return failure(list.error());
    using CliSupport::tsvField;
    if (parser.value(m_format) == u"json") {
        QJsonArray array;
        for (const SbomSummary &s : *list)
            array.append(QJsonObject {{QStringLiteral("product"), s.product},
                {QStringLiteral("release"), s.release}, {QStringLiteral("format"), s.format},
                {QStringLiteral("components"), s.components}, {QStringLiteral("sha256"), s.sha256},
                {QStringLiteral("importedAt"), CliSupport::isoUtc(s.importedAt)},
                {QStringLiteral("importedBy"), s.importedBy}});
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    for (const SbomSummary &s : *list) {
        out() << tsvField(s.product) << '\t' << tsvField(s.release) << '\t' << tsvField(s.format) << '\t'
              << s.components << '\t' << s.sha256 << '\t' << CliSupport::isoUtc(s.importedAt) << '\t'
              << tsvField(s.importedBy) << '\n';
    }
    return ExitCode::Ok;
}

int SbomCommand::whereUsed(Database &db, const QCommandLineParser &parser)
{
    CaseStore cases(db);
    const auto hits = SbomStore(db, cases.auditLog())
                          .whereUsed(parser.positionalArguments().first(), parser.value(m_range));
    if (!hits)
        return failure(hits.error());
    using CliSupport::tsvField;
    if (parser.value(m_format) == u"json") {
        QJsonArray array;
        for (const WhereUsedHit &h : *hits)
            array.append(
                QJsonObject {{QStringLiteral("product"), h.product}, {QStringLiteral("release"), h.release},
                    {QStringLiteral("component"), h.component}, {QStringLiteral("version"), h.version},
                    {QStringLiteral("purl"), h.purl}, {QStringLiteral("cpe"), h.cpe},
                    {QStringLiteral("depth"), h.depth}, {QStringLiteral("via"), h.via}});
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    for (const WhereUsedHit &h : *hits) {
        out() << tsvField(h.product) << '\t' << tsvField(h.release) << '\t' << tsvField(h.component) << '\t'
              << tsvField(h.version) << '\t' << h.depth << '\t' << tsvField(h.via) << '\n';
    }
    return ExitCode::Ok;
}
