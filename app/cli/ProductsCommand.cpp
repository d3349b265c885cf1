#include "ProductsCommand.h"

#include "CliSupport.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "products/CatalogueFile.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"
#include "storage/TeamSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ProductsCommand", text, disambiguation, n);
}

} // namespace

ProductsCommand::ProductsCommand()
    : DatabaseCommand(QStringLiteral("products"))
    , m_format(QStringList {QStringLiteral("f"), QStringLiteral("format")},
          tr("list: tsv (default) or json; import and export: json (default) or csv."), tr("FORMAT"))
    , m_out(QStringLiteral("out"), tr("export: the file to write (default: standard output)."), tr("FILE"))
    , m_on(QStringLiteral("on"), tr("list: the day the support status is for (default: today)."), tr("DATE"))
{ }

QString ProductsCommand::summary() const
{
    return tr("List, import and export the product catalogue");
}

QString ProductsCommand::description() const
{
    return tr("products list [--on DATE]          products and releases with their support status\n"
              "products import FILE                save the products of a JSON or CSV catalogue\n"
              "products export [--out FILE]        the catalogue as JSON (or --format csv)\n"
              "Import adds or changes the products the file names, releases included, all or none;\n"
              "products it does not name stay. The formats are in docs/product-catalogue.md.\n"
              "Security support ends the team's number of months after an EOL or OBS date\n"
              "(12 unless the team set another).");
}

QString ProductsCommand::positionalSyntax() const
{
    return QStringLiteral("ACTION [FILE]");
}

void ProductsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_format, m_out, m_on});
}

std::optional<int> ProductsCommand::checkArguments(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action != u"list" && action != u"import" && action != u"export")
        return usageError(tr("Say what to do: list, import or export."));
    if (action == u"import" && arguments.size() != 2)
        return usageError(tr("Name one catalogue file to import."));
    if (action != u"import" && arguments.size() > 1)
        return usageError(tr("Unexpected argument “%1”.").arg(arguments.at(1)));
    const QString format = parser.value(m_format);
    if (!format.isEmpty()) {
        const bool ok = action == u"list" ? (format == u"tsv" || format == u"json")
                                          : (format == u"json" || format == u"csv");
        if (!ok)
            return usageError(tr("Unknown format “%1” for %2.").arg(format, action));
    }
    if (parser.isSet(m_on) && !QDate::fromString(parser.value(m_on), Qt::ISODate).isValid())
        return usageError(tr("--on takes a date (YYYY-MM-DD)."));
    return std::nullopt;
}

bool ProductsCommand::onlyReads(const QCommandLineParser &parser) const
{
    return parser.positionalArguments().value(0) != u"import";
}

int ProductsCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    CaseStore cases(*db);
    ProductCatalogue catalogue(*db, &cases.auditLog());
    if (arguments.first() == u"import")
        return importFrom(catalogue, arguments.at(1), parser);
    if (arguments.first() == u"export")
        return exportTo(catalogue, parser);
    return list(*db, catalogue, parser);
}

int ProductsCommand::list(Database &db, ProductCatalogue &catalogue, const QCommandLineParser &parser)
{
    const auto products = catalogue.all();
    if (!products)
        return failure(products.error());
    const QDate on
        = parser.isSet(m_on) ? QDate::fromString(parser.value(m_on), Qt::ISODate) : Clock::nowUtc().date();
    const int months = TeamSettings(db).number(TeamSettings::Key::ProductSupportMonths);
    if (parser.value(m_format) == u"json") {
        QJsonArray array;
        for (const Product &p : *products) {
            auto statusJson = [&](const SupportStatus &s) {
                QJsonObject o {
                    {QStringLiteral("supported"), s.supported()}, {QStringLiteral("status"), s.text()}};
                if (s.until.isValid())
                    o.insert(QStringLiteral("securityFixesUntil"), s.until.toString(Qt::ISODate));
                return o;
            };
            QJsonArray releases;
            for (const ProductRelease &r : p.releases) {
                QJsonObject o = statusJson(p.support(on, months, &r));
                o.insert(QStringLiteral("version"), r.version);
                o.insert(QStringLiteral("cpe"), p.cpeOf(r));
                o.insert(QStringLiteral("purl"), p.purlOf(r));
                releases.append(o);
            }
            QJsonObject o = statusJson(p.support(on, months));
            o.insert(QStringLiteral("name"), p.name);
            o.insert(QStringLiteral("productLine"), p.productLine);
            o.insert(QStringLiteral("vendor"), p.vendor);
            o.insert(QStringLiteral("releases"), releases);
            array.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    using CliSupport::tsvField;
    for (const Product &p : *products) {
        out() << tsvField(p.name) << '\t' << '\t' << tsvField(p.productLine) << '\t'
              << tsvField(p.support(on, months).text()) << '\n';
        for (const ProductRelease &r : p.releases) {
            out() << tsvField(p.name) << '\t' << tsvField(r.version) << '\t' << tsvField(p.productLine)
                  << '\t' << tsvField(p.support(on, months, &r).text()) << '\t' << tsvField(p.cpeOf(r))
                  << '\t' << tsvField(p.purlOf(r)) << '\n';
        }
    }
    return ExitCode::Ok;
}

int ProductsCommand::importFrom(
    ProductCatalogue &catalogue, const QString &path, const QCommandLineParser &parser)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > CatalogueFile::maxBytes)
        return failure(tr("%1 is larger than a catalogue may be (%2 MiB).")
                .arg(path)
                .arg(CatalogueFile::maxBytes / (1024 * 1024)));
    const QString format = parser.value(m_format);
    const auto kind = format.isEmpty()
        ? CatalogueFile::formatFor(path)
        : (format == u"csv" ? CatalogueFile::Format::Csv : CatalogueFile::Format::Json);
    const auto products = CatalogueFile::read(file.read(CatalogueFile::maxBytes), kind);
    if (!products)
        return failure(tr("%1: %2").arg(path, products.error()));
    const auto saved = catalogue.saveAll(*products);
    if (!saved)
        return failure(saved.error());
    qsizetype releases = 0;
    for (const Product &p : *products)
        releases += p.releases.size();
    out() << tr("Imported %n product(s)", nullptr, int(products->size())) << ", "
          << tr("%n release(s).", nullptr, int(releases)) << '\n';
    return ExitCode::Ok;
}

int ProductsCommand::exportTo(ProductCatalogue &catalogue, const QCommandLineParser &parser)
{
    const auto products = catalogue.all();
    if (!products)
        return failure(products.error());
    const QString path = parser.value(m_out);
    const QString format = parser.value(m_format);
    const auto kind = !format.isEmpty()
        ? (format == u"csv" ? CatalogueFile::Format::Csv : CatalogueFile::Format::Json)
        : (path.isEmpty() ? CatalogueFile::Format::Json : CatalogueFile::formatFor(path));
    const QByteArray bytes = CatalogueFile::write(*products, kind);
    if (path.isEmpty()) {
        out() << QString::fromUtf8(bytes);
        return ExitCode::Ok;
    }
    if (const Status s = AtomicFile::write(path, bytes); !s)
        return failure(s.error());
    return ExitCode::Ok;
}
