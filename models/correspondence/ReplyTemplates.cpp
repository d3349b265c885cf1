#include "ReplyTemplates.h"

#include "core/CaseStatus.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

struct TemplateInfo
{
    const char *id;
    const char *name;
    const char *subject;
    const char *body;
};

// The default texts are source strings of the "ReplyTemplates" context: a team's language
// gets translated defaults, and an edited text is stored as the team wrote it.
constexpr std::array kTemplates {
    TemplateInfo {"acknowledgement", QT_TRANSLATE_NOOP("ReplyTemplates", "Acknowledgement"),
        QT_TRANSLATE_NOOP("ReplyTemplates", "Re: PSIRT Case {tracking_id}"),
        QT_TRANSLATE_NOOP("ReplyTemplates",
            "Dear {reporter_name},\n\n"
            "thank you for your report about {product} {version}, received on {received_date}. "
            "We have opened case {tracking_id} for it; please quote this tracking id in every "
            "message about it.\n\n"
            "What happens next:\n{deadlines}\n\n"
            "We will keep you informed of our progress. Please keep the details confidential "
            "until a fix is available or the disclosure date we agree on.\n\n"
            "Kind regards,\n{team_name}")},
    TemplateInfo {"request-info", QT_TRANSLATE_NOOP("ReplyTemplates", "Request for more information"),
        QT_TRANSLATE_NOOP("ReplyTemplates", "Re: PSIRT Case {tracking_id}: more information needed"),
        QT_TRANSLATE_NOOP("ReplyTemplates",
            "Dear {reporter_name},\n\n"
            "to reproduce case {tracking_id} ({product} {version}) we need more information:\n\n"
            "- \n\n"
            "Our deadlines are paused until we hear from you.\n\n"
            "Kind regards,\n{team_name}")},
    TemplateInfo {"initial-assessment", QT_TRANSLATE_NOOP("ReplyTemplates", "Initial assessment"),
        QT_TRANSLATE_NOOP("ReplyTemplates", "Re: PSIRT Case {tracking_id}: initial assessment"),
        QT_TRANSLATE_NOOP("ReplyTemplates",
            "Dear {reporter_name},\n\n"
            "we have assessed case {tracking_id}. We rate it {severity} (CVSS {cvss_score}, "
            "{cvss_vector}).\n\n"
            "Next steps:\n{deadlines}\n\n"
            "Kind regards,\n{team_name}")},
    TemplateInfo {"status-update", QT_TRANSLATE_NOOP("ReplyTemplates", "Status update"),
        QT_TRANSLATE_NOOP("ReplyTemplates", "Re: PSIRT Case {tracking_id}: status update"),
        QT_TRANSLATE_NOOP("ReplyTemplates",
            "Dear {reporter_name},\n\n"
            "an update on case {tracking_id}: it is now in status “{status}”.\n\n"
            "Upcoming:\n{deadlines}\n\n"
            "Kind regards,\n{team_name}")},
    TemplateInfo {"fix-released", QT_TRANSLATE_NOOP("ReplyTemplates", "Fix released"),
        QT_TRANSLATE_NOOP("ReplyTemplates", "Re: PSIRT Case {tracking_id}: fix released"),
        QT_TRANSLATE_NOOP("ReplyTemplates",
            "Dear {reporter_name},\n\n"
            "the fix for case {tracking_id} in {product} has been released. "
            "The planned disclosure date is {embargo_date}.\n\n"
            "Thank you for working with us.\n\n"
            "Kind regards,\n{team_name}")},
    TemplateInfo {"advisory-published", QT_TRANSLATE_NOOP("ReplyTemplates", "Advisory published"),
        QT_TRANSLATE_NOOP("ReplyTemplates", "Re: PSIRT Case {tracking_id}: advisory published"),
        QT_TRANSLATE_NOOP("ReplyTemplates",
            "Dear {reporter_name},\n\n"
            "we have published the advisory for case {tracking_id}. You are free to publish "
            "your findings now.\n\n"
            "Thank you again for your report.\n\n"
            "Kind regards,\n{team_name}")},
};

const TemplateInfo *info(const QString &id)
{
    for (const TemplateInfo &t : kTemplates) {
        if (id == QLatin1StringView(t.id))
            return &t;
    }
    return nullptr;
}

// "2026-11-30 17:00 CET (2026-11-30 16:00 UTC)", as the timeline and the case header show
// instants: the reporter may live in another zone than the team.
QString instant(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return QCoreApplication::translate("ReplyTemplates", "not set");
    const QDateTime local = utc.toTimeZone(zone);
    const QString utcText = utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (zone == QTimeZone(QTimeZone::UTC))
        return utcText;
    return QStringLiteral("%1 %2 (%3)")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zone.abbreviation(local), utcText);
}

