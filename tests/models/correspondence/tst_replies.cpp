#include "GpgHome.h"
#include "TestSupport.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceStore.h"
#include "correspondence/ReplySender.h"
#include "correspondence/ReplyTemplates.h"
#include "openpgp/OpenPgp.h"
#include "sla/CaseEvents.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QTest>
#include <QTimeZone>

#include <gmime/gmime.h>

namespace {

// The message GMime reads back from the bytes, as a receiving client would.
struct Parsed
{
    GMimeMessage *message = nullptr;
    explicit Parsed(const QByteArray &bytes)
    {
        g_mime_init();
        GMimeStream *stream = g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size()));
        GMimeParser *parser = g_mime_parser_new_with_stream(stream);
        message = g_mime_parser_construct_message(parser, nullptr);
        g_object_unref(parser);
        g_object_unref(stream);
    }
    ~Parsed()
    {
        if (message)
            g_object_unref(message);
    }
    Q_DISABLE_COPY_MOVE(Parsed)
    QByteArray header(const char *name) const
    {
        return QByteArray(g_mime_object_get_header(GMIME_OBJECT(message), name));
    }
    QByteArray type(GMimeObject *object = nullptr) const
    {
        GMimeContentType *t
            = g_mime_object_get_content_type(object ? object : g_mime_message_get_mime_part(message));
        char *s = g_mime_content_type_get_mime_type(t);
        QByteArray r(s);
        g_free(s);
        return r;
    }
};

QByteArray partContent(GMimeObject *object)
{
    GMimeStream *out = g_mime_stream_mem_new();
    g_mime_object_write_content_to_stream(object, nullptr, out);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    QByteArray r(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    g_object_unref(out);
    return r;
}

// RFC 3156: what was signed is the first body part exactly as it stands between the
// boundaries, so a verifier takes the raw bytes, not a re-serialisation.
QByteArray signedBytes(const QByteArray &entity, const QByteArray &boundary)
{
    const QByteArray open = "--" + boundary + "\r\n";
    const qsizetype start = entity.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype from = start + open.size();
    const qsizetype end = entity.indexOf(QByteArray("\r\n--" + boundary), from);
    return end < 0 ? QByteArray() : entity.mid(from, end - from);
}

} // namespace

