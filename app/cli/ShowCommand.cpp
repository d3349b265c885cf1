#include "ShowCommand.h"

#include "CliSupport.h"
#include "core/TextSanitizer.h"
#include "storage/CaseStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject caseJson(const Case &c, const QList<AuditEntry> &audit)
{
    QJsonArray trail;
    for (const AuditEntry &e : audit) {
        trail.append(QJsonObject {
            {QStringLiteral("at"), CliSupport::isoUtc(e.at)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("field"), e.field},
            {QStringLiteral("old_value"), e.oldValue},
            {QStringLiteral("new_value"), e.newValue},
        });
    }
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("tracking_id"), orNull(c.trackingId)},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("status"), CaseStatuses::id(c.status)},
        {QStringLiteral("paused_from"),
            c.pausedFrom ? QJsonValue(CaseStatuses::id(*c.pausedFrom)) : QJsonValue()},
        {QStringLiteral("duplicate_of"), c.duplicateOf > 0 ? QJsonValue(c.duplicateOf) : QJsonValue()},
        {QStringLiteral("product"), c.product},
        {QStringLiteral("product_version"), c.productVersion},
        {QStringLiteral("reporter_name"), c.reporterName},
        {QStringLiteral("reporter_email"), c.reporterEmail},
        {QStringLiteral("reporter_org"), c.reporterOrganisation},
        {QStringLiteral("consent_credit"), c.consentCredit},
        {QStringLiteral("consent_share_identity"), c.consentShareIdentity},
        {QStringLiteral("channel"), IntakeChannels::id(c.channel)},
        {QStringLiteral("received_at"), CliSupport::isoUtc(c.receivedAt)},
        {QStringLiteral("acknowledged_at"),
            c.acknowledgedAt.isValid() ? QJsonValue(CliSupport::isoUtc(c.acknowledgedAt)) : QJsonValue()},
        {QStringLiteral("owner"), c.owner},
        {QStringLiteral("cvss_vector"), c.cvssVector},
        {QStringLiteral("cvss_score"), c.cvssScore ? QJsonValue(*c.cvssScore) : QJsonValue()},
        {QStringLiteral("severity"), c.severity},
        {QStringLiteral("exploited_at"),
            c.exploitedAt.isValid() ? QJsonValue(CliSupport::isoUtc(c.exploitedAt)) : QJsonValue()},
        {QStringLiteral("exploited_source"), c.exploitedSource},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("steps"), c.stepsToReproduce},
        {QStringLiteral("created_at"), CliSupport::isoUtc(c.createdAt)},
        {QStringLiteral("updated_at"), CliSupport::isoUtc(c.updatedAt)},
        {QStringLiteral("row_version"), c.rowVersion},
        {QStringLiteral("audit"), trail},
    };
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("CaseCommands", "yes")
                 : QCoreApplication::translate("CaseCommands", "no");
}

