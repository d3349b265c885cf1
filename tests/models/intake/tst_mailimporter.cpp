#include "MailCorpus.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceStore.h"
#include "evidence/EvidenceStore.h"
#include "intake/ImportJob.h"
#include "intake/MailImporter.h"
#include "intake/MailParser.h"
#include "intake/ReportPrefill.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"

#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace MailCorpus;

class TestMailImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsMailbox_data() { TestSupport::addBackendRows(); }
    void importsMailbox();
    void prefill_data();
    void prefill();
    void titleFromSubject_data();
    void titleFromSubject();
    void reviewThenMarkDuplicate_data() { TestSupport::addBackendRows(); }
    void reviewThenMarkDuplicate();
    void similarDescriptionOfOpenCase_data() { TestSupport::addBackendRows(); }
    void similarDescriptionOfOpenCase();
    void failedWriteLeavesNothing_data() { TestSupport::addBackendRows(); }
    void failedWriteLeavesNothing();
    void subjectPatternsFromSettings();
    void concurrentImportsOfOneMailboxStoreEachMessageOnce();
    void jobImportsAndCancels();
    void attachmentsBecomeEvidence();

private:
    std::unique_ptr<Database> open(Database::Backend backend);
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        return MailCorpus::writeFile(m_dir->filePath(name), bytes);
    }
    static int count(Database &db, const char *sql);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMailImporter::initTestCase()
{
    TestSupport::isolate();
    Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC));
}

void TestMailImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMailImporter::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestMailImporter::open(Database::Backend backend)
{
    return TestSupport::openFresh(backend, *m_dir);
}

