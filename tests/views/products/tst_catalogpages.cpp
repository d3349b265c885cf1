#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "intel/IntelStore.h"
#include "intel/UpstreamAlertModel.h"
#include "intel/UpstreamPane.h"
#include "products/ProductCatalogueModel.h"
#include "products/ProductDialog.h"
#include "products/ProductsPane.h"
#include "sbom/WhereUsedModel.h"
#include "session/Session.h"
#include "storage/CaseStore.h"
#include "storage/ProductCatalogue.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace Qt::StringLiterals;

// The Products and Upstream pages as an analyst uses them, on real widgets (offscreen) over
// a real SQLite file: a product added through its dialog and undone, an SBOM imported for
// the selected release, where-used, and an upstream alert opened as a case or dismissed.
class TestCatalogPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        Clock::setFixed(QDateTime(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::UTC));
        QVERIFY(m_dir.isValid());
        QString error;
        auto session = Session::open(TestSupport::freshLocation(Database::Backend::SQLite, m_dir, &error));
        QVERIFY2(session, qPrintable(session.error()));
        m_session = std::move(session.value());
    }
    void cleanupTestCase() { m_session.reset(); }

    void productsPage()
    {
        ProductsPane pane(*m_session);
        pane.resize(1000, 700);
        pane.show();
        QVERIFY(pane.reload());
        QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Add Product…: the dialog refuses what the catalogue would, then adds, undoably.
        pane.addProduct();
        auto *dialog = pane.findChild<ProductDialog *>(u"productDialog"_s);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"productName"_s)->setText(u"Calix Support Cloud"_s);
        Product typed = dialog->product();
        QVERIFY(typed.releases.isEmpty());
        dialog->accept();
        QTRY_COMPARE(pane.model()->rowCount(), 1);
        m_session->editor().undoStack()->undo();
        QTRY_COMPARE(pane.model()->rowCount(), 0);
        m_session->editor().undoStack()->redo();
        QTRY_COMPARE(pane.model()->rowCount(), 1);

        // A release, then its SBOM on the selected release row.
        Product cloud = **m_session->products().product(u"Calix Support Cloud"_s);
        ProductRelease r;
        r.version = u"25.1"_s;
        cloud.releases = {r};
        QVERIFY(m_session->products().save(cloud));
        QTRY_COMPARE(pane.model()->rowCount(pane.model()->index(0, 0)), 1);
        pane.tree()->setCurrentIndex(pane.model()->index(0, 0, pane.model()->index(0, 0)));
        const QString sbom = m_dir.filePath(u"sbom.json"_s);
        QFile f(sbom);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"bomFormat": "CycloneDX", "specVersion": "1.6",
            "metadata": {"component": {"bom-ref": "app", "name": "support-cloud", "version": "25.1"}},
            "components": [{"bom-ref": "semver", "name": "semver", "version": "7.5.1", "purl": "pkg:npm/semver@7.5.1"}],
            "dependencies": [{"ref": "app", "dependsOn": ["semver"]}]})"_ba);
        f.close();
        const Status imported = pane.importSbom(sbom);
        QVERIFY2(imported, qPrintable(imported.error()));
        QTRY_COMPARE(
            pane.model()
                ->data(pane.model()->index(0, ProductCatalogueModel::Sbom, pane.model()->index(0, 0)))
                .toString(),
            u"1 component(s)"_s);
        pane.setWhereUsedQuery(u"pkg:npm/semver"_s);
        pane.findWhereUsed();
        QCOMPARE(pane.whereUsedModel()->rowCount(), 1);
        QCOMPARE(
            pane.whereUsedModel()->data(pane.whereUsedModel()->index(0, WhereUsedModel::Reached)).toString(),
            u"directly"_s);
        QVERIFY(!pane.grab().isNull());
    }

    void upstreamPage()
    {
        UpstreamPane pane(*m_session);
        pane.resize(1000, 500);
        pane.show();
        const auto imported = m_session->intel().importRecords(
            QStringLiteral(PSIRTDESK_INTEL_TEST_DATA "/GHSA-c2qf-rxjj-qqgw.json"));
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->newAlerts, 1);
        QVERIFY(pane.reload());
        QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pane.model()->rowCount(), 1);
        QCOMPARE(pane.model()->data(pane.model()->index(0, UpstreamAlertModel::Vulnerability)).toString(),
            u"CVE-2022-25883"_s);

        // Open Case: a prefilled case, and the alert leaves the open list.
        pane.table()->selectRow(0);
        QSignalSpy opened(&pane, &UpstreamPane::caseOpened);
        const qint64 id = pane.openCase();
        QVERIFY(id > 0);
        QCOMPARE(opened.size(), 1);
        const auto c = m_session->cases().caseById(id);
        QVERIFY(c);
        QCOMPARE(c->product, u"Calix Support Cloud"_s);
        QCOMPARE(pane.model()->rowCount(), 0);
        QVERIFY(!pane.grab().isNull());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

QTEST_MAIN(TestCatalogPages)
#include "tst_catalogpages.moc"
