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

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

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
        a.vulnerabilities = {Vulnerability::withCve(QStringLiteral("CVE-2026-22222"))};
        QVERIFY(session.advisories().save(*id, a, 0));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<CaseFields>(), CaseFields(CaseField::Advisory));
        QVERIFY(session.tracker().reload());

        // The team settings the session owns are the ones its stores read.
        QVERIFY(session.settings().set(TeamSettings::Key::TrackingIdPattern, QStringLiteral("CASE-{NNN}")));
        QCOMPARE(session.cases().trackingIdPattern(), QStringLiteral("CASE-{NNN}"));
    }

    // A database opened read-only (what the window and the reading commands do with a file
    // the analyst cannot write) reads as usual and refuses every change in words, at the
    // one place every write passes (Database::begin), leaving the file as it was.
    void readOnlyRefusesEveryChange()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.psirtdesk"));
        qint64 id = 0;
        {
            auto opened = Session::open(path);
            QVERIFY2(opened, qPrintable(opened.error()));
            const auto created = opened.value()->cases().createCase(TestSupport::minimalReport(u"Kept"_s));
            QVERIFY(created);
            id = *created;
        }
        const auto digest = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly)
                ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                : QByteArray();
        };
        const QByteArray before = digest();
        auto where = Database::Location::parse(path);
        QVERIFY(where);
        Database::Location readOnly = *where;
        readOnly.readOnly = true;
        Database db;
        QVERIFY(db.open(readOnly));
        QVERIFY(db.isReadOnly());
        CaseStore cases(db);
        QCOMPARE(cases.caseById(id)->title, u"Kept"_s);
        QCOMPARE(*cases.caseCount(), 1);

        // Opening a case is not a change: its read mark is simply not kept.
        QVERIFY(cases.markRead(id).ok());
        const auto refusedInWords = [](const QString &error) {
            return error.contains(u"read-only"_s) && !error.contains(u"attempt to write"_s);
        };
        const Status edit = cases.setFields(id, {{CaseField::Title, u"Changed"_s}});
        QVERIFY2(!edit && refusedInWords(edit.error()), qPrintable(edit.error()));
        const auto created = cases.createCase(TestSupport::minimalReport(u"New"_s));
        QVERIFY2(!created && refusedInWords(created.error()), qPrintable(created.error()));
        AdvisoryStore advisories(cases);
        AdvisoryData a;
        a.vulnerabilities = {Vulnerability::withCve(u"CVE-2026-33333"_s)};
        const auto saved = advisories.save(id, a, 0);
        QVERIFY2(!saved && refusedInWords(saved.error()), qPrintable(saved.error()));
        QCOMPARE(cases.caseById(id)->title, u"Kept"_s);
        db.close();
        QCOMPARE(digest(), before);
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
