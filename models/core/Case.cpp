#include "Case.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace {

struct ChannelInfo
{
    IntakeChannel channel;
    const char *id;
    const char *name;
};

constexpr std::array kChannels {
    ChannelInfo {IntakeChannel::Email, "email", QT_TRANSLATE_NOOP("IntakeChannel", "E-mail")},
    ChannelInfo {IntakeChannel::WebForm, "web-form", QT_TRANSLATE_NOOP("IntakeChannel", "Web form")},
    ChannelInfo {IntakeChannel::EncryptedEmail, "encrypted-email",
        QT_TRANSLATE_NOOP("IntakeChannel", "Encrypted e-mail (OpenPGP)")},
    ChannelInfo {IntakeChannel::Phone, "phone", QT_TRANSLATE_NOOP("IntakeChannel", "Phone")},
    ChannelInfo {IntakeChannel::Partner, "partner", QT_TRANSLATE_NOOP("IntakeChannel", "Partner or CERT")},
    ChannelInfo {IntakeChannel::Internal, "internal", QT_TRANSLATE_NOOP("IntakeChannel", "Internal finding")},
    ChannelInfo {IntakeChannel::Other, "other", QT_TRANSLATE_NOOP("IntakeChannel", "Other")},
};

struct FieldInfo
{
    CaseField field;
    const char *column;
    const char *name;
    qsizetype maxLength;
    bool editable;
};

// Bounds: generous for real reports, small enough that a hostile one cannot exhaust memory.
constexpr qsizetype kLine = 500;
constexpr qsizetype kText = 1'000'000;

constexpr std::array kFields {
    FieldInfo {CaseField::Title, "title", QT_TRANSLATE_NOOP("CaseField", "Title"), kLine, true},
    FieldInfo {CaseField::Product, "product", QT_TRANSLATE_NOOP("CaseField", "Product"), 200, true},
    FieldInfo {CaseField::ProductVersion, "product_version",
        QT_TRANSLATE_NOOP("CaseField", "Software version"), 200, true},
    FieldInfo {
        CaseField::ReporterName, "reporter_name", QT_TRANSLATE_NOOP("CaseField", "Reporter"), 200, true},
    FieldInfo {CaseField::ReporterEmail, "reporter_email", QT_TRANSLATE_NOOP("CaseField", "Reporter e-mail"),
        320, true},
    FieldInfo {CaseField::ReporterOrganisation, "reporter_org",
        QT_TRANSLATE_NOOP("CaseField", "Organisation"), 200, true},
    FieldInfo {CaseField::ConsentCredit, "consent_credit",
        QT_TRANSLATE_NOOP("CaseField", "Consents to be credited"), 1, true},
    FieldInfo {CaseField::ConsentShareIdentity, "consent_share_identity",
        QT_TRANSLATE_NOOP("CaseField", "Consents to identity being shared"), 1, true},
    FieldInfo {CaseField::Channel, "channel", QT_TRANSLATE_NOOP("CaseField", "Intake channel"), 40, true},
    FieldInfo {CaseField::ReceivedAt, "received_at", QT_TRANSLATE_NOOP("CaseField", "Received"), 40, true},
    FieldInfo {
        CaseField::Description, "description", QT_TRANSLATE_NOOP("CaseField", "Description"), kText, true},
    FieldInfo {CaseField::StepsToReproduce, "steps", QT_TRANSLATE_NOOP("CaseField", "Steps to reproduce"),
        kText, true},
    FieldInfo {CaseField::Owner, "owner", QT_TRANSLATE_NOOP("CaseField", "Owner"), 200, true},
    FieldInfo {
        CaseField::CvssVector, "cvss_vector", QT_TRANSLATE_NOOP("CaseField", "CVSS vector"), 400, false},
    FieldInfo {CaseField::CvssScore, "cvss_score", QT_TRANSLATE_NOOP("CaseField", "CVSS score"), 10, false},
    FieldInfo {CaseField::Severity, "severity", QT_TRANSLATE_NOOP("CaseField", "Severity"), 40, false},
    FieldInfo {CaseField::Status, "status", QT_TRANSLATE_NOOP("CaseField", "Status"), 40, false},
    FieldInfo {
        CaseField::TrackingId, "tracking_id", QT_TRANSLATE_NOOP("CaseField", "Tracking id"), 100, false},
    FieldInfo {
        CaseField::DuplicateOf, "duplicate_of", QT_TRANSLATE_NOOP("CaseField", "Duplicate of"), 20, false},
    FieldInfo {CaseField::ReadState, "read_state", QT_TRANSLATE_NOOP("CaseField", "Read"), 1, false},
    FieldInfo {
        CaseField::SsvcVector, "ssvc_vector", QT_TRANSLATE_NOOP("CaseField", "SSVC decision"), 400, false},
    FieldInfo {CaseField::Scores, "cvss", QT_TRANSLATE_NOOP("CaseField", "CVSS assessment"), 400, false},
    FieldInfo {CaseField::EmbargoAt, "embargo_at", QT_TRANSLATE_NOOP("CaseField", "Negotiated disclosure"),
        40, false},
    FieldInfo {CaseField::EmbargoReason, "embargo_reason",
        QT_TRANSLATE_NOOP("CaseField", "Reason for the disclosure date"), 2000, false},
    FieldInfo {
        CaseField::SlaPolicy, "sla_policy", QT_TRANSLATE_NOOP("CaseField", "Disclosure policy"), 100, false},
    FieldInfo {CaseField::Priority, "priority", QT_TRANSLATE_NOOP("CaseField", "Priority"), 2, false},
    FieldInfo {CaseField::ExploitedAt, "exploited_at",
        QT_TRANSLATE_NOOP("CaseField", "Actively exploited since"), 40, false},
    FieldInfo {CaseField::ExploitedSource, "exploited_source",
        QT_TRANSLATE_NOOP("CaseField", "Source of the exploitation report"), 2000, false},
    // The audit field names their stores write.
    FieldInfo {CaseField::Evidence, "evidence", QT_TRANSLATE_NOOP("CaseField", "Evidence"), 0, false},
    FieldInfo {CaseField::Advisory, "advisory", QT_TRANSLATE_NOOP("CaseField", "Advisory data"), 0, false},
    FieldInfo {CaseField::Correspondence, "correspondence", QT_TRANSLATE_NOOP("CaseField", "Correspondence"),
        0, false},
};

