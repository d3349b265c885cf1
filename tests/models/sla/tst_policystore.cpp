#include "TestSupport.h"
#include "sla/PolicyStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestPolicyStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void init();
    void cleanup();
    void migrationVersion2();
    void seedsPresets();
    void seedKeepsEdits();
    void saveAndLoadPolicy();
    void saveAndLoadCalendar();
    void rejectsInvalid();
    void defaults();
    void hostileIds();
    void survivesReopen();
    void postgres();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestPolicyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cases.sqlite"));
    m_db = std::make_unique<Database>();
    const Status s = m_db->open(m_path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

void TestPolicyStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPolicyStore::migrationVersion2()
{
    QVERIFY(Migrations::latestVersion() >= 2);
    QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
    QSqlQuery applied(m_db->connection());
    QVERIFY(applied.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = 2")));
    QVERIFY(applied.next());
    QCOMPARE(applied.value(0).toInt(), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sla_policies")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // presets are seeded by PolicyStore, not by the migration
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'sla_default_policy'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("iso29147-5-15-90"));
}

void TestPolicyStore::seedsPresets()
{
    PolicyStore store(*m_db);
    QVERIFY(store.seedPresets().ok());
    QVERIFY(store.seedPresets().ok()); // idempotent
    const auto policies = store.policies();
    QVERIFY2(policies.ok(), qPrintable(policies.error()));
    QCOMPARE(*policies, DisclosurePolicy::presets());
    const auto calendars = store.calendars();
    QVERIFY(calendars.ok());
    QCOMPARE(calendars->size(), 2);
    QCOMPARE(*store.calendar(QStringLiteral("CN")), BusinessCalendar::china());
    QCOMPARE(*store.calendar(QStringLiteral("US")), BusinessCalendar::unitedStates());
}

void TestPolicyStore::seedKeepsEdits()
{
    PolicyStore store(*m_db);
    QVERIFY(store.seedPresets().ok());
    DisclosurePolicy edited = DisclosurePolicy::iso29147();
    QList<ClockRule> clocks = edited.clocks();
    clocks[0].amount = 3;
    edited.setClocks(clocks);
    QVERIFY(store.savePolicy(edited).ok());
    QVERIFY(store.seedPresets().ok());
    QCOMPARE(store.policy(edited.id())->clocks().at(0).amount, 3);
}

void TestPolicyStore::saveAndLoadPolicy()
{
    PolicyStore store(*m_db);
    DisclosurePolicy p;
    p.setId(QStringLiteral("team"));
    p.setName(QStringLiteral("Team policy — 48 h triage"));
    p.addClock(ClockRule {QStringLiteral("triage"), QStringLiteral("Triage"), QString(), 48,
        ClockRule::Unit::Hours, SlaEvent::Received, {SlaEvent::Triaged}, {}, true, 4});
    QVERIFY(store.savePolicy(p).ok());
    QCOMPARE(*store.policy(QStringLiteral("team")), p);
    p.setName(QStringLiteral("Renamed"));
    QVERIFY(store.savePolicy(p).ok());
    QCOMPARE(store.policy(QStringLiteral("team"))->name(), QStringLiteral("Renamed"));
    QCOMPARE(store.policies()->size(), 1);
    QVERIFY(store.removePolicy(QStringLiteral("team")).ok());
    QVERIFY(!store.policy(QStringLiteral("team")).ok());
}

void TestPolicyStore::saveAndLoadCalendar()
{
    PolicyStore store(*m_db);
    BusinessCalendar c = BusinessCalendar::unitedStates();
    c.setId(QStringLiteral("us-acme"));
    c.addShutdownDay(QDate(2026, 12, 28), QStringLiteral("Year-end shutdown"));
    QVERIFY(store.saveCalendar(c).ok());
    const auto back = store.calendar(QStringLiteral("us-acme"));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(*back, c);
    QVERIFY(!back->isBusinessDay(QDate(2026, 12, 28)));
    QVERIFY(store.removeCalendar(QStringLiteral("us-acme")).ok());
    QVERIFY(!store.calendar(QStringLiteral("us-acme")).ok());
}

void TestPolicyStore::rejectsInvalid()
{
    PolicyStore store(*m_db);
    DisclosurePolicy nameless; // no id
    QVERIFY(!store.savePolicy(nameless).ok());
    // A damaged row is reported, not crashed on.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO sla_policies (id, name, json, updated_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(QStringLiteral("broken"));
    q.addBindValue(QStringLiteral("broken"));
    q.addBindValue(QStringLiteral("{not json"));
    q.addBindValue(0);
    QVERIFY(q.exec());
    QVERIFY(!store.policy(QStringLiteral("broken")).ok());
    QVERIFY(!store.policies().ok());
}

void TestPolicyStore::defaults()
{
    PolicyStore store(*m_db);
    QVERIFY(store.seedPresets().ok());
    QCOMPARE(store.defaultPolicyId(), QStringLiteral("iso29147-5-15-90"));
    QCOMPARE(store.defaultCalendarId(), QStringLiteral("US"));
    QVERIFY(store.timeZoneId().isEmpty());
    QVERIFY(store.setDefaultPolicyId(QStringLiteral("psirt-7-90")).ok());
    QCOMPARE(store.defaultPolicyId(), QStringLiteral("psirt-7-90"));
    QVERIFY(!store.setDefaultPolicyId(QStringLiteral("missing")).ok());
    QVERIFY(store.setDefaultCalendarId(QStringLiteral("CN")).ok());
    QCOMPARE(store.defaultCalendarId(), QStringLiteral("CN"));
    QVERIFY(store.setTimeZoneId(QStringLiteral("Asia/Shanghai")).ok());
    QCOMPARE(store.timeZoneId(), QStringLiteral("Asia/Shanghai"));
    QVERIFY(!store.setTimeZoneId(QStringLiteral("Mars/Olympus")).ok());
}

void TestPolicyStore::hostileIds()
{
    PolicyStore store(*m_db);
    const QString id = QStringLiteral("x'); DROP TABLE sla_policies; --");
    DisclosurePolicy p;
    p.setId(id);
    const Status saved = store.savePolicy(p);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(store.policy(id)->id(), id);
    QVERIFY(store.policies().ok());
}

void TestPolicyStore::survivesReopen()
{
    {
        PolicyStore store(*m_db);
        QVERIFY(store.seedPresets().ok());
        QVERIFY(store.setDefaultPolicyId(QStringLiteral("psirt-7-90")).ok());
    }
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_path).ok());
    PolicyStore store(*m_db);
    QCOMPARE(store.defaultPolicyId(), QStringLiteral("psirt-7-90"));
    QCOMPARE(store.policies()->size(), 2);
}