int TestMailImporter::count(Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestMailImporter::importsMailbox()
{
    QFETCH(Database::Backend, backend);
    auto db = open(backend);
    QVERIFY(db);
    CaseStore cases(*db);
    // An open case the similar report is compared with, acknowledged so it has a tracking id.
    const auto existing
        = cases.createCase(TestSupport::minimalReport(QStringLiteral("Web login buffer overflow")));
    QVERIFY(existing.ok());
    QVERIFY(cases.transition(*existing, {CaseStatus::Acknowledged, 0, {}}).ok());
    const QString trackingId = cases.caseById(*existing)->trackingId;
    QVERIFY(!trackingId.isEmpty());

    Headers report;
    Headers sameId = report;
    Headers other;
    other.subject = "Lunch on Friday?";
    other.messageId = "lunch@example.org";
    Headers reply;
    reply.subject = "Re: your acknowledgement";
    reply.messageId = "reply-1@example.org";
    reply.extra = "In-Reply-To: <report-1@example.org>\nReferences: <report-1@example.org>\n";
    Headers quoting;
    quoting.subject = "Update on " + trackingId.toUtf8() + " (more details)";
    quoting.messageId = "quoting@example.org";
    Headers similar;
    similar.subject = "PSIRT Case: SMx buffer overflow in the web login";
    similar.messageId = "similar@example.org";
    Headers withFile;
    withFile.subject = "PSIRT Case: crash dump attached";
    withFile.messageId = "file-1@example.org";
    Headers sameFile;
    sameFile.subject = "PSIRT Case: another product crashes too";
    sameFile.messageId = "file-2@example.org";

    const QByteArray first = withAttachment(report, reportBody("Router 9", "3.2"), "poc.py", "print(1)\n");
    const QList<QByteArray> messages {
        first, // 1: new report
        first, // 2: the same bytes again
        plain(sameId, "resent with other bytes"), // 3: same Message-ID
        nested(other, 10000), // 4: hostile, refused by position
        plain(other, "Shall we?"), // 5: not a report
        plain(reply, "Here is more information."), // 6: reply to message 1
        plain(quoting, "Quoting the tracking id."), // 7: tracking id in the subject
        plain(similar, reportBody("SMx", "25.1")), // 8: like the existing case
        withAttachment(withFile, reportBody("Hub", "1"), "core.dump", QByteArray(5000, 'c')), // 9
        withAttachment(sameFile, reportBody("Gateway", "2"), "core.dump", QByteArray(5000, 'c')), // 10
    };
    const QByteArray box = mbox(messages);
    const QString path = writeFile(QStringLiteral("reports.mbox"), box);

    MailImporter importer(*db, {});
    QVERIFY(importer.prepare().ok());
    MailSource source({path});
    RawMessage raw;
    QList<ImportOutcome> outcomes;
    while (source.next(&raw))
        outcomes.append(importer.import(raw));
    QCOMPARE(outcomes.size(), messages.size());
    using K = ImportOutcome::Kind;
    const QList<K> kinds {K::NewReport, K::DuplicateMessage, K::DuplicateMessage, K::Refused, K::NotAReport,
        K::Correspondence, K::Correspondence, K::NewReport, K::NewReport, K::NewReport};
    for (int i = 0; i < kinds.size(); ++i)
        QVERIFY2(outcomes.at(i).kind == kinds.at(i),
            qPrintable(QString::number(i + 1) + u' ' + outcomes.at(i).resultText()));

    // The refusal names the message and its byte offset.
    const qsizetype fourth = box.indexOf("From ", box.indexOf("lunch@example.org") - 400);
    QVERIFY(outcomes.at(3).position.contains(QStringLiteral("message 4 at byte %1").arg(fourth)));
    QVERIFY(outcomes.at(3).resultText().contains(QStringLiteral("MIME parts")));

    const qint64 newCase = outcomes.at(0).caseId;
    QCOMPARE(outcomes.at(5).caseId, newCase);
    QCOMPARE(outcomes.at(6).caseId, *existing);
    QCOMPARE(outcomes.at(6).caseLabel, trackingId);
    QCOMPARE(outcomes.at(7).similarCaseId, *existing);
    QCOMPARE(outcomes.at(7).similarCaseLabel, trackingId);
    QCOMPARE(outcomes.at(9).similarCaseId, outcomes.at(8).caseId);
    QVERIFY(outcomes.at(9).similarReason.contains(QStringLiteral("core.dump")));

    const auto created = cases.caseById(newCase);
    QVERIFY(created.ok());
    QCOMPARE(created->title, QStringLiteral("Buffer overflow in web login"));
    QCOMPARE(created->product, QStringLiteral("Router 9"));
    QCOMPARE(created->productVersion, QStringLiteral("3.2"));
    QCOMPARE(created->reporterEmail, QStringLiteral("alice@example.org"));
    QCOMPARE(created->reporterName, QStringLiteral("Alice Researcher"));
    QVERIFY(created->description.contains(QStringLiteral("copies the user name")));
    QVERIFY(created->stepsToReproduce.contains(QStringLiteral("5000 characters")));
    QCOMPARE(created->receivedAt, QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::UTC));

    IntakeStore intake(*db);
    const auto records = intake.messagesOfCase(newCase);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 2); // the report and the reply
    QCOMPARE(records->at(0).result, IntakeResult::NewReport);
    QCOMPARE(records->at(1).result, IntakeResult::Correspondence);
    QCOMPARE(records->at(0).messageNumber, 1);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM intake_messages"), 7);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM intake_attachments"), 3);
    // The report and the reply are the case's correspondence, in order, with the raw bytes.
    AuditLog audit(*db);
    CorrespondenceStore log(*db, audit);
    const auto logged = log.messages(newCase);
    QVERIFY(logged.ok());
    QCOMPARE(logged->size(), 2);
    QCOMPARE(logged->at(0).messageId, QByteArray("report-1@example.org"));
    QCOMPARE(logged->at(1).inReplyTo, QByteArray("report-1@example.org"));
    QCOMPARE(logged->at(1).body.trimmed(), QStringLiteral("Here is more information."));
    QCOMPARE(log.message(logged->at(0).id)->raw, first);

    // A reply to the team's own (outgoing) message is attached to that message's case.
    CorrespondenceMessage acknowledgement;
    acknowledgement.caseId = *existing;
    acknowledgement.direction = MessageDirection::Outgoing;
    acknowledgement.messageId = "ack-77@psirt.example.com";
    acknowledgement.subject = QStringLiteral("Acknowledged");
    QVERIFY(log.record(acknowledgement).ok());
    Headers answer;
    answer.subject = "Re: Acknowledged";
    answer.messageId = "answer@example.org";
    answer.extra = "In-Reply-To: <ack-77@psirt.example.com>\n";
    RawMessage answerRaw;
    answerRaw.bytes = plain(answer, "Thanks!");
    const ImportOutcome attached = importer.import(answerRaw);
    QCOMPARE(attached.kind, K::Correspondence);
    QCOMPARE(attached.caseId, *existing);

    // Importing the whole file again adds nothing.
    MailSource again({path});
    while (again.next(&raw)) {
        const ImportOutcome o = importer.import(raw);
        QVERIFY(o.kind == K::DuplicateMessage || o.kind == K::Refused);
    }
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM intake_messages"), 8);
}