// Templates, replies as .eml (GMime parses them back, gpg verifies them), and what sending
// does to the case: the acknowledgement stops the acknowledgement clock.
class TestReplies final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private:
    std::unique_ptr<GpgHome> m_team;
    std::unique_ptr<GpgHome> m_researcher;
    QString m_teamKey;
    QString m_researcherKey;

    ReplyComposer::Options options() const
    {
        ReplyComposer::Options o;
        o.teamAddress = QStringLiteral("psirt@example.com");
        o.teamName = QStringLiteral("Example PSIRT");
        return o;
    }

    static ReplyContext context() { return ReplyTemplates::sampleContext(QStringLiteral("Example PSIRT")); }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        Clock::setFixed(QDateTime(QDate(2026, 11, 4), QTime(10, 0), QTimeZone::UTC));
        m_team = std::make_unique<GpgHome>();
        m_researcher = std::make_unique<GpgHome>();
        m_teamKey = m_team->generateKey(QStringLiteral("Example PSIRT <psirt@example.com>"));
        m_researcherKey = m_researcher->generateKey(QStringLiteral("Ada Researcher <ada@example.org>"));
        QVERIFY2(!m_teamKey.isEmpty() && !m_researcherKey.isEmpty(), qPrintable(m_team->errorString()));
        QVERIFY(m_researcher->importPublicKeyFrom(*m_team, m_teamKey));
    }
    void cleanupTestCase()
    {
        m_team.reset();
        m_researcher.reset();
    }
    void init() { Analyst::setCurrent(QStringLiteral("tester")); }

    void templatesFillPlaceholders_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("expected");
        const QString tid = QStringLiteral("PSIRT-2026-0042");
        QTest::newRow("acknowledgement") << QStringLiteral("acknowledgement")
                                         << QStringList {tid, QStringLiteral("Ada Researcher"),
                                                QStringLiteral("SMx 25.1"), QStringLiteral("2026-11-02"),
                                                QStringLiteral("- Initial assessment: 2026-11-23 23:59 UTC")};
        QTest::newRow("request-info")
            << QStringLiteral("request-info") << QStringList {tid, QStringLiteral("paused")};
        QTest::newRow("initial-assessment")
            << QStringLiteral("initial-assessment")
            << QStringList {QStringLiteral("High"), QStringLiteral("CVSS 8.1"), QStringLiteral("AV:N/AC:H")};
        QTest::newRow("status-update")
            << QStringLiteral("status-update") << QStringList {QStringLiteral("Triage")};
        QTest::newRow("fix-released")
            << QStringLiteral("fix-released") << QStringList {tid, QStringLiteral("SMx")};
        QTest::newRow("advisory-published") << QStringLiteral("advisory-published") << QStringList {tid};
    }
    void templatesFillPlaceholders()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, expected);
        const ReplyTemplate t = ReplyTemplates::defaultTemplate(id);
        QCOMPARE(t.id, id);
        const QString body = ReplyTemplates::fill(t.body, context());
        for (const QString &e : std::as_const(expected))
            QVERIFY2(body.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + body));
        for (const auto &[name, description] : ReplyTemplates::placeholders()) {
            QVERIFY(!description.isEmpty());
            QVERIFY2(!body.contains(u'{' + name + u'}'), qPrintable(name));
        }
        const QString subject = ReplyTemplates::fillSubject(t.subject, context());
        QVERIFY2(subject.contains(QStringLiteral("PSIRT Case PSIRT-2026-0042")), qPrintable(subject));
    }

    void hostileCaseTextStaysText_data()
    {
        QTest::addColumn<QString>("text");
        for (const auto &[name, text] : TestSupport::hostileTexts())
            QTest::newRow(qPrintable(name)) << text;
        QTest::newRow("placeholder") << QStringLiteral("{tracking_id}{team_name}");
        QTest::newRow("remote image") << QStringLiteral("<img src=\"http://evil.example/x.png\"><b>bold</b>");
        QTest::newRow("header injection") << QStringLiteral("x\r\nBcc: victim@example.org\r\n\r\nbody");
    }
    void hostileCaseTextStaysText()
    {
        QFETCH(QString, text);
        ReplyContext ctx = context();
        ctx.c.reporterName = text;
        ctx.c.product = text;
        // Inserted exactly as it is, once: placeholders in case text are not expanded.
        const QString body = ReplyTemplates::fill(QStringLiteral("A {reporter_name} B {product} C"), ctx);
        QCOMPARE(body, QStringLiteral("A %1 B %2 C").arg(text, text));
        const QString subject = ReplyTemplates::fillSubject(QStringLiteral("Re: {product}"), ctx);
        QVERIFY(!subject.contains(u'\n') && !subject.contains(u'\r'));
        QVERIFY(subject.startsWith(QStringLiteral("PSIRT Case PSIRT-2026-0042")));
    }

    void unknownPlaceholdersStay()
    {
        QCOMPARE(ReplyTemplates::fill(QStringLiteral("{nope} {TRACKING_ID} {tracking_id"), context()),
            QStringLiteral("{nope} {TRACKING_ID} {tracking_id"));
    }

    void editedTemplatesAreStored()
    {
        auto db = open();
        QVERIFY(db);
        ReplyTemplates templates(*db);
        QVERIFY(!templates.isEdited(QStringLiteral("status-update")));
        ReplyTemplate t = *templates.get(QStringLiteral("status-update"));
        t.body = QStringLiteral("Still working on {tracking_id}.");
        QVERIFY(templates.save(t).ok());
        QCOMPARE(*ReplyTemplates(*db).get(QStringLiteral("status-update")), t);
        QVERIFY(templates.isEdited(QStringLiteral("status-update")));
        QVERIFY(templates.reset(QStringLiteral("status-update")).ok());
        QCOMPARE(*templates.get(QStringLiteral("status-update")),
            ReplyTemplates::defaultTemplate(QStringLiteral("status-update")));
        QVERIFY(!templates.get(QStringLiteral("../etc")).ok());
        QVERIFY(!templates.save(ReplyTemplate {QStringLiteral("nope"), {}, {}}).ok());
    }

    void emlParsesBackAndVerifies_data()
    {
        QTest::addColumn<bool>("researcherKeyKnown");
        QTest::newRow("signed and encrypted") << true;
        QTest::newRow("signed only") << false;
    }
    void emlParsesBackAndVerifies()
    {
        QFETCH(bool, researcherKeyKnown);
        GpgHome team;
        const QString teamKey = team.generateKey(QStringLiteral("Example PSIRT <psirt@example.com>"));
        QVERIFY(!teamKey.isEmpty());
        if (researcherKeyKnown)
            QVERIFY(team.importPublicKeyFrom(*m_researcher, m_researcherKey));
        QVERIFY(m_researcher->importPublicKeyFrom(team, teamKey));
        const OpenPgp pgp(team.path());

        CorrespondenceMessage incoming;
        incoming.direction = MessageDirection::Incoming;
        incoming.messageId = "report-1@example.org";
        incoming.references = {"older@example.org"};
        const QString body
            = QStringLiteral("Grüße,\nline with trailing space \n> quoted\nFrom the start\n.\n");
        const auto reply
            = ReplyComposer(options(), &pgp)
                  .compose(1, QStringLiteral("Ada@Example.org"), QStringLiteral("Ada Researcher"),
                      QStringLiteral("Re: PSIRT Case PSIRT-2026-0042"), body, {incoming}, Clock::nowUtc(),
                      QStringLiteral("status-update"));
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QVERIFY(reply->isSigned);
        QCOMPARE(reply->isEncrypted, researcherKeyKnown);
        QVERIFY(!reply->eml.contains("\r\r"));
        QCOMPARE(reply->eml.count('\n'), reply->eml.count("\r\n"));

        const Parsed parsed(reply->eml);
        QVERIFY(parsed.message);
        QCOMPARE(QByteArray(g_mime_message_get_subject(parsed.message)),
            QByteArray("Re: PSIRT Case PSIRT-2026-0042"));
        QCOMPARE(parsed.header("In-Reply-To"), QByteArray("<report-1@example.org>"));
        QCOMPARE(parsed.header("References"), QByteArray("<older@example.org> <report-1@example.org>"));
        QVERIFY(parsed.header("From").contains("psirt@example.com"));
        QVERIFY(parsed.header("To").contains("ada@example.org"));
        QVERIFY(parsed.header("Date").contains("2026"));
        const QByteArray messageId(g_mime_message_get_message_id(parsed.message));
        QVERIFY(messageId.endsWith("@example.com"));
        QCOMPARE(messageId, reply->message.messageId);
        QCOMPARE(reply->message.inReplyTo, QByteArray("report-1@example.org"));

        QByteArray signedEntity = reply->eml;
        if (researcherKeyKnown) {
            QCOMPARE(parsed.type(), QByteArray("multipart/encrypted"));
            GMimeMultipart *encrypted = GMIME_MULTIPART(g_mime_message_get_mime_part(parsed.message));
            QCOMPARE(g_mime_multipart_get_count(encrypted), 2);
            QCOMPARE(parsed.type(g_mime_multipart_get_part(encrypted, 0)),
                QByteArray("application/pgp-encrypted"));
            const QByteArray cipher = partContent(g_mime_multipart_get_part(encrypted, 1));
            QVERIFY(cipher.contains("BEGIN PGP MESSAGE"));
            QVERIFY(!reply->eml.contains("quoted"));
            const auto plain = OpenPgp(m_researcher->path()).decrypt(cipher);
            QVERIFY2(plain.ok(), qPrintable(plain.error()));
            signedEntity = plain->plaintext;
        }
        // The signed entity: multipart/signed, text part first, signature second.
        const Parsed inner(QByteArray("MIME-Version: 1.0\r\n") + signedEntity);
        GMimeObject *top = researcherKeyKnown ? g_mime_message_get_mime_part(inner.message)
                                              : g_mime_message_get_mime_part(parsed.message);
        QCOMPARE(parsed.type(top), QByteArray("multipart/signed"));
        GMimeContentType *type = g_mime_object_get_content_type(top);
        QCOMPARE(QByteArray(g_mime_content_type_get_parameter(type, "protocol")),
            QByteArray("application/pgp-signature"));
        QVERIFY(QByteArray(g_mime_content_type_get_parameter(type, "micalg")).startsWith("pgp-sha"));
        GMimeMultipart *multipart = GMIME_MULTIPART(top);
        QCOMPARE(g_mime_multipart_get_count(multipart), 2);
        GMimeObject *text = g_mime_multipart_get_part(multipart, 0);
        QCOMPARE(parsed.type(text), QByteArray("text/plain"));
        char *decoded = g_mime_text_part_get_text(GMIME_TEXT_PART(text));
        QCOMPARE(QString::fromUtf8(decoded).replace(QStringLiteral("\r\n"), QStringLiteral("\n")), body);
        g_free(decoded);
        const QByteArray signature = partContent(g_mime_multipart_get_part(multipart, 1));
        const QByteArray covered = signedBytes(signedEntity, g_mime_multipart_get_boundary(multipart));
        QVERIFY(!covered.isEmpty());

        QCOMPARE(
            OpenPgp(m_researcher->path()).verifyDetached(covered, signature).state, SignatureState::Valid);
        // And gpg itself, as a mail client would call it.
        QDir scratch(m_researcher->path());
        QFile data(scratch.filePath(QStringLiteral("part")));
        QVERIFY(data.open(QIODevice::WriteOnly) && data.write(covered) == covered.size());
        data.close();
        QFile sig(scratch.filePath(QStringLiteral("part.asc")));
        QVERIFY(sig.open(QIODevice::WriteOnly) && sig.write(signature) == signature.size());
        sig.close();
        bool ok = false;
        m_researcher->gpg({QStringLiteral("--verify"), sig.fileName(), data.fileName()}, {}, &ok);
        QVERIFY2(ok, qPrintable(m_researcher->errorString()));
        // A changed byte in the covered part no longer verifies.
        QCOMPARE(OpenPgp(m_researcher->path())
                     .verifyDetached(QByteArray(covered).replace("trailing", "Trailing"), signature)
                     .state,
            SignatureState::Bad);
    }

    void composerRefusesBadAddresses_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("team");
        QTest::newRow("no reporter address") << QString() << QStringLiteral("psirt@example.com");
        QTest::newRow("header injection")
            << QStringLiteral("ada@example.org\r\nBcc: x@example.org") << QStringLiteral("psirt@example.com");
        QTest::newRow("no team address") << QStringLiteral("ada@example.org") << QString();
    }
    void composerRefusesBadAddresses()
    {
        QFETCH(QString, to);
        QFETCH(QString, team);
        ReplyComposer::Options o = options();
        o.teamAddress = team;
        o.sign = false;
        o.encryptWhenKeyKnown = false;
        const auto reply
            = ReplyComposer(o, nullptr)
                  .compose(1, to, {}, QStringLiteral("s"), QStringLiteral("b"), {}, Clock::nowUtc());
        QVERIFY(!reply.ok());
        QVERIFY(!reply.error().isEmpty());
    }

    void acknowledgementStopsTheAckClock_data() { TestSupport::addBackendRows(); }
    void acknowledgementStopsTheAckClock()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        NewReport report = TestSupport::minimalReport(QStringLiteral("Overflow {tracking_id}"));
        report.reporterEmail = QStringLiteral("ada@example.org");
        report.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::UTC);
        const auto caseId = cases.createCase(report);
        QVERIFY(caseId.ok());
        CorrespondenceStore log(*db, cases.auditLog());
        const OpenPgp pgp(m_team->path());
        ReplySender sender(cases, log, &pgp, options());

        const auto draft = sender.prepare(*caseId, QStringLiteral("acknowledgement"));
        QVERIFY2(draft.ok(), qPrintable(draft.error()));
        QCOMPARE(draft->statusAfterSending, std::optional(CaseStatus::Acknowledged));
        QVERIFY(!draft->willEncrypt); // the team has no key of Ada's
        QCOMPARE(cases.caseById(*caseId)->status, CaseStatus::New);

        QByteArray delivered;
        int transitions = 0;
        const auto sent = sender.send(
            *caseId, QStringLiteral("acknowledgement"),
            [&](const QByteArray &eml) {
                delivered = eml;
                return Status();
            },
            [&](qint64 id, const Workflow::TransitionRequest &request) {
                ++transitions;
                return cases.transition(id, request);
            });
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
        QCOMPARE(transitions, 1);
        const Case c = *cases.caseById(*caseId);
        QCOMPARE(c.status, CaseStatus::Acknowledged);
        QVERIFY(!c.trackingId.isEmpty());
        QVERIFY(delivered.contains(c.trackingId.toLatin1()));
        QVERIFY(delivered.contains(QByteArray("PSIRT Case " + c.trackingId.toLatin1())));

        // The acknowledgement milestone is the time the reply was sent.
        const auto history = cases.statusHistory({*caseId});
        QVERIFY(history.ok());
        const CaseEvents events = CaseEvents::fromAuditLog(c.receivedAt, history->value(*caseId));
        QCOMPARE(events.acknowledged, Clock::nowUtc());

        const auto messages = log.messages(*caseId);
        QVERIFY(messages.ok());
        QCOMPARE(messages->size(), 1);
        const CorrespondenceMessage &m = messages->constFirst();
        QCOMPARE(m.direction, MessageDirection::Outgoing);
        QCOMPARE(m.sentAt, Clock::nowUtc());
        QCOMPARE(m.templateName, QStringLiteral("acknowledgement"));
        QCOMPARE(m.signature, SignatureState::Valid);
        QCOMPARE(log.message(m.id)->raw, delivered);

        // A second acknowledgement makes no second workflow move.
        QVERIFY(sender
                .send(*caseId, QStringLiteral("acknowledgement"), [](const QByteArray &) { return Status(); },
                    {})
                .ok());
        QCOMPARE(log.messages(*caseId)->size(), 2);
    }

    void requestForInformationPausesTheClocks()
    {
        auto db = open();
        QVERIFY(db);
        CaseStore cases(*db);
        const auto caseId = cases.createCase(TestSupport::minimalReport(QStringLiteral("Unclear")));
        QVERIFY(caseId.ok());
        QVERIFY(cases.transition(*caseId, {CaseStatus::Acknowledged, 0, {}}).ok());
        CorrespondenceStore log(*db, cases.auditLog());
        const OpenPgp pgp(m_team->path());
        ReplySender sender(cases, log, &pgp, options());
        const auto transition
            = [&](qint64 id, const Workflow::TransitionRequest &r) { return cases.transition(id, r); };
        const auto sent = sender.send(
            *caseId, QStringLiteral("request-info"), [](const QByteArray &) { return Status(); }, transition);
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
        const Case c = *cases.caseById(*caseId);
        QCOMPARE(c.status, CaseStatus::NeedsMoreInfo);
        const CaseEvents events
            = CaseEvents::fromAuditLog(c.receivedAt, cases.statusHistory({*caseId})->value(*caseId));
        QCOMPARE(events.pauses.size(), 1);
        QVERIFY(!events.pauses.constFirst().to.isValid());
    }

    // A reply that cannot be handed over (a folder that does not exist, a full disk) leaves
    // the case as it was: no workflow move, no tracking id used up, nothing recorded.
    void undeliveredReplyChangesNothing_data()
    {
        QTest::addColumn<Database::Backend>("backend");
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<int>("beforeValue"); // CaseStatus
        for (const auto &[name, backend] : {std::pair {"sqlite", Database::Backend::SQLite},
                 std::pair {"postgresql", Database::Backend::PostgreSQL}}) {
            QTest::addRow("%s acknowledgement", name)
                << backend << QStringLiteral("acknowledgement") << int(CaseStatus::New);
            QTest::addRow("%s request-info", name)
                << backend << QStringLiteral("request-info") << int(CaseStatus::Acknowledged);
        }
    }
    void undeliveredReplyChangesNothing()
    {
        QFETCH(Database::Backend, backend);
        QFETCH(QString, templateId);
        QFETCH(int, beforeValue);
        const auto before = CaseStatus(beforeValue);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        const auto caseId = cases.createCase(TestSupport::minimalReport(QStringLiteral("Undelivered")));
        QVERIFY(caseId.ok());
        if (before != CaseStatus::New)
            QVERIFY(cases.transition(*caseId, {before, 0, {}}).ok());
        const Case original = *cases.caseById(*caseId);
        const qsizetype trail = cases.auditLog(*caseId)->size();
        CorrespondenceStore log(*db, cases.auditLog());
        ReplyComposer::Options o = options();
        o.sign = false;
        o.encryptWhenKeyKnown = false;
        ReplySender sender(cases, log, nullptr, o);
        const auto transition
            = [&](qint64 id, const Workflow::TransitionRequest &r) { return cases.transition(id, r); };

        const auto refused = sender.send(
            *caseId, templateId,
            [](const QByteArray &) { return Status::failure(QStringLiteral("No such folder")); }, transition);
        QCOMPARE(refused.error(), QStringLiteral("No such folder"));
        const Case after = *cases.caseById(*caseId);
        QCOMPARE(after.status, original.status);
        QCOMPARE(after.trackingId, original.trackingId);
        QCOMPARE(after.rowVersion, original.rowVersion);
        QCOMPARE(cases.auditLog(*caseId)->size(), trail);
        QVERIFY(log.messages(*caseId)->isEmpty());

        // Sent for real afterwards, it makes the move once, with the tracking id it would
        // have had (the failed try used no number up).
        QVERIFY(sender.send(*caseId, templateId, [](const QByteArray &) { return Status(); }, transition));
        QCOMPARE(cases.caseById(*caseId)->status,
            templateId == u"acknowledgement" ? CaseStatus::Acknowledged : CaseStatus::NeedsMoreInfo);
        QVERIFY(cases.caseById(*caseId)->trackingId.endsWith(QStringLiteral("-0001")));
        QCOMPARE(log.messages(*caseId)->size(), 1);
    }

    void failedReplyMakesNoWorkflowMove()
    {
        auto db = open();
        QVERIFY(db);
        CaseStore cases(*db);
        const auto caseId = cases.createCase(TestSupport::minimalReport(QStringLiteral("No key")));
        QVERIFY(caseId.ok());
        CorrespondenceStore log(*db, cases.auditLog());
        GpgHome empty; // no team key: signing fails
        const OpenPgp pgp(empty.path());
        ReplySender sender(cases, log, &pgp, options());
        const auto transition
            = [&](qint64 id, const Workflow::TransitionRequest &r) { return cases.transition(id, r); };
        const auto sent = sender.send(
            *caseId, QStringLiteral("acknowledgement"), [](const QByteArray &) { return Status(); },
            transition);
        QVERIFY(!sent.ok());
        QCOMPARE(cases.caseById(*caseId)->status, CaseStatus::New);
        QVERIFY(log.messages(*caseId)->isEmpty());
        // Delivery failing records nothing either.
        GpgHome unused;
        ReplyComposer::Options o = options();
        o.sign = false;
        o.encryptWhenKeyKnown = false;
        ReplySender plain(cases, log, nullptr, o);
        const auto undelivered = plain.send(
            *caseId, QStringLiteral("status-update"),
            [](const QByteArray &) { return Status::failure(QStringLiteral("disk full")); }, transition);
        QCOMPARE(undelivered.error(), QStringLiteral("disk full"));
        QVERIFY(log.messages(*caseId)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplies)
#include "tst_replies.moc"
