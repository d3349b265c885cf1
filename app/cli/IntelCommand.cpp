#include "IntelCommand.h"

#include "CliSupport.h"
#include "advisory/AdvisoryStore.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "intel/IntelStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("IntelCommand", text, disambiguation, n);
}

} // namespace

IntelCommand::IntelCommand(Mode mode)
    : DatabaseCommand(mode == Mode::Feeds ? QStringLiteral("feeds")
              : mode == Mode::Upstream    ? QStringLiteral("upstream")
                                          : QStringLiteral("exploited"))
    , m_mode(mode)
    , m_all(QStringLiteral("all"), tr("list: decided alerts too, not only open ones."))
    , m_note(QStringLiteral("note"), tr("dismiss: why, in the team's words."), tr("TEXT"))
    , m_format(QStringList {QStringLiteral("f"), QStringLiteral("format")}, tr("tsv (default) or json."),
          tr("FORMAT"), QStringLiteral("tsv"))
    , m_source(QStringLiteral("source"),
          tr("Mark the case actively exploited: where that was reported (a URL, a report, a "
             "customer's words)."),
          tr("TEXT"))
    , m_since(QStringLiteral("since"),
          tr("With --source: since when the team knows (ISO 8601 date or instant; default now)."), tr("DATE"))
    , m_clear(QStringLiteral("clear"), tr("The case is not known to be exploited (after all)."))
{ }

QString IntelCommand::summary() const
{
    switch (m_mode) {
    case Mode::Feeds:
        return tr("Import the KEV catalog, EPSS scores and OSV or CVE records");
    case Mode::Upstream:
        return tr("Upstream alerts: published vulnerabilities in the team's SBOMs");
    case Mode::Exploited:
        break;
    }
    return tr("Show or mark a case as actively exploited (expedites its bulletin)");
}

QString IntelCommand::description() const
{
    if (m_mode == Mode::Feeds)
        return tr("feeds import kev FILE        CISA known_exploited_vulnerabilities.json\n"
                  "feeds import epss FILE       FIRST epss_scores-YYYY-MM-DD.csv(.gz)\n"
                  "feeds import records FILE    OSV or CVE List (JSON 5) records: a .json file or a .zip\n"
                  "feeds status                 what each feed is as of\n"
                  "Nothing is downloaded: fetch the files where the network is, carry them in.\n"
                  "Each import replaces what the feed said before; records are then matched against\n"
                  "the SBOMs (upstream list).");
    if (m_mode == Mode::Exploited)
        return tr("exploited CASE                               since when and by what source, or \"no\"\n"
                  "exploited CASE --source TEXT [--since DATE]  mark it (audited; starts the expedited\n"
                  "                                             bulletin clock of policies that have one)\n"
                  "exploited CASE --clear                       remove the mark\n"
                  "A KEV import marks cases whose advisory names a newly listed CVE by itself.");
    return tr("upstream list [--all]                   open alerts (KEV first, then by EPSS)\n"
              "upstream case ID                        open a prefilled case from an alert\n"
              "upstream dismiss ID JUSTIFICATION [--note TEXT]\n"
              "    JUSTIFICATION: component_not_present, vulnerable_code_not_present,\n"
              "    vulnerable_code_not_in_execute_path, vulnerable_code_cannot_be_controlled_by_adversary,\n"
              "    inline_mitigations_already_exist");
}

QString IntelCommand::positionalSyntax() const
{
    return m_mode == Mode::Exploited ? QStringLiteral("CASE") : QStringLiteral("ACTION [ARGUMENTS...]");
}

void IntelCommand::addOptions(QCommandLineParser &parser)
{
    if (m_mode == Mode::Upstream)
        parser.addOptions({m_all, m_note, m_format});
    else if (m_mode == Mode::Exploited)
        parser.addOptions({m_source, m_since, m_clear});
}

