#include "ReplySender.h"

#include "CorrespondenceStore.h"
#include "core/Clock.h"
#include "openpgp/OpenPgp.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

ReplySender::ReplySender(
    CaseStore &cases, CorrespondenceStore &log, const OpenPgp *pgp, ReplyComposer::Options options)
    : m_cases(cases)
    , m_log(log)
    , m_pgp(pgp)
    , m_options(std::move(options))
{ }

Result<ReplyContext> ReplySender::context(qint64 caseId) const
{
    const auto c = m_cases.caseById(caseId);
    if (!c)
        return Result<ReplyContext>::failure(c.error());
    ReplyContext ctx;
    ctx.c = *c;
    ctx.teamName = m_options.teamName;
    ctx.zone = m_zone;
    if (m_deadlines)
        ctx.deadlines = m_deadlines(caseId);
    return ctx;
}

Result<ReplySender::Draft> ReplySender::prepare(qint64 caseId, const QString &templateId) const
{
    const auto t = ReplyTemplates(m_cases.database()).get(templateId);
    if (!t)
        return Result<Draft>::failure(t.error());
    const auto ctx = context(caseId);
    if (!ctx)
        return Result<Draft>::failure(ctx.error());
    Draft d;
    d.templateId = templateId;
    d.to = ctx->c.reporterEmail;
    d.subject = ReplyTemplates::fillSubject(t->subject, *ctx);
    d.body = ReplyTemplates::fill(t->body, *ctx);
    d.statusAfterSending = ReplyTemplates::statusAfterSending(templateId, ctx->c);
    d.willEncrypt = m_options.encryptWhenKeyKnown && m_pgp && m_pgp->encryptionKeyFor(d.to).ok();
    return d;
}

Result<ReplyComposer::Reply> ReplySender::compose(const Draft &draft, qint64 caseId) const
{
    const auto log = m_log.messages(caseId);
    if (!log)
        return Result<ReplyComposer::Reply>::failure(log.error());
    const auto c = m_cases.caseById(caseId);
    if (!c)
        return Result<ReplyComposer::Reply>::failure(c.error());
    return ReplyComposer(m_options, m_pgp)
        .compose(caseId, draft.to, c->reporterName, draft.subject, draft.body, *log, Clock::nowUtc(),
            draft.templateId);
}

Result<ReplySender::Sent> ReplySender::send(
    qint64 caseId, const QString &templateId, const Deliver &deliver, const Transition &transition)
{
    using R = Result<Sent>;
    auto draft = prepare(caseId, templateId);
    if (!draft)
        return R::failure(draft.error());
    // Everything that can fail without the workflow move is tried first (address, keys,
    // signing), so a reply that cannot be made does not acknowledge the case.
    if (const auto trial = compose(*draft, caseId); !trial)
        return R::failure(trial.error());
    if (draft->statusAfterSending && !transition)
        return R::failure(QStringLiteral("no workflow transition given"));
    // The move, the record and the hand-over stand or fall together: all run in one
    // transaction, the hand-over last, so a reply that cannot be written (no such folder, a
    // full disk) rolls back the move and the tracking id it issued, and records nothing.
    std::optional<Sent> sent;
    const Status done = m_cases.database().transaction([&]() -> Status {
        if (draft->statusAfterSending) {
            if (const Status s
                = transition(caseId, Workflow::TransitionRequest {*draft->statusAfterSending, 0, {}});
                !s)
                return s;
            // The acknowledgement has issued the tracking id the reply must carry.
            draft = prepare(caseId, templateId);
            if (!draft)
                return Status::failure(draft.error());
        }
        auto reply = compose(*draft, caseId);
        if (!reply)
            return Status::failure(reply.error());
        CorrespondenceMessage message = reply->message;
        message.sentAt = Clock::nowUtc();
        const auto id = m_log.record(message);
        if (!id)
            return Status::failure(id.error());
        if (const Status s = deliver(reply->eml); !s)
            return s;
        sent = Sent {*id, *reply};
        return {};
    });
    if (!done)
        return R::failure(done.error());
    return std::move(*sent);
}
