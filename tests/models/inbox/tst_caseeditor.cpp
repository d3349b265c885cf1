#include "TestSupport.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "storage/CaseStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

class TestCaseEditor final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC));
    }

    void editsAndTransitionsUndo()
    {
        Database db;
        QVERIFY(db.open(TestSupport::freshLocation(Database::Backend::SQLite, m_dir, nullptr)).ok());
        CaseStore store(db);
        CaseEditor editor(store);
        NewReport r = TestSupport::minimalReport(
            QStringLiteral("Original"), QStringLiteral("SMx"), QStringLiteral("1"));
        const qint64 id = *store.createCase(r);

        QVERIFY(editor.setField(id, CaseField::Title, QStringLiteral("Edited")));
        QCOMPARE(store.caseById(id)->title, QStringLiteral("Edited"));
        QVERIFY(editor.transition(id, {CaseStatus::Acknowledged, 0, {}}));
        QCOMPARE(editor.undoStack()->count(), 2);
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Move to Acknowledged"));

        editor.undoStack()->undo();
        QCOMPARE(store.caseById(id)->status, CaseStatus::New);
        QCOMPARE(store.caseById(id)->trackingId, QStringLiteral("PSIRT-2026-0001")); // never reused
        editor.undoStack()->undo();
        QCOMPARE(store.caseById(id)->title, QStringLiteral("Original"));
        editor.undoStack()->redo();
        editor.undoStack()->redo();
        QCOMPARE(store.caseById(id)->title, QStringLiteral("Edited"));
        QCOMPARE(store.caseById(id)->status, CaseStatus::Acknowledged);

        // Every step, undo included, is in the audit log.
        int statusEntries = 0;
        const auto log = store.auditLog(id);
        QVERIFY(log.ok());
        for (const AuditEntry &e : *log)
            statusEntries += e.field == u"status";
        QCOMPARE(statusEntries, 3);

        // A refused edit reports why and leaves no command behind.
        QSignalSpy failed(&editor, &CaseEditor::failed);
        QVERIFY(!editor.transition(id, {CaseStatus::Disclosed, 0, {}}));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(editor.undoStack()->count(), 2);
        QVERIFY(!editor.setField(id, CaseField::Title, QString()));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(editor.undoStack()->count(), 2);
    }

    // Analyst A edits a title, analyst B (another connection) edits it later: A's undo must
    // not put the old title back over B's, and must say why.
    void undoNeverOverwritesAColleague_data() { TestSupport::addBackendRows(); }
    void undoNeverOverwritesAColleague()
    {
        QFETCH(Database::Backend, backend);
        QString error;
        const QString location = TestSupport::freshLocation(backend, m_dir, &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        Database mine;
        QVERIFY(mine.open(location).ok());
        Database theirs;
        QVERIFY(theirs.open(location).ok());
        CaseStore store(mine);
        CaseStore colleague(theirs);
        CaseEditor editor(store);
        const qint64 id = *store.createCase(TestSupport::minimalReport(QStringLiteral("Original")));

        // Without interference undo and redo work, as often as wanted.
        QVERIFY(editor.setField(id, CaseField::Title, QStringLiteral("Mine")));
        editor.undoStack()->undo();
        QCOMPARE(store.caseById(id)->title, QStringLiteral("Original"));
        editor.undoStack()->redo();
        QCOMPARE(store.caseById(id)->title, QStringLiteral("Mine"));

        // The colleague's later change wins; the undo is refused with a message.
        const auto seen = colleague.caseById(id);
        QVERIFY(seen.ok());
        QVERIFY(colleague.setField(id, CaseField::Title, QStringLiteral("Theirs"), seen->rowVersion).ok());
        QSignalSpy failed(&editor, &CaseEditor::failed);
        editor.undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("someone else")),
            qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(store.caseById(id)->title, QStringLiteral("Theirs"));
        QCOMPARE(colleague.caseById(id)->title, QStringLiteral("Theirs"));
        // Nothing is left to redo over the colleague's change either.
        editor.undoStack()->redo();
        QCOMPARE(store.caseById(id)->title, QStringLiteral("Theirs"));
    }

    // The same guard for a workflow move and a CVSS assessment: their undo must not put the
    // old status or score back over a colleague's later change of the case.
    void undoOfAMoveOrAScoreNeverOverwritesAColleague_data() { TestSupport::addBackendRows(); }
    void undoOfAMoveOrAScoreNeverOverwritesAColleague()
    {
        QFETCH(Database::Backend, backend);
        QString error;
        const QString location = TestSupport::freshLocation(backend, m_dir, &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        Database mine;
        QVERIFY(mine.open(location).ok());
        Database theirs;
        QVERIFY(theirs.open(location).ok());
        CaseStore store(mine);
        CaseStore colleague(theirs);
        CaseEditor editor(store);
        QSignalSpy failed(&editor, &CaseEditor::failed);
        const qint64 id = *store.createCase(TestSupport::minimalReport(QStringLiteral("Original")));
        const auto colleagueEdits = [&](const QString &title) {
            const auto seen = colleague.caseById(id);
            QVERIFY(seen.ok());
            QVERIFY(colleague.setField(id, CaseField::Title, title, seen->rowVersion).ok());
        };

        // A move: undo and redo work while nobody interferes.
        const auto lastFailure
            = [&] { return failed.isEmpty() ? QString() : failed.last().at(0).toString(); };
        QVERIFY2(editor.transition(id, {CaseStatus::Acknowledged, 0, {}}), qPrintable(lastFailure()));
        editor.undoStack()->undo();
        QCOMPARE(store.caseById(id)->status, CaseStatus::New);
        editor.undoStack()->redo();
        QCOMPARE(store.caseById(id)->status, CaseStatus::Acknowledged);
        colleagueEdits(QStringLiteral("Theirs"));
        editor.undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("someone else")),
            qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(store.caseById(id)->status, CaseStatus::Acknowledged);
        QCOMPARE(store.caseById(id)->title, QStringLiteral("Theirs"));

        // An assessment: the same.
        const QString vector = QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        QVERIFY(editor.applyVector(id, vector, true));
        QCOMPARE(store.caseById(id)->cvssVector, vector);
        editor.undoStack()->undo();
        QVERIFY(store.caseById(id)->cvssVector.isEmpty());
        editor.undoStack()->redo();
        QCOMPARE(store.caseById(id)->cvssVector, vector);
        colleagueEdits(QStringLiteral("Theirs again"));
        editor.undoStack()->undo();
        QCOMPARE(failed.count(), 2);
        QVERIFY2(failed.at(1).at(0).toString().contains(QStringLiteral("someone else")),
            qPrintable(failed.at(1).at(0).toString()));
        QCOMPARE(store.caseById(id)->cvssVector, vector);
        QCOMPARE(store.scores(id)->size(), 1);
    }

    void scoresOfSeveralVersionsWithOnePrimary()
    {
        Database db;
        QVERIFY(db.open(TestSupport::freshLocation(Database::Backend::SQLite, m_dir, nullptr)).ok());
        CaseStore store(db);
        CaseEditor editor(store);
        NewReport r = TestSupport::minimalReport(
            QStringLiteral("Scored"), QStringLiteral("SMx"), QStringLiteral("1"));
        const qint64 id = *store.createCase(r);

        const CaseScore v4 {QStringLiteral("4.0"),
            QStringLiteral("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"), 9.3,
            QStringLiteral("Critical"), false, {}, {}};
        const CaseScore v31 {QStringLiteral("3.1"),
            QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"), 9.8, QStringLiteral("Critical"),
            false, {}, {}};
        QVERIFY(editor.applyScore(id, v4)); // the first one becomes primary
        QCOMPARE(store.caseById(id)->cvssVector, v4.vector);
        QVERIFY(editor.applyScore(id, v31)); // a second, not primary
        QCOMPARE(store.caseById(id)->cvssVector, v4.vector);
        auto list = *store.scores(id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).version, QStringLiteral("4.0"));
        QVERIFY(list.at(0).primary);
        QVERIFY(!list.at(1).primary);

        CaseScore promote = v31;
        promote.primary = true;
        QVERIFY(editor.applyScore(id, promote));
        QCOMPARE(store.caseById(id)->cvssVector, v31.vector);
        QCOMPARE(*store.caseById(id)->cvssScore, 9.8);
        QCOMPARE(store.scores(id)->constFirst().version, QStringLiteral("3.1"));

        editor.undoStack()->undo(); // v4.0 primary again
        QCOMPARE(store.caseById(id)->cvssVector, v4.vector);
        editor.undoStack()->undo(); // the v3.1 vector is gone
        QCOMPARE(store.scores(id)->size(), 1);
        editor.undoStack()->undo(); // unscored
        QVERIFY(store.scores(id)->isEmpty());
        QVERIFY(store.caseById(id)->cvssVector.isEmpty());
        QVERIFY(!store.caseById(id)->cvssScore.has_value());

        QVERIFY(!editor.applyScore(
            id, CaseScore {QStringLiteral("5.0"), QStringLiteral("x"), 1, {}, false, {}, {}}));
        QVERIFY(!editor.applyScore(id, CaseScore {QStringLiteral("3.1"), v31.vector, 11, {}, false, {}, {}}));
    }

    void ssvcIsAnAuditedField()
    {
        Database db;
        QVERIFY(db.open(TestSupport::freshLocation(Database::Backend::SQLite, m_dir, nullptr)).ok());
        CaseStore store(db);
        CaseEditor editor(store);
        NewReport r
            = TestSupport::minimalReport(QStringLiteral("SSVC"), QStringLiteral("SMx"), QStringLiteral("1"));
        const qint64 id = *store.createCase(r);
        const QString ssvc = QStringLiteral("SSVCv2/E:A/U:S/T:T/P:S/B:I/2026-11-23T12:00:00Z/");
        QVERIFY(editor.setField(id, CaseField::SsvcVector, ssvc));
        QCOMPARE(store.caseById(id)->ssvcVector, ssvc);
        QCOMPARE(store.auditLog(id)->constLast().field, QStringLiteral("ssvc_vector"));
    }
};

QTEST_GUILESS_MAIN(TestCaseEditor)
#include "tst_caseeditor.moc"