std::optional<int> IntelCommand::checkArguments(const QCommandLineParser &parser)
{
    const QStringList a = parser.positionalArguments();
    const QString action = a.value(0);
    if (m_mode == Mode::Exploited) {
        if (a.size() != 1)
            return usageError(tr("Name one case (number or tracking id)."));
        if (parser.isSet(m_clear) && parser.isSet(m_source))
            return usageError(tr("Either --source or --clear, not both."));
        if (parser.isSet(m_since) && !parser.isSet(m_source))
            return usageError(tr("--since goes with --source."));
        if (parser.isSet(m_source) && parser.value(m_source).trimmed().isEmpty())
            return usageError(tr("Say where the exploitation was reported (--source)."));
        return std::nullopt;
    }
    if (m_mode == Mode::Feeds) {
        const bool ok = (action == u"status" && a.size() == 1)
            || (action == u"import" && a.size() == 3
                && (a.at(1) == u"kev" || a.at(1) == u"epss" || a.at(1) == u"records"));
        if (!ok)
            return usageError(tr("Say what to do: import kev|epss|records FILE, or status."));
        return std::nullopt;
    }
    const QString format = parser.value(m_format);
    if (format != u"tsv" && format != u"json")
        return usageError(tr("Unknown format “%1”.").arg(format));
    bool number = false;
    a.value(1).toLongLong(&number);
    NotAffectedJustification why;
    const bool ok = (action == u"list" && a.size() == 1) || (action == u"case" && a.size() == 2 && number)
        || (action == u"dismiss" && a.size() == 3 && number && Justifications::fromId(a.at(2), &why));
    if (!ok)
        return usageError(tr("Say what to do: list, case ID, or dismiss ID JUSTIFICATION."));
    return std::nullopt;
}

bool IntelCommand::onlyReads(const QCommandLineParser &parser) const
{
    if (m_mode == Mode::Exploited)
        return !parser.isSet(m_source) && !parser.isSet(m_clear);
    const QString action = parser.positionalArguments().value(0);
    return action == u"status" || action == u"list";
}

int IntelCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    switch (m_mode) {
    case Mode::Feeds:
        return feeds(*db, parser);
    case Mode::Upstream:
        return upstream(*db, parser);
    case Mode::Exploited:
        break;
    }
    return exploited(*db, parser);
}

int IntelCommand::exploited(Database &db, const QCommandLineParser &parser)
{
    CaseStore cases(db);
    const auto id = CliSupport::resolveCase(cases, parser.positionalArguments().first());
    if (!id)
        return failure(id.error());
    if (parser.isSet(m_clear)) {
        if (const Status s = cases.setFields(
                *id, {{CaseField::ExploitedAt, QDateTime()}, {CaseField::ExploitedSource, QString()}});
            !s)
            return failure(s.error());
    } else if (parser.isSet(m_source)) {
        QDateTime since = Clock::nowUtc();
        if (parser.isSet(m_since)) {
            const QString text = parser.value(m_since).trimmed();
            since = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!since.isValid()) {
                const QDate day = QDate::fromString(text, Qt::ISODate);
                since = day.isValid() ? QDateTime(day, QTime(0, 0), QTimeZone::UTC) : QDateTime();
            }
            if (!since.isValid())
                return usageError(tr("“%1” is not an ISO 8601 date or instant.").arg(text.left(40)));
        }
        if (const Status s = cases.setFields(*id,
                {{CaseField::ExploitedAt, since.toUTC()},
                    {CaseField::ExploitedSource, parser.value(m_source).trimmed()}});
            !s)
            return failure(s.error());
    }
    const auto c = cases.caseById(*id);
    if (!c)
        return failure(c.error());
    if (!c->exploitedAt.isValid())
        out() << tr("no") << '\n';
    else
        out() << CliSupport::isoUtc(c->exploitedAt) << '\t' << CliSupport::tsvField(c->exploitedSource)
              << '\n';
    return ExitCode::Ok;
}