void writeCaseText(QTextStream &out, const Case &c, const QList<AuditEntry> &audit, const CaseStore &store)
{
    using TextSanitizer::singleLine;
    QList<QPair<QString, QString>> lines;
    const auto line
        = [&lines](const QString &label, const QString &value) { lines.append({label, singleLine(value)}); };
    line(QCoreApplication::translate("CaseCommands", "Case"), QString::number(c.id));
    line(CaseFieldInfo::displayName(CaseField::TrackingId),
        c.trackingId.isEmpty() ? QCoreApplication::translate("CaseCommands", "(not issued)") : c.trackingId);
    line(CaseFieldInfo::displayName(CaseField::Title), c.title);
    QString status = CaseStatuses::displayName(c.status);
    if (c.pausedFrom)
        status = QCoreApplication::translate("CaseCommands", "%1 (paused from %2)")
                     .arg(status, CaseStatuses::displayName(*c.pausedFrom));
    line(CaseFieldInfo::displayName(CaseField::Status), status);
    if (c.duplicateOf > 0) {
        const auto original = store.caseById(c.duplicateOf);
        QString text = QString::number(c.duplicateOf);
        if (original && !original->trackingId.isEmpty())
            text += QStringLiteral(" (") + original->trackingId + u')';
        line(CaseFieldInfo::displayName(CaseField::DuplicateOf), text);
    }
    line(CaseFieldInfo::displayName(CaseField::Product), c.product);
    line(CaseFieldInfo::displayName(CaseField::ProductVersion), c.productVersion);
    line(CaseFieldInfo::displayName(CaseField::ReporterName), c.reporterName);
    line(CaseFieldInfo::displayName(CaseField::ReporterEmail), c.reporterEmail);
    line(CaseFieldInfo::displayName(CaseField::ReporterOrganisation), c.reporterOrganisation);
    line(CaseFieldInfo::displayName(CaseField::ConsentCredit), yesNo(c.consentCredit));
    line(CaseFieldInfo::displayName(CaseField::ConsentShareIdentity), yesNo(c.consentShareIdentity));
    line(CaseFieldInfo::displayName(CaseField::Channel), IntakeChannels::displayName(c.channel));
    line(CaseFieldInfo::displayName(CaseField::ReceivedAt), CliSupport::isoUtc(c.receivedAt));
    line(QCoreApplication::translate("CaseCommands", "Acknowledged"), CliSupport::isoUtc(c.acknowledgedAt));
    line(CaseFieldInfo::displayName(CaseField::Owner),
        c.owner.isEmpty() ? QCoreApplication::translate("CaseCommands", "(unassigned)") : c.owner);
    line(CaseFieldInfo::displayName(CaseField::CvssVector), c.cvssVector);
    line(CaseFieldInfo::displayName(CaseField::CvssScore),
        c.cvssScore ? CliSupport::scoreText(*c.cvssScore) : QString());
    line(CaseFieldInfo::displayName(CaseField::Severity), c.severity);
    if (c.exploitedAt.isValid())
        line(CaseFieldInfo::displayName(CaseField::ExploitedAt),
            CliSupport::isoUtc(c.exploitedAt) + QStringLiteral(" — ") + c.exploitedSource);
    line(QCoreApplication::translate("CaseCommands", "Created"), CliSupport::isoUtc(c.createdAt));
    line(QCoreApplication::translate("CaseCommands", "Updated"), CliSupport::isoUtc(c.updatedAt));
    qsizetype width = 0;
    for (const auto &l : std::as_const(lines))
        width = std::max(width, l.first.size());
    for (const auto &l : std::as_const(lines))
        out << QString(l.first + u':').leftJustified(width + 2) << l.second << '\n';

    const auto block = [&out](const QString &label, const QString &text) {
        out << '\n' << label << ":\n";
        const QStringList textLines = TextSanitizer::multiLine(text).split(u'\n');
        for (const QString &l : textLines)
            out << "    " << l << '\n';
    };
    block(CaseFieldInfo::displayName(CaseField::Description), c.description);
    block(CaseFieldInfo::displayName(CaseField::StepsToReproduce), c.stepsToReproduce);

    out << '\n' << QCoreApplication::translate("CaseCommands", "Audit trail:") << '\n';
    for (const AuditEntry &e : audit) {
        QString change;
        if (e.field == u"created")
            change = QCoreApplication::translate("CaseCommands", "created");
        else if (e.oldValue.isEmpty())
            change = QCoreApplication::translate("CaseCommands", "%1 set to “%2”").arg(e.field, e.newValue);
        else
            change = QCoreApplication::translate("CaseCommands", "%1 changed from “%2” to “%3”")
                         .arg(e.field, e.oldValue, e.newValue);
        out << "    " << CliSupport::isoUtc(e.at) << "  " << singleLine(e.actor) << "  "
            << singleLine(change.left(500)) << '\n';
    }
}

} // namespace

ShowCommand::ShowCommand()
    : DatabaseCommand(QStringLiteral("show"))
    , m_format(CliSupport::formatOption(QStringLiteral("text, json"), QStringLiteral("text")))
{ }

QString ShowCommand::summary() const
{
    return QCoreApplication::translate("CaseCommands", "Show one case with its audit trail.");
}

QString ShowCommand::description() const
{
    return QCoreApplication::translate("CaseCommands", "Shows every field of one case and its audit trail.");
}

QString ShowCommand::positionalSyntax() const
{
    return QStringLiteral("ID");
}

void ShowCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("id"),
        QCoreApplication::translate(
            "CaseCommands", "Tracking id (e.g. PSIRT-2026-0042) or numeric case id."));
    parser.addOption(m_format);
}

std::optional<int> ShowCommand::checkArguments(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("CaseCommands", "Give exactly one case id."));
    const QString fmt = parser.value(m_format);
    if (fmt != u"text" && fmt != u"json")
        return usageError(
            QCoreApplication::translate("CaseCommands", "Unknown format “%1”; use text or json.")
                .arg(fmt.left(40)));
    return std::nullopt;
}

bool ShowCommand::onlyReads(const QCommandLineParser &) const
{
    return true;
}

int ShowCommand::executeOn(Database *db, const QCommandLineParser &parser)
{
    CaseStore store(*db);
    const auto id = CliSupport::resolveCase(store, parser.positionalArguments().constFirst());
    if (!id)
        return failure(id.error());
    const auto c = store.caseById(*id);
    if (!c)
        return failure(c.error());
    const auto audit = store.auditLog(*id);
    if (!audit)
        return failure(audit.error());
    if (parser.value(m_format) == u"json")
        out() << QString::fromUtf8(QJsonDocument(caseJson(*c, *audit)).toJson(QJsonDocument::Indented));
    else
        writeCaseText(out(), *c, *audit, store);
    return ExitCode::Ok;
}
