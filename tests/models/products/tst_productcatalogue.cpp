#include "TestSupport.h"
#include "commands/CaseEditor.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "products/CatalogueFile.h"
#include "products/SetProductCommand.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The product catalogue: releases with their lifecycle and identifiers, the support period
// policy 001 promises, the audited and undoable edit, and the catalogue file a team loads.
class TestProductCatalogue final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        Clock::setFixed(QDateTime(QDate(2026, 9, 3), QTime(10, 0), QTimeZone::UTC));
        QVERIFY(m_dir.isValid());
    }

    void supportStatus_data()
    {
        QTest::addColumn<Product>("product");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("months");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<QString>("text");

        const Product gw = gateway();
        QTest::newRow("eol within the year") << gw << QString() << QDate(2026, 2, 28) << 12 << true
                                             << u"EOL since 2025-03-01, security fixes until 2026-03-01"_s;
        QTest::newRow("eol last day") << gw << QString() << QDate(2026, 3, 1) << 12 << true
                                      << u"EOL since 2025-03-01, security fixes until 2026-03-01"_s;
        QTest::newRow("eol past") << gw << QString() << QDate(2026, 3, 2) << 12 << false
                                  << u"EOL since 2025-03-01, security fixes ended 2026-03-01"_s;
        QTest::newRow("team keeps 24 months") << gw << QString() << QDate(2026, 3, 2) << 24 << true
                                              << u"EOL since 2025-03-01, security fixes until 2027-03-01"_s;
        // A release that went obsolete earlier than the product ends earlier.
        QTest::newRow("release obsolete first") << gw << u"22.1.0"_s << QDate(2025, 6, 1) << 12 << false
                                                << u"OBS since 2024-01-01, security fixes ended 2025-01-01"_s;
        QTest::newRow("release takes the product's")
            << gw << u"v24.1.0"_s << QDate(2026, 2, 1) << 12 << true
            << u"EOL since 2025-03-01, security fixes until 2026-03-01"_s;
        Product active = gw;
        active.lifecycle = Product::Lifecycle::Active;
        active.endOfLife = {};
        QTest::newRow("active") << active << u"23.4.1"_s << QDate(2030, 1, 1) << 12 << true << u"Active"_s;
        Product third = active;
        third.thirdParty = true;
        QTest::newRow("third party") << third << QString() << QDate(2026, 1, 1) << 12 << false
                                     << u"Third-party product"_s;
    }
    void supportStatus()
    {
        QFETCH(Product, product);
        QFETCH(QString, release);
        QFETCH(QDate, on);
        QFETCH(int, months);
        QFETCH(bool, supported);
        QFETCH(QString, text);
        const ProductRelease *r = release.isEmpty() ? nullptr : product.release(release);
        QCOMPARE(release.isEmpty(), r == nullptr);
        const SupportStatus status = product.support(on, months, r);
        QCOMPARE(status.supported(), supported);
        QCOMPARE(status.text(), text);
    }

    void scopeNamesTheRelease()
    {
        const QList<Product> catalogue {gateway()};
        ScopeAssessment a = assessScope(catalogue, u"gigaspire u6"_s, QDate(2026, 1, 10), u"v23.4.1"_s);
        QCOMPARE(a.verdict, ScopeAssessment::Verdict::InScope);
        QCOMPARE(a.release, u"23.4.1"_s);
        QCOMPARE(a.message, u"GigaSpire U6 23.4.1: EOL since 2025-03-01, security fixes until 2026-03-01"_s);
        a = assessScope(catalogue, u"GigaSpire U6"_s, QDate(2026, 1, 10), u"9.9"_s);
        QVERIFY(a.unknownRelease);
        QVERIFY(a.message.contains(u"not a listed release"_s));
        a = assessScope(catalogue, u"GigaSpire U6"_s, QDate(2025, 6, 1), u"22.1.0"_s);
        QCOMPARE(a.verdict, ScopeAssessment::Verdict::PastSecurityUpdates);
        QVERIFY(a.message.contains(u"2025-01-01"_s));
    }

    void identifiersPerRelease()
    {
        Product p = gateway();
        QCOMPARE(p.cpeOf(p.releases.at(1)), u"cpe:2.3:o:zhone:gigaspire_u6_firmware:23.4.1:*:*:*:*:*:*:*"_s);
        QCOMPARE(p.purlOf(p.releases.at(1)), u"pkg:generic/zhone/gigaspire-u6-firmware@23.4.1"_s);
        ProductRelease odd;
        odd.version = u"1.0 beta+2"_s;
        QCOMPARE(p.cpeOf(odd), u"cpe:2.3:o:zhone:gigaspire_u6_firmware:1.0\\ beta\\+2:*:*:*:*:*:*:*"_s);
        QCOMPARE(p.purlOf(odd), u"pkg:generic/zhone/gigaspire-u6-firmware@1.0%20beta%2B2"_s);
        // A release's own identifiers win.
        p.releases[0].cpe = u"cpe:2.3:o:zhone:gigaspire_u6_firmware:22.1.0:sp1:*:*:*:*:*:*"_s;
        QCOMPARE(p.cpeOf(p.releases.at(0)), p.releases.at(0).cpe);
    }

    void saveAuditUndo_data() { TestSupport::addBackendRows(); }
    void saveAuditUndo()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        CaseEditor editor(cases);
        ProductCatalogue catalogue(*db, &cases.auditLog());
        QSignalSpy changed(&cases.auditLog(), &AuditLog::teamDataChanged);
        QSignalSpy failed(&editor, &CaseEditor::failed);

        editor.undoStack()->push(new SetProductCommand(editor, catalogue, std::nullopt, gateway()));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(changed.size(), 1);
        auto stored = catalogue.product(u"gigaspire u6"_s);
        QVERIFY(stored && *stored);
        Product expected = gateway();
        expected.id = (*stored)->id;
        for (qsizetype i = 0; i < expected.releases.size(); ++i)
            expected.releases[i].id = (*stored)->releases.at(i).id;
        // Releases come back in version order.
        QCOMPARE((*stored)->releases.at(0).version, u"22.1.0"_s);
        QCOMPARE(**stored, expected);

        // A rename with a release changed and one removed, then undone.
        Product renamed = **stored;
        renamed.name = u"GigaSpire U6e"_s;
        renamed.releases.removeLast();
        renamed.releases[0].releasedOn = QDate(2023, 1, 9);
        editor.undoStack()->push(new SetProductCommand(editor, catalogue, **stored, renamed));
        QCOMPARE(failed.size(), 0);
        auto all = catalogue.all();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().name, u"GigaSpire U6e"_s);
        QCOMPARE(all->first().releases.size(), 2);
        editor.undoStack()->undo();
        all = catalogue.all();
        QCOMPARE(all->first().name, u"GigaSpire U6"_s);
        QCOMPARE(all->first().releases.size(), 3);
        QCOMPARE(all->first().releases.at(0).releasedOn, QDate());
        editor.undoStack()->undo(); // the add: the product goes
        QVERIFY(catalogue.all()->isEmpty());
        editor.undoStack()->redo();
        QCOMPARE(catalogue.all()->size(), 1);

        // The team trail says who changed what, release by release.
        const auto trail = cases.auditLog().teamTrail(TeamTopic::Products);
        QVERIFY(trail);
        QStringList fields;
        for (const TeamAuditEntry &e : *trail) {
            fields << e.field;
            QCOMPARE(e.actor, Analyst::current());
        }
        QVERIFY2(fields.mid(0, 3) == (QStringList {u"created"_s, u"product_line"_s, u"lifecycle"_s}),
            qPrintable(fields.join(u' ')));
        QVERIFY(fields.contains(u"release_removed"_s));
        QVERIFY(fields.contains(u"release_changed"_s));
        QVERIFY(fields.contains(u"removed"_s));
        QCOMPARE(changed.size(), 5);

        // Refused edits change nothing and say why.
        Product bad = gateway();
        bad.releases.append(bad.releases.first());
        auto saved = catalogue.save(bad);
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(u"listed twice"_s), qPrintable(saved.error()));
        bad = gateway();
        bad.cpe = u"cpe:2.3:o:zhone"_s;
        QVERIFY(!catalogue.save(bad));
        bad = gateway();
        bad.purl = u"pkg:/nothing"_s;
        QVERIFY(!catalogue.save(bad));
        bad = gateway();
        bad.endOfLife = {};
        QVERIFY(!catalogue.save(bad));
        QCOMPARE(catalogue.all()->first().releases.size(), 3);
    }

    void catalogueFileRoundTrips_data()
    {
        QTest::addColumn<CatalogueFile::Format>("format");
        QTest::newRow("json") << CatalogueFile::Format::Json;
        QTest::newRow("csv") << CatalogueFile::Format::Csv;
    }
    void catalogueFileRoundTrips()
    {
        QFETCH(CatalogueFile::Format, format);
        Product lonely;
        lonely.name = u"=cmd|' /C calc'!A0"_s; // a formula, kept as text both ways
        lonely.productLine = u"Line, with \"quotes\""_s;
        const QList<Product> products {gateway(), lonely};
        const QByteArray bytes = CatalogueFile::write(products, format);
        const auto read = CatalogueFile::read(bytes, format);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(*read, products);
    }

    void catalogueFileRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<CatalogueFile::Format>("format");
        QTest::addColumn<QString>("message");
        const auto json = CatalogueFile::Format::Json;
        const auto csv = CatalogueFile::Format::Csv;
        QTest::newRow("truncated")
            << "{\"format\": \"psirtdesk-products\",\n \"products\": [{\"name\": \"x\""_ba << json
            << u"line 2, column"_s;
        QTest::newRow("not ours") << "{\"products\": []}"_ba << json
                                  << u"Not a PSIRT Desk product catalogue"_s;
        QTest::newRow("wrong type")
            << "{\"format\":\"psirtdesk-products\",\"products\":[{\"name\":\"A\"},{\"name\":7}]}"_ba << json
            << u"products[1].name: not a string"_s;
        QTest::newRow("bad date")
            << "{\"format\":\"psirtdesk-products\",\"products\":[{\"name\":\"A\",\"releases\":[{\"version\":\"1\",\"releasedOn\":\"2024-13-01\"}]}]}"_ba
            << json << u"products[0].releases[0].releasedOn"_s;
        QTest::newRow("bad lifecycle")
            << "{\"format\":\"psirtdesk-products\",\"products\":[{\"name\":\"A\",\"lifecycle\":\"retired\"}]}"_ba
            << json << u"products[0].lifecycle"_s;
        QTest::newRow("unknown column")
            << "product,versoin\nA,1\n"_ba << csv << u"unknown column “versoin”"_s;
        QTest::newRow("open quote") << "product,version\n\"A,1\n"_ba << csv << u"not closed"_s;
        QTest::newRow("duplicate release") << "product,version\nA,1.0\nA,1.0\n"_ba << csv << u"line 3"_s;
        QTest::newRow("eol without date") << "product,lifecycle\nA,eol\n"_ba << csv << u"EOL date"_s;
        QTest::newRow("too large") << QByteArray(CatalogueFile::maxBytes + 1, ' ') << json << u"MiB"_s;
    }
    void catalogueFileRefusesBadInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(CatalogueFile::Format, format);
        QFETCH(QString, message);
        const auto read = CatalogueFile::read(data, format);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(message), qPrintable(read.error()));
    }

