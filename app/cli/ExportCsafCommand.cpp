#include "ExportCsafCommand.h"

#include "core/Clock.h"

#include <QCoreApplication>

ExportCsafCommand::ExportCsafCommand()
    : ExportFormatCommand(QStringLiteral("csaf"))
    , m_status(QStringLiteral("status"),
          QCoreApplication::translate(
              "ExportAdvisoryCommand", "Document status: draft, interim or final (default)."),
          QCoreApplication::translate("ExportAdvisoryCommand", "STATUS"), QStringLiteral("final"))
    , m_trackingId(QStringLiteral("tracking-id"),
          QCoreApplication::translate(
              "ExportAdvisoryCommand", "The advisory's id (default: the first case's)."),
          QCoreApplication::translate("ExportAdvisoryCommand", "ID"))
    , m_tlp(QStringLiteral("tlp"),
          QCoreApplication::translate("ExportAdvisoryCommand",
              "TLP label: clear (CSAF's WHITE), green, amber or red (default: clear for disclosed "
              "cases, amber otherwise)."),
          QCoreApplication::translate("ExportAdvisoryCommand", "LEVEL"))
    , m_profile(QStringLiteral("profile"),
          QCoreApplication::translate("ExportAdvisoryCommand",
              "advisory (default: a security advisory) or vex (a VEX document: each product's status, "
              "and why the products not affected are not)."),
          QCoreApplication::translate("ExportAdvisoryCommand", "PROFILE"), QStringLiteral("advisory"))
    , m_product(QStringLiteral("product"),
          QCoreApplication::translate("ExportAdvisoryCommand",
              "Instead of cases: a VEX document for this product from every published advisory that "
              "names it (implies --profile vex)."),
          QCoreApplication::translate("ExportAdvisoryCommand", "NAME"))
    , m_release(QStringLiteral("release"),
          QCoreApplication::translate("ExportAdvisoryCommand",
              "With --product: only what the advisories say about this release of it."),
          QCoreApplication::translate("ExportAdvisoryCommand", "VERSION"))
{ }

QString ExportCsafCommand::summary() const
{
    return QCoreApplication::translate("ExportAdvisoryCommand", "CSAF 2.0 security advisory (JSON)");
}

QString ExportCsafCommand::description() const
{
    return QCoreApplication::translate("ExportAdvisoryCommand",
        "Writes a CSAF 2.0 security advisory (or with --profile vex a VEX document) for one case or a group "
        "of cases, from their advisory "
        "data and the publisher settings: the public text written on the Advisory tab, and the "
        "reporter and others credited only with their consent. A final or interim document is the "
        "last published revision; a draft needs none.");
}

QString ExportCsafCommand::positionalSyntax() const
{
    return QStringLiteral("ID...");
}

void ExportCsafCommand::addFormatOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID..."),
        QCoreApplication::translate("ExportAdvisoryCommand", "The case: id or tracking id."));
    parser.addOptions({m_status, m_trackingId, m_tlp, m_profile, m_product, m_release});
}

std::optional<int> ExportCsafCommand::checkFormatArguments(const QCommandLineParser &parser)
{
    Q_UNUSED(parser)
    return std::nullopt;
}

int ExportCsafCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    // Bad values fail (1) rather than being usage errors, as scripts have always seen them.
    if (!QStringList {QStringLiteral("draft"), QStringLiteral("interim"), QStringLiteral("final")}.contains(
            parser.value(m_status)))
        return failure(QCoreApplication::translate("ExportAdvisoryCommand", "Unknown status “%1”.")
                .arg(parser.value(m_status).left(20)));
    CsafDocument::Options options;
    if (parser.value(m_profile) == u"vex")
        options.profile = CsafDocument::Profile::Vex;
    else if (parser.value(m_profile) != u"advisory")
        return failure(
            QCoreApplication::translate("ExportAdvisoryCommand", "Unknown profile “%1”; use advisory or vex.")
                .arg(parser.value(m_profile).left(20)));
    if (parser.isSet(m_tlp)) {
        TlpLevel tlp = TlpLevel::Clear;
        if (!TlpLevels::fromId(parser.value(m_tlp), &tlp))
            return failure(QCoreApplication::translate(
                "ExportAdvisoryCommand", "Unknown TLP label “%1”; use clear, green, amber or red.")
                    .arg(parser.value(m_tlp).left(40)));
        options.tlp = tlp;
    }
    options.status = parser.value(m_status);
    options.trackingId = parser.value(m_trackingId);
    options.now = Clock::nowUtc();
    Stores stores(*db);
    if (parser.isSet(m_product)) {
        if (!parser.positionalArguments().isEmpty())
            return failure(
                QCoreApplication::translate("ExportAdvisoryCommand", "Name cases or --product, not both."));
        const auto json
            = stores.service.productVex(parser.value(m_product), parser.value(m_release), options);
        return json ? write(parser, *json) : failure(json.error());
    }
    if (parser.isSet(m_release))
        return failure(QCoreApplication::translate("ExportAdvisoryCommand", "--release needs --product."));
    const auto ids = namedCases(stores.cases, parser);
    if (!ids)
        return ExitCode::Failure;
    const auto json = stores.service.csaf(*ids, options);
    return json ? write(parser, *json) : failure(json.error());
}
