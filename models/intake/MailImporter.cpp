#include "MailImporter.h"

#include "MailParser.h"
#include "ReportPrefill.h"
#include "core/TextSanitizer.h"
#include "correspondence/CorrespondenceStore.h"
#include "evidence/EvidenceStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"
#include "storage/TrackingIdPattern.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

ImportOutcome refused(ImportOutcome outcome, const QString &reason)
{
    outcome.kind = ImportOutcome::Kind::Refused;
    outcome.message = reason;
    outcome.mail.reset();
    return outcome;
}

} // namespace

QString ImportOutcome::resultText() const
{
    switch (kind) {
    case Kind::NewReport:
        if (!committed)
            return similarCaseId > 0
                ? QCoreApplication::translate("MailImporter", "new report (similar to %1)")
                      .arg(similarCaseLabel)
                : QCoreApplication::translate("MailImporter", "new report");
        return similarCaseId > 0
            ? QCoreApplication::translate("MailImporter", "imported as new report %1 (similar to %2)")
                  .arg(caseLabel, similarCaseLabel)
            : QCoreApplication::translate("MailImporter", "imported as new report %1").arg(caseLabel);
    case Kind::Correspondence:
        return committed ? QCoreApplication::translate("MailImporter", "attached to case %1").arg(caseLabel)
                         : QCoreApplication::translate("MailImporter", "to attach to case %1").arg(caseLabel);
    case Kind::DuplicateMessage:
        return QCoreApplication::translate("MailImporter", "duplicate of a message imported before; skipped");
    case Kind::NotAReport:
        return QCoreApplication::translate(
            "MailImporter", "not a report (no subject pattern, no tracking id)");
    case Kind::Refused:
        break;
    }
    return QCoreApplication::translate("MailImporter", "refused: %1").arg(message);
}

MailImporter::MailImporter(Database &db, ImportOptions options)
    : m_db(db)
    , m_options(std::move(options))
    , m_cases(std::make_unique<CaseStore>(db))
    , m_correspondence(std::make_unique<CorrespondenceStore>(db, m_cases->auditLog()))
    , m_intake(db)
{ }

MailImporter::~MailImporter()
{
    if (m_db.isOpen() && m_db.backend() == Database::Backend::SQLite) {
        QSqlQuery pragma(m_db.connection());
        pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000"));
        pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }
}

Status MailImporter::prepare()
{
    if (m_db.backend() == Database::Backend::SQLite) {
        // Each message is its own transaction; with the default WAL checkpoint every 1,000
        // pages an import spends most of its time in the checkpoints' fsyncs. This
        // connection checkpoints every 50,000 pages (200 MB of WAL) while it imports and
        // once when the importer is done (~MailImporter).
        QSqlQuery pragma(m_db.connection());
        pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=50000"));
    }
    if (!m_options.evidencePassphrase.isEmpty()) {
        auto evidence = std::make_unique<EvidenceStore>(m_db, m_cases->auditLog());
        const auto initialised = evidence->isInitialised();
        if (!initialised)
            return Status::failure(initialised.error());
        const Status s = *initialised ? evidence->unlock(m_options.evidencePassphrase)
                                      : evidence->initialise(m_options.evidencePassphrase);
        if (!s)
            return s;
        m_evidence = std::move(evidence);
    } else if (!m_options.evidenceKey.isEmpty()) {
        auto evidence = std::make_unique<EvidenceStore>(m_db, m_cases->auditLog());
        if (const Status s = evidence->adoptSessionKey(m_options.evidenceKey); !s)
            return s;
        m_evidence = std::move(evidence);
    }
    m_patterns = m_options.subjectPatterns.isEmpty()
        ? TeamSettings(m_db).list(TeamSettings::Key::IntakeSubjectPatterns)
        : m_options.subjectPatterns;
    // Parsed once: compiling its matcher for every message would cost more than the parse.
    if (auto pattern = TrackingIdPattern::parse(m_cases->trackingIdPattern()))
        m_trackingPattern = std::move(pattern.value());
    const auto rows = m_cases->inboxRows();
    if (!rows)
        return Status::failure(rows.error());
    QSet<qint64> open;
    for (const InboxRow &row : *rows) {
        if (CaseStatuses::isOpen(row.status))
            open.insert(row.id);
    }
    // A description beyond what SimilarityIndex compares (its first 200 distinct words) is
    // not needed; 8,000 characters hold those in any real report.
    const auto descriptions = m_cases->descriptions(open, 8000);
    if (!descriptions)
        return Status::failure(descriptions.error());
    for (const InboxRow &row : *rows) {
        if (open.contains(row.id)) {
            m_similar.add(row.id, row.product, row.title, descriptions->value(row.id));
            m_trackingIds.insert(row.id, row.trackingId);
        }
    }
    return {};
}