private:
    static Product gateway()
    {
        Product p;
        p.name = u"GigaSpire U6"_s;
        p.productLine = u"Residential gateways"_s;
        p.lifecycle = Product::Lifecycle::EndOfLife;
        p.endOfLife = QDate(2025, 3, 1);
        p.cpe = u"cpe:2.3:o:zhone:gigaspire_u6_firmware:*:*:*:*:*:*:*:*"_s;
        p.purl = u"pkg:generic/zhone/gigaspire-u6-firmware"_s;
        ProductRelease old;
        old.version = u"22.1.0"_s;
        old.ownLifecycle = true;
        old.lifecycle = int(Product::Lifecycle::Obsolete);
        old.obsolete = QDate(2024, 1, 1);
        ProductRelease mid;
        mid.version = u"23.4.1"_s;
        mid.releasedOn = QDate(2023, 10, 2);
        ProductRelease latest;
        latest.version = u"24.1.0"_s;
        latest.releasedOn = QDate(2024, 2, 12);
        latest.purl = u"pkg:generic/zhone/gigaspire-u6-firmware@24.1.0?arch=arm64"_s;
        p.releases = {old, mid, latest};
        return p;
    }
};

QTEST_GUILESS_MAIN(TestProductCatalogue)
#include "tst_productcatalogue.moc"
