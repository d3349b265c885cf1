#include "DeadlinesCommand.h"

#include "CliSupport.h"
#include "core/Clock.h"
#include "export/ExportService.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

DeadlinesCommand::DeadlinesCommand()
    : DatabaseCommand(QStringLiteral("deadlines"))
    , m_format(QStringLiteral("format"),
          QCoreApplication::translate("DeadlinesCommand", "Output format: tsv (default), json or ics."),
          QCoreApplication::translate("DeadlinesCommand", "FORMAT"), QStringLiteral("tsv"))
    , m_now(QStringLiteral("now"),
          QCoreApplication::translate(
              "DeadlinesCommand", "Evaluate as of this instant (ISO 8601; default: the current time)."),
          QCoreApplication::translate("DeadlinesCommand", "ISO8601"))
    , m_case(QStringLiteral("case"),
          QCoreApplication::translate(
              "DeadlinesCommand", "Only this case (tracking id, or database number); repeatable."),
          QCoreApplication::translate("DeadlinesCommand", "CASE"))
{ }

QString DeadlinesCommand::summary() const
{
    return QCoreApplication::translate("DeadlinesCommand", "List the SLA deadlines of every open case");
}

QString DeadlinesCommand::description() const
{
    return QCoreApplication::translate("DeadlinesCommand",
        "Prints each deadline of each open case (or of the cases given with --case) under the "
        "case's policy and the team's calendar and time zone: case (tracking id or #id), clock, "
        "deadline (ISO 8601, UTC), state.");
}

void DeadlinesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_format, m_now, m_case});
}

QStringList DeadlinesCommand::formats()
{
    QStringList formats {QStringLiteral("tsv"), QStringLiteral("json")};
    if (ExportService::hasICalendar())
        formats.append(QStringLiteral("ics"));
    return formats;
}

std::optional<int> DeadlinesCommand::checkArguments(const QCommandLineParser &parser)
{
    if (const auto stop = refuseArguments(parser))
        return stop;
    if (!formats().contains(parser.value(m_format).trimmed().toLower()))
        return usageError(QCoreApplication::translate("DeadlinesCommand", "Unknown format “%1”; use %2.")
                .arg(parser.value(m_format).left(40), formats().join(QStringLiteral(", "))));
    if (parser.isSet(m_now) && !fixedNow(parser).isValid())
        return usageError(
            QCoreApplication::translate("DeadlinesCommand", "--now: “%1” is not an ISO 8601 date and time.")
                .arg(parser.value(m_now).left(80)));
    return std::nullopt;
}

QDateTime DeadlinesCommand::fixedNow(const QCommandLineParser &parser) const
{
    const QDateTime now = QDateTime::fromString(parser.value(m_now).trimmed(), Qt::ISODateWithMs);
    if (!now.isValid())
        return {};
    // A time without an offset is UTC here: there is no zone to read it in yet.
    return now.timeSpec() == Qt::LocalTime ? QDateTime(now.date(), now.time(), QTimeZone::UTC) : now.toUTC();
}

bool DeadlinesCommand::onlyReads(const QCommandLineParser &) const
{
    return true;
}

int DeadlinesCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    if (!parser.isSet(m_now))
        return listDeadlines(*db, parser);
    // The models read "now" from the one Clock; it goes back to the system clock afterwards,
    // so a command run in process leaves no fixed time behind.
    Clock::setFixed(fixedNow(parser));
    const int status = listDeadlines(*db, parser);
    Clock::setSource(nullptr);
    return status;
}

int DeadlinesCommand::listDeadlines(Database &db, const QCommandLineParser &parser)
{
    CaseStore store(db);
    const SlaTracker tracker(store, db);
    if (!tracker.errorString().isEmpty())
        return failure(tracker.errorString());
    const TimelineModel &model = *tracker.model();
    const auto rows = store.inboxRows();
    if (!rows)
        return failure(rows.error());
    QHash<qint64, QString> trackingIds;
    for (const InboxRow &row : *rows)
        trackingIds.insert(row.id, row.trackingId);
    QList<qint64> selected;
    const QStringList wanted = parser.values(m_case);
    for (const QString &value : wanted) {
        const auto id = CliSupport::resolveCase(store, value);
        if (!id)
            return failure(id.error());
        selected.append(*id);
    }

    const QString format = parser.value(m_format).trimmed().toLower();
    if (format == u"ics") {
        const auto ics = ExportService::deadlines(model, selected);
        if (!ics)
            return failure(ics.error());
        out() << QString::fromUtf8(*ics);
        return ExitCode::Ok;
    }
    QList<QModelIndex> cases;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex caseIndex = model.index(row, 0);
        if (selected.isEmpty() || selected.contains(caseIndex.data(TimelineModel::CaseIdRole).toLongLong()))
            cases.append(caseIndex);
    }
    std::sort(cases.begin(), cases.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.data(TimelineModel::CaseIdRole).toLongLong()
            < b.data(TimelineModel::CaseIdRole).toLongLong();
    });
    QJsonArray json;
    for (const QModelIndex &caseIndex : std::as_const(cases)) {
        const qint64 id = caseIndex.data(TimelineModel::CaseIdRole).toLongLong();
        const QString trackingId = trackingIds.value(id);
        const QString caseName = trackingId.isEmpty() ? u'#' + QString::number(id) : trackingId;
        for (int m = 0; m < model.rowCount(caseIndex); ++m) {
            const QModelIndex milestone = model.index(m, 0, caseIndex);
            const QDateTime deadline = milestone.data(TimelineModel::DeadlineRole).toDateTime();
            if (!deadline.isValid())
                continue;
            const QString clock = milestone.data(TimelineModel::MilestoneIdRole).toString();
            const QString deadlineText = deadline.toUTC().toString(Qt::ISODateWithMs);
            const QString state
                = ClockStates::id(ClockState(milestone.data(TimelineModel::StateRole).toInt()));
            if (format == u"json") {
                json.append(
                    QJsonObject {{QStringLiteral("caseId"), id}, {QStringLiteral("trackingId"), trackingId},
                        {QStringLiteral("policy"), model.engineFor(*model.caseEntry(id)).policy().id()},
                        {QStringLiteral("clock"), clock}, {QStringLiteral("deadline"), deadlineText},
                        {QStringLiteral("state"), state}});
            } else {
                out() << caseName << '\t' << clock << '\t' << deadlineText << '\t' << state << '\n';
            }
        }
    }
    if (format == u"json")
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return ExitCode::Ok;
}