void TestMailImporter::prefill_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("steps");
    QTest::newRow("headings with values")
        << reportBody("SMx", "25.1") << QStringLiteral("SMx") << QStringLiteral("25.1")
        << QStringLiteral("The login form of the web interface copies the user "
                          "name into a fixed buffer.\nA long name overwrites "
                          "the return address.")
        << QStringLiteral("1. Open https://device/login\n2. Enter 5000 "
                          "characters as the user name\n\nRegards, Alice");
    QTest::newRow("markdown headings on their own line")
        << QByteArray("**Product model**\nCam 3000\n\n**Firmware version**\n\n7.1b\n\n### Summary\nRCE.\n")
        << QStringLiteral("Cam 3000") << QStringLiteral("7.1b") << QStringLiteral("RCE.") << QString();
    QTest::newRow("no headings: all text is the description")
        << QByteArray("Your device leaks memory when pinged.\n") << QString() << QString()
        << QStringLiteral("Your device leaks memory when pinged.") << QString();
    QTest::newRow("heading-like words are not headings")
        << QByteArray("Modeling: not a heading\nVersioned files are fine.\n") << QString() << QString()
        << QStringLiteral("Modeling: not a heading\nVersioned files are fine.") << QString();
}

void TestMailImporter::prefill()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, product);
    QFETCH(QString, version);
    QFETCH(QString, description);
    QFETCH(QString, steps);
    Headers h;
    h.subject = "Re: [PSIRT Case] - Memory leak";
    const auto mail = MailParser::parse(plain(h, body));
    QVERIFY(mail.ok());
    const QString pattern = ReportPrefill::matchingPattern(mail->subject, {QStringLiteral("PSIRT Case")});
    QCOMPARE(pattern, QStringLiteral("PSIRT Case"));
    const NewReport r = ReportPrefill::fromMessage(*mail, pattern);
    QCOMPARE(r.title, QStringLiteral("Memory leak"));
    QCOMPARE(r.product, product);
    QCOMPARE(r.productVersion, version);
    QCOMPARE(r.description, description);
    QCOMPARE(r.stepsToReproduce, steps);
    QCOMPARE(r.channel, IntakeChannel::Email);
}

void TestMailImporter::titleFromSubject_data()
{
    QTest::addColumn<QByteArray>("subject");
    QTest::addColumn<QString>("title");
    QTest::newRow("reply with a tracking tag")
        << QByteArray("Re: [PSIRT-2099-9999] PSIRT Case: reply") << QStringLiteral("reply");
    QTest::newRow("gateway tag") << QByteArray("[EXT] PSIRT Case: XSS in the portal")
                                 << QStringLiteral("XSS in the portal");
    // A NUL (no header may hold one) used to end the title there.
    QTest::newRow("NUL in the subject")
        << QByteArray("PSIRT Case: crash\0 in the parser", 32) << QStringLiteral("crash in the parser");
}

void TestMailImporter::titleFromSubject()
{
    QFETCH(QByteArray, subject);
    QFETCH(QString, title);
    Headers h;
    h.subject = subject;
    const auto mail = MailParser::parse(plain(h, "Details follow.\n"));
    QVERIFY2(mail.ok(), qPrintable(mail.error()));
    const NewReport r = ReportPrefill::fromMessage(*mail, QStringLiteral("PSIRT Case"));
    QCOMPARE(r.title, title);
}

