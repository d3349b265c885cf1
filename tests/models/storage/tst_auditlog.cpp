#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceStore.h"
#include "evidence/EvidenceStore.h"
#include "inbox/AuditLogModel.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <functional>

namespace {

// Everything one client holds over one connection.
struct Client
{
    std::unique_ptr<Database> db;
    std::unique_ptr<CaseStore> cases;
    std::unique_ptr<EvidenceStore> evidence;
    std::unique_ptr<AdvisoryStore> advisories;
    std::unique_ptr<CorrespondenceStore> correspondence;

    explicit Client(std::unique_ptr<Database> opened)
        : db(std::move(opened))
        , cases(std::make_unique<CaseStore>(*db))
        , evidence(std::make_unique<EvidenceStore>(*db, cases->auditLog()))
        , advisories(std::make_unique<AdvisoryStore>(*cases))
        , correspondence(std::make_unique<CorrespondenceStore>(*db, cases->auditLog()))
    { }
};

using Change = std::function<Status(Client &, qint64)>;

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(CaseFields)

// The one change channel: whichever store changes a case, the AuditLog writes its entries,
// bumps the case's row version, and the change arrives as CaseStore::caseChanged with the
// right field bit — in this client after commit, and on PostgreSQL at another analyst's
// CaseStore on a second connection through NOTIFY.
class TestAuditLog final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private:
    static int rowVersion(Database &db, qint64 id)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT row_version FROM cases WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    static void addChangeRows()
    {
        QTest::addColumn<Database::Backend>("backend");
        QTest::addColumn<Change>("change");
        QTest::addColumn<CaseFields>("announced");
        QTest::addColumn<QStringList>("entries");
        const QList<std::tuple<const char *, Change, CaseFields, QStringList>> changes {
            {"case field",
                [](Client &c, qint64 id) {
                    return c.cases->setField(id, CaseField::Owner, QStringLiteral("mei"), 1);
                },
                CaseField::Owner, {QStringLiteral("owner")}},
            {"priority",
                [](Client &c, qint64 id) {
                    return c.cases->setField(id, CaseField::Priority, QStringLiteral("P1"));
                },
                CaseField::Priority, {QStringLiteral("priority")}},
            {"score",
                [](Client &c, qint64 id) {
                    CaseScore s;
                    s.version = QStringLiteral("3.1");
                    s.vector = QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
                    s.score = 9.8;
                    s.severity = QStringLiteral("critical");
                    s.primary = true;
                    return c.cases->setScore(id, s);
                },
                CaseField::Scores | CaseField::CvssVector | CaseField::CvssScore | CaseField::Severity,
                {QStringLiteral("cvss"), QStringLiteral("cvss_vector")}},
            {"evidence",
                [](Client &c, qint64 id) -> Status {
                    if (Status s = c.evidence->initialise(QStringLiteral("team passphrase"), 1000); !s)
                        return s;
                    const auto added
                        = c.evidence->addData(id, QByteArrayLiteral("GET /x"), QStringLiteral("poc.txt"));
                    return added ? Status() : Status::failure(added.error());
                },
                CaseField::Evidence, {QStringLiteral("evidence")}},
            {"advisory",
                [](Client &c, qint64 id) -> Status {
                    AdvisoryData a;
                    a.vulnerabilities = {Vulnerability::withCve(QStringLiteral("CVE-2026-12345"))};
                    const auto saved = c.advisories->save(id, a, 0);
                    return saved ? Status() : Status::failure(saved.error());
                },
                CaseField::Advisory, {QStringLiteral("advisory")}},
            {"correspondence",
                [](Client &c, qint64 id) -> Status {
                    CorrespondenceMessage m;
                    m.caseId = id;
                    m.direction = MessageDirection::Incoming;
                    m.from = QStringLiteral("ada@example.org");
                    m.subject = QStringLiteral("More details");
                    m.body = QStringLiteral("The overflow also needs option 82.");
                    const auto recorded = c.correspondence->record(m);
                    return recorded ? Status() : Status::failure(recorded.error());
                },
                CaseField::Correspondence, {QStringLiteral("correspondence")}},
        };
        for (const auto backend : {Database::Backend::SQLite, Database::Backend::PostgreSQL}) {
            const char *name = backend == Database::Backend::SQLite ? "sqlite" : "postgresql";
            for (const auto &[what, change, announced, entries] : changes)
                QTest::addRow("%s %s", name, what) << backend << change << announced << entries;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC));
    }
    void init() { Analyst::setCurrent(QStringLiteral("tester")); }

    void everyStoreAnnouncesOnOneChannel_data() { addChangeRows(); }
    void everyStoreAnnouncesOnOneChannel()
    {
        QFETCH(Database::Backend, backend);
        QFETCH(Change, change);
        QFETCH(CaseFields, announced);
        QFETCH(QStringList, entries);
        auto db = open(backend);
        QVERIFY(db);
        Client mine(std::move(db));
        const auto id
            = mine.cases->createCase(TestSupport::minimalReport(QStringLiteral("Option 82 overflow")));
        QVERIFY(id);
        QCOMPARE(rowVersion(*mine.db, *id), 1);
        const qsizetype before = mine.cases->auditLog(*id)->size();

        // Another analyst on a second connection, and the History tab's model there.
        std::unique_ptr<Database> theirDb;
        std::unique_ptr<CaseStore> theirs;
        std::unique_ptr<QSignalSpy> theirChanges;
        std::unique_ptr<AuditLogModel> theirHistory;
        std::unique_ptr<QAbstractItemModelTester> tester;
        if (backend == Database::Backend::PostgreSQL) {
            theirDb = std::make_unique<Database>();
            QVERIFY(theirDb->openSibling(*mine.db));
            theirs = std::make_unique<CaseStore>(*theirDb);
            theirChanges = std::make_unique<QSignalSpy>(theirs.get(), &CaseStore::caseChanged);
            theirHistory = std::make_unique<AuditLogModel>(*theirs);
            tester = std::make_unique<QAbstractItemModelTester>(theirHistory.get());
            theirHistory->setCase(*id);
            QCOMPARE(theirHistory->rowCount(), int(before));
        }
        QSignalSpy myChanges(mine.cases.get(), &CaseStore::caseChanged);
        AuditLogModel myHistory(*mine.cases);
        myHistory.setCase(*id);

        Analyst::setCurrent(QStringLiteral("mei"));
        const Status s = change(mine, *id);
        QVERIFY2(s, qPrintable(s.error()));

        // Row version moved on once; the entries are the change's, written as the analyst.
        QCOMPARE(rowVersion(*mine.db, *id), 2);
        const auto log = mine.cases->auditLog(*id);
        QVERIFY(log);
        QStringList fields;
        for (qsizetype i = before; i < log->size(); ++i) {
            fields.append(log->at(i).field);
            QCOMPARE(log->at(i).actor, QStringLiteral("mei"));
        }
        QCOMPARE(fields, entries);
        // The analyst who made the change has seen it.
        const auto rows = mine.cases->inboxRows({*id});
        QVERIFY(rows && rows->size() == 1);
        QVERIFY(!rows->constFirst().unread);

        // Announced here once, after commit, with the right bits; History followed.
        QCOMPARE(myChanges.size(), 1);
        QCOMPARE(myChanges.at(0).at(0).toLongLong(), *id);
        QCOMPARE(myChanges.at(0).at(1).value<CaseFields>(), announced);
        QCOMPARE(myHistory.rowCount(), int(log->size()));

        if (theirs) {
            QTRY_COMPARE(theirChanges->size(), 1);
            QCOMPARE(theirChanges->at(0).at(0).toLongLong(), *id);
            QCOMPARE(theirChanges->at(0).at(1).value<CaseFields>(), announced);
            QCOMPARE(theirHistory->rowCount(), int(log->size()));
        }
    }

    void rolledBackChangeIsNeverAnnounced_data() { TestSupport::addBackendRows(); }
    void rolledBackChangeIsNeverAnnounced()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        Client mine(std::move(db));
        const auto id = mine.cases->createCase(TestSupport::minimalReport(QStringLiteral("Rolled back")));
        QVERIFY(id);
        Database theirDb;
        std::unique_ptr<CaseStore> theirs;
        std::unique_ptr<QSignalSpy> theirChanges;
        if (backend == Database::Backend::PostgreSQL) {
            QVERIFY(theirDb.openSibling(*mine.db));
            theirs = std::make_unique<CaseStore>(theirDb);
            theirChanges = std::make_unique<QSignalSpy>(theirs.get(), &CaseStore::caseChanged);
        }
        QSignalSpy myChanges(mine.cases.get(), &CaseStore::caseChanged);

        // A store's change inside a caller's transaction that then fails: nothing happened.
        const Status failed = mine.db->transaction([&]() -> Status {
            if (Status s = mine.cases->setField(*id, CaseField::Owner, QStringLiteral("ghost")); !s)
                return s;
            return Status::failure(QStringLiteral("the caller changes its mind"));
        });
        QVERIFY(!failed);
        QCOMPARE(myChanges.size(), 0);
        QCOMPARE(rowVersion(*mine.db, *id), 1);
        // Nested: the inner change is announced only when the outer transaction commits.
        const Status nested = mine.db->transaction([&]() -> Status {
            if (Status s = mine.cases->setField(*id, CaseField::Owner, QStringLiteral("mei")); !s)
                return s;
            if (myChanges.size() != 0)
                return Status::failure(QStringLiteral("announced before commit"));
            return {};
        });
        QVERIFY2(nested, qPrintable(nested.error()));
        QCOMPARE(myChanges.size(), 1);
        if (theirs) {
            // The first (and only) notification is the committed change.
            QTRY_COMPARE(theirChanges->size(), 1);
            QCOMPARE(theirs->caseById(*id)->owner, QStringLiteral("mei"));
        }
    }

    void createdAndImportedReachOthers()
    {
        auto db = open(Database::Backend::PostgreSQL);
        QVERIFY(db);
        CaseStore mine(*db);
        Database theirDb;
        QVERIFY(theirDb.openSibling(*db));
        CaseStore theirs(theirDb);
        QSignalSpy created(&theirs, &CaseStore::caseCreated);
        QSignalSpy imported(&theirs, &CaseStore::casesImported);
        const auto id = mine.createCase(TestSupport::minimalReport(QStringLiteral("New one")));
        QVERIFY(id);
        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(created.at(0).at(0).toLongLong(), *id);
        Case c;
        c.title = QStringLiteral("Imported");
        c.receivedAt = Clock::nowUtc();
        QVERIFY(mine.importCases({c}, {{}}));
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(imported.at(0).at(0).toInt(), 0);
    }

    void aBackgroundConnectionsChangeIsAnnounced_data() { TestSupport::addBackendRows(); }
    void aBackgroundConnectionsChangeIsAnnounced()
    {
        // A mail import writes through its own connection. On PostgreSQL its NOTIFY tells
        // this client; on SQLite the window announces the cases the import reported.
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore mine(*db);
        const auto id = mine.createCase(TestSupport::minimalReport(QStringLiteral("Imported reply")));
        QVERIFY(id);
        Database importer;
        QVERIFY(importer.openSibling(*db));
        CaseStore theirs(importer);
        CorrespondenceStore log(importer, theirs.auditLog());
        QSignalSpy changed(&mine, &CaseStore::caseChanged);
        CorrespondenceMessage m;
        m.caseId = *id;
        m.from = QStringLiteral("ada@example.org");
        m.subject = QStringLiteral("Re: your case");
        m.body = QStringLiteral("Thanks.");
        QVERIFY(log.record(m));
        mine.auditLog().announceCommitted(*id, CaseField::Correspondence);
        QTRY_COMPARE(changed.size(), 1); // once: by NOTIFY or by the announcement, not both
        QCOMPARE(changed.at(0).at(1).value<CaseFields>(), CaseFields(CaseField::Correspondence));
        QTest::qWait(50);
        QCOMPARE(changed.size(), 1);
    }

    void payloadsDecodeStrictly()
    {
        AuditLog::Kind kind;
        qint64 id = 0;
        CaseFields fields;
        const QString changed
            = AuditLog::payload(AuditLog::Kind::Changed, 42, CaseField::Evidence | CaseField::Title);
        QVERIFY(AuditLog::decode(changed, &kind, &id, &fields));
        QCOMPARE(kind, AuditLog::Kind::Changed);
        QCOMPARE(id, 42);
        QCOMPARE(fields, CaseField::Evidence | CaseField::Title);
        QVERIFY(AuditLog::decode(AuditLog::payload(AuditLog::Kind::Created, 7), &kind, &id, &fields));
        QCOMPARE(kind, AuditLog::Kind::Created);
        QCOMPARE(id, 7);
        QVERIFY(AuditLog::decode(AuditLog::payload(AuditLog::Kind::Imported), &kind, &id, &fields));
        QCOMPARE(kind, AuditLog::Kind::Imported);
        // Anything another client might send that is not ours is ignored.
        for (const QString &bad : {QString(), QStringLiteral("42"), QStringLiteral("changed:x:1"),
                 QStringLiteral("changed:42:0"), QStringLiteral("changed:-1:4"), QStringLiteral("created:"),
                 QStringLiteral("changed:1:2:3"), QStringLiteral("deleted:4")})
            QVERIFY2(!AuditLog::decode(bad, &kind, &id, &fields), qPrintable(bad));
    }

    void onlyTheAuditLogWritesTheAuditTable()
    {
        // One owner per table: the statement appears in AuditLog.cpp and nowhere else.
        const QRegularExpression insert(
            QStringLiteral("insert\\s+into\\s+audit_log"), QRegularExpression::CaseInsensitiveOption);
        QCOMPARE(TestSupport::sourcesMatching(QStringLiteral(PSIRTDESK_SOURCE_DIR), insert),
            QStringList {QStringLiteral("models/storage/AuditLog.cpp")});
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
