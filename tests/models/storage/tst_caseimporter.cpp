#include "TestSupport.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "core/TextSanitizer.h"
#include "storage/CaseColumns.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

// Bulk import through the column map: a case with every field set comes back exactly as it
// went in, through either importCases() overload, on SQLite and on PostgreSQL; and the map
// names every column the migrations give the cases table.
class TestCaseImporter final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private:
    static QDateTime at(int month, int day, int hour, int msec = 0)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 15, 30, msec), QTimeZone::UTC);
    }

    // A case with every member set to something other than its default.
    static Case fullCase(qint64 id, const QString &trackingId, qint64 duplicateOf)
    {
        Case c;
        c.id = id;
        c.trackingId = trackingId;
        c.title = QStringLiteral("Stored XSS in the admin console (%1)").arg(trackingId);
        c.product = QStringLiteral("GigaSpire u6");
        c.productVersion = QStringLiteral("23.4.1");
        c.reporterName = QStringLiteral("Ada Researcher");
        c.reporterEmail = QStringLiteral("ada@example.org");
        c.reporterOrganisation = QStringLiteral("Example Labs");
        c.consentCredit = true;
        c.consentShareIdentity = true;
        c.channel = IntakeChannel::Partner;
        c.receivedAt = at(9, 1, 8, 250);
        // Stored text is escaped and decoded: a NUL and a noncharacter must survive.
        c.description = QStringLiteral("A device name runs as script in the console.\n") + QChar(0)
            + QChar(0xFFFE) + QStringLiteral(" <b>not markup</b>");
        c.stepsToReproduce = QStringLiteral("1. rename the device to <script>\n2. open the console");
        // Inconsistent on purpose (paused and a duplicate): an import takes cases as they are.
        c.status = CaseStatus::NeedsMoreInfo;
        c.pausedFrom = CaseStatus::Triage;
        c.duplicateOf = duplicateOf;
        c.owner = QStringLiteral("tester");
        c.cvssVector = QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:H/UI:R/S:C/C:L/I:L/A:N");
        c.cvssScore = 4.8;
        c.severity = QStringLiteral("Medium");
        c.ssvcVector = QStringLiteral("SSVCv2/E:P/A:N/T:P/M:M/D:T/2026-10-02T00:00:00Z/");
        c.embargoAt = at(12, 24, 16);
        c.embargoReason = QStringLiteral("The fix ships in release 24.1");
        c.slaPolicy = QStringLiteral("partner-90");
        c.priority = QStringLiteral("P2");
        c.acknowledgedAt = at(9, 2, 9, 1);
        c.createdAt = at(9, 1, 9, 500);
        c.updatedAt = at(10, 3, 11, 999);
        c.rowVersion = 5;
        return c;
    }

    static void verifySame(const Case &read, const Case &expected)
    {
        QCOMPARE(read.id, expected.id);
        QCOMPARE(read.trackingId, expected.trackingId);
        QCOMPARE(read.title, expected.title);
        QCOMPARE(read.product, expected.product);
        QCOMPARE(read.productVersion, expected.productVersion);
        QCOMPARE(read.reporterName, expected.reporterName);
        QCOMPARE(read.reporterEmail, expected.reporterEmail);
        QCOMPARE(read.reporterOrganisation, expected.reporterOrganisation);
        QCOMPARE(read.consentCredit, expected.consentCredit);
        QCOMPARE(read.consentShareIdentity, expected.consentShareIdentity);
        QCOMPARE(read.channel, expected.channel);
        QCOMPARE(read.receivedAt, expected.receivedAt);
        QCOMPARE(read.description, expected.description);
        QCOMPARE(read.stepsToReproduce, expected.stepsToReproduce);
        QCOMPARE(read.status, expected.status);
        QCOMPARE(read.pausedFrom, expected.pausedFrom);
        QCOMPARE(read.duplicateOf, expected.duplicateOf);
        QCOMPARE(read.owner, expected.owner);
        QCOMPARE(read.cvssVector, expected.cvssVector);
        QCOMPARE(read.cvssScore, expected.cvssScore);
        QCOMPARE(read.severity, expected.severity);
        QCOMPARE(read.ssvcVector, expected.ssvcVector);
        QCOMPARE(read.embargoAt, expected.embargoAt);
        QCOMPARE(read.embargoReason, expected.embargoReason);
        QCOMPARE(read.slaPolicy, expected.slaPolicy);
        QCOMPARE(read.priority, expected.priority);
        QCOMPARE(read.acknowledgedAt, expected.acknowledgedAt);
        QCOMPARE(read.createdAt, expected.createdAt);
        QCOMPARE(read.updatedAt, expected.updatedAt);
        QCOMPARE(read.rowVersion, expected.rowVersion);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC));
    }
    void init() { Analyst::setCurrent(QStringLiteral("tester")); }

    void importWritesEveryField_data()
    {
        QTest::addColumn<Database::Backend>("backend");
        QTest::addColumn<bool>("fromSource");
        QTest::newRow("sqlite, source") << Database::Backend::SQLite << true;
        QTest::newRow("sqlite, list") << Database::Backend::SQLite << false;
        QTest::newRow("postgresql, source") << Database::Backend::PostgreSQL << true;
        QTest::newRow("postgresql, list") << Database::Backend::PostgreSQL << false;
    }
    void importWritesEveryField()
    {
        QFETCH(Database::Backend, backend);
        QFETCH(bool, fromSource);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore store(*db);
        QSignalSpy imported(&store, &CaseStore::casesImported);

        // The first keeps its id; the second names it as the case it duplicates; the third
        // has every field but an id, which the database gives it.
        Case original = fullCase(7000, QStringLiteral("PSIRT-2026-0040"), 0);
        original.status = CaseStatus::Confirmed;
        original.pausedFrom.reset();
        const Case withId = fullCase(7001, QStringLiteral("PSIRT-2026-0041"), 7000);
        const Case withoutId = fullCase(0, QStringLiteral("PSIRT-2026-0042"), 7000);
        const QList<Case> cases {original, withId, withoutId};
        AuditEntry entry;
        entry.at = at(9, 3, 10);
        entry.actor = QStringLiteral("colleague");
        entry.field = QStringLiteral("owner");
        entry.oldValue = QString();
        entry.newValue = QStringLiteral("tester");
        const QList<QList<AuditEntry>> trails {{}, {entry}, {entry}};

        Status s;
        if (fromSource) {
            qsizetype next = 0;
            s = store.importCases([&](Case *c, QList<AuditEntry> *trail) {
                if (next == cases.size())
                    return false;
                *c = cases.at(next);
                *trail = trails.at(next);
                ++next;
                return true;
            });
        } else {
            s = store.importCases(cases, trails);
        }
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.constFirst().constFirst().toInt(), 3);

        for (const Case &expected : {original, withId}) {
            const auto read = store.caseById(expected.id);
            QVERIFY2(read.ok(), qPrintable(read.error()));
            verifySame(*read, expected);
            if (QTest::currentTestFailed())
                return;
        }
        const auto numbered = store.idForTrackingId(withoutId.trackingId);
        QVERIFY2(numbered.ok(), qPrintable(numbered.error()));
        QVERIFY(*numbered != 7000 && *numbered != 7001);
        Case expected = withoutId;
        expected.id = *numbered;
        const auto read = store.caseById(*numbered);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        verifySame(*read, expected);
        if (QTest::currentTestFailed())
            return;

        // The inbox row carries the columns it shows.
        const auto rows = store.inboxRows({7001});
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 1);
        const InboxRow &row = rows->constFirst();
        QCOMPARE(row.trackingId, withId.trackingId);
        QCOMPARE(row.reporter, withId.reporterName);
        QCOMPARE(row.cvssScore, 4.8);
        QCOMPARE(row.embargoAtMs, withId.embargoAt.toMSecsSinceEpoch());
        QCOMPARE(row.embargoReason, withId.embargoReason);
        QCOMPARE(row.slaPolicy, withId.slaPolicy);
        QCOMPARE(row.priority, withId.priority);
        QCOMPARE(row.updatedAtMs, withId.updatedAt.toMSecsSinceEpoch());

        // The vector became the primary score, the trail the case's history.
        const auto scores = store.scores(7001);
        QVERIFY2(scores.ok(), qPrintable(scores.error()));
        QCOMPARE(scores->size(), 1);
        QCOMPARE(scores->constFirst().version, QStringLiteral("3.1"));
        QCOMPARE(scores->constFirst().vector, withId.cvssVector);
        QCOMPARE(scores->constFirst().score, 4.8);
        QVERIFY(scores->constFirst().primary);
        const auto log = store.auditLog(7001);
        QVERIFY2(log.ok(), qPrintable(log.error()));
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->constFirst().actor, entry.actor);
        QCOMPARE(log->constFirst().at, entry.at);
        QCOMPARE(log->constFirst().newValue, entry.newValue);

        // The next acknowledgement continues after the imported tracking ids, and a case
        // logged after the import gets an id of its own.
        const auto id = store.createCase(TestSupport::minimalReport(QStringLiteral("After the import")));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(*id != 7000 && *id != 7001 && *id != *numbered);
        QVERIFY(store.transition(*id, {CaseStatus::Acknowledged, 0, {}}).ok());
        QCOMPARE(store.caseById(*id)->trackingId, QStringLiteral("PSIRT-2026-0043"));
    }

    void importRefusesOverlongFields_data() { TestSupport::addBackendRows(); }
    void importRefusesOverlongFields()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore store(*db);
        Case c = fullCase(0, QStringLiteral("PSIRT-2026-0001"), 0);
        c.embargoReason = QString(CaseFieldInfo::maxLength(CaseField::EmbargoReason) + 1, u'x');
        const Status s = store.importCases({c}, {});
        QVERIFY(!s.ok());
        QVERIFY2(
            s.error().contains(CaseFieldInfo::displayName(CaseField::EmbargoReason)), qPrintable(s.error()));
        QCOMPARE(*store.caseCount(), 0); // the transaction wrote nothing

        // The refusal repeats the title with its control characters made visible: an
        // imported title cannot drive the terminal or the message bar.
        c.title = QStringLiteral("Evil\x1b[2J title\r\nnext");
        const Status hostile = store.importCases({c}, {});
        QVERIFY(!hostile.ok());
        QVERIFY2(!TextSanitizer::hasInvisibleControls(hostile.error()), qPrintable(hostile.error()));
        QVERIFY2(hostile.error().contains(QStringLiteral("Evil")), qPrintable(hostile.error()));
    }

    void columnMapNamesEveryColumn_data() { TestSupport::addBackendRows(); }
    void columnMapNamesEveryColumn()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM cases")));
        QStringList table;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            // PostgreSQL's full-text index, generated from title, description and steps.
            if (record.fieldName(i) != u"search_vector")
                table.append(record.fieldName(i));
        }
        QStringList mapped;
        for (const CaseColumn c : CaseColumns::all())
            mapped.append(CaseColumns::name(c));
        table.sort();
        mapped.sort();
        QCOMPARE(mapped, table);
        // Every field that is a column maps to the column the audit log names it by.
        for (const CaseColumn c : CaseColumns::all()) {
            CaseField field = CaseField::Title;
            if (CaseFieldInfo::fromColumn(CaseColumns::name(c), &field))
                QCOMPARE(CaseColumns::forField(field), std::optional<CaseColumn>(c));
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseImporter)
#include "tst_caseimporter.moc"
