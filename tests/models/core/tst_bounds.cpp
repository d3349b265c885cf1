#include "TestSupport.h"
#include "advisory/AdvisoryData.h"
#include "core/Analyst.h"
#include "core/Case.h"
#include "correspondence/CorrespondenceStore.h"
#include "cvss/CvssVector.h"
#include "demo/DemoGenerator.h"
#include "evidence/EvidenceCrypto.h"
#include "evidence/EvidenceStore.h"
#include "intake/MailImporter.h"
#include "intake/MailLimits.h"
#include "intake/MailParser.h"
#include "intake/MailSource.h"
#include "sla/BusinessCalendar.h"
#include "sla/DisclosurePolicy.h"
#include "sla/PolicyStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Issue 13, "Bounded everything": one slot per bound on outside input (docs/bounds.md
// lists them). Each slot gives the reader input exactly at its bound, which is taken, and
// one past it, which is refused with the intended message while nothing stored changes.
// Real parsers and a real SQLite file throughout.
class TestBounds final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void cvssVectorLength();
    void caseFieldLength_data();
    void caseFieldLength();
    void evidenceNoteLength();
    void evidenceFileNameLength();
    void evidenceSize();
    void mailMessageBytes();
    void mailHeaderLineBytes();
    void mailHeaderLines();
    void mailParts();
    void mailAttachments();
    void mailBodyChars();
    void correspondenceRawBytes();
    void correspondenceBodyChars();
    void policyClockCount();
    void policyClockDuration();
    void policyNoteCount();
    void calendarDaysPerList();
    void policyDocumentBytesOnLoad();
    void policyDocumentBytesOnSave();
    void advisoryListLength();
    void demoCases();

private:
    struct Cases
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<CaseStore> store;
        qint64 caseId = 0;
    };
    Cases cases();
    // The evidence store of f, initialised; nullptr when it cannot be.
    static std::unique_ptr<EvidenceStore> evidence(const Cases &f);
    static qint64 count(Database &db, const char *sql);
    static DisclosurePolicy policyWithClocks(int clocks);
    static CorrespondenceMessage incoming(qint64 caseId, const QByteArray &messageId);
};

namespace {

QByteArray message(const QByteArray &extraHeaders, const QByteArray &body = "A report.\n")
{
    return "From: Reporter <r@example.org>\nTo: psirt@example.com\nSubject: PSIRT Case: bounds\n"
           "Message-ID: <bounds@example.org>\n"
        + extraHeaders + "\n" + body;
}

// A multipart/mixed message with the text part and `attachments` small attachments.
QByteArray withAttachments(int attachments)
{
    QByteArray m = message("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n", {});
    m += "--b\nContent-Type: text/plain\n\nSee attached.\n";
    for (int i = 0; i < attachments; ++i) {
        m += "--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"a"
            + QByteArray::number(i) + ".bin\"\n\nx\n";
    }
    m += "--b--\n";
    return m;
}

} // namespace

void TestBounds::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
    Analyst::setCurrent(u"tester"_s);
    QVERIFY2(EvidenceCrypto::unavailableReason().isEmpty(), qPrintable(EvidenceCrypto::unavailableReason()));
}

TestBounds::Cases TestBounds::cases()
{
    Cases f;
    f.db = open();
    if (!f.db)
        return f;
    f.store = std::make_unique<CaseStore>(*f.db);
    f.caseId = *f.store->createCase(TestSupport::minimalReport(u"bounds case"_s));
    return f;
}

std::unique_ptr<EvidenceStore> TestBounds::evidence(const Cases &f)
{
    auto store = std::make_unique<EvidenceStore>(*f.db, f.store->auditLog());
    if (const Status s = store->initialise(u"correct horse battery staple"_s, 1000); !s) {
        qWarning("initialise failed: %s", qPrintable(s.error()));
        return nullptr;
    }
    return store;
}