int IntelCommand::feeds(Database &db, const QCommandLineParser &parser)
{
    const QStringList a = parser.positionalArguments();
    CaseStore cases(db);
    IntelStore store(cases);
    using CliSupport::tsvField;
    if (a.first() == u"status") {
        const auto feeds = store.feeds();
        if (!feeds)
            return failure(feeds.error());
        for (const FeedStatus &f : *feeds)
            out() << f.feed << '\t' << tsvField(f.version) << '\t' << f.dataDate << '\t' << f.records << '\t'
                  << CliSupport::isoUtc(f.importedAt) << '\t' << tsvField(f.importedBy) << '\n';
        return ExitCode::Ok;
    }
    const QString kind = a.at(1);
    const auto imported = kind == u"kev" ? store.importKev(a.at(2))
        : kind == u"epss"                ? store.importEpss(a.at(2))
                                         : store.importRecords(a.at(2));
    if (!imported)
        return failure(imported.error());
    for (const QString &w : imported->warnings)
        err() << tsvField(w) << '\n';
    out() << tr("%1: %n record(s) imported", nullptr, imported->records).arg(imported->feed);
    if (imported->skipped > 0)
        out() << ", " << tr("%n skipped", nullptr, imported->skipped);
    if (imported->newAlerts > 0)
        out() << ", " << tr("%n new upstream alert(s)", nullptr, imported->newAlerts);
    if (!imported->exploitedCases.isEmpty())
        out() << ", "
              << tr("%n case(s) marked actively exploited", nullptr, int(imported->exploitedCases.size()));
    out() << '\n';
    return imported->skipped > 0 ? ExitCode::Problems : ExitCode::Ok;
}

int IntelCommand::upstream(Database &db, const QCommandLineParser &parser)
{
    const QStringList a = parser.positionalArguments();
    CaseStore cases(db);
    IntelStore store(cases);
    if (a.first() == u"case") {
        AdvisoryStore advisories(cases);
        const qint64 alertId = a.at(1).toLongLong();
        const auto alert = store.alert(alertId);
        if (!alert)
            return failure(alert.error());
        const auto id = store.openCase(alertId, cases, advisories);
        if (!id)
            return failure(id.error());
        // The record's vector as the case's primary score, through the one audited path.
        if (!alert->cvssVector.isEmpty()) {
            CaseEditor editor(cases);
            editor.applyVector(*id, alert->cvssVector, true);
        }
        const auto c = cases.caseById(*id);
        // A tracking id is issued on acknowledgement; until then the case is its number.
        out() << (c && !c->trackingId.isEmpty() ? c->trackingId : u'#' + QString::number(*id)) << '\n';
        return ExitCode::Ok;
    }
    if (a.first() == u"dismiss") {
        NotAffectedJustification why = NotAffectedJustification::None;
        Justifications::fromId(a.at(2), &why);
        if (const Status s = store.dismiss(a.at(1).toLongLong(), why, parser.value(m_note)); !s)
            return failure(s.error());
        return ExitCode::Ok;
    }
    const auto alerts = store.alerts(!parser.isSet(m_all));
    if (!alerts)
        return failure(alerts.error());
    using CliSupport::tsvField;
    if (parser.value(m_format) == u"json") {
        QJsonArray array;
        for (const UpstreamAlert &x : *alerts) {
            QJsonObject o {{QStringLiteral("id"), x.id}, {QStringLiteral("record"), x.recordId},
                {QStringLiteral("cve"), x.cve}, {QStringLiteral("title"), x.title},
                {QStringLiteral("component"), x.component},
                {QStringLiteral("releases"), QJsonArray::fromStringList(x.releases)},
                {QStringLiteral("state"), UpstreamAlert::stateId(x.state)},
                {QStringLiteral("kev"), x.intel.onKev}, {QStringLiteral("cvss"), x.cvssVector}};
            if (x.intel.hasEpss)
                o.insert(QStringLiteral("epss"), x.intel.epss);
            if (x.caseId > 0)
                o.insert(QStringLiteral("case"), x.caseId);
            if (x.justification != NotAffectedJustification::None)
                o.insert(QStringLiteral("justification"), Justifications::id(x.justification));
            array.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    for (const UpstreamAlert &x : *alerts) {
        out() << x.id << '\t' << tsvField(x.cve.isEmpty() ? x.recordId : x.cve) << '\t'
              << tsvField(x.component) << '\t' << tsvField(x.releases.join(QStringLiteral(", "))) << '\t'
              << UpstreamAlert::stateId(x.state) << '\t'
              << (x.intel.onKev ? QStringLiteral("KEV") : QString()) << '\t'
              << (x.intel.hasEpss ? QString::number(x.intel.epss, 'f', 3) : QString()) << '\t'
              << tsvField(x.title) << '\n';
    }
    return ExitCode::Ok;
}