QString placeholderValue(const QString &name, const ReplyContext &ctx)
{
    const Case &c = ctx.c;
    if (name == u"tracking_id")
        return c.trackingId.isEmpty()
            ? QCoreApplication::translate("ReplyTemplates", "(issued when the acknowledgement is sent)")
            : c.trackingId;
    if (name == u"title")
        return c.title;
    if (name == u"product")
        return c.product;
    if (name == u"version")
        return c.productVersion;
    if (name == u"reporter_name")
        return c.reporterName.isEmpty() ? QCoreApplication::translate("ReplyTemplates", "researcher")
                                        : c.reporterName;
    if (name == u"received_date")
        return c.receivedAt.toTimeZone(ctx.zone).date().toString(Qt::ISODate);
    if (name == u"status")
        return CaseStatuses::displayName(c.status);
    if (name == u"severity")
        return c.severity.isEmpty() ? QCoreApplication::translate("ReplyTemplates", "not yet scored")
                                    : c.severity;
    if (name == u"cvss_score")
        return c.cvssScore ? QString::number(*c.cvssScore, 'f', 1) : QStringLiteral("–");
    if (name == u"cvss_vector")
        return c.cvssVector.isEmpty() ? QStringLiteral("–") : c.cvssVector;
    if (name == u"embargo_date") {
        for (const ReplyDeadline &d : ctx.deadlines) {
            if (d.id == u"embargo")
                return instant(d.at, ctx.zone);
        }
        return instant(c.embargoAt, ctx.zone);
    }
    if (name == u"deadlines") {
        if (ctx.deadlines.isEmpty())
            return QCoreApplication::translate("ReplyTemplates", "- no open deadlines");
        QStringList lines;
        for (const ReplyDeadline &d : ctx.deadlines)
            lines.append(QStringLiteral("- %1: %2").arg(d.name, instant(d.at, ctx.zone)));
        return lines.join(u'\n');
    }
    if (name == u"team_name")
        return ctx.teamName;
    return {};
}

} // namespace

ReplyTemplates::ReplyTemplates(Database &db)
    : m_db(db)
{ }

QStringList ReplyTemplates::ids()
{
    QStringList list;
    for (const TemplateInfo &t : kTemplates)
        list.append(QString::fromLatin1(t.id));
    return list;
}

QString ReplyTemplates::displayName(const QString &id)
{
    const TemplateInfo *t = info(id);
    return t ? QCoreApplication::translate("ReplyTemplates", t->name) : id;
}

ReplyTemplate ReplyTemplates::defaultTemplate(const QString &id)
{
    const TemplateInfo *t = info(id);
    if (!t)
        return {};
    return ReplyTemplate {id, QCoreApplication::translate("ReplyTemplates", t->subject),
        QCoreApplication::translate("ReplyTemplates", t->body)};
}

QList<QPair<QString, QString>> ReplyTemplates::placeholders()
{
    const auto p = [](const char *name, const char *description) {
        return qMakePair(
            QString::fromLatin1(name), QCoreApplication::translate("ReplyTemplates", description));
    };
    return {
        p("tracking_id", QT_TRANSLATE_NOOP("ReplyTemplates", "the case's tracking id")),
        p("title", QT_TRANSLATE_NOOP("ReplyTemplates", "the case title")),
        p("product", QT_TRANSLATE_NOOP("ReplyTemplates", "the product model")),
        p("version", QT_TRANSLATE_NOOP("ReplyTemplates", "the software version")),
        p("reporter_name", QT_TRANSLATE_NOOP("ReplyTemplates", "the reporter's name")),
        p("received_date", QT_TRANSLATE_NOOP("ReplyTemplates", "the day the report arrived")),
        p("status", QT_TRANSLATE_NOOP("ReplyTemplates", "the case's status")),
        p("severity", QT_TRANSLATE_NOOP("ReplyTemplates", "the severity of the primary score")),
        p("cvss_score", QT_TRANSLATE_NOOP("ReplyTemplates", "the primary CVSS score")),
        p("cvss_vector", QT_TRANSLATE_NOOP("ReplyTemplates", "the primary CVSS vector")),
        p("deadlines", QT_TRANSLATE_NOOP("ReplyTemplates", "the open deadlines, one per line")),
        p("embargo_date", QT_TRANSLATE_NOOP("ReplyTemplates", "the planned disclosure date")),
        p("team_name", QT_TRANSLATE_NOOP("ReplyTemplates", "the team's name")),
    };
}

Result<ReplyTemplate> ReplyTemplates::get(const QString &id) const
{
    if (!info(id))
        return Result<ReplyTemplate>::failure(
            QCoreApplication::translate("ReplyTemplates", "No reply template “%1”; known: %2.")
                .arg(id.left(40), ids().join(QStringLiteral(", "))));
    ReplyTemplate t = defaultTemplate(id);
    const TeamSettings settings(m_db);
    if (settings.isStored(TeamSettings::Key::ReplyTemplateSubject, id))
        t.subject = settings.value(TeamSettings::Key::ReplyTemplateSubject, id);
    if (settings.isStored(TeamSettings::Key::ReplyTemplateBody, id))
        t.body = settings.value(TeamSettings::Key::ReplyTemplateBody, id);
    return t;
}