qint64 TestBounds::count(Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

DisclosurePolicy TestBounds::policyWithClocks(int clocks)
{
    DisclosurePolicy p;
    p.setId(u"bounds"_s);
    p.setName(u"Bounds"_s);
    QList<ClockRule> rules;
    for (int i = 0; i < clocks; ++i) {
        ClockRule c;
        c.id = u"clock-%1"_s.arg(i);
        c.name = u"Clock %1"_s.arg(i);
        c.amount = 5;
        c.unit = ClockRule::Unit::BusinessDays;
        c.start = SlaEvent::Received;
        c.stopEvents = {SlaEvent::Acknowledged};
        rules.append(c);
    }
    p.setClocks(rules);
    return p;
}

CorrespondenceMessage TestBounds::incoming(qint64 caseId, const QByteArray &messageId)
{
    CorrespondenceMessage m;
    m.caseId = caseId;
    m.direction = MessageDirection::Incoming;
    m.date = QDateTime(QDate(2026, 9, 2), QTime(9, 0), QTimeZone::UTC);
    m.from = u"Ada Researcher <ada@example.org>"_s;
    m.to = u"psirt@example.com"_s;
    m.subject = u"PSIRT Case: bounds"_s;
    m.messageId = messageId;
    m.body = u"Hello"_s;
    m.raw = "From: ada@example.org\r\n\r\nHello";
    m.contentHash = QCryptographicHash::hash(messageId, QCryptographicHash::Sha256).toHex();
    return m;
}

// CvssVector::kMaxLength: a vector of exactly 512 characters is parsed (and found wrong
// for other reasons), one of 513 is refused for its length before it is looked at.
void TestBounds::cvssVectorLength()
{
    const QByteArray prefix = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/";
    const QByteArray atBound = prefix + QByteArray(CvssVector::kMaxLength - prefix.size(), 'X');
    QCOMPARE(atBound.size(), CvssVector::kMaxLength);
    CvssVector vector;
    const CvssError at = vector.parse(std::string_view(atBound.constData(), std::size_t(atBound.size())));
    QVERIFY(at.code != CvssError::Code::TooLong);
    const QByteArray past = atBound + 'X';
    const CvssError over = vector.parse(std::string_view(past.constData(), std::size_t(past.size())));
    QCOMPARE(over.code, CvssError::Code::TooLong);
    QVERIFY2(over.message().contains(QString::number(CvssVector::kMaxLength)), qPrintable(over.message()));
}

void TestBounds::caseFieldLength_data()
{
    QTest::addColumn<int>("fieldNumber");
    QTest::newRow("title") << int(CaseField::Title);
    QTest::newRow("description") << int(CaseField::Description);
    QTest::newRow("steps") << int(CaseField::StepsToReproduce);
    QTest::newRow("reporter") << int(CaseField::ReporterName);
    QTest::newRow("owner") << int(CaseField::Owner);
}

// CaseFieldInfo::maxLength, what every edit (GUI, import, prefill) goes through.
void TestBounds::caseFieldLength()
{
    QFETCH(int, fieldNumber);
    const auto field = CaseField(fieldNumber);
    Cases f = cases();
    QVERIFY(f.store);
    const qsizetype max = CaseFieldInfo::maxLength(field);
    const QString atBound(max, u'a');
    QVERIFY2(f.store->setField(f.caseId, field, atBound).ok(), "at the bound");
    QCOMPARE(f.store->caseById(f.caseId)->value(field).toString(), atBound);
    const int rowVersion = f.store->caseById(f.caseId)->rowVersion;

    const Status refused = f.store->setField(f.caseId, field, QString(atBound + u'b'));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"too long"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QString::number(max)), qPrintable(refused.error()));
    QCOMPARE(f.store->caseById(f.caseId)->value(field).toString(), atBound);
    QCOMPARE(f.store->caseById(f.caseId)->rowVersion, rowVersion);
}

// EvidenceStore::maxNoteLength.
void TestBounds::evidenceNoteLength()
{
    Cases f = cases();
    QVERIFY(f.store);
    const auto store = evidence(f);
    QVERIFY(store);
    const auto added
        = store->addData(f.caseId, "poc", u"poc.txt"_s, QString(EvidenceStore::maxNoteLength, u'n'));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const auto refused
        = store->addData(f.caseId, "other", u"other.txt"_s, QString(EvidenceStore::maxNoteLength + 1, u'n'));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), u"The note is longer than %1 characters."_s.arg(EvidenceStore::maxNoteLength));
    QCOMPARE(store->attachments(f.caseId)->size(), 1);
    QCOMPARE(count(*f.db, "SELECT COUNT(*) FROM evidence_blobs"), 1);
}

