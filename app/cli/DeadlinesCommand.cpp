#include "DeadlinesCommand.h"

#include "core/Clock.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#if PSIRTDESK_HAVE_ICALENDAR
#include "sla/DeadlineICalendar.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

CliCommand deadlinesCommand()
{
    CliCommand command;
    command.name = QStringLiteral("deadlines");
    command.summary
        = QCoreApplication::translate("DeadlinesCommand", "List the SLA deadlines of every open case");
    command.run = [](const QStringList &arguments, QTextStream &out, QTextStream &err) -> int {
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate("DeadlinesCommand",
            "Prints each deadline of each open case (or of the cases given with --case) under the "
            "case's policy and the team's calendar and time zone: case (tracking id or #id), clock, "
            "deadline (ISO 8601, UTC), state."));
        parser.addHelpOption();
        const QCommandLineOption databaseOption(QStringLiteral("database"),
            QCoreApplication::translate("DeadlinesCommand", "The case database (file or postgresql:// URL)."),
            QCoreApplication::translate("DeadlinesCommand", "LOCATION"));
        const QCommandLineOption formatOption(QStringLiteral("format"),
            QCoreApplication::translate("DeadlinesCommand", "Output format: tsv (default), json or ics."),
            QCoreApplication::translate("DeadlinesCommand", "FORMAT"), QStringLiteral("tsv"));
        const QCommandLineOption nowOption(QStringLiteral("now"),
            QCoreApplication::translate(
                "DeadlinesCommand", "Evaluate as of this instant (ISO 8601; default: the current time)."),
            QCoreApplication::translate("DeadlinesCommand", "ISO8601"));
        const QCommandLineOption caseOption(QStringLiteral("case"),
            QCoreApplication::translate(
                "DeadlinesCommand", "Only this case (tracking id, or database number); repeatable."),
            QCoreApplication::translate("DeadlinesCommand", "CASE"));
        parser.addOptions({databaseOption, formatOption, nowOption, caseOption});
        if (!parser.parse(arguments)) {
            err << parser.errorText() << '\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            const QString help = parser.helpText();
            out << QCoreApplication::translate("DeadlinesCommand", "Usage: %1 [options]")
                       .arg(arguments.value(0))
                << help.mid(help.indexOf(u'\n'));
            return 0;
        }
        if (!parser.positionalArguments().isEmpty()) {
            err << QCoreApplication::translate("DeadlinesCommand", "Unexpected argument “%1”.")
                       .arg(parser.positionalArguments().constFirst().left(80))
                << '\n';
            return 2;
        }
        if (!parser.isSet(databaseOption)) {
            err << QCoreApplication::translate("DeadlinesCommand", "Missing --database.") << '\n';
            return 2;
        }
        const QString format = parser.value(formatOption).trimmed().toLower();
        QStringList formats {QStringLiteral("tsv"), QStringLiteral("json")};
#if PSIRTDESK_HAVE_ICALENDAR
        formats.append(QStringLiteral("ics"));
#endif
        if (!formats.contains(format)) {
            err << QCoreApplication::translate("DeadlinesCommand", "Unknown format “%1”; use %2.")
                       .arg(parser.value(formatOption).left(40), formats.join(QStringLiteral(", ")))
                << '\n';
            return 2;
        }
        if (parser.isSet(nowOption)) {
            const QDateTime now = QDateTime::fromString(parser.value(nowOption).trimmed(), Qt::ISODateWithMs);
            if (!now.isValid()) {
                err << QCoreApplication::translate(
                    "DeadlinesCommand", "--now: “%1” is not an ISO 8601 date and time.")
                           .arg(parser.value(nowOption).left(80))
                    << '\n';
                return 2;
            }
            // A time without an offset is UTC here: there is no zone to read it in yet.
            Clock::setFixed(now.timeSpec() == Qt::LocalTime
                    ? QDateTime(now.date(), now.time(), QTimeZone::UTC)
                    : now.toUTC());
        }

        Database db;
        if (const Status s = db.open(parser.value(databaseOption)); !s) {
            err << s.error() << '\n';
            return 1;
        }
        CaseStore store(db);
        const SlaTracker tracker(store, db);
        if (!tracker.errorString().isEmpty()) {
            err << tracker.errorString() << '\n';
            return 1;
        }
        const TimelineModel &model = *tracker.model();
        const auto rows = store.inboxRows();
        if (!rows) {
            err << rows.error() << '\n';
            return 1;
        }
        QHash<qint64, QString> trackingIds;
        QHash<QString, qint64> byTrackingId;
        for (const InboxRow &row : *rows) {
            trackingIds.insert(row.id, row.trackingId);
            if (!row.trackingId.isEmpty())
                byTrackingId.insert(row.trackingId.toUpper(), row.id);
        }
        QList<qint64> selected;
        const QStringList wanted = parser.values(caseOption);
        for (const QString &value : wanted) {
            const QString text = value.trimmed();
            bool isNumber = false;
            const qint64 number = (text.startsWith(u'#') ? text.mid(1) : text).toLongLong(&isNumber);
            const qint64 id = byTrackingId.value(text.toUpper(), isNumber ? number : 0);
            if (id <= 0 || !trackingIds.contains(id)) {
                err << QCoreApplication::translate("DeadlinesCommand", "No case “%1” in this database.")
                           .arg(text.left(80))
                    << '\n';
                return 1;
            }
            selected.append(id);
        }

#if PSIRTDESK_HAVE_ICALENDAR
        if (format == u"ics") {
            out << DeadlineICalendar::write(model, selected, DeadlineICalendar::Options {});
            return 0;
        }
#endif
        QList<QModelIndex> cases;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex caseIndex = model.index(row, 0);
            if (selected.isEmpty()
                || selected.contains(caseIndex.data(TimelineModel::CaseIdRole).toLongLong()))
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
                    json.append(QJsonObject {{QStringLiteral("caseId"), id},
                        {QStringLiteral("trackingId"), trackingId},
                        {QStringLiteral("policy"), model.engineFor(*model.caseEntry(id)).policy().id()},
                        {QStringLiteral("clock"), clock}, {QStringLiteral("deadline"), deadlineText},
                        {QStringLiteral("state"), state}});
                } else {
                    out << caseName << '\t' << clock << '\t' << deadlineText << '\t' << state << '\n';
                }
            }
        }
        if (format == u"json")
            out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    };
    return command;
}
