#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "advisory/AdvisoryTab.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "settings/AdvisoryPublisherDialog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"
#include "storage/TeamSettings.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
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
    void publishesRevisionsAfterTheCheck();
    void publisherDialog();
    void productsFromTheCatalogue();

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
    AdvisoryStore advisories(store);
    AdvisoryTab tab(editor, advisories);
    tab.resize(900, 900);
    tab.show();
    tab.showCase(*id);
    QVERIFY(tab.isEnabled());
    QVERIFY(tab.pageData().isEmpty());
    QCOMPARE(tab.vulnerabilityList()->count(), 0);
    QVERIFY(!tab.cveField()->isEnabled());

    // The first vulnerability starts with the case's own product as known affected.
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addVulnerability"_s), Qt::LeftButton);
    QCOMPARE(tab.vulnerabilityList()->count(), 1);
    QVERIFY(tab.cveField()->isEnabled());
    QTest::keyClicks(tab.cveField(), u"cve-2026-31337"_s);
    QTest::keyClicks(tab.cweField(), u"CWE-122"_s);
    QTableWidget *products = tab.productTable();
    QCOMPARE(products->rowCount(), 1);
    QCOMPARE(products->item(0, 0)->text(), u"SMx"_s);
    products->setItem(0, 1, new QTableWidgetItem(u"25.1"_s));
    products->setItem(0, 2, new QTableWidgetItem(u"25.3"_s));
    auto *status = qobject_cast<QComboBox *>(products->cellWidget(0, 3));
    QVERIFY(status);
    QCOMPARE(status->currentData().toInt(), int(ProductStatus::KnownAffected));
    // Why a product is not affected can be said only for a product marked so.
    auto *why = qobject_cast<QComboBox *>(products->cellWidget(0, 4));
    QVERIFY(why);
    QVERIFY(!why->isEnabled());
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addProduct"_s), Qt::LeftButton);
    QCOMPARE(products->rowCount(), 2);
    products->item(1, 0)->setText(u"SMx Lite"_s);
    products->item(1, 1)->setText(u"25.1"_s);
    auto *otherStatus = qobject_cast<QComboBox *>(products->cellWidget(1, 3));
    auto *otherWhy = qobject_cast<QComboBox *>(products->cellWidget(1, 4));
    QVERIFY(otherStatus && otherWhy);
    otherStatus->setCurrentIndex(otherStatus->findData(int(ProductStatus::KnownNotAffected)));
    QVERIFY(otherWhy->isEnabled());
    otherWhy->setCurrentIndex(otherWhy->findData(int(NotAffectedJustification::ComponentNotPresent)));
    products->item(1, 5)->setText(u"SMx Lite has no web login."_s);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addRemediation"_s), Qt::LeftButton);
    tab.remediationTable()->setItem(0, 1, new QTableWidgetItem(u"Update to 25.3."_s));
    tab.remediationTable()->setItem(0, 2, new QTableWidgetItem(u"25.3"_s));
    // The template writes the public text from the product, CWE and range, not the report.
    QTest::mouseClick(tab.findChild<QPushButton *>(u"fillFromTemplate"_s), Qt::LeftButton);
    QCOMPARE(tab.titleField()->text(), u"Heap-based Buffer Overflow in SMx"_s);
    QVERIFY2(tab.summaryField()->toPlainText().contains(u"SMx versions 25.1 up to but not including 25.3"_s),
        qPrintable(tab.summaryField()->toPlainText()));
    QVERIFY(!tab.descriptionField()->toPlainText().contains(u"web login"_s)); // the report's title
    tab.titleField()->setText(u"Heap overflow in the SMx web login"_s);

    // A second vulnerability keeps its own CVE and CWE; switching keeps both pages.
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addVulnerability"_s), Qt::LeftButton);
    QCOMPARE(tab.vulnerabilityList()->count(), 2);
    QVERIFY(tab.cveField()->text().isEmpty());
    QTest::keyClicks(tab.cveField(), u"CVE-2026-31338"_s);
    // A CWE that MITRE discourages for mapping is accepted with a warning.
    QTest::keyClicks(tab.cweField(), u"CWE-400"_s);
    auto *cweNames = tab.findChild<QLabel *>(u"advisoryCweNames"_s);
    QVERIFY(cweNames);
    QVERIFY2(cweNames->text().contains(u"MITRE discourages"_s), qPrintable(cweNames->text()));
    tab.cweField()->clear();
    QTest::keyClicks(tab.cweField(), u"CWE-787"_s);
    QVERIFY(!cweNames->text().contains(u"MITRE"_s));
    tab.vulnerabilityList()->setCurrentRow(0);
    QCOMPARE(tab.cveField()->text(), u"CVE-2026-31337"_s);
    QCOMPARE(tab.titleField()->text(), u"Heap overflow in the SMx web login"_s);

    tab.creditNameField()->setText(u"0xsmx"_s);
    tab.creditTypeBox()->setCurrentIndex(tab.creditTypeBox()->findData(int(CreditType::Reporter)));
    tab.aliasesField()->setText(u"smx-hunter, hunter@example.org"_s);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addAcknowledgment"_s), Qt::LeftButton);
    tab.acknowledgmentTable()->setItem(0, 0, new QTableWidgetItem(u"Ada Okafor"_s));
    tab.acknowledgmentTable()->item(0, 3)->setCheckState(Qt::Checked);

    // A remediation address that is not http(s) is refused with its reason; nothing stored.
    tab.remediationTable()->setItem(0, 3, new QTableWidgetItem(u"javascript:alert(1)"_s));
    QVERIFY(!tab.save());
    QVERIFY(tab.errorText().contains(u"http(s)"_s));
    QCOMPARE(advisories.load(*id)->rowVersion, 0);
    // So is a range in words.
    tab.remediationTable()->setItem(0, 3, new QTableWidgetItem(u"https://example.com/smx"_s));
    products->setItem(0, 1, new QTableWidgetItem(u"prior to 25.3"_s));
    QVERIFY(!tab.save());
    QVERIFY(tab.errorText().contains(u"not a version"_s));
    products->setItem(0, 1, new QTableWidgetItem(u"25.1"_s));

    QVERIFY2(tab.save(), qPrintable(tab.errorText()));
    const auto stored = advisories.load(*id);
    QCOMPARE(stored->rowVersion, 1);
    QCOMPARE(stored->data.cves(), (QStringList {u"CVE-2026-31337"_s, u"CVE-2026-31338"_s}));
    const Vulnerability &first = stored->data.vulnerabilities.at(0);
    QCOMPARE(first.cwes, QList<int> {122});
    QCOMPARE(stored->data.vulnerabilities.at(1).cwes, QList<int> {787});
    QCOMPARE(first.title, u"Heap overflow in the SMx web login"_s);
    QCOMPARE(first.products.constFirst().versionText(), u"25.1 to before 25.3"_s);
    QCOMPARE(first.products.constFirst().status, ProductStatus::KnownAffected);
    QCOMPARE(first.products.at(1).status, ProductStatus::KnownNotAffected);
    QCOMPARE(first.products.at(1).justification, NotAffectedJustification::ComponentNotPresent);
    QCOMPARE(first.products.at(1).impactStatement, u"SMx Lite has no web login."_s);
    QCOMPARE(stored->data.creditName, u"0xsmx"_s);
    QCOMPARE(stored->data.creditType, CreditType::Reporter);
    QCOMPARE(stored->data.reporterAliases, (QStringList {u"smx-hunter"_s, u"hunter@example.org"_s}));
    QVERIFY(stored->data.acknowledgments.constFirst().consent);
    QVERIFY(stored->data.revisions.isEmpty());
    QVERIFY(store.auditLog(*id)->constLast().field == u"advisory");

    const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(tab.grab().save(dir + u"/advisory-tab.png"_s));

    // One undo puts the case back as it was; the page follows.
    editor.undoStack()->undo();
    QVERIFY(advisories.load(*id)->data.isEmpty());
    QTRY_VERIFY(tab.cveField()->text().isEmpty());
    QCOMPARE(tab.vulnerabilityList()->count(), 0);
    editor.undoStack()->redo();
    QCOMPARE(advisories.load(*id)->data.cves().size(), 2);
    QTRY_COMPARE(tab.cveField()->text(), u"CVE-2026-31337"_s);

    // Another save (another analyst's arrives the same way, as caseChanged with Advisory):
    // a page without edits of its own shows it at once.
    AdvisoryData theirs = advisories.load(*id)->data;
    theirs.vulnerabilities[0].cve = u"CVE-2026-40000"_s;
    const int version = advisories.load(*id)->rowVersion;
    QVERIFY(advisories.save(*id, theirs, version));
    QCOMPARE(tab.cveField()->text(), u"CVE-2026-40000"_s);
    // A page with unsaved edits keeps them and says so; saving them is refused as stale
    // rather than overwriting the other save, and Revert shows the stored data.
    tab.cveField()->setText(u"CVE-2026-50000"_s);
    theirs.vulnerabilities[0].cve = u"CVE-2026-40001"_s;
    QVERIFY(advisories.save(*id, theirs, version + 1));
    QCOMPARE(tab.cveField()->text(), u"CVE-2026-50000"_s);
    QVERIFY(tab.errorText().contains(u"meanwhile"_s));
    QVERIFY(!tab.save());
    QCOMPARE(advisories.load(*id)->data.cves().constFirst(), u"CVE-2026-40001"_s);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"advisoryRevert"_s), Qt::LeftButton);
    QCOMPARE(tab.cveField()->text(), u"CVE-2026-40001"_s);
    QVERIFY(tab.save()); // nothing to save
}