const FieldInfo &fieldInfo(CaseField field)
{
    for (const auto &f : kFields) {
        if (f.field == field)
            return f;
    }
    Q_UNREACHABLE_RETURN(kFields[0]);
}

bool isTextField(CaseField f)
{
    switch (f) {
    case CaseField::ConsentCredit:
    case CaseField::ConsentShareIdentity:
    case CaseField::ReceivedAt:
    case CaseField::CvssScore:
    case CaseField::DuplicateOf:
    case CaseField::ReadState:
    case CaseField::Scores:
    case CaseField::EmbargoAt:
    case CaseField::ExploitedAt:
    case CaseField::Evidence:
    case CaseField::Advisory:
    case CaseField::Correspondence:
        return false;
    default:
        return true;
    }
}

} // namespace

namespace CasePriorities {

QStringList all()
{
    return {
        QString(), QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4")};
}

QString displayName(const QString &priority)
{
    if (priority.isEmpty())
        return QCoreApplication::translate("CasePriorities", "None");
    if (priority == u"P1")
        return QCoreApplication::translate("CasePriorities", "P1 – urgent");
    if (priority == u"P4")
        return QCoreApplication::translate("CasePriorities", "P4 – low");
    return priority;
}

} // namespace CasePriorities

namespace IntakeChannels {

QList<IntakeChannel> all()
{
    QList<IntakeChannel> list;
    for (const auto &c : kChannels)
        list.append(c.channel);
    return list;
}

QString id(IntakeChannel channel)
{
    return QString::fromLatin1(kChannels[static_cast<size_t>(channel)].id);
}

IntakeChannel fromId(const QString &id)
{
    for (const auto &c : kChannels) {
        if (id == QLatin1StringView(c.id))
            return c.channel;
    }
    return IntakeChannel::Other;
}

QString displayName(IntakeChannel channel)
{
    return QCoreApplication::translate("IntakeChannel", kChannels[static_cast<size_t>(channel)].name);
}

} // namespace IntakeChannels

namespace CaseFieldInfo {

QList<CaseField> editable()
{
    QList<CaseField> list;
    for (const auto &f : kFields) {
        if (f.editable)
            list.append(f.field);
    }
    return list;
}

QString column(CaseField field)
{
    return QString::fromLatin1(fieldInfo(field).column);
}

QString displayName(CaseField field)
{
    return QCoreApplication::translate("CaseField", fieldInfo(field).name);
}

bool fromColumn(const QString &column, CaseField *field)
{
    for (const auto &f : kFields) {
        if (column == QLatin1StringView(f.column)) {
            *field = f.field;
            return true;
        }
    }
    return false;
}

qsizetype maxLength(CaseField field)
{
    return fieldInfo(field).maxLength;
}

} // namespace CaseFieldInfo

QVariant Case::value(CaseField field) const
{
    switch (field) {
    case CaseField::Title:
        return title;
    case CaseField::Product:
        return product;
    case CaseField::ProductVersion:
        return productVersion;
    case CaseField::ReporterName:
        return reporterName;
    case CaseField::ReporterEmail:
        return reporterEmail;
    case CaseField::ReporterOrganisation:
        return reporterOrganisation;
    case CaseField::ConsentCredit:
        return consentCredit;
    case CaseField::ConsentShareIdentity:
        return consentShareIdentity;
    case CaseField::Channel:
        return IntakeChannels::id(channel);
    case CaseField::ReceivedAt:
        return receivedAt;
    case CaseField::Description:
        return description;
    case CaseField::StepsToReproduce:
        return stepsToReproduce;
    case CaseField::Owner:
        return owner;
    case CaseField::CvssVector:
        return cvssVector;
    case CaseField::CvssScore:
        return cvssScore ? QVariant(*cvssScore) : QVariant();
    case CaseField::Severity:
        return severity;
    case CaseField::Status:
        return CaseStatuses::id(status);
    case CaseField::TrackingId:
        return trackingId;
    case CaseField::DuplicateOf:
        return duplicateOf ? QVariant(duplicateOf) : QVariant();
    case CaseField::SsvcVector:
        return ssvcVector;
    case CaseField::EmbargoAt:
        return embargoAt;
    case CaseField::EmbargoReason:
        return embargoReason;
    case CaseField::SlaPolicy:
        return slaPolicy;
    case CaseField::Priority:
        return priority;
    case CaseField::ExploitedAt:
        return exploitedAt;
    case CaseField::ExploitedSource:
        return exploitedSource;
    case CaseField::ReadState:
    case CaseField::Scores:
    case CaseField::Evidence:
    case CaseField::Advisory:
    case CaseField::Correspondence:
        return {};
    }
    return {};
}

QString validateCaseField(CaseField field, const QVariant &value)
{
    const QString label = CaseFieldInfo::displayName(field);
    if (isTextField(field)) {
        const QString text = value.toString();
        if (text.size() > CaseFieldInfo::maxLength(field)) {
            return QCoreApplication::translate("CaseField", "%1 is too long (%2 characters; at most %3).")
                .arg(label)
                .arg(text.size())
                .arg(CaseFieldInfo::maxLength(field));
        }
        switch (field) {
        case CaseField::Title:
        case CaseField::Product:
        case CaseField::ProductVersion:
        case CaseField::Description:
            if (text.trimmed().isEmpty())
                return QCoreApplication::translate("CaseField", "%1 is required.").arg(label);
            break;
        case CaseField::ReporterEmail:
            if (!text.isEmpty()) {
                static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
                if (!re.match(text).hasMatch())
                    return QCoreApplication::translate("CaseField", "“%1” is not an e-mail address.")
                        .arg(text.left(80));
            }
            break;
        case CaseField::Priority:
            if (!CasePriorities::all().contains(text))
                return QCoreApplication::translate("CaseField", "“%1” is not a priority (P1 to P4, or none).")
                    .arg(text.left(10));
            break;
        default:
            break;
        }
    } else if (field == CaseField::ReceivedAt) {
        const QDateTime t = value.toDateTime();
        if (!t.isValid())
            return QCoreApplication::translate("CaseField", "%1 is not a valid date and time.").arg(label);
    } else if (field == CaseField::ExploitedAt) {
        const QDateTime t = value.toDateTime();
        if (t.isValid() && t.toUTC() > Clock::nowUtc().addDays(1))
            return QCoreApplication::translate(
                "CaseField", "The date of the exploitation lies in the future.");
    }
    return {};
}

QList<NewReport::Problem> NewReport::validate() const
{
    QList<Problem> problems;
    auto check = [&problems](CaseField f, const QVariant &v) {
        const QString message = validateCaseField(f, v);
        if (!message.isEmpty())
            problems.append({f, message});
    };
    check(CaseField::Title, title);
    check(CaseField::Product, product);
    check(CaseField::ProductVersion, productVersion);
    check(CaseField::ReporterName, reporterName);
    check(CaseField::ReporterEmail, reporterEmail);
    check(CaseField::ReporterOrganisation, reporterOrganisation);
    check(CaseField::Description, description);
    check(CaseField::StepsToReproduce, stepsToReproduce);
    check(CaseField::Owner, owner);
    if (reporterName.trimmed().isEmpty() && reporterEmail.trimmed().isEmpty()) {
        problems.append({CaseField::ReporterEmail,
            QCoreApplication::translate("CaseField", "A reporter contact (name or e-mail) is required.")});
    }
    if (receivedAt.isValid() && receivedAt.toUTC() > Clock::nowUtc().addDays(1)) {
        problems.append({CaseField::ReceivedAt,
            QCoreApplication::translate("CaseField", "The received date lies in the future.")});
    }
    return problems;
}