qint64 MailImporter::caseForTrackingId(const QString &subject) const
{
    const std::optional<TrackingIdPattern> &pattern = m_trackingPattern;
    if (!pattern)
        return 0;
    static const QRegularExpression separators(QStringLiteral("[\\s\\[\\](){}<>:;,\"'/]+"));
    const QStringList words = subject.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString scope;
        qint64 number = 0;
        if (word.size() > 64 || !pattern->parseId(word, &scope, &number))
            continue;
        if (const auto id = m_cases->idForTrackingId(word); id && *id > 0)
            return *id;
    }
    return 0;
}

QString MailImporter::caseLabel(qint64 caseId) const
{
    // Open cases are known from prepare(); loading a whole case for its label would cost
    // more than importing the message.
    if (const auto it = m_trackingIds.constFind(caseId); it != m_trackingIds.cend())
        return it->isEmpty() ? u'#' + QString::number(caseId) : TextSanitizer::singleLine(*it);
    const auto c = m_cases->caseById(caseId);
    if (c && !c->trackingId.isEmpty())
        return TextSanitizer::singleLine(c->trackingId);
    return u'#' + QString::number(caseId);
}

ImportOutcome MailImporter::examine(const RawMessage &raw)
{
    ImportOutcome outcome;
    outcome.source = raw.source;
    outcome.number = raw.number;
    outcome.offset = raw.offset;
    outcome.position = raw.position();
    if (!raw.refusal.isEmpty())
        return refused(outcome, raw.refusal);

    auto parsed = MailParser::parse(raw.bytes, m_options.limits, &m_options.crypto);
    if (!parsed)
        return refused(outcome, parsed.error());
    auto mail = std::make_shared<MailMessage>(std::move(parsed.value()));
    outcome.subject = TextSanitizer::singleLine(mail->subject).left(300);
    outcome.from = TextSanitizer::singleLine(mail->fromName.isEmpty()
            ? mail->fromAddress
            : QStringLiteral("%1 <%2>").arg(mail->fromName, mail->fromAddress));
    outcome.pgp = mail->pgp;
    outcome.message = mail->notes.join(u' ');
    outcome.mail = mail;

    const auto seen = m_intake.findImported(mail->messageId, mail->contentHash);
    if (!seen)
        return refused(outcome, seen.error());
    if (*seen > 0) {
        outcome.kind = ImportOutcome::Kind::DuplicateMessage;
        outcome.mail.reset();
        return outcome;
    }

    qint64 caseId = caseForTrackingId(mail->subject);
    if (caseId == 0) {
        const auto replied = m_correspondence->caseForReferences(mail->references);
        if (!replied)
            return refused(outcome, replied.error());
        caseId = *replied;
    }
    if (caseId > 0) {
        outcome.kind = ImportOutcome::Kind::Correspondence;
        outcome.caseId = caseId;
        outcome.caseLabel = caseLabel(caseId);
        return outcome;
    }

    const QString pattern = ReportPrefill::matchingPattern(mail->subject, m_patterns);
    if (pattern.isEmpty()) {
        outcome.kind = ImportOutcome::Kind::NotAReport;
        return outcome;
    }
    outcome.kind = ImportOutcome::Kind::NewReport;
    outcome.proposal = ReportPrefill::fromMessage(*mail, pattern);
    if (const SimilarityIndex::Match similar = m_similar.mostSimilar(
            outcome.proposal.product, outcome.proposal.title, outcome.proposal.description);
        similar.caseId > 0) {
        outcome.similarCaseId = similar.caseId;
        outcome.similarReason = similar.basis == SimilarityIndex::Basis::Title
            ? QCoreApplication::translate("MailImporter", "same product, title %1 % alike")
                  .arg(qRound(similar.score * 100))
            : QCoreApplication::translate("MailImporter", "same product, description %1 % alike")
                  .arg(qRound(similar.score * 100));
    } else {
        for (const MailAttachment &attachment : std::as_const(mail->attachments)) {
            const auto holder = m_intake.caseForAttachment(attachment.sha256);
            if (holder && *holder > 0) {
                outcome.similarCaseId = *holder;
                outcome.similarReason = QCoreApplication::translate(
                    "MailImporter", "the attachment “%1” is identical (SHA-256)")
                                            .arg(attachment.name);
                break;
            }
        }
    }
    if (outcome.similarCaseId > 0)
        outcome.similarCaseLabel = caseLabel(outcome.similarCaseId);
    return outcome;
}