Status ReplyTemplates::save(const ReplyTemplate &t)
{
    if (!info(t.id))
        return Status::failure(
            QCoreApplication::translate("ReplyTemplates", "No reply template “%1”.").arg(t.id.left(40)));
    TeamSettings settings(m_db);
    return m_db.transaction([&]() -> Status {
        if (const Status s = settings.set(TeamSettings::Key::ReplyTemplateSubject, t.subject, t.id); !s)
            return s;
        return settings.set(TeamSettings::Key::ReplyTemplateBody, t.body, t.id);
    });
}

Status ReplyTemplates::reset(const QString &id)
{
    return save(defaultTemplate(id));
}

bool ReplyTemplates::isEdited(const QString &id) const
{
    const auto t = get(id);
    return t && *t != defaultTemplate(id);
}

ReplyContext ReplyTemplates::sampleContext(const QString &teamName)
{
    ReplyContext ctx;
    ctx.c.id = 7;
    ctx.c.trackingId = QStringLiteral("PSIRT-2026-0042");
    ctx.c.title = QCoreApplication::translate("ReplyTemplates", "Heap overflow in the web interface");
    ctx.c.product = QStringLiteral("SMx");
    ctx.c.productVersion = QStringLiteral("25.1");
    ctx.c.reporterName = QStringLiteral("Ada Researcher");
    ctx.c.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::UTC);
    ctx.c.status = CaseStatus::Triage;
    ctx.c.severity = QStringLiteral("High");
    ctx.c.cvssScore = 8.1;
    ctx.c.cvssVector = QStringLiteral("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H");
    ctx.deadlines = {
        {QStringLiteral("assess"), QCoreApplication::translate("ReplyTemplates", "Initial assessment"),
            QDateTime(QDate(2026, 11, 23), QTime(23, 59), QTimeZone::UTC)},
        {QStringLiteral("embargo"), QCoreApplication::translate("ReplyTemplates", "Embargo ends"),
            QDateTime(QDate(2027, 1, 31), QTime(23, 59), QTimeZone::UTC)},
    };
    ctx.teamName = teamName;
    return ctx;
}

QString ReplyTemplates::fill(const QString &text, const ReplyContext &context)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]{1,30})\\}"));
    const auto names = placeholders();
    QString out;
    out.reserve(text.size() * 2);
    qsizetype from = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const QString name = m.captured(1);
        const bool known = std::any_of(
            names.cbegin(), names.cend(), [&](const QPair<QString, QString> &p) { return p.first == name; });
        out += known ? placeholderValue(name, context) : m.captured(0);
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QString ReplyTemplates::fillSubject(const QString &subject, const ReplyContext &context)
{
    // One line: a line break in a header would start a new header.
    QString filled = fill(subject, context).simplified();
    const QString marker = QStringLiteral("PSIRT Case %1").arg(context.c.trackingId);
    if (!context.c.trackingId.isEmpty() && !filled.contains(marker))
        filled = marker + QStringLiteral(": ") + filled;
    return filled.left(300);
}

std::optional<CaseStatus> ReplyTemplates::statusAfterSending(const QString &id, const Case &c)
{
    CaseStatus to;
    if (id == u"acknowledgement" && c.status == CaseStatus::New)
        to = CaseStatus::Acknowledged;
    else if (id == u"request-info" && c.status != CaseStatus::NeedsMoreInfo)
        to = CaseStatus::NeedsMoreInfo;
    else
        return std::nullopt;
    if (!Workflow::check(c, Workflow::TransitionRequest {to, 0, {}}))
        return std::nullopt;
    return to;
}

QList<ReplyDeadline> ReplyTemplates::deadlines(const SlaTracker &tracker, qint64 caseId)
{
    const TimelineModel *model = tracker.model();
    const QModelIndex caseIndex = model->indexOfCase(caseId);
    QList<ReplyDeadline> list;
    if (!caseIndex.isValid())
        return list;
    for (int i = 0; i < model->rowCount(caseIndex); ++i) {
        const QModelIndex m = model->index(i, TimelineModel::NameColumn, caseIndex);
        const auto state = ClockState(m.data(TimelineModel::StateRole).toInt());
        const QDateTime at = m.data(TimelineModel::DeadlineRole).toDateTime();
        const bool running = state == ClockState::OnTrack || state == ClockState::DueSoon
            || state == ClockState::Paused || state == ClockState::Breached;
        if (running && at.isValid())
            list.append(ReplyDeadline {m.data(TimelineModel::MilestoneIdRole).toString(),
                m.data(Qt::DisplayRole).toString(), at.toUTC()});
    }
    std::sort(
        list.begin(), list.end(), [](const ReplyDeadline &a, const ReplyDeadline &b) { return a.at < b.at; });
    return list;
}
