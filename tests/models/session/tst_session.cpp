#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "commands/CaseEditor.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "correspondence/CorrespondenceStore.h"
#include "evidence/EvidenceStore.h"
#include "session/Session.h"
#include "sla/PolicyStore.h"
#include "sla/SlaTracker.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/ProductCatalogue.h"
#include "storage/TeamSettings.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

// The session is the composition root of an open database: one connection, one audit log
// every store writes through, and the editor and tracker over the same case store.
class TestSession final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC));
        Analyst::setCurrent(QStringLiteral("tester"));
    }

    void opensAndComposes_data() { TestSupport::addBackendRows(); }
    void opensAndComposes()
    {
        QFETCH(Database::Backend, backend);
        QString error;
        const QString where = TestSupport::freshLocation(backend, m_dir, &error);
        QVERIFY2(!where.isEmpty(), qPrintable(error));
        auto opened = Session::open(where);
        QVERIFY2(opened, qPrintable(opened.error()));
        Session &session = *opened.value();
        QCOMPARE(session.database().backend(), backend);
        QVERIFY(!session.displayLocation().isEmpty());
        QVERIFY(!session.displayLocation().contains(QStringLiteral("password")));

        // Everything is built on the one connection and the one audit log.
        QCOMPARE(&session.cases().database(), &session.database());
        QCOMPARE(&session.auditLog(), &session.cases().auditLog());
        QCOMPARE(&session.evidence().auditLog(), &session.auditLog());
        QCOMPARE(&session.advisories().auditLog(), &session.auditLog());
        QCOMPARE(&session.correspondence().auditLog(), &session.auditLog());
        QCOMPARE(&session.editor().store(), &session.cases());
        QVERIFY(session.products().all());
        QVERIFY(session.policies().policies());

        // A change through any of its stores reaches the editor's store and the tracker.
        QSignalSpy changed(&session.cases(), &CaseStore::caseChanged);
        const auto id = session.cases().createCase(TestSupport::minimalReport(QStringLiteral("Composed")));
        QVERIFY(id);
        AdvisoryData a;
        a.cves = {QStringLiteral("CVE-2026-22222")};
        QVERIFY(session.advisories().save(*id, a, 0));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<CaseFields>(), CaseFields(CaseField::Advisory));
        QVERIFY(session.tracker().reload());

        // The team settings the session owns are the ones its stores read.
        QVERIFY(session.settings().set(TeamSettings::Key::TrackingIdPattern, QStringLiteral("CASE-{NNN}")));
        QCOMPARE(session.cases().trackingIdPattern(), QStringLiteral("CASE-{NNN}"));
    }

    void aBadLocationIsRefused()
    {
        const auto opened = Session::open(m_dir.filePath(QStringLiteral("no/such/folder/x.psirtdesk")));
        QVERIFY(!opened);
        QVERIFY(!opened.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