// EvidenceStore::maxFileNameLength: the name a reporter chose is display text, cut (not
// refused) at the bound.
void TestBounds::evidenceFileNameLength()
{
    Cases f = cases();
    QVERIFY(f.store);
    const auto store = evidence(f);
    QVERIFY(store);
    const QString atBound(EvidenceStore::maxFileNameLength, u'f');
    const auto kept = store->addData(f.caseId, "one", atBound);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
    QCOMPARE(kept->fileName, atBound);
    const auto cut = store->addData(f.caseId, "two", QString(atBound + u'g'));
    QVERIFY2(cut.ok(), qPrintable(cut.error()));
    QCOMPARE(cut->fileName, atBound);
}

// EvidenceStore::maxSize (4 GiB). Writing 4 GiB through the store would take minutes and
// gigabytes, so the bound is tested on sizeAccepted(), the check add() makes, and on a
// sparse file of 4 GiB + 1 byte (no disk blocks behind it): refused before a byte is read
// or written.
void TestBounds::evidenceSize()
{
    QVERIFY(EvidenceStore::sizeAccepted(EvidenceStore::maxSize));
    QVERIFY(!EvidenceStore::sizeAccepted(EvidenceStore::maxSize + 1));

    Cases f = cases();
    QVERIFY(f.store);
    const auto store = evidence(f);
    QVERIFY(store);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"disk.img"_s);
    {
        QFile sparse(path);
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        if (!sparse.resize(EvidenceStore::maxSize + 1))
            QSKIP("this file system cannot make a sparse 4 GiB file");
    }
    const auto refused = store->addFile(f.caseId, path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), u"“disk.img” is larger than the evidence store takes (4 GiB)."_s);
    QCOMPARE(store->attachments(f.caseId)->size(), 0);
    QCOMPARE(count(*f.db, "SELECT COUNT(*) FROM evidence_blobs"), 0);
    QCOMPARE(count(*f.db, "SELECT COUNT(*) FROM evidence_chunks"), 0);
}

// MailLimits::maxMessageBytes on a file: read whole at the bound, skipped unread past it.
void TestBounds::mailMessageBytes()
{
    const MailLimits limits;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray head = message({});
    for (const qint64 size : {limits.maxMessageBytes, limits.maxMessageBytes + 1}) {
        const QString path = dir.filePath(u"m%1.eml"_s.arg(size));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(head), head.size());
        QVERIFY(file.resize(size)); // the rest is NUL bytes, sparse
        file.close();
        MailSource source({path}, limits);
        RawMessage raw;
        QVERIFY(source.next(&raw));
        if (size == limits.maxMessageBytes) {
            QVERIFY2(raw.refusal.isEmpty(), qPrintable(raw.refusal));
            QCOMPARE(raw.bytes.size(), size);
            QCOMPARE(MailParser::precheck(raw.bytes, limits), QString());
        } else {
            QVERIFY(raw.bytes.isEmpty());
            QVERIFY2(raw.refusal.startsWith(u"larger than the limit of "_s), qPrintable(raw.refusal));
            QVERIFY2(!MailParser::precheck(QByteArray(size, 'x'), limits).isEmpty(), "precheck");
        }
    }
}

// MailLimits::maxHeaderLineBytes.
void TestBounds::mailHeaderLineBytes()
{
    const MailLimits limits;
    const QByteArray name = "X-Long: ";
    const QByteArray atBound = name + QByteArray(limits.maxHeaderLineBytes - name.size(), 'h') + '\n';
    QVERIFY(MailParser::parse(message(atBound), limits).ok());
    const QByteArray past = name + QByteArray(limits.maxHeaderLineBytes + 1 - name.size(), 'h') + '\n';
    const auto refused = MailParser::parse(message(past), limits);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
        u"A header line is %1 bytes long (at most %2)."_s.arg(limits.maxHeaderLineBytes + 1)
            .arg(limits.maxHeaderLineBytes));
}

