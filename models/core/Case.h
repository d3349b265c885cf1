#pragma once

#include "CaseStatus.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

/// How a report reached the team. Policy 001 takes reports by e-mail; policy 000 asks for
/// a secure, confidential channel.
enum class IntakeChannel { Email, WebForm, EncryptedEmail, Phone, Partner, Internal, Other };

/// The manager's priority of a case, set in the severity queue: none, or P1 (urgent) to P4.
namespace CasePriorities {
QStringList all(); // "", "P1", …, "P4"
QString displayName(const QString &priority); // translated
} // namespace CasePriorities

namespace IntakeChannels {
QList<IntakeChannel> all();
QString id(IntakeChannel channel);
IntakeChannel fromId(const QString &id);
QString displayName(IntakeChannel channel);
} // namespace IntakeChannels

/// The fields of a case that can change after intake, each one audited by name.
enum class CaseField : quint32 {
    Title = 1u << 0,
    Product = 1u << 1,
    ProductVersion = 1u << 2,
    ReporterName = 1u << 3,
    ReporterEmail = 1u << 4,
    ReporterOrganisation = 1u << 5,
    ConsentCredit = 1u << 6,
    ConsentShareIdentity = 1u << 7,
    Channel = 1u << 8,
    ReceivedAt = 1u << 9,
    Description = 1u << 10,
    StepsToReproduce = 1u << 11,
    Owner = 1u << 12,
    CvssVector = 1u << 13,
    CvssScore = 1u << 14,
    Severity = 1u << 15,
    Status = 1u << 16,
    TrackingId = 1u << 17,
    DuplicateOf = 1u << 18,
    ReadState = 1u << 19,
    SsvcVector = 1u << 20,
    Scores = 1u << 21, // the set of CVSS vectors (see CaseStore::scores())
    EmbargoAt = 1u << 22, // a negotiated disclosure instant (UTC), replacing the policy's
    EmbargoReason = 1u << 23,
    Priority = 1u << 24, // the manager's priority: "" (none) or P1 (highest) to P4
    // Not columns of the case but things it holds, announced through the same
    // CaseStore::caseChanged (and to other analysts) when their store changes them.
    Evidence = 1u << 25, // attachments added, removed or annotated (EvidenceStore)
    Advisory = 1u << 26, // the advisory data saved (AdvisoryStore)
    Correspondence = 1u << 27, // a message recorded or marked sent (CorrespondenceStore)
    SlaPolicy = 1u << 28, // the disclosure policy of this case; empty: the database's default
    // Known to be actively exploited since this instant (UTC; invalid: not known) and how the
    // team learned it: an analyst's mark, or the CISA KEV catalog naming a CVE of the case.
    // Policy 001 expedites the bulletin from this instant (SlaEvent::Exploited).
    ExploitedAt = 1u << 29,
    ExploitedSource = 1u << 30,
};
Q_DECLARE_FLAGS(CaseFields, CaseField)
Q_DECLARE_OPERATORS_FOR_FLAGS(CaseFields)

namespace CaseFieldInfo {
/// Every field an analyst may edit directly in the detail pane.
QList<CaseField> editable();
/// Column name in the cases table; also the name used in the audit log.
QString column(CaseField field);
/// Translated label.
QString displayName(CaseField field);
bool fromColumn(const QString &column, CaseField *field);
/// Upper bound on a field's length in characters; reports are hostile.
qsizetype maxLength(CaseField field);
} // namespace CaseFieldInfo

/// A case: one vulnerability report and everything the team learns and decides about it.
/// Times are UTC instants.
struct Case
{
    qint64 id = 0;
    QString trackingId; // issued on acknowledgement
    QString title;
    QString product;
    QString productVersion;
    QString reporterName;
    QString reporterEmail;
    QString reporterOrganisation;
    bool consentCredit = false;
    bool consentShareIdentity = false;
    IntakeChannel channel = IntakeChannel::Email;
    QDateTime receivedAt;
    QString description;
    QString stepsToReproduce;
    CaseStatus status = CaseStatus::New;
    std::optional<CaseStatus> pausedFrom; // where Needs More Info returns to
    qint64 duplicateOf = 0;
    QString owner;
    QString cvssVector;
    std::optional<double> cvssScore;
    QString severity;
    QString ssvcVector;
    QDateTime embargoAt; // negotiated; invalid: the policy's embargo applies
    QString embargoReason;
    QString slaPolicy; // a policy id; empty: the database's default policy applies
    QString priority; // "", "P1" … "P4" (see CasePriorities)
    QDateTime exploitedAt; // invalid: not known to be actively exploited
    QString exploitedSource; // where the team learned it (a URL, "CISA KEV …", an analyst's words)
    QDateTime acknowledgedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;

    /// The field's current value as stored (strings, bools, doubles, UTC QDateTime).
    QVariant value(CaseField field) const;
};

/// One CVSS assessment of a case. A case holds at most one per CVSS version; one of them
/// is primary and drives severity everywhere.
struct CaseScore
{
    QString version; // "2.0", "3.0", "3.1", "4.0"
    QString vector;
    double score = 0;
    QString severity;
    bool primary = false;
    QDateTime scoredAt;
    QString scoredBy;

    bool operator==(const CaseScore &) const = default;
};

/// What an analyst enters for a new report: the fields the disclosure policies require.
struct NewReport
{
    QString title;
    QString product;
    QString productVersion;
    QString reporterName;
    QString reporterEmail;
    QString reporterOrganisation;
    bool consentCredit = false;
    bool consentShareIdentity = false;
    IntakeChannel channel = IntakeChannel::Email;
    QDateTime receivedAt; // defaults to now when invalid
    QString description;
    QString stepsToReproduce;
    QString owner;

    struct Problem
    {
        CaseField field;
        QString message; // translated
    };
    /// Everything that keeps the report from being stored; empty when it is complete.
    QList<Problem> validate() const;
};

/// Validates one field value; returns a translated message or an empty string.
QString validateCaseField(CaseField field, const QVariant &value);