void TestMailImporter::reviewThenMarkDuplicate()
{
    QFETCH(Database::Backend, backend);
    auto db = open(backend);
    QVERIFY(db);
    CaseStore cases(*db);
    const auto existing
        = cases.createCase(TestSupport::minimalReport(QStringLiteral("Web login buffer overflow")));
    QVERIFY(existing.ok());

    Headers h;
    h.subject = "PSIRT Case: buffer overflow in SMx web login";
    RawMessage raw;
    raw.source = QStringLiteral("one.eml");
    raw.number = 1;
    raw.bytes = plain(h, reportBody("SMx", "25.1"));
    MailImporter importer(*db, {});
    QVERIFY(importer.prepare().ok());
    const ImportOutcome examined = importer.examine(raw);
    QCOMPARE(examined.kind, ImportOutcome::Kind::NewReport);
    QVERIFY(!examined.committed);
    QCOMPARE(examined.similarCaseId, *existing);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 1); // examining writes nothing

    ImportOutcome edited = examined;
    edited.proposal.title = QStringLiteral("Edited by the analyst");
    const ImportOutcome done = importer.commit(edited, *existing);
    QVERIFY2(done.committed, qPrintable(done.resultText()));
    const auto dup = cases.caseById(done.caseId);
    QVERIFY(dup.ok());
    QCOMPARE(dup->title, QStringLiteral("Edited by the analyst"));
    QCOMPARE(dup->status, CaseStatus::Duplicate);
    QCOMPARE(dup->duplicateOf, *existing);
}

// A researcher re-sends a report under a new title: its description gives it away, but only
// while the case it repeats is open and only within the same product.
void TestMailImporter::similarDescriptionOfOpenCase()
{
    QFETCH(Database::Backend, backend);
    auto db = open(backend);
    QVERIFY(db);
    CaseStore cases(*db);
    NewReport first = TestSupport::minimalReport(QStringLiteral("Login page problem"), QStringLiteral("SMx"));
    first.description = QStringLiteral("The login form of the web interface copies the user name into a fixed"
                                       " buffer. A long name overwrites the return address.");
    const auto open = cases.createCase(first);
    first.product = QStringLiteral("Router 9");
    const auto otherProduct = cases.createCase(first);
    first.product = QStringLiteral("Hub");
    const auto closed = cases.createCase(first);
    QVERIFY(open.ok() && otherProduct.ok() && closed.ok());
    QVERIFY(cases.transition(*closed, {CaseStatus::OutOfScope, 0, QStringLiteral("not ours")}).ok());

    const auto examine = [&](const QByteArray &product) {
        Headers h;
        h.subject = "PSIRT Case: crash when logging in";
        h.messageId = "resent-" + product + "@example.org";
        RawMessage raw;
        raw.source = QStringLiteral("resent.eml");
        raw.number = 1;
        raw.bytes = plain(h, reportBody(product, "25.1"));
        MailImporter importer(*db, {});
        if (!importer.prepare().ok())
            return ImportOutcome {};
        return importer.examine(raw);
    };
    const ImportOutcome resent = examine("SMx");
    QCOMPARE(resent.kind, ImportOutcome::Kind::NewReport);
    QCOMPARE(resent.similarCaseId, *open);
    QVERIFY2(resent.similarReason.contains(QStringLiteral("description")), qPrintable(resent.similarReason));
    // The same text for a product with only a closed case is not flagged.
    QCOMPARE(examine("Hub").similarCaseId, 0);
    QCOMPARE(examine("Gateway").similarCaseId, 0);
}

