#include "TestSupport.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

// The correspondence log on a SQLite file and on a throwaway PostgreSQL server.
class TestCorrespondenceStore final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private:
    static QDateTime at(int day, int hour)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::UTC);
    }

    static CorrespondenceMessage incoming(qint64 caseId)
    {
        CorrespondenceMessage m;
        m.caseId = caseId;
        m.direction = MessageDirection::Incoming;
        m.date = at(2, 9);
        m.from = QStringLiteral("Ada Researcher <ada@example.org>");
        m.to = QStringLiteral("psirt@example.com");
        m.subject = QStringLiteral("PSIRT Case: heap overflow in SMx");
        m.messageId = QByteArrayLiteral("<report-1@example.org>");
        m.body = QStringLiteral("Hello,\n\nthe web UI overflows.\n\n> quoted\n");
        m.raw = QByteArray("From: ada@example.org\r\n\r\nbinary \0\xff\xfe end", 39);
        m.contentHash = QByteArrayLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        m.encryption = MessageEncryption::Encrypted;
        m.signature = SignatureState::Valid;
        m.signer = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC));
    }
    void init() { Analyst::setCurrent(QStringLiteral("tester")); }

    void roundTrip_data() { TestSupport::addBackendRows(); }
    void roundTrip()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        const auto caseId = cases.createCase(TestSupport::minimalReport(QStringLiteral("Heap overflow")));
        QVERIFY(caseId.ok());
        CorrespondenceStore store(*db, cases.auditLog());
        QSignalSpy recorded(&cases, &CaseStore::caseChanged);

        const CorrespondenceMessage in = incoming(*caseId);
        const auto inId = store.record(in);
        QVERIFY2(inId.ok(), qPrintable(inId.error()));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.at(0).at(0).toLongLong(), *caseId);
        QCOMPARE(recorded.at(0).at(1).value<CaseFields>(), CaseFields(CaseField::Correspondence));

        CorrespondenceMessage out;
        out.caseId = *caseId;
        out.direction = MessageDirection::Outgoing;
        out.date = at(3, 10);
        out.from = QStringLiteral("psirt@example.com");
        out.to = QStringLiteral("ada@example.org");
        out.subject = QStringLiteral("Re: PSIRT Case PSIRT-2026-0001");
        out.messageId = QByteArrayLiteral("ack-1@psirt.example.com");
        out.inReplyTo = QByteArrayLiteral("<report-1@example.org>");
        out.references = {QByteArrayLiteral("<report-1@example.org>"), QByteArrayLiteral(" <x@y> ")};
        out.body = QStringLiteral("Thank you.");
        out.templateName = QStringLiteral("acknowledgement");
        out.sentAt = at(3, 11);
        const auto outId = store.record(out);
        QVERIFY2(outId.ok(), qPrintable(outId.error()));

        const auto list = store.messages(*caseId);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->size(), 2);
        const CorrespondenceMessage &a = list->at(0);
        QCOMPARE(a.id, *inId);
        QCOMPARE(a.direction, MessageDirection::Incoming);
        QCOMPARE(a.date, in.date);
        QCOMPARE(a.from, in.from);
        QCOMPARE(a.to, in.to);
        QCOMPARE(a.subject, in.subject);
        QCOMPARE(a.messageId, QByteArrayLiteral("report-1@example.org"));
        QCOMPARE(a.body, in.body);
        QVERIFY(!a.bodyTruncated);
        QVERIFY(a.raw.isEmpty()); // the list leaves raw bytes out
        QCOMPARE(a.contentHash, in.contentHash);
        QCOMPARE(a.encryption, MessageEncryption::Encrypted);
        QCOMPARE(a.signature, SignatureState::Valid);
        QCOMPARE(a.signer, in.signer);
        QVERIFY(!a.sentAt.isValid());
        QCOMPARE(a.recordedAt, Clock::nowUtc());
        QCOMPARE(a.recordedBy, QStringLiteral("tester"));

        const CorrespondenceMessage &b = list->at(1);
        QCOMPARE(b.direction, MessageDirection::Outgoing);
        QCOMPARE(b.messageId, QByteArrayLiteral("ack-1@psirt.example.com"));
        QCOMPARE(b.inReplyTo, QByteArrayLiteral("report-1@example.org"));
        QCOMPARE(b.references, (QByteArrayList {"report-1@example.org", "x@y"}));
        QCOMPARE(b.templateName, QStringLiteral("acknowledgement"));
        QCOMPARE(b.sentAt, out.sentAt);
        QCOMPARE(b.encryption, MessageEncryption::None);
        QCOMPARE(b.signature, SignatureState::NotSigned);

        const auto full = store.message(*inId);
        QVERIFY(full.ok());
        QCOMPARE(full->raw, in.raw);
        QVERIFY(!store.message(*outId + 100).ok());

        // Audited in the case's history.
        const auto log = cases.auditLog(*caseId);
        QVERIFY(log.ok());
        int entries = 0;
        for (const AuditEntry &e : *log) {
            if (e.field == u"correspondence") {
                ++entries;
                QCOMPARE(e.actor, QStringLiteral("tester"));
            }
        }
        QCOMPARE(entries, 2);
    }

    void lookups_data() { TestSupport::addBackendRows(); }
    void lookups()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        const auto first = cases.createCase(TestSupport::minimalReport(QStringLiteral("First")));
        const auto second = cases.createCase(TestSupport::minimalReport(QStringLiteral("Second")));
        QVERIFY(first.ok() && second.ok());
        CorrespondenceStore store(*db, cases.auditLog());
        QVERIFY(store.record(incoming(*first)).ok());
        CorrespondenceMessage other = incoming(*second);
        other.messageId = QByteArrayLiteral("other@example.org");
        other.contentHash = QByteArrayLiteral("aa");
        QVERIFY(store.record(other).ok());

        QCOMPARE(*store.caseForMessageId("report-1@example.org"), *first);
        QCOMPARE(*store.caseForMessageId(" <report-1@example.org> "), *first);
        QCOMPARE(*store.caseForMessageId("<other@example.org>"), *second);
        QCOMPARE(*store.caseForMessageId("unknown@example.org"), qint64(0));
        QCOMPARE(*store.caseForMessageId(""), qint64(0));
        QCOMPARE(*store.caseForMessageId("' OR 1=1 --"), qint64(0));
        // The newest reference that is known wins.
        QCOMPARE(
            *store.caseForReferences({"<report-1@example.org>", "<other@example.org>", "<new@x>"}), *second);
        QCOMPARE(*store.caseForReferences({"<nothing@x>"}), qint64(0));
        QCOMPARE(*store.caseForReferences({}), qint64(0));

        const auto hashed = store.messageWithContentHash(incoming(0).contentHash);
        QVERIFY(hashed.ok() && *hashed > 0);
        QCOMPARE(store.message(*hashed)->caseId, *first);
        QCOMPARE(*store.messageWithContentHash("bb"), qint64(0));
    }

    void orderedByDate_data() { TestSupport::addBackendRows(); }
    void orderedByDate()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        const auto caseId = cases.createCase(TestSupport::minimalReport(QStringLiteral("Order")));
        QVERIFY(caseId.ok());
        CorrespondenceStore store(*db, cases.auditLog());
        // Recorded out of order (an import of an old mailbox); the log follows the dates.
        for (const int day : {5, 2, 9}) {
            CorrespondenceMessage m = incoming(*caseId);
            m.date = at(day, 8);
            m.subject = QString::number(day);
            QVERIFY(store.record(m).ok());
        }
        CorrespondenceMessage undated = incoming(*caseId);
        undated.date = {};
        undated.subject = QStringLiteral("undated"); // sorts by when it was recorded (23rd)
        QVERIFY(store.record(undated).ok());
        const auto list = store.messages(*caseId);
        QVERIFY(list.ok());
        QStringList subjects;
        for (const CorrespondenceMessage &m : *list)
            subjects.append(m.subject);
        QCOMPARE(subjects,
            (QStringList {
                QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("9"), QStringLiteral("undated")}));
    }

    void hostileTextRoundTrips_data()
    {
        QTest::addColumn<Database::Backend>("backend");
        QTest::addColumn<QString>("text");
        for (const auto &[name, text] : TestSupport::hostileTexts()) {
            QTest::newRow(qPrintable(QStringLiteral("sqlite/") + name)) << Database::Backend::SQLite << text;
            QTest::newRow(qPrintable(QStringLiteral("postgresql/") + name))
                << Database::Backend::PostgreSQL << text;
        }
    }
    void hostileTextRoundTrips()
    {
        QFETCH(Database::Backend, backend);
        QFETCH(QString, text);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        const auto caseId = cases.createCase(TestSupport::minimalReport(QStringLiteral("Hostile")));
        QVERIFY(caseId.ok());
        CorrespondenceStore store(*db, cases.auditLog());
        CorrespondenceMessage m = incoming(*caseId);
        m.body = text;
        m.subject = text.left(4096);
        m.from = text.left(4096);
        const auto id = store.record(m);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto back = store.message(*id);
        QVERIFY(back.ok());
        QCOMPARE(back->body, text.left(CorrespondenceStore::maxBodyChars));
        QCOMPARE(back->subject, text.left(4096));
        QCOMPARE(back->from, text.left(4096));
    }

    void boundsAndRefusals_data() { TestSupport::addBackendRows(); }
    void boundsAndRefusals()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        const auto caseId = cases.createCase(TestSupport::minimalReport(QStringLiteral("Bounds")));
        QVERIFY(caseId.ok());
        CorrespondenceStore store(*db, cases.auditLog());

        CorrespondenceMessage big = incoming(*caseId);
        big.body = QString(CorrespondenceStore::maxBodyChars + 10, QLatin1Char('x'));
        big.subject = QString(100000, QLatin1Char('s'));
        const auto bigId = store.record(big);
        QVERIFY2(bigId.ok(), qPrintable(bigId.error()));
        const auto back = store.message(*bigId);
        QVERIFY(back->bodyTruncated);
        QCOMPARE(back->body.size(), CorrespondenceStore::maxBodyChars);
        QCOMPARE(back->subject.size(), 4096);

        CorrespondenceMessage huge = incoming(*caseId);
        huge.raw = QByteArray(CorrespondenceStore::maxRawBytes + 1, 'r');
        QVERIFY(!store.record(huge).ok());

        CorrespondenceMessage orphan = incoming(0);
        QVERIFY(!store.record(orphan).ok());
        orphan.caseId = *caseId + 1000; // no such case: the foreign key refuses it
        QVERIFY(!store.record(orphan).ok());
        QCOMPARE(store.messages(*caseId)->size(), 1);
    }

    void markSent_data() { TestSupport::addBackendRows(); }
    void markSent()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        const auto caseId = cases.createCase(TestSupport::minimalReport(QStringLiteral("Sent")));
        QVERIFY(caseId.ok());
        CorrespondenceStore store(*db, cases.auditLog());
        CorrespondenceMessage out = incoming(*caseId);
        out.direction = MessageDirection::Outgoing;
        const auto id = store.record(out);
        QVERIFY(id.ok());
        QSignalSpy changed(&cases, &CaseStore::caseChanged);
        QVERIFY(!store.markSent(*id, {}).ok());
        const Status s = store.markSent(*id, at(23, 12));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.message(*id)->sentAt, at(23, 12));
        QVERIFY(!store.markSent(*id + 50, at(23, 12)).ok());
    }
};

QTEST_GUILESS_MAIN(TestCorrespondenceStore)
#include "tst_correspondencestore.moc"