void TestAdvisoryTab::publishesRevisionsAfterTheCheck()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"publish.sqlite"_s)).ok());
    CaseStore store(db);
    NewReport report = TestSupport::minimalReport(u"RCE in SMx found by Jonas Quellfeld"_s, u"SMx"_s);
    report.reporterName = u"Jonas Quellfeld"_s;
    report.reporterEmail = u"jonas.quellfeld@example.org"_s;
    const auto id = store.createCase(report);
    QVERIFY(id);
    QVERIFY(store.setScore(*id,
        CaseScore {u"3.1"_s, u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"_s, 9.8, u"Critical"_s, true,
            Clock::nowUtc(), u"Mei"_s}));
    CaseEditor editor(store);
    AdvisoryStore advisories(store);
    AdvisoryPublisher publisher;
    publisher.name = u"Example PSIRT"_s;
    publisher.nameSpace = u"https://psirt.example.com"_s;
    QVERIFY(advisories.savePublisher(publisher));
    AdvisoryTab tab(editor, advisories);
    tab.show();
    tab.showCase(*id);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addVulnerability"_s), Qt::LeftButton);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"fillFromTemplate"_s), Qt::LeftButton);
    QVERIFY(tab.save());

    // Nothing to remedy yet: publishing is refused with the reason, nothing recorded.
    QVERIFY(!tab.publishRevision(u"Initial release."_s));
    QVERIFY2(tab.errorText().contains(u"no remediation"_s), qPrintable(tab.errorText()));
    QVERIFY(advisories.load(*id)->data.revisions.isEmpty());
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addRemediation"_s), Qt::LeftButton);
    tab.remediationTable()->setItem(0, 1, new QTableWidgetItem(u"Update to 25.2."_s));

    // The reporter did not consent to be credited: public text naming them is refused.
    tab.descriptionField()->setPlainText(u"Reported by Jonas Quellfeld."_s);
    QVERIFY(!tab.publishRevision(u"Initial release."_s));
    QVERIFY2(tab.errorText().contains(u"Quellfeld"_s), qPrintable(tab.errorText()));
    QVERIFY(advisories.load(*id)->data.revisions.isEmpty());

    tab.descriptionField()->clear();
    QVERIFY2(tab.publishRevision(u"Initial release."_s), qPrintable(tab.errorText()));
    auto stored = advisories.load(*id);
    QCOMPARE(stored->data.revisions.size(), 1);
    QCOMPARE(stored->data.revisions.constFirst().number, u"1"_s);
    QCOMPARE(stored->data.revisions.constFirst().date, Clock::nowUtc());
    QCOMPARE(stored->data.vulnerabilities.constFirst().remediations.size(), 1);
    QCOMPARE(tab.revisionTable()->rowCount(), 1);
    QCOMPARE(editor.undoStack()->undoText(), u"Publish advisory revision 1"_s);
    // A revision needs a summary; the next one counts up.
    QVERIFY(!tab.publishRevision(u"  "_s));
    QVERIFY(tab.publishRevision(u"Fixed version corrected."_s));
    QCOMPARE(advisories.load(*id)->data.revisions.constLast().number, u"2"_s);
    editor.undoStack()->undo();
    QCOMPARE(advisories.load(*id)->data.revisions.size(), 1);
}

