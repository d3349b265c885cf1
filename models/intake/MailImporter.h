#pragma once

#include "IntakeStore.h"
#include "MailCrypto.h"
#include "MailLimits.h"
#include "MailMessage.h"
#include "MailSource.h"
#include "SimilarityIndex.h"
#include "core/Case.h"
#include "core/Result.h"
#include "storage/TrackingIdPattern.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class CaseStore;
class CorrespondenceStore;
class EvidenceStore;
class Database;

/// How an import runs.
struct ImportOptions
{
    QStringList subjectPatterns; // empty: the team's setting (ReportPrefill)
    MailLimits limits;
    MailCrypto crypto; // empty functions: encrypted content stays unread
    // Unlocks the evidence store (set on a database without one) so that attachments are
    // stored as encrypted evidence of their case; empty: attachments stay in the raw
    // message of the correspondence log only.
    QString evidencePassphrase;
    // Or the data key of an unlocked EvidenceStore of the same database (the window's
    // session), so the analyst is not asked again.
    QByteArray evidenceKey;
};

/// What happened (or, before commit(), would happen) to one message.
struct ImportOutcome
{
    enum class Kind {
        NewReport, // a case was created (or is proposed, before commit())
        Correspondence, // attached to an existing case
        DuplicateMessage, // imported before; skipped
        NotAReport, // no subject pattern and no tracking id; recorded, no case
        Refused, // malformed or over a limit; nothing written
    };
    Kind kind = Kind::Refused;
    bool committed = false;
    QString source;
    int number = 0;
    qint64 offset = 0;
    QString position; // translated "file, message N at byte B"
    QString subject;
    QString from;
    qint64 caseId = 0; // the new case, or the one the message belongs to
    QString caseLabel; // tracking id or "#id"
    qint64 similarCaseId = 0; // an open case this report may duplicate
    QString similarCaseLabel;
    QString similarReason; // translated: why it looks similar
    PgpOutcome pgp;
    QString message; // the refusal, or notes, translated
    NewReport proposal;
    std::shared_ptr<const MailMessage> mail; // until committed

    /// One translated line for the results table ("new report #12", "attached to PSIRT-…").
    QString resultText() const;
};

/// Imports messages into a case database: parses each one (MailParser), decides whether it
/// is a new report (subject pattern), correspondence on a case (a tracking id in the subject,
/// or a reply to a message in a case's correspondence log) or neither, and writes it — the
/// case, the message in the case's correspondence log, its attachments and its intake
/// record — in one transaction. examine() only decides; commit() writes, so the dialog
/// can show the proposals for review first and the command line can do both at once.
///
/// Lives on one thread with its Database (an ImportJob's worker).
class MailImporter final
{
public:
    MailImporter(Database &db, ImportOptions options);
    ~MailImporter();
    Q_DISABLE_COPY_MOVE(MailImporter)

    /// Loads the patterns and the open cases for the similarity check.
    Status prepare();

    ImportOutcome examine(const RawMessage &raw);
    /// Writes an examined message in one transaction. For a new report, the proposal (as
    /// the analyst edited it) is created; markDuplicateOf > 0 then moves it to Duplicate of
    /// that case through the workflow. A message recorded meanwhile is skipped.
    ImportOutcome commit(ImportOutcome outcome, qint64 markDuplicateOf = 0);
    /// examine() and commit(); product or version the e-mail does not state are filled
    /// with ReportPrefill::notStatedText() so that the case can be stored.
    ImportOutcome import(const RawMessage &raw);

    const QStringList &subjectPatterns() const { return m_patterns; }

private:
    qint64 caseForTrackingId(const QString &subject) const;
    QString caseLabel(qint64 caseId) const;
    ImportOutcome write(ImportOutcome outcome, qint64 markDuplicateOf, bool recheck);
    Status writeMessage(ImportOutcome &outcome, qint64 markDuplicateOf, bool recheck);

    Database &m_db;
    ImportOptions m_options;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<CorrespondenceStore> m_correspondence;
    std::unique_ptr<EvidenceStore> m_evidence; // when unlocked
    IntakeStore m_intake;
    SimilarityIndex m_similar;
    QStringList m_patterns;
    std::optional<TrackingIdPattern> m_trackingPattern;
    QHash<qint64, QString> m_trackingIds; // of the open cases, for labels
};
