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
        NewReport r;
        r.title = QStringLiteral("Original");
        r.product = QStringLiteral("SMx");
        r.productVersion = QStringLiteral("1");
        r.reporterEmail = QStringLiteral("a@b.example");
        r.description = QStringLiteral("d");
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
};

QTEST_GUILESS_MAIN(TestCaseEditor)
#include "tst_caseeditor.moc"