void TestMailImporter::failedWriteLeavesNothing()
{
    QFETCH(Database::Backend, backend);
    auto db = open(backend);
    QVERIFY(db);
    RawMessage raw;
    raw.source = QStringLiteral("one.eml");
    raw.number = 1;
    raw.bytes = withAttachment(Headers(), "No product named.", "a.txt", "a");
    MailImporter importer(*db, {});
    QVERIFY(importer.prepare().ok());
    ImportOutcome examined = importer.examine(raw);
    QCOMPARE(examined.kind, ImportOutcome::Kind::NewReport);
    QVERIFY(examined.proposal.product.isEmpty()); // the case cannot be stored as it is
    const ImportOutcome done = importer.commit(examined);
    QCOMPARE(done.kind, ImportOutcome::Kind::Refused);
    QVERIFY2(done.message.contains(QStringLiteral("Product")), qPrintable(done.message));
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM intake_messages"), 0);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM intake_attachments"), 0);

    // A failure after the case was written (a Duplicate of a case that does not exist)
    // rolls the case back too: the message is one transaction.
    examined.proposal.product = QStringLiteral("SMx");
    examined.proposal.productVersion = QStringLiteral("1");
    const ImportOutcome failed = importer.commit(examined, 999999);
    QCOMPARE(failed.kind, ImportOutcome::Kind::Refused);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 0);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM audit_log"), 0);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM intake_messages"), 0);

    // The same database takes the message once it is complete.
    QVERIFY(importer.commit(examined).committed);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 1);
}

// Issue 13, defect 5: four analysts import the same mailbox into one PostgreSQL database at
// once. Each message is stored once; the other copies are duplicates, never "refused" with
// the database's unique-constraint text. Several rounds, as a race does not lose every time.
void TestMailImporter::concurrentImportsOfOneMailboxStoreEachMessageOnce()
{
    for (int round = 0; round < 3; ++round) {
        QString location;
        auto db = TestSupport::openFresh(Database::Backend::PostgreSQL, *m_dir, &location);
        QVERIFY(db);
        QList<QByteArray> messages;
        for (int i = 0; i < 40; ++i) {
            Headers h;
            h.subject = "PSIRT Case: overflow " + QByteArray::number(i);
            h.messageId = "race-" + QByteArray::number(round) + "-" + QByteArray::number(i) + "@example.org";
            messages.append(plain(h, reportBody("Router " + QByteArray::number(i), "1.0")));
        }
        const QString path = writeFile(QStringLiteral("race-%1.mbox").arg(round), mbox(messages));
        QMutex lock;
        QStringList refusals;
        int stored = 0;
        int duplicates = 0;
        std::vector<std::thread> analysts;
        for (int a = 0; a < 4; ++a) {
            analysts.emplace_back([&] {
                Database own;
                if (!own.open(location))
                    return;
                MailImporter importer(own, {});
                if (!importer.prepare())
                    return;
                MailSource source({path});
                RawMessage raw;
                while (source.next(&raw)) {
                    const ImportOutcome o = importer.import(raw);
                    const QMutexLocker locked(&lock);
                    if (o.committed)
                        ++stored;
                    else if (o.kind == ImportOutcome::Kind::DuplicateMessage)
                        ++duplicates;
                    else
                        refusals.append(o.resultText());
                }
            });
        }
        for (std::thread &analyst : analysts)
            analyst.join();
        QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(u'\n')));
        QCOMPARE(stored, messages.size());
        QCOMPARE(duplicates, 3 * messages.size());
        QCOMPARE(*CaseStore(*db).caseCount(), int(messages.size()));
    }
}

void TestMailImporter::subjectPatternsFromSettings()
{
    auto db = open(Database::Backend::SQLite);
    QVERIFY(db);
    QVERIFY(TeamSettings(*db)
            .set(TeamSettings::Key::IntakeSubjectPatterns, QStringLiteral("\n  Security Report \nVULN:\n"))
            .ok());
    MailImporter importer(*db, {});
    QVERIFY(importer.prepare().ok());
    QCOMPARE(importer.subjectPatterns(),
        (QStringList {QStringLiteral("Security Report"), QStringLiteral("VULN:")}));
    Headers h;
    h.subject = "vuln: open redirect";
    RawMessage raw;
    raw.bytes = plain(h, reportBody());
    QCOMPARE(importer.examine(raw).kind, ImportOutcome::Kind::NewReport);
    h.subject = "PSIRT Case: not a pattern here any more";
    raw.bytes = plain(h, reportBody());
    QCOMPARE(importer.examine(raw).kind, ImportOutcome::Kind::NotAReport);
}

