#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "advisory/AdvisoryTab.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "settings/AdvisoryPublisherDialog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The Advisory tab driven as an analyst would: fields and table rows filled, Save, a refused
// entry, undo.
class TestAdvisoryTab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editsSavesAndUndoes();
    void publisherDialog();

private:
    QTemporaryDir m_dir;
};

void TestAdvisoryTab::initTestCase()
{
    TestSupport::isolate();
    Clock::setFixed(QDateTime(QDate(2026, 9, 3), QTime(10, 0), QTimeZone::UTC));
    QVERIFY(m_dir.isValid());
}

void TestAdvisoryTab::editsSavesAndUndoes()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"advisory.sqlite"_s)).ok());
    CaseStore store(db);
    const auto id
        = store.createCase(TestSupport::minimalReport(u"Heap overflow in the web login"_s, u"SMx"_s));
    QVERIFY(id);
    CaseEditor editor(store);
    AdvisoryStore advisories(db, store.auditLog());
    AdvisoryTab tab(editor, advisories);
    tab.resize(900, 900);
    tab.show();
    tab.showCase(*id);
    QVERIFY(tab.isEnabled());
    QVERIFY(tab.pageData().isEmpty());

    QTest::keyClicks(tab.cveField(), u"cve-2026-31337"_s);
    QTest::keyClicks(tab.cweField(), u"CWE-122"_s);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addProduct"_s), Qt::LeftButton);
    QTableWidget *products = tab.productTable();
    QCOMPARE(products->rowCount(), 1);
    products->setItem(0, 0, new QTableWidgetItem(u"SMx"_s));
    products->setItem(0, 1, new QTableWidgetItem(u"25.1"_s));
    products->setItem(0, 2, new QTableWidgetItem(u"25.3"_s));
    auto *status = qobject_cast<QComboBox *>(products->cellWidget(0, 3));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(ProductStatus::KnownAffected)));
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addRemediation"_s), Qt::LeftButton);
    tab.remediationTable()->setItem(0, 1, new QTableWidgetItem(u"Update to 25.3."_s));
    tab.remediationTable()->setItem(0, 2, new QTableWidgetItem(u"25.3"_s));
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addAcknowledgment"_s), Qt::LeftButton);
    tab.acknowledgmentTable()->setItem(0, 0, new QTableWidgetItem(u"Ada Okafor"_s));
    tab.acknowledgmentTable()->item(0, 2)->setCheckState(Qt::Checked);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addRevision"_s), Qt::LeftButton);
    tab.revisionTable()->setItem(0, 2, new QTableWidgetItem(u"Initial release."_s));

    // A remediation address that is not http(s) is refused with its reason; nothing stored.
    tab.remediationTable()->setItem(0, 3, new QTableWidgetItem(u"javascript:alert(1)"_s));
    QVERIFY(!tab.save());
    QVERIFY(tab.errorText().contains(u"http(s)"_s));
    QCOMPARE(advisories.load(*id)->rowVersion, 0);

    tab.remediationTable()->setItem(0, 3, new QTableWidgetItem(u"https://example.com/smx"_s));
    QVERIFY2(tab.save(), qPrintable(tab.errorText()));
    const auto stored = advisories.load(*id);
    QCOMPARE(stored->rowVersion, 1);
    QCOMPARE(stored->data.cves, QStringList {u"CVE-2026-31337"_s});
    QCOMPARE(stored->data.cwes, QList<int> {122});
    QCOMPARE(stored->data.products.constFirst().versionText(), u"25.1 to before 25.3"_s);
    QCOMPARE(stored->data.products.constFirst().status, ProductStatus::KnownAffected);
    QVERIFY(stored->data.acknowledgments.constFirst().consent);
    QCOMPARE(stored->data.revisions.constFirst().number, u"1"_s);
    QCOMPARE(stored->data.revisions.constFirst().date, Clock::nowUtc());
    QVERIFY(store.auditLog(*id)->constLast().field == u"advisory");

    const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(tab.grab().save(dir + u"/advisory-tab.png"_s));

    // One undo puts the case back as it was; the page follows.
    editor.undoStack()->undo();
    QVERIFY(advisories.load(*id)->data.isEmpty());
    QTRY_VERIFY(tab.cveField()->text().isEmpty());
    QCOMPARE(tab.productTable()->rowCount(), 0);
    editor.undoStack()->redo();
    QCOMPARE(advisories.load(*id)->data.cves, QStringList {u"CVE-2026-31337"_s});
    QTRY_COMPARE(tab.cveField()->text(), u"CVE-2026-31337"_s);

    // Another save (another analyst's arrives the same way, as caseChanged with Advisory):
    // a page without edits of its own shows it at once.
    AdvisoryData theirs = advisories.load(*id)->data;
    theirs.cves = {u"CVE-2026-40000"_s};
    const int version = advisories.load(*id)->rowVersion;
    QVERIFY(advisories.save(*id, theirs, version));
    QCOMPARE(tab.cveField()->text(), u"CVE-2026-40000"_s);
    // A page with unsaved edits keeps them and says so; saving them is refused as stale
    // rather than overwriting the other save, and Revert shows the stored data.
    tab.cveField()->setText(u"CVE-2026-50000"_s);
    theirs.cves = {u"CVE-2026-40001"_s};
    QVERIFY(advisories.save(*id, theirs, version + 1));
    QCOMPARE(tab.cveField()->text(), u"CVE-2026-50000"_s);
    QVERIFY(tab.errorText().contains(u"meanwhile"_s));
    QVERIFY(!tab.save());
    QCOMPARE(advisories.load(*id)->data.cves, QStringList {u"CVE-2026-40001"_s});
    QTest::mouseClick(tab.findChild<QPushButton *>(u"advisoryRevert"_s), Qt::LeftButton);
    QCOMPARE(tab.cveField()->text(), u"CVE-2026-40001"_s);
    QVERIFY(tab.save()); // nothing to save
}

void TestAdvisoryTab::publisherDialog()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"publisher.sqlite"_s)).ok());
    CaseStore cases(db);
    AdvisoryStore advisories(db, cases.auditLog());
    AdvisoryPublisherDialog dialog(advisories);
    dialog.show();
    const auto set = [&](const char *name, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(QLatin1StringView(name));
        QVERIFY(edit);
        edit->setText(text);
    };
    set("publisherName", u"Example PSIRT"_s);
    set("publisherNamespace", u"http://psirt.example.com"_s);
    QVERIFY(!dialog.save());
    QVERIFY(dialog.errorText().contains(u"https"_s));
    QVERIFY(AdvisoryPublisher::load(TeamSettings(db)).name.isEmpty()); // nothing stored
    set("publisherNamespace", u"https://psirt.example.com"_s);
    set("cveOrgId", u"not a uuid"_s);
    QVERIFY(!dialog.save());
    set("cveOrgId", u"b3476cb9-2e3d-41a6-98d0-0f47421a65b6"_s);
    QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
    QCOMPARE(AdvisoryPublisher::load(TeamSettings(db)).nameSpace, u"https://psirt.example.com"_s);
    QCOMPARE(AdvisoryPublisher::load(TeamSettings(db)).cveOrgId, u"b3476cb9-2e3d-41a6-98d0-0f47421a65b6"_s);
}

QTEST_MAIN(TestAdvisoryTab)
#include "tst_advisorytab.moc"