void TestAdvisoryTab::publisherDialog()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"publisher.sqlite"_s)).ok());
    CaseStore cases(db);
    AdvisoryStore advisories(cases);
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
// An affected product picked from the catalogue as an analyst would: the Product cell lists
// the catalogue's products, the version cells that product's releases; a range is typed into
// the Version cell; free text stays free. A real catalogue in a real SQLite file.
void TestAdvisoryTab::productsFromTheCatalogue()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"catalogue.sqlite"_s)).ok());
    CaseStore store(db);
    ProductCatalogue catalogue(db, &store.auditLog());
    Product gigaspire;
    gigaspire.name = u"GigaSpire BLAST u6"_s;
    for (const QString &version : {u"23.4.0"_s, u"24.1.0"_s, u"24.1.2"_s, u"25.1.0"_s}) {
        ProductRelease r;
        r.version = version;
        gigaspire.releases.append(r);
    }
    QVERIFY(catalogue.save(gigaspire).ok());
    Product smx;
    smx.name = u"SMx"_s;
    ProductRelease r;
    r.version = u"25.1"_s;
    smx.releases = {r};
    QVERIFY(catalogue.save(smx).ok());
    const auto id = store.createCase(
        TestSupport::minimalReport(u"Command injection in the diagnostics page"_s, u"GigaSpire BLAST u6"_s));
    QVERIFY(id);
    CaseEditor editor(store);
    AdvisoryStore advisories(store);
    AdvisoryTab tab(editor, advisories, &catalogue);
    tab.resize(1100, 900);
    tab.show();
    tab.showCase(*id);
    QCOMPARE(tab.catalogueProducts().size(), 2);
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addVulnerability"_s), Qt::LeftButton);
    QTableWidget *products = tab.productTable();
    QCOMPARE(products->rowCount(), 1);

    // Opens a cell's editor, checks what it offers, types text and commits it with Return.
    const auto editCell = [products](int row, int column, const char *editorName) -> QComboBox * {
        products->setCurrentCell(row, column);
        products->editItem(products->item(row, column));
        return products->findChild<QComboBox *>(QLatin1StringView(editorName));
    };
    const auto items = [](const QComboBox *box) {
        QStringList list;
        for (int i = 0; i < box->count(); ++i)
            list.append(box->itemText(i));
        return list;
    };
    const auto type = [](QComboBox *box, const QString &text) {
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), text);
        if (box->completer()->popup()->isVisible())
            QTest::keyClick(box->completer()->popup(), Qt::Key_Escape);
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    };

    QComboBox *product = editCell(0, 0, "advisoryProductEditor");
    QVERIFY(product);
    QVERIFY(product->isEditable());
    QCOMPARE(items(product), (QStringList {u"GigaSpire BLAST u6"_s, u"SMx"_s}));
    QCOMPARE(product->currentText(), u"GigaSpire BLAST u6"_s); // the case's product, prefilled
    product->setCurrentIndex(1);
    QTest::keyClick(product->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(products->item(0, 0)->text(), u"SMx"_s);
    QVERIFY(!products->findChild<QComboBox *>(u"advisoryProductEditor"_s));
    // Back to the GigaSpire by typing part of its name: the completer offers it.
    product = editCell(0, 0, "advisoryProductEditor");
    QVERIFY(product);
    product->lineEdit()->selectAll();
    QTest::keyClicks(product->lineEdit(), u"blast"_s);
    QCOMPARE(product->completer()->currentCompletion(), u"GigaSpire BLAST u6"_s);
    type(product, u"GigaSpire BLAST u6"_s);
    QTRY_COMPARE(products->item(0, 0)->text(), u"GigaSpire BLAST u6"_s);

    // The version cells offer that product's releases.
    QComboBox *version = editCell(0, 1, "advisoryVersionEditor");
    QVERIFY(version);
    QCOMPARE(items(version), (QStringList {u"23.4.0"_s, u"24.1.0"_s, u"24.1.2"_s, u"25.1.0"_s}));
    QVERIFY(!version->toolTip().isEmpty());

    // Render the tab with the open list to look at it.
    QImage shot = tab.grab().toImage();
    QVERIFY(!shot.isNull());
    const QString png
        = qEnvironmentVariable("PSIRTDESK_ADVISORY_PNG", m_dir.filePath(u"advisory-catalogue.png"_s));
    QVERIFY(shot.save(png));

    // A range typed into the Version cell: every version before 24.1.2.
    type(version, u"< 24.1.2"_s);
    QTRY_COMPARE(products->item(0, 2)->text(), u"24.1.2"_s);
    QCOMPARE(products->item(0, 1)->text(), QString());
    AffectedProduct p = tab.pageData().vulnerabilities.at(0).products.at(0);
    QCOMPARE(p.product, u"GigaSpire BLAST u6"_s);
    QVERIFY(p.isRange());
    QCOMPARE(p.vers(), AffectedProduct(u"x"_s, QString(), u"24.1.2"_s, ProductStatus::KnownAffected).vers());
    // "from – to": 23.4.0 up to, not including, 24.1.2.
    version = editCell(0, 1, "advisoryVersionEditor");
    QVERIFY(version);
    // QTest types ASCII only: the en dash is pasted.
    version->lineEdit()->setText(u"23.4.0 \u2013 24.1.2"_s);
    QTest::keyClick(version->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(products->item(0, 1)->text(), u"23.4.0"_s);
    QCOMPARE(products->item(0, 2)->text(), u"24.1.2"_s);
    // The range end picked from the releases.
    QComboBox *end = editCell(0, 2, "advisoryRangeEndEditor");
    QVERIFY(end);
    QCOMPARE(end->count(), 4);
    end->setCurrentIndex(end->findText(u"25.1.0"_s));
    QTest::keyClick(end->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(products->item(0, 2)->text(), u"25.1.0"_s);

    // Free text still works: a product the catalogue does not know, a version with a suffix.
    QTest::mouseClick(tab.findChild<QPushButton *>(u"addProduct"_s), Qt::LeftButton);
    product = editCell(1, 0, "advisoryProductEditor");
    QVERIFY(product);
    type(product, u"Partner Gateway"_s);
    QTRY_COMPARE(products->item(1, 0)->text(), u"Partner Gateway"_s);
    version = editCell(1, 1, "advisoryVersionEditor");
    QVERIFY(version);
    QCOMPARE(version->count(), 0); // nothing known about it
    type(version, u"2.3-rc1"_s);
    QTRY_COMPARE(products->item(1, 1)->text(), u"2.3-rc1"_s);
    QVERIFY(!products->item(1, 2) || products->item(1, 2)->text().isEmpty());

    QVERIFY2(tab.save(), qPrintable(tab.errorText()));
    const auto stored = advisories.load(*id);
    QVERIFY(stored);
    const QList<AffectedProduct> saved = stored->data.vulnerabilities.at(0).products;
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).version, u"23.4.0"_s);
    QCOMPARE(saved.at(0).lessThan, u"25.1.0"_s);
    QCOMPARE(saved.at(1).product, u"Partner Gateway"_s);
    QCOMPARE(saved.at(1).version, u"2.3-rc1"_s);
    QVERIFY(!saved.at(1).isRange());
}

#include "tst_advisorytab.moc"