void TestPolicyStore::postgres()
{
    // The same statements on a team database: the test process's throwaway PostgreSQL server.
    QString error;
    QTemporaryDir scratch;
    const QString url = TestSupport::freshLocation(Database::Backend::PostgreSQL, scratch, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    Database pg;
    const Status opened = pg.open(url);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(pg.schemaVersion() >= 2);
    PolicyStore store(pg);
    QVERIFY(store.seedPresets().ok());
    QVERIFY(store.seedPresets().ok());
    QCOMPARE(*store.policy(DisclosurePolicy::psirt790Id()), DisclosurePolicy::psirt790());
    QCOMPARE(*store.calendar(QStringLiteral("CN")), BusinessCalendar::china());

    DisclosurePolicy p = DisclosurePolicy::iso29147();
    p.setId(QStringLiteral("pg-test-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(store.savePolicy(p).ok());
    p.setName(QStringLiteral("Renamed on PostgreSQL"));
    QVERIFY(store.savePolicy(p).ok());
    QCOMPARE(*store.policy(p.id()), p);
    const QString previous = store.defaultPolicyId();
    QVERIFY(store.setDefaultPolicyId(p.id()).ok());
    QCOMPARE(store.defaultPolicyId(), p.id());
    QVERIFY(store.setDefaultPolicyId(previous).ok());
    QVERIFY(store.removePolicy(p.id()).ok());
    QVERIFY(!store.policy(p.id()).ok());
}

QTEST_GUILESS_MAIN(TestPolicyStore)
#include "tst_policystore.moc"