void TestMailImporter::jobImportsAndCancels()
{
    auto db = open(Database::Backend::SQLite);
    QVERIFY(db);
    const QList<QByteArray> messages = bulkReports(300);
    const QString path = writeFile(QStringLiteral("bulk.mbox"), mbox(messages));

    ImportJob job(db->location(), {path}, {}, ImportJob::Mode::Import);
    QSignalSpy finished(&job, &ImportJob::ended);
    QSignalSpy progress(&job, &ImportJob::progress);
    QList<ImportOutcome> outcomes;
    connect(
        &job, &ImportJob::outcomesReady, this, [&](const QList<ImportOutcome> &batch) { outcomes += batch; });
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(job.state(), BackgroundJob::State::Succeeded);
    QCOMPARE(outcomes.size(), 300);
    QCOMPARE(progress.constLast().constFirst().toDouble(), 1.0);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), 300);

    // Cancelled at once: whatever was written is whole messages, one record per case.
    const QString second = writeFile(QStringLiteral("second.mbox"), mbox(messages).replace("bulk-", "more-"));
    ImportJob cancelled(db->location(), {second}, {}, ImportJob::Mode::Import);
    QSignalSpy cancelledFinished(&cancelled, &ImportJob::ended);
    cancelled.start();
    cancelled.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(cancelledFinished.size(), 1, 60000);
    QCOMPARE(cancelled.state(), BackgroundJob::State::Cancelled);
    QCOMPARE(count(*db, "SELECT COUNT(*) FROM cases"), count(*db, "SELECT COUNT(*) FROM intake_messages"));
}

void TestMailImporter::attachmentsBecomeEvidence()
{
    auto db = open(Database::Backend::SQLite);
    QVERIFY(db);
    AuditLog audit(*db);
    QVERIFY(EvidenceStore(*db, audit).initialise(QStringLiteral("team secret"), 1000).ok());
    ImportOptions options;
    options.evidencePassphrase = QStringLiteral("team secret");
    RawMessage raw;
    const QByteArray zip = zipBomb(8LL * 1024 * 1024);
    raw.bytes = withAttachment(Headers(), reportBody(), "../bomb.zip", zip, "application/zip");
    {
        MailImporter importer(*db, options);
        QVERIFY(importer.prepare().ok());
        const ImportOutcome o = importer.import(raw);
        QVERIFY2(o.committed, qPrintable(o.resultText()));
        EvidenceStore evidence(*db, audit);
        QVERIFY(evidence.unlock(QStringLiteral("team secret")).ok());
        const auto stored = evidence.attachments(o.caseId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->constFirst().size, qint64(zip.size())); // stored as sent, never unpacked
        QCOMPARE(stored->constFirst().fileName, QStringLiteral("bomb.zip"));
    }
    options.evidencePassphrase = QStringLiteral("wrong");
    MailImporter refused(*db, options);
    QVERIFY(!refused.prepare().ok());

    // The window's unlocked session key serves as well (no second prompt).
    EvidenceStore session(*db, audit);
    QVERIFY(session.unlock(QStringLiteral("team secret")).ok());
    ImportOptions withKey;
    withKey.evidenceKey = session.sessionKey();
    MailImporter keyed(*db, withKey);
    QVERIFY(keyed.prepare().ok());
    Headers second;
    second.messageId = "report-2@example.org";
    second.subject = "PSIRT Case: Stack overflow in the SNMP agent";
    raw.bytes = withAttachment(second, reportBody(), "second.zip", zip + "x", "application/zip");
    const ImportOutcome o = keyed.import(raw);
    QVERIFY2(o.committed, qPrintable(o.resultText()));
    QCOMPARE(session.attachments(o.caseId)->size(), 1);
    ImportOptions badKey;
    badKey.evidenceKey = QByteArray(7, 'k');
    MailImporter refusedKey(*db, badKey);
    QVERIFY(!refusedKey.prepare().ok());
}

QTEST_GUILESS_MAIN(TestMailImporter)
#include "tst_mailimporter.moc"
