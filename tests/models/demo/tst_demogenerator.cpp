#include "TestSupport.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceStore.h"
#include "cvss/CvssVector.h"
#include "demo/DemoGenerator.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"
#include "storage/TrackingIdPattern.h"
#include "workflow/Workflow.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

// The demo generator on both backends: reproducible, plausible, and consistent with the
// rules the storage and the workflow enforce for hand-made cases.
class TestDemoGenerator final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC);

    std::unique_ptr<Database> generated(Database::Backend backend, int cases, quint32 seed)
    {
        auto db = open(backend);
        if (!db)
            return nullptr;
        const Status s = DemoGenerator::generate(*db, DemoOptions {cases, seed, m_now});
        if (!s) {
            qWarning("generate failed: %s", qPrintable(s.error()));
            return nullptr;
        }
        return db;
    }

    static QStringList rows(Database &db, const QString &sql)
    {
        QStringList out;
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return {QStringLiteral("error")};
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out.append(values.join(u'|'));
        }
        return out;
    }

    // Everything the generator writes, in a stable order.
    static QStringList dump(Database &db)
    {
        return rows(db,
                   QStringLiteral(
                       "SELECT id, tracking_id, title, product, product_version, reporter_name,"
                       " reporter_email, reporter_org, consent_credit, consent_share_identity, channel,"
                       " received_at, description, steps, status, paused_from, duplicate_of, owner,"
                       " cvss_vector, cvss_score, severity, acknowledged_at, created_at, updated_at,"
                       " row_version FROM cases ORDER BY id"))
            + rows(db,
                QStringLiteral(
                    "SELECT case_id, at, actor, field, old_value, new_value FROM audit_log ORDER BY id"))
            + rows(db, QStringLiteral("SELECT scope, next_value FROM tracking_counters ORDER BY scope"))
            + rows(db,
                QStringLiteral("SELECT name, product_line, third_party, lifecycle, eol_date, obsolete_date"
                               " FROM products ORDER BY name"));
    }

    static QList<Case> allCases(CaseStore &store)
    {
        QList<Case> cases;
        const auto count = store.caseCount();
        for (qint64 id = 1; count && id <= *count; ++id) {
            const auto c = store.caseById(id);
            if (c)
                cases.append(*c);
        }
        return cases;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        // Any use of the wall clock inside the generator would show as a difference.
        Clock::setFixed(QDateTime(QDate(2031, 1, 1), QTime(0, 0), QTimeZone::UTC));
    }

    void sameSeedSameData_data() { TestSupport::addBackendRows(); }
    void sameSeedSameData()
    {
        QFETCH(Database::Backend, backend);
        auto a = generated(backend, 250, 7);
        QVERIFY(a);
        Clock::setFixed(QDateTime(QDate(2032, 6, 1), QTime(3, 0), QTimeZone::UTC));
        auto b = generated(backend, 250, 7);
        QVERIFY(b);
        auto c = generated(backend, 250, 8);
        QVERIFY(c);
        const QStringList dumpA = dump(*a);
        QVERIFY(dumpA.size() > 250 * 4);
        QCOMPARE(dump(*b), dumpA);
        QVERIFY(dump(*c) != dumpA);
    }

    void sameDataOnBothBackends()
    {
        auto lite = generated(Database::Backend::SQLite, 120, 3);
        QVERIFY(lite);
        auto pg = generated(Database::Backend::PostgreSQL, 120, 3);
        QVERIFY(pg);
        QCOMPARE(dump(*pg), dump(*lite));
    }

    void plausibleSpread()
    {
        auto db = generated(Database::Backend::SQLite, 3000, 11);
        QVERIFY(db);
        CaseStore store(*db);
        const QList<Case> cases = allCases(store);
        QCOMPARE(cases.size(), 3000);
        QHash<CaseStatus, int> perStatus;
        QSet<QString> owners;
        QSet<QString> channels;
        int unassignedOpen = 0;
        int nonLatinReporters = 0;
        for (const Case &c : cases) {
            ++perStatus[c.status];
            if (!c.owner.isEmpty())
                owners.insert(c.owner);
            else if (CaseStatuses::isOpen(c.status) && c.status != CaseStatus::New)
                ++unassignedOpen;
            channels.insert(IntakeChannels::id(c.channel));
            QVERIFY(c.receivedAt >= m_now.addDays(-731));
            QVERIFY(c.receivedAt <= m_now);
            QVERIFY(c.updatedAt <= m_now);
            QVERIFY(c.createdAt >= c.receivedAt);
            QVERIFY(!c.title.isEmpty());
            if (std::any_of(c.reporterName.cbegin(), c.reporterName.cend(),
                    [](QChar ch) { return ch.unicode() > 0x24F; }))
                ++nonLatinReporters;
            QCOMPARE(c.pausedFrom.has_value(), c.status == CaseStatus::NeedsMoreInfo);
            // Nothing intake would have refused.
            NewReport asEntered;
            asEntered.title = c.title;
            asEntered.product = c.product;
            asEntered.productVersion = c.productVersion;
            asEntered.reporterName = c.reporterName;
            asEntered.reporterEmail = c.reporterEmail;
            asEntered.reporterOrganisation = c.reporterOrganisation;
            asEntered.receivedAt = c.receivedAt;
            asEntered.description = c.description;
            asEntered.stepsToReproduce = c.stepsToReproduce;
            const auto problems = asEntered.validate();
            QVERIFY2(problems.isEmpty(),
                qPrintable(
                    c.title + u": " + (problems.isEmpty() ? QString() : problems.constFirst().message)));
        }
        for (CaseStatus s : CaseStatuses::all())
            QVERIFY2(perStatus.value(s) > 0, qPrintable(CaseStatuses::id(s)));
        // Old cases are done, young ones in progress: Closed leads, New stays small.
        for (CaseStatus s : CaseStatuses::all())
            QVERIFY(perStatus.value(CaseStatus::Closed) >= perStatus.value(s));
        QVERIFY(perStatus.value(CaseStatus::New) < 3000 / 20);
        QVERIFY(perStatus.value(CaseStatus::Closed) > 3000 / 5);
        QVERIFY(owners.size() >= 5 && owners.size() <= 8);
        QVERIFY(unassignedOpen > 0);
        QVERIFY(channels.size() >= 5);
        QVERIFY(nonLatinReporters > 3000 / 50);

        const auto catalogue = ProductCatalogue(*db).all();
        QVERIFY(catalogue);
        int thirdParty = 0;
        int ended = 0;
        for (const Product &p : *catalogue) {
            thirdParty += p.thirdParty ? 1 : 0;
            if (p.lifecycle != Product::Lifecycle::Active) {
                ++ended;
                QVERIFY(p.endOfLife.isValid());
                QVERIFY(p.endOfLife <= m_now.date());
            }
        }
        QVERIFY(thirdParty >= 3);
        QVERIFY(ended >= 3);
    }

    void trackingIdsFollowAcknowledgement_data() { TestSupport::addBackendRows(); }
    void trackingIdsFollowAcknowledgement()
    {
        QFETCH(Database::Backend, backend);
        auto db = generated(backend, 400, 5);
        QVERIFY(db);
        CaseStore store(*db);
        const QList<Case> cases = allCases(store);
        static const QRegularExpression pattern(QStringLiteral("^PSIRT-(\\d{4})-(\\d{4,})$"));
        QSet<QString> seen;
        QHash<int, QList<qint64>> numbersPerYear;
        QList<const Case *> acknowledged;
        for (const Case &c : cases) {
            QCOMPARE(c.trackingId.isEmpty(), !c.acknowledgedAt.isValid());
            if (c.trackingId.isEmpty())
                continue;
            const auto m = pattern.match(c.trackingId);
            QVERIFY2(m.hasMatch(), qPrintable(c.trackingId));
            QCOMPARE(m.captured(1).toInt(), c.acknowledgedAt.date().year());
            QVERIFY(!seen.contains(c.trackingId));
            seen.insert(c.trackingId);
            numbersPerYear[m.captured(1).toInt()].append(m.captured(2).toLongLong());
            acknowledged.append(&c);
        }
        QVERIFY(seen.size() > 200);
        // Numbers run 1..n per year in the order of acknowledgement.
        std::sort(acknowledged.begin(), acknowledged.end(),
            [](const Case *a, const Case *b) { return a->acknowledgedAt < b->acknowledgedAt; });
        QHash<int, qint64> expected;
        for (const Case *c : std::as_const(acknowledged)) {
            const int year = c->acknowledgedAt.date().year();
            QCOMPARE(c->trackingId,
                QStringLiteral("PSIRT-%1-%2").arg(year).arg(++expected[year], 4, 10, QLatin1Char('0')));
        }
        // A case acknowledged after the import continues the sequence.
        Clock::setFixed(m_now.addSecs(3600));
        NewReport r;
        r.title = QStringLiteral("After the demo");
        r.product = QStringLiteral("Calix SMx");
        r.productVersion = QStringLiteral("24.1");
        r.reporterEmail = QStringLiteral("late@example.org");
        r.description = QStringLiteral("d");
        const auto id = store.createCase(r);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(*id > 400);
        const Status ack = store.transition(*id, {CaseStatus::Acknowledged, 0, {}});
        QVERIFY2(ack, qPrintable(ack.error()));
        QCOMPARE(store.caseById(*id)->trackingId,
            QStringLiteral("PSIRT-2026-%1").arg(expected.value(2026) + 1, 4, 10, QLatin1Char('0')));
    }

    void duplicatesNameEarlierOriginals_data() { TestSupport::addBackendRows(); }
    void duplicatesNameEarlierOriginals()
    {
        QFETCH(Database::Backend, backend);
        auto db = generated(backend, 400, 9);
        QVERIFY(db);
        CaseStore store(*db);
        int duplicates = 0;
        for (const Case &c : allCases(store)) {
            QCOMPARE(c.duplicateOf != 0, c.status == CaseStatus::Duplicate);
            if (c.status != CaseStatus::Duplicate)
                continue;
            ++duplicates;
            QVERIFY(c.duplicateOf < c.id);
            const auto original = store.caseById(c.duplicateOf);
            QVERIFY(original);
            QVERIFY(original->status != CaseStatus::Duplicate);
            QVERIFY(original->status != CaseStatus::Spam);
            QCOMPARE(original->product, c.product);
        }
        QVERIFY(duplicates > 0);
    }

    // Replaying each audit trail through the workflow reaches the stored state: the bulk
    // path writes nothing the per-case path would have refused.
    void auditTrailsReplayThroughWorkflow_data() { TestSupport::addBackendRows(); }
    void auditTrailsReplayThroughWorkflow()
    {
        QFETCH(Database::Backend, backend);
        auto db = generated(backend, 300, 13);
        QVERIFY(db);
        CaseStore store(*db);
        for (const Case &stored : allCases(store)) {
            const auto log = store.auditLog(stored.id);
            QVERIFY(log);
            QVERIFY(!log->isEmpty());
            QCOMPARE(log->constFirst().field, QStringLiteral("created"));
            QCOMPARE(log->constFirst().newValue, stored.title);
            Case replay;
            replay.id = stored.id;
            QDateTime last = log->constFirst().at;
            QCOMPARE(last, stored.createdAt);
            for (const AuditEntry &e : *log) {
                QVERIFY2(e.at >= last, qPrintable(QString::number(stored.id)));
                last = e.at;
                QVERIFY(!e.actor.isEmpty());
                if (e.field == u"status") {
                    CaseStatus to;
                    QVERIFY(CaseStatuses::fromId(e.newValue, &to));
                    QCOMPARE(e.oldValue, CaseStatuses::id(replay.status));
                    const Workflow::TransitionRequest request {to, stored.duplicateOf, {}};
                    const Status legal = Workflow::check(replay, request);
                    QVERIFY2(
                        legal, qPrintable(QStringLiteral("case %1: %2").arg(stored.id).arg(legal.error())));
                    replay.pausedFrom
                        = to == CaseStatus::NeedsMoreInfo ? std::optional(replay.status) : std::nullopt;
                    replay.status = to;
                } else if (e.field == u"tracking_id") {
                    QCOMPARE(e.newValue, stored.trackingId);
                    QCOMPARE(e.at, stored.acknowledgedAt);
                } else if (e.field == u"owner") {
                    replay.owner = e.newValue;
                }
            }
            QCOMPARE(replay.status, stored.status);
            QCOMPARE(replay.pausedFrom, stored.pausedFrom);
            QCOMPARE(replay.owner, stored.owner);
            QCOMPARE(last, stored.updatedAt);
        }
    }

    // Cases reported by e-mail have their thread, and every message is in the audit trail at
    // its time: the report first, the acknowledgement when the tracking id was issued.
    void mailThreadsFollowTheTrail_data() { TestSupport::addBackendRows(); }
    void mailThreadsFollowTheTrail()
    {
        QFETCH(Database::Backend, backend);
        auto db = generated(backend, 300, 13);
        QVERIFY(db);
        CaseStore store(*db);
        CorrespondenceStore mail(*db, store.auditLog());
        int threads = 0;
        int acknowledgements = 0;
        int encrypted = 0;
        for (const Case &c : allCases(store)) {
            const auto messages = mail.messages(c.id);
            QVERIFY(messages);
            const bool byMail
                = c.channel == IntakeChannel::Email || c.channel == IntakeChannel::EncryptedEmail;
            if (!byMail) {
                QVERIFY(messages->isEmpty());
                continue;
            }
            if (messages->isEmpty())
                continue; // spam
            ++threads;
            const CorrespondenceMessage &report = messages->constFirst();
            QCOMPARE(report.direction, MessageDirection::Incoming);
            QCOMPARE(report.subject, c.title);
            QCOMPARE(report.date, c.receivedAt);
            QVERIFY(report.from.contains(c.reporterEmail));
            const auto log = store.auditLog(c.id);
            QVERIFY(log);
            QStringList logged;
            for (const AuditEntry &e : *log) {
                if (e.field == u"correspondence")
                    logged.append(e.newValue);
            }
            QStringList expected;
            for (const CorrespondenceMessage &m : *messages) {
                expected.append(CorrespondenceStore::auditText(m));
                QVERIFY(m.recordedAt >= c.createdAt && m.recordedAt <= c.updatedAt);
                QVERIFY(!m.recordedBy.isEmpty());
                encrypted += m.encryption == MessageEncryption::Encrypted ? 1 : 0;
                if (m.templateName == u"acknowledgement") {
                    ++acknowledgements;
                    QCOMPARE(m.direction, MessageDirection::Outgoing);
                    QCOMPARE(m.sentAt, c.acknowledgedAt);
                    QVERIFY(m.subject.contains(c.trackingId));
                    QVERIFY(m.body.contains(c.trackingId));
                    QCOMPARE(m.inReplyTo, report.messageId);
                }
            }
            QCOMPARE(logged, expected);
        }
        QVERIFY2(threads > 50, qPrintable(QString::number(threads)));
        QVERIFY(acknowledgements > 30);
        QVERIFY(encrypted > 0);
    }

    void scoresAgreeWithVectors()
    {
        auto db = generated(Database::Backend::SQLite, 1000, 17);
        QVERIFY(db);
        CaseStore store(*db);
        int scored = 0;
        int vectorless = 0;
        for (const Case &c : allCases(store)) {
            const bool pastTriage = c.status == CaseStatus::Confirmed || c.status == CaseStatus::Remediation
                || c.status == CaseStatus::Resolved || c.status == CaseStatus::Disclosed
                || c.status == CaseStatus::Closed;
            if (pastTriage)
                QVERIFY(c.cvssScore.has_value());
            if (!c.cvssScore) {
                QVERIFY(c.severity.isEmpty());
                QVERIFY(c.cvssVector.isEmpty());
                continue;
            }
            ++scored;
            QVERIFY(*c.cvssScore >= 0.1 && *c.cvssScore <= 10.0);
            QCOMPARE(c.severity, [&] {
                const std::string_view name = CvssRating::englishName(
                    CvssRating::severity(CvssVersion::V3_1, int(std::lround(*c.cvssScore * 10))));
                return QString::fromLatin1(name.data(), qsizetype(name.size()));
            }());
            if (c.cvssVector.isEmpty()) {
                ++vectorless;
                continue;
            }
            QVERIFY(c.cvssVector.startsWith(QStringLiteral("CVSS:3.1/")));
            CvssVector parsed;
            QVERIFY(parsed.parse(QStringView(c.cvssVector)).ok());
            QCOMPARE(parsed.score() / 10.0, *c.cvssScore);
            // The imported vector is the case's primary score, as the Scoring tab shows it.
            const auto scores = store.scores(c.id);
            QVERIFY(scores.ok());
            QCOMPARE(scores->size(), 1);
            QCOMPARE(scores->constFirst().vector, c.cvssVector);
            QCOMPARE(scores->constFirst().version, QStringLiteral("3.1"));
            QVERIFY(scores->constFirst().primary);
        }
        QVERIFY(scored > 300);
        QVERIFY(vectorless > 0);
    }

    void searchFindsDemoText_data() { TestSupport::addBackendRows(); }
    void searchFindsDemoText()
    {
        QFETCH(Database::Backend, backend);
        auto db = generated(backend, 300, 21);
        QVERIFY(db);
        CaseStore store(*db);
        const auto hits = store.search(QStringLiteral("overflow"));
        QVERIFY(hits);
        QVERIFY(!hits->isEmpty());
        for (qint64 id : *hits) {
            const auto c = store.caseById(id);
            QVERIFY(c);
            QVERIFY(QString(c->title + c->description + c->stepsToReproduce)
                    .contains(QStringLiteral("overflow"), Qt::CaseInsensitive));
        }
    }

    void refusesNonEmptyDatabase()
    {
        auto db = generated(Database::Backend::SQLite, 10, 1);
        QVERIFY(db);
        const Status again = DemoGenerator::generate(*db, DemoOptions {10, 1, m_now});
        QVERIFY(!again);
        QVERIFY(!again.error().isEmpty());
        QCOMPARE(*CaseStore(*db).caseCount(), 10);
        QVERIFY(!DemoGenerator::generate(*db, DemoOptions {10, 1, QDateTime()}));
    }

    void reportsProgress()
    {
        auto db = open(Database::Backend::SQLite);
        QVERIFY(db);
        QList<int> seen;
        QVERIFY(DemoGenerator::generate(
            *db, DemoOptions {2500, 2, m_now}, [&seen](int done) { seen.append(done); }));
        QCOMPARE(seen.constFirst(), 0);
        QCOMPARE(seen.constLast(), 2500);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    }

    void importKeepsHostileTextAndAssignsIds_data() { TestSupport::addBackendRows(); }
    void importKeepsHostileTextAndAssignsIds()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore store(*db);
        QList<Case> cases;
        QList<QList<AuditEntry>> trails;
        for (const auto &[name, text] : TestSupport::hostileTexts()) {
            Case c;
            c.title = QStringLiteral("x") + text.left(400);
            c.description = text;
            c.owner = text.left(200);
            c.receivedAt = m_now;
            cases.append(c);
            AuditEntry created;
            created.at = m_now;
            created.actor = QStringLiteral("importer");
            created.field = QStringLiteral("created");
            created.newValue = text;
            trails.append({created});
        }
        Case acknowledged;
        acknowledged.title = QStringLiteral("imported with a tracking id");
        acknowledged.receivedAt = m_now;
        acknowledged.status = CaseStatus::Acknowledged;
        acknowledged.trackingId = QStringLiteral("PSIRT-2026-0041");
        acknowledged.acknowledgedAt = m_now;
        cases.append(acknowledged);
        trails.append(QList<AuditEntry> {});
        // Another analyst's client on the same PostgreSQL database hears of the import.
        Database otherConnection;
        std::unique_ptr<CaseStore> otherStore;
        std::unique_ptr<QSignalSpy> otherImported;
        if (backend == Database::Backend::PostgreSQL) {
            QVERIFY(otherConnection.openSibling(*db).ok());
            otherStore = std::make_unique<CaseStore>(otherConnection);
            otherImported = std::make_unique<QSignalSpy>(otherStore.get(), &CaseStore::casesImported);
        }
        const Status s = store.importCases(cases, trails);
        QVERIFY2(s, qPrintable(s.error()));
        if (otherImported) {
            QTRY_COMPARE(otherImported->count(), 1);
            QCOMPARE(otherImported->constFirst().at(0).toInt(), 0);
        }
        for (qsizetype i = 0; i + 1 < cases.size(); ++i) {
            const auto c = store.caseById(i + 1);
            QVERIFY(c);
            QCOMPARE(c->description, cases.at(i).description);
            QCOMPARE(c->owner, cases.at(i).owner.trimmed());
            QCOMPARE(store.auditLog(i + 1)->constFirst().newValue, cases.at(i).description);
        }
        // The next acknowledgement continues after the imported id.
        Clock::setFixed(m_now);
        NewReport r;
        r.title = QStringLiteral("next");
        r.product = QStringLiteral("Calix SMx");
        r.productVersion = QStringLiteral("24.1");
        r.reporterEmail = QStringLiteral("a@example.org");
        r.description = QStringLiteral("d");
        const auto id = store.createCase(r);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(*id, qint64(cases.size() + 1));
        QVERIFY(store.transition(*id, {CaseStatus::Acknowledged, 0, {}}));
        QCOMPARE(store.caseById(*id)->trackingId, QStringLiteral("PSIRT-2026-0042"));
        // A bad case rolls the whole import back.
        Case fine;
        fine.title = QStringLiteral("fine");
        fine.receivedAt = m_now;
        Case untitled;
        untitled.receivedAt = m_now;
        QVERIFY(!store.importCases({fine, untitled}, {}));
        QCOMPARE(*store.caseCount(), int(cases.size() + 1));
    }

    void trackingIdPatternParsesIds_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<qint64>("number");
        QTest::newRow("default") << QStringLiteral("PSIRT-{YYYY}-{NNNN}") << QStringLiteral("PSIRT-2025-0042")
                                 << true << QStringLiteral("2025") << qint64(42);
        QTest::newRow("grown") << QStringLiteral("PSIRT-{YYYY}-{NNNN}") << QStringLiteral("PSIRT-2025-12345")
                               << true << QStringLiteral("2025") << qint64(12345);
        QTest::newRow("short-year") << QStringLiteral("V.{YY}/{NNN}") << QStringLiteral("V.26/007") << true
                                    << QStringLiteral("2026") << qint64(7);
        QTest::newRow("no-year") << QStringLiteral("CASE{NNNNNN}") << QStringLiteral("CASE000123") << true
                                 << QStringLiteral("all") << qint64(123);
        QTest::newRow("dot-is-literal") << QStringLiteral("V.{YY}/{NNN}") << QStringLiteral("VX26/007")
                                        << false << QString() << qint64(0);
        QTest::newRow("too-short") << QStringLiteral("PSIRT-{YYYY}-{NNNN}") << QStringLiteral("PSIRT-25-0001")
                                   << false << QString() << qint64(0);
    }
    void trackingIdPatternParsesIds()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, id);
        QFETCH(bool, ok);
        QFETCH(QString, scope);
        QFETCH(qint64, number);
        const auto p = TrackingIdPattern::parse(pattern);
        QVERIFY(p);
        QString gotScope;
        qint64 gotNumber = 0;
        QCOMPARE(p->parseId(id, &gotScope, &gotNumber), ok);
        if (ok) {
            QCOMPARE(gotScope, scope);
            QCOMPARE(gotNumber, number);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
