#include "ListCommand.h"

#include "CliSupport.h"
#include "storage/CaseStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

QString validStatusList()
{
    QStringList ids;
    for (CaseStatus s : CaseStatuses::all())
        ids.append(CaseStatuses::id(s));
    ids.append(QStringLiteral("open"));
    return ids.join(QStringLiteral(", "));
}

// "--status triage,confirmed" or a repeated --status; "open" names every open status.
std::optional<QSet<CaseStatus>> parseStatuses(const QStringList &values, QString *bad)
{
    QSet<CaseStatus> statuses;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            CaseStatus status;
            if (name.compare(u"open", Qt::CaseInsensitive) == 0) {
                for (CaseStatus s : CaseStatuses::all()) {
                    if (CaseStatuses::isOpen(s))
                        statuses.insert(s);
                }
            } else if (CaseStatuses::fromId(name, &status)) {
                statuses.insert(status);
            } else {
                *bad = name;
                return std::nullopt;
            }
        }
    }
    return statuses;
}

QJsonObject rowJson(const InboxRow &r)
{
    using CliSupport::isoUtc;
    return QJsonObject {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("tracking_id"), r.trackingId},
        {QStringLiteral("received"), isoUtc(r.receivedAtMs)},
        {QStringLiteral("status"), CaseStatuses::id(r.status)},
        {QStringLiteral("severity"), r.severity},
        {QStringLiteral("cvss_score"), r.cvssScore < 0 ? QJsonValue() : QJsonValue(r.cvssScore)},
        {QStringLiteral("owner"), r.owner},
        {QStringLiteral("product"), r.product},
        {QStringLiteral("title"), r.title},
    };
}

} // namespace

ListCommand::ListCommand()
    : DatabaseCommand(QStringLiteral("list"))
    , m_status(QStringList {QStringLiteral("s"), QStringLiteral("status")},
          QCoreApplication::translate("CaseCommands",
              "Only cases in this status; a comma-separated list or repeated option. Valid: %1.")
              .arg(validStatusList()),
          QCoreApplication::translate("CaseCommands", "status"))
    , m_search(QStringLiteral("search"),
          QCoreApplication::translate(
              "CaseCommands", "Only cases whose title, description or steps contain all these words."),
          QCoreApplication::translate("CaseCommands", "text"))
    , m_owner(QStringLiteral("owner"),
          QCoreApplication::translate(
              "CaseCommands", "Only cases whose owner contains this text (any case)."),
          QCoreApplication::translate("CaseCommands", "name"))
    , m_unassigned(QStringLiteral("unassigned"),
          QCoreApplication::translate("CaseCommands", "Only cases without an owner."))
    , m_product(QStringLiteral("product"),
          QCoreApplication::translate(
              "CaseCommands", "Only cases whose product contains this text (any case)."),
          QCoreApplication::translate("CaseCommands", "name"))
    , m_format(CliSupport::formatOption(QStringLiteral("tsv, json"), QStringLiteral("tsv")))
{ }

QString ListCommand::summary() const
{
    return QCoreApplication::translate("CaseCommands", "List cases, with filters; TSV or JSON.");
}

QString ListCommand::description() const
{
    return QCoreApplication::translate("CaseCommands", "Lists cases, oldest first, optionally filtered.");
}

void ListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_status, m_search, m_owner, m_unassigned, m_product, m_format});
}

std::optional<int> ListCommand::checkArguments(const QCommandLineParser &parser)
{
    if (const auto stop = refuseArguments(parser))
        return stop;
    const QString fmt = parser.value(m_format);
    if (fmt != u"tsv" && fmt != u"json")
        return usageError(QCoreApplication::translate("CaseCommands", "Unknown format “%1”; use tsv or json.")
                .arg(fmt.left(40)));
    QString bad;
    if (!parseStatuses(parser.values(m_status), &bad))
        return usageError(
            QCoreApplication::translate("CaseCommands", "Unknown status “%1”. Valid statuses: %2.")
                .arg(bad.left(100), validStatusList()));
    return std::nullopt;
}

bool ListCommand::onlyReads(const QCommandLineParser &) const
{
    return true;
}

int ListCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    QString bad;
    const QSet<CaseStatus> statuses
        = parseStatuses(parser.values(m_status), &bad).value_or(QSet<CaseStatus>());
    CaseStore store(*db);
    std::optional<QSet<qint64>> matches;
    if (parser.isSet(m_search)) {
        const auto found = store.search(parser.value(m_search));
        if (!found)
            return failure(found.error());
        matches = QSet<qint64>(found->cbegin(), found->cend());
    }
    const auto rows = store.inboxRows();
    if (!rows)
        return failure(rows.error());

    const QString ownerText = parser.value(m_owner);
    const QString productText = parser.value(m_product);
    const bool unassigned = parser.isSet(m_unassigned);
    const bool byOwner = parser.isSet(m_owner);
    const bool byProduct = parser.isSet(m_product);
    const auto wanted = [&](const InboxRow &r) {
        return (statuses.isEmpty() || statuses.contains(r.status)) && (!matches || matches->contains(r.id))
            && (!unassigned || r.owner.isEmpty())
            && (!byOwner || r.owner.contains(ownerText, Qt::CaseInsensitive))
            && (!byProduct || r.product.contains(productText, Qt::CaseInsensitive));
    };

    if (parser.value(m_format) == u"json") {
        QJsonArray array;
        for (const InboxRow &r : *rows) {
            if (wanted(r))
                array.append(rowJson(r));
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    using CliSupport::tsvField;
    out() << "tracking_id\treceived\tstatus\tseverity\tcvss_score\towner\tproduct\ttitle\n";
    for (const InboxRow &r : *rows) {
        if (!wanted(r))
            continue;
        out() << tsvField(r.trackingId) << '\t' << CliSupport::isoUtc(r.receivedAtMs) << '\t'
              << CaseStatuses::id(r.status) << '\t' << tsvField(r.severity) << '\t'
              << CliSupport::scoreText(r.cvssScore) << '\t' << tsvField(r.owner) << '\t'
              << tsvField(r.product) << '\t' << tsvField(r.title) << '\n';
    }
    return ExitCode::Ok;
}