// MailLimits::maxHeaderLines (new with issue 13): counted in the message's header block; a
// refused message is imported as nothing at all.
void TestBounds::mailHeaderLines()
{
    const MailLimits limits;
    const int own = 4; // From, To, Subject, Message-ID in message()
    QByteArray extra;
    for (int i = own; i < limits.maxHeaderLines; ++i)
        extra += "X-Trace: " + QByteArray::number(i) + '\n';
    const QByteArray atBound = message(extra);
    const auto parsed = MailParser::parse(atBound, limits);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->subject, u"PSIRT Case: bounds"_s);

    const QByteArray past = message(QByteArray(extra + "X-Trace: one more\n"));
    const QString expected = u"The message has more than %1 header lines."_s.arg(limits.maxHeaderLines);
    const auto refused = MailParser::parse(past, limits);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), expected);

    Cases f = cases();
    QVERIFY(f.store);
    const int before = *f.store->caseCount();
    MailImporter importer(*f.db, ImportOptions {});
    QVERIFY(importer.prepare().ok());
    RawMessage raw;
    raw.source = u"past.eml"_s;
    raw.bytes = past;
    const ImportOutcome outcome = importer.import(raw);
    QCOMPARE(outcome.kind, ImportOutcome::Kind::Refused);
    QVERIFY2(outcome.message.contains(expected), qPrintable(outcome.message));
    QCOMPARE(*f.store->caseCount(), before);
    QCOMPARE(count(*f.db, "SELECT COUNT(*) FROM correspondence"), 0);

    raw.bytes = atBound;
    QCOMPARE(importer.import(raw).kind, ImportOutcome::Kind::NewReport);
    QCOMPARE(*f.store->caseCount(), before + 1);
}

// MailLimits::maxParts, counted on the raw bytes before GMime's recursive parser runs.
void TestBounds::mailParts()
{
    const MailLimits limits;
    // The root and the text part declare a Content-Type each, every attachment one more.
    const auto atBound = MailParser::parse(withAttachments(limits.maxParts - 2), limits);
    QVERIFY2(atBound.ok(), qPrintable(atBound.error()));
    const auto refused = MailParser::parse(withAttachments(limits.maxParts - 1), limits);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), u"The message has more than %1 MIME parts."_s.arg(limits.maxParts));
}

// MailLimits::maxAttachments: the rest are not kept, and the message says so.
void TestBounds::mailAttachments()
{
    const MailLimits limits;
    const QString note = u"More than %1 attachments; the rest were not kept."_s.arg(limits.maxAttachments);
    const auto atBound = MailParser::parse(withAttachments(limits.maxAttachments), limits);
    QVERIFY2(atBound.ok(), qPrintable(atBound.error()));
    QCOMPARE(atBound->attachments.size(), limits.maxAttachments);
    QVERIFY(!atBound->notes.contains(note));
    const auto past = MailParser::parse(withAttachments(limits.maxAttachments + 1), limits);
    QVERIFY2(past.ok(), qPrintable(past.error()));
    QCOMPARE(past->attachments.size(), limits.maxAttachments);
    QVERIFY(past->notes.contains(note));
}

// MailLimits::maxBodyChars: the text is cut, and the message says so.
void TestBounds::mailBodyChars()
{
    const MailLimits limits;
    const QString note = u"The text was cut at %1 characters."_s.arg(limits.maxBodyChars);
    const auto atBound = MailParser::parse(message({}, QByteArray(limits.maxBodyChars, 'b')), limits);
    QVERIFY2(atBound.ok(), qPrintable(atBound.error()));
    QVERIFY(!atBound->notes.contains(note));
    QVERIFY(atBound->body.size() <= limits.maxBodyChars);
    const auto past = MailParser::parse(message({}, QByteArray(limits.maxBodyChars + 1, 'b')), limits);
    QVERIFY2(past.ok(), qPrintable(past.error()));
    QCOMPARE(past->body.size(), limits.maxBodyChars);
    QVERIFY(past->notes.contains(note));
}

// CorrespondenceStore::maxRawBytes: the raw message kept in the log.
void TestBounds::correspondenceRawBytes()
{
    Cases f = cases();
    QVERIFY(f.store);
    CorrespondenceStore store(*f.db, f.store->auditLog());
    CorrespondenceMessage m = incoming(f.caseId, "<at@example.org>");
    m.raw = QByteArray(CorrespondenceStore::maxRawBytes, 'r');
    const auto kept = store.record(m);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
    QCOMPARE(store.message(*kept)->raw.size(), CorrespondenceStore::maxRawBytes);
    m = incoming(f.caseId, "<past@example.org>");
    m.raw = QByteArray(CorrespondenceStore::maxRawBytes + 1, 'r');
    const auto refused = store.record(m);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
        u"The message is larger than %1 MiB; keep it as evidence and record a reference to it."_s.arg(
            CorrespondenceStore::maxRawBytes / (1024 * 1024)));
    QCOMPARE(store.messages(f.caseId)->size(), 1);
}

