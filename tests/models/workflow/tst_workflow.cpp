#include "workflow/Workflow.h"

#include <QTest>

Q_DECLARE_METATYPE(CaseStatus)

class TestWorkflow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<CaseStatus>("from");
        QTest::addColumn<CaseStatus>("to");
        QTest::addColumn<bool>("legal");
        using S = CaseStatus;
        QTest::newRow("new→acknowledged") << S::New << S::Acknowledged << true;
        QTest::newRow("new→triage") << S::New << S::Triage << false;
        QTest::newRow("new→spam") << S::New << S::Spam << true;
        QTest::newRow("new→resolved") << S::New << S::Resolved << false;
        QTest::newRow("acknowledged→triage") << S::Acknowledged << S::Triage << true;
        QTest::newRow("triage→confirmed") << S::Triage << S::Confirmed << true;
        QTest::newRow("triage→not reproducible") << S::Triage << S::NotReproducible << true;
        QTest::newRow("confirmed→remediation") << S::Confirmed << S::Remediation << true;
        QTest::newRow("confirmed→resolved") << S::Confirmed << S::Resolved << false;
        QTest::newRow("remediation→resolved") << S::Remediation << S::Resolved << true;
        QTest::newRow("remediation→needs more info") << S::Remediation << S::NeedsMoreInfo << false;
        QTest::newRow("remediation→spam") << S::Remediation << S::Spam << false;
        QTest::newRow("resolved→disclosed") << S::Resolved << S::Disclosed << true;
        QTest::newRow("resolved→closed") << S::Resolved << S::Closed << true;
        QTest::newRow("disclosed→closed") << S::Disclosed << S::Closed << true;
        QTest::newRow("disclosed→remediation") << S::Disclosed << S::Remediation << false;
        QTest::newRow("triage→disclosed") << S::Triage << S::Disclosed << false;
        QTest::newRow("same") << S::Triage << S::Triage << false;
    }
    void transitions()
    {
        QFETCH(CaseStatus, from);
        QFETCH(CaseStatus, to);
        QFETCH(bool, legal);
        Case c;
        c.id = 1;
        c.status = from;
        const Status s = Workflow::check(c, {to, 0, {}});
        QCOMPARE(s.ok(), legal);
        QCOMPARE(Workflow::nextStatuses(c).contains(to), legal);
        if (!legal)
            QVERIFY(!s.error().isEmpty());
    }

    void needsMoreInfoReturnsWhereItCameFrom()
    {
        Case c;
        c.id = 1;
        c.status = CaseStatus::NeedsMoreInfo;
        c.pausedFrom = CaseStatus::Triage;
        QCOMPARE(Workflow::nextStatuses(c).constFirst(), CaseStatus::Triage);
        QVERIFY(Workflow::check(c, {CaseStatus::Triage, 0, {}}).ok());
        QVERIFY(!Workflow::check(c, {CaseStatus::Confirmed, 0, {}}).ok());
        QVERIFY(Workflow::check(c, {CaseStatus::NotReproducible, 0, {}}).ok());
    }

    void duplicateNeedsTarget()
    {
        Case c;
        c.id = 5;
        c.status = CaseStatus::Triage;
        QVERIFY(!Workflow::check(c, {CaseStatus::Duplicate, 0, {}}).ok());
        QVERIFY(!Workflow::check(c, {CaseStatus::Duplicate, 5, {}}).ok());
        QVERIFY(Workflow::check(c, {CaseStatus::Duplicate, 3, {}}).ok());
    }

    void reopenNeedsReason()
    {
        Case c;
        c.id = 5;
        c.status = CaseStatus::NotReproducible;
        QCOMPARE(Workflow::nextStatuses(c), QList<CaseStatus> {CaseStatus::Triage});
        QVERIFY(!Workflow::check(c, {CaseStatus::Triage, 0, {}}).ok());
        QVERIFY(Workflow::check(c, {CaseStatus::Triage, 0, QStringLiteral("reproduced on 2.1")}).ok());
    }

    void everyStatusHasIdAndName()
    {
        for (CaseStatus s : CaseStatuses::all()) {
            CaseStatus parsed;
            QVERIFY(CaseStatuses::fromId(CaseStatuses::id(s), &parsed));
            QCOMPARE(parsed, s);
            QVERIFY(!CaseStatuses::displayName(s).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
