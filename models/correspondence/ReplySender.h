#pragma once

#include "ReplyComposer.h"
#include "ReplyTemplates.h"
#include "core/Result.h"
#include "workflow/Workflow.h"

#include <functional>

class CaseStore;
class CorrespondenceStore;
class OpenPgp;

/// Sends a templated reply the way the policies mean it: fills the template from the case
/// and its deadlines, makes the workflow move the reply stands for (the acknowledgement
/// acknowledges and issues the tracking id, which stops the acknowledgement clock; a
/// request for information pauses the clocks), composes the signed (and, with the reporter's
/// key, encrypted) message, hands it over (a file, the clipboard) and records it in the
/// case's correspondence with the time sent. The move, the record and the hand-over happen
/// in one transaction, the hand-over last: a reply that cannot be handed over changes
/// nothing. The move is a store call (CaseStore::transition, audited there), not an
/// undoable command: a reply once sent cannot be taken back, so neither can its move.
class ReplySender final
{
public:
    using Transition = std::function<Status(qint64 caseId, const Workflow::TransitionRequest &request)>;
    using Deliver = std::function<Status(const QByteArray &eml)>;
    using Deadlines = std::function<QList<ReplyDeadline>(qint64 caseId)>;

    struct Draft
    {
        QString templateId;
        QString to;
        QString subject;
        QString body;
        std::optional<CaseStatus> statusAfterSending;
        bool willEncrypt = false;
    };

    struct Sent
    {
        qint64 messageId = 0;
        ReplyComposer::Reply reply;
    };

    ReplySender(
        CaseStore &cases, CorrespondenceStore &log, const OpenPgp *pgp, ReplyComposer::Options options);

    void setDeadlines(Deadlines deadlines) { m_deadlines = std::move(deadlines); }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    /// The reply as it would be sent now, for a preview; changes nothing.
    Result<Draft> prepare(qint64 caseId, const QString &templateId) const;
    /// Sends it (see the class comment). transition may be empty only for templates that
    /// make no workflow move.
    Result<Sent> send(
        qint64 caseId, const QString &templateId, const Deliver &deliver, const Transition &transition);

private:
    Result<ReplyContext> context(qint64 caseId) const;
    Result<ReplyComposer::Reply> compose(const Draft &draft, qint64 caseId) const;

    CaseStore &m_cases;
    CorrespondenceStore &m_log;
    const OpenPgp *m_pgp;
    ReplyComposer::Options m_options;
    Deadlines m_deadlines;
    QTimeZone m_zone = QTimeZone::UTC;
};