// CorrespondenceStore::maxBodyChars: the text is cut and marked as cut.
void TestBounds::correspondenceBodyChars()
{
    Cases f = cases();
    QVERIFY(f.store);
    CorrespondenceStore store(*f.db, f.store->auditLog());
    CorrespondenceMessage m = incoming(f.caseId, "<at@example.org>");
    m.body = QString(CorrespondenceStore::maxBodyChars, u'b');
    const auto whole = store.message(*store.record(m));
    QCOMPARE(whole->body.size(), CorrespondenceStore::maxBodyChars);
    QVERIFY(!whole->bodyTruncated);
    m = incoming(f.caseId, "<past@example.org>");
    m.body = QString(CorrespondenceStore::maxBodyChars + 1, u'b');
    const auto cut = store.message(*store.record(m));
    QCOMPARE(cut->body.size(), CorrespondenceStore::maxBodyChars);
    QVERIFY(cut->bodyTruncated);
}

// DisclosurePolicy::maxClocks (new with issue 13), on save; the stored policy stays.
void TestBounds::policyClockCount()
{
    auto db = open();
    QVERIFY(db);
    PolicyStore store(*db);
    const DisclosurePolicy atBound = policyWithClocks(DisclosurePolicy::maxClocks);
    QVERIFY(store.savePolicy(atBound).ok());
    const Status refused = store.savePolicy(policyWithClocks(DisclosurePolicy::maxClocks + 1));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
        u"A policy has at most %1 clocks; this one has %2."_s.arg(DisclosurePolicy::maxClocks)
            .arg(DisclosurePolicy::maxClocks + 1));
    const auto stored = store.policy(atBound.id());
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored->clocks().size(), DisclosurePolicy::maxClocks);
}

// A clock's duration (3660, in DisclosurePolicy::fromJson): ten years.
void TestBounds::policyClockDuration()
{
    auto db = open();
    QVERIFY(db);
    PolicyStore store(*db);
    DisclosurePolicy p = policyWithClocks(1);
    QList<ClockRule> clocks = p.clocks();
    clocks[0].amount = 3660;
    p.setClocks(clocks);
    QVERIFY(store.savePolicy(p).ok());
    clocks[0].amount = 3661;
    p.setClocks(clocks);
    const Status refused = store.savePolicy(p);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), u"Clock “clock-0” needs a duration between 0 and 3660."_s);
    QCOMPARE(store.policy(p.id())->clocks().constFirst().amount, 3660);
}

// DisclosurePolicy::maxNotes (new with issue 13).
void TestBounds::policyNoteCount()
{
    auto db = open();
    QVERIFY(db);
    PolicyStore store(*db);
    DisclosurePolicy p = policyWithClocks(1);
    QList<PolicyNote> notes;
    for (int i = 0; i < DisclosurePolicy::maxNotes; ++i)
        notes.append(PolicyNote {u"n%1"_s.arg(i), u"Note %1"_s.arg(i)});
    p.setNotes(notes);
    QVERIFY(store.savePolicy(p).ok());
    notes.append(PolicyNote {u"one-more"_s, u"One more"_s});
    p.setNotes(notes);
    const Status refused = store.savePolicy(p);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
        u"A policy has at most %1 notes; this one has %2."_s.arg(DisclosurePolicy::maxNotes)
            .arg(DisclosurePolicy::maxNotes + 1));
    QCOMPARE(store.policy(p.id())->notes().size(), DisclosurePolicy::maxNotes);
}

// BusinessCalendar::maxDaysPerList (new with issue 13).
void TestBounds::calendarDaysPerList()
{
    auto db = open();
    QVERIFY(db);
    PolicyStore store(*db);
    BusinessCalendar c;
    c.setId(u"bounds"_s);
    c.setName(u"Bounds"_s);
    const QDate first(2020, 1, 1);
    for (int i = 0; i < BusinessCalendar::maxDaysPerList; ++i)
        c.addShutdownDay(first.addDays(i), u"closed"_s);
    QVERIFY(store.saveCalendar(c).ok());
    c.addShutdownDay(first.addDays(BusinessCalendar::maxDaysPerList), u"closed"_s);
    const Status refused = store.saveCalendar(c);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
        u"A calendar lists at most %1 days of one kind; this one lists %2."_s
            .arg(BusinessCalendar::maxDaysPerList)
            .arg(BusinessCalendar::maxDaysPerList + 1));
    QCOMPARE(store.calendar(c.id())->shutdownDays().size(), BusinessCalendar::maxDaysPerList);
}