Status MailImporter::writeMessage(ImportOutcome &outcome, qint64 markDuplicateOf, bool recheck)
{
    const MailMessage &mail = *outcome.mail;
    // A reviewed message may have been imported meanwhile (or twice in one review).
    if (recheck) {
        const auto seen = m_intake.findImported(mail.messageId, mail.contentHash);
        if (!seen)
            return Status::failure(seen.error());
        if (*seen > 0) {
            outcome.kind = ImportOutcome::Kind::DuplicateMessage;
            return {};
        }
    }
    IntakeRecord record;
    if (outcome.kind == ImportOutcome::Kind::NewReport) {
        NewReport report = outcome.proposal;
        const auto created = m_cases->createCase(report);
        if (!created)
            return Status::failure(created.error());
        outcome.caseId = *created;
        outcome.caseLabel = u'#' + QString::number(*created);
        record.result = IntakeResult::NewReport;
        if (markDuplicateOf > 0) {
            Workflow::TransitionRequest request;
            request.to = CaseStatus::Duplicate;
            request.duplicateOf = markDuplicateOf;
            if (const Status s = m_cases->transition(*created, request); !s)
                return s;
        }
    } else if (outcome.kind == ImportOutcome::Kind::Correspondence) {
        record.result = IntakeResult::Correspondence;
    } else {
        record.result = IntakeResult::NotAReport;
    }
    if (outcome.caseId > 0) {
        // The report and every reply go into the case's correspondence log.
        CorrespondenceMessage logged;
        logged.caseId = outcome.caseId;
        logged.direction = MessageDirection::Incoming;
        logged.date = mail.date;
        logged.from = mail.fromName.isEmpty()
            ? mail.fromAddress
            : QStringLiteral("%1 <%2>").arg(mail.fromName, mail.fromAddress);
        logged.subject = mail.subject;
        logged.messageId = mail.messageId;
        logged.inReplyTo = mail.references.isEmpty() ? QByteArray() : mail.references.constLast();
        logged.references = mail.references;
        logged.body = mail.body;
        logged.raw = mail.raw;
        logged.contentHash = mail.contentHash;
        logged.encryption = !mail.pgp.encrypted ? MessageEncryption::None
            : mail.pgp.decrypted                ? MessageEncryption::Encrypted
                                                : MessageEncryption::Undecryptable;
        logged.signature = mail.pgp.signature;
        logged.signer = mail.pgp.signer;
        if (const auto id = m_correspondence->record(logged); !id)
            return Status::failure(id.error());
        // Attachments become encrypted evidence of the case, never unpacked (a zip bomb
        // stays the file it was).
        for (const MailAttachment &attachment : mail.attachments) {
            if (!m_evidence)
                break;
            const auto added = m_evidence->addData(outcome.caseId, attachment.data, attachment.name,
                QCoreApplication::translate("MailImporter", "From the e-mail “%1”")
                    .arg(mail.subject.left(200)));
            if (!added)
                return Status::failure(added.error());
        }
    }
    record.messageId = mail.messageId;
    record.contentHash = mail.contentHash;
    record.caseId = outcome.caseId;
    record.source = outcome.source;
    record.messageNumber = outcome.number;
    record.byteOffset = outcome.offset;
    record.subject = mail.subject.left(2000);
    record.fromAddress = mail.fromAddress;
    record.sentAt = mail.date;
    record.pgp = mail.pgp;
    record.detail = outcome.message.left(2000);
    const auto row = m_intake.record(record, mail.attachments);
    if (!row)
        return Status::failure(row.error());
    return {};
}

ImportOutcome MailImporter::commit(ImportOutcome outcome, qint64 markDuplicateOf)
{
    return write(std::move(outcome), markDuplicateOf, true);
}

ImportOutcome MailImporter::write(ImportOutcome outcome, qint64 markDuplicateOf, bool recheck)
{
    if (outcome.committed || !outcome.mail || outcome.kind == ImportOutcome::Kind::Refused
        || outcome.kind == ImportOutcome::Kind::DuplicateMessage)
        return outcome;
    ImportOutcome written = outcome;
    const Status s = m_db.transaction([&] { return writeMessage(written, markDuplicateOf, recheck); });
    if (!s) {
        // Another analyst importing the same mailbox at the same moment may have stored this
        // message between our look-up and our insert (their row won the unique content
        // hash): then it is a duplicate, as it would have been a moment later.
        const auto seen = m_intake.findImported(outcome.mail->messageId, outcome.mail->contentHash);
        if (seen && *seen > 0) {
            written = outcome;
            written.kind = ImportOutcome::Kind::DuplicateMessage;
            written.mail.reset();
            return written;
        }
        return refused(outcome, QCoreApplication::translate("MailImporter", "not stored: %1").arg(s.error()));
    }
    written.committed = written.kind != ImportOutcome::Kind::DuplicateMessage;
    written.mail.reset();
    if (written.kind == ImportOutcome::Kind::NewReport) {
        m_similar.add(
            written.caseId, written.proposal.product, written.proposal.title, written.proposal.description);
        m_trackingIds.insert(written.caseId, QString());
    }
    return written;
}

ImportOutcome MailImporter::import(const RawMessage &raw)
{
    ImportOutcome outcome = examine(raw);
    if (outcome.kind == ImportOutcome::Kind::NewReport) {
        for (QString *field : {&outcome.proposal.product, &outcome.proposal.productVersion}) {
            if (field->trimmed().isEmpty())
                *field = ReportPrefill::notStatedText();
        }
    }
    // examine() has just looked for the message on this connection.
    return write(std::move(outcome), 0, false);
}