// PolicyStore::maxDocumentBytes on load (new with issue 13): a document another client
// wrote into the team database is not parsed when it is larger; the others still load.
void TestBounds::policyDocumentBytesOnLoad()
{
    auto db = open();
    QVERIFY(db);
    PolicyStore store(*db);
    QVERIFY(store.seedPresets().ok());
    QByteArray json = QJsonDocument(policyWithClocks(1).toJson()).toJson(QJsonDocument::Compact);
    json += QByteArray(PolicyStore::maxDocumentBytes - json.size(), ' '); // JSON allows the padding
    QCOMPARE(json.size(), PolicyStore::maxDocumentBytes);
    {
        QSqlQuery q(db->connection());
        q.prepare(
            u"INSERT INTO sla_policies (id, name, json, updated_at) VALUES ('bounds', 'Bounds', ?, 0)"_s);
        q.addBindValue(QString::fromUtf8(json));
        QVERIFY(q.exec());
    }
    const auto atBound = store.policy(u"bounds"_s);
    QVERIFY2(atBound.ok(), qPrintable(atBound.error()));
    QVERIFY(store.policies().ok());
    {
        QSqlQuery q(db->connection());
        q.prepare(u"UPDATE sla_policies SET json = ? WHERE id = 'bounds'"_s);
        q.addBindValue(QString::fromUtf8(QByteArray(json + ' ')));
        QVERIFY(q.exec());
    }
    const QString expected = u"A stored policy or calendar is larger than %1 KiB; it was not read."_s.arg(
        PolicyStore::maxDocumentBytes / 1024);
    const auto refused = store.policy(u"bounds"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), expected);
    QCOMPARE(store.policies().error(), expected);
    QVERIFY(store.policy(DisclosurePolicy::iso29147Id()).ok());
}

// PolicyStore::maxDocumentBytes on save: three lists of 3,660 days with long names in a
// three-byte script come to more than 4 MiB; nothing is written that could not be read.
void TestBounds::policyDocumentBytesOnSave()
{
    auto db = open();
    QVERIFY(db);
    PolicyStore store(*db);
    BusinessCalendar c;
    c.setId(u"bounds"_s);
    c.setName(u"Bounds"_s);
    c.addHoliday(QDate(2020, 1, 1), u"New Year"_s);
    QVERIFY(store.saveCalendar(c).ok());
    const QString longName(200, QChar(0x4F11)); // 休, three bytes in UTF-8
    const QDate first(2020, 1, 2);
    for (int i = 0; i < BusinessCalendar::maxDaysPerList; ++i) {
        if (i + 1 < BusinessCalendar::maxDaysPerList) // the list's bound, with New Year
            c.addHoliday(first.addDays(i), longName);
        c.addShutdownDay(first.addDays(i), longName);
    }
    const Status refused = store.saveCalendar(c);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
        u"This policy or calendar would take more than %1 KiB; shorten its texts or lists."_s.arg(
            PolicyStore::maxDocumentBytes / 1024));
    const auto stored = store.calendar(c.id());
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored->holidays().size(), 1);
    QVERIFY(stored->shutdownDays().isEmpty());
}

// AdvisoryData::maxItems, checked before an advisory is stored (tst_advisorystore shows
// the store refusing it).
void TestBounds::advisoryListLength()
{
    AdvisoryData a;
    for (int i = 0; i < AdvisoryData::maxItems; ++i)
        a.acknowledgments.append({u"n%1"_s.arg(i), QString(), false});
    const Status atBound = a.validate();
    QVERIFY2(atBound.ok(), qPrintable(atBound.error()));
    a.acknowledgments.append({u"one more"_s, QString(), false});
    const Status refused = a.validate();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), u"An advisory list holds at most %1 entries."_s.arg(AdvisoryData::maxItems));
}

// DemoGenerator::maxCases, checked before anything is written.
void TestBounds::demoCases()
{
    DemoOptions options;
    options.now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC);
    options.cases = DemoGenerator::maxCases;
    QVERIFY(DemoGenerator::check(options).ok());
    options.cases = DemoGenerator::maxCases + 1;
    const Status refused = DemoGenerator::check(options);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QString::number(DemoGenerator::maxCases)), qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(TestBounds)
#include "tst_bounds.moc"
