#include "TestSupport.h"
#include "core/Clock.h"
#include "sbom/SbomDocument.h"
#include "sbom/SbomStore.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// SBOMs: CycloneDX and SPDX read defensively, stored per release, replaced and audited, and
// the where-used query by purl, version, range, CPE and name, direct and transitive.
class TestSbomStore final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        Clock::setFixed(QDateTime(QDate(2026, 9, 3), QTime(10, 0), QTimeZone::UTC));
        QVERIFY(m_dir.isValid());
    }

    void readsCycloneDx()
    {
        const auto doc = SbomDocument::parse(cycloneDx(u"24.1.0"_s, u"3.0.13"_s));
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(doc->format, SbomDocument::Format::CycloneDx);
        QCOMPARE(doc->specVersion, u"1.5"_s);
        QCOMPARE(doc->subjectName, u"gigaspire-u6-firmware"_s);
        QCOMPARE(doc->components.size(), 4); // the nested busybox applet counts
        QCOMPARE(doc->components.at(0).purl, u"pkg:generic/openssl/openssl@3.0.13"_s);
        QCOMPARE(doc->components.at(0).supplier, u"OpenSSL Foundation"_s);
        QCOMPARE(doc->components.at(3).name, u"busybox-httpd"_s);
        QCOMPARE(doc->components.at(3).ref, u"component-1"_s); // generated
        QCOMPARE(doc->dependencies.size(), 3);
        QCOMPARE(doc->warnings.size(), 1); // the edge to a ref nobody lists
    }

    void readsRealExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("components");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("somePurl");
        const QString dir = QStringLiteral(PSIRTDESK_SBOM_TEST_DATA);
        QTest::newRow("cyclonedx 1.4 laravel") << dir + u"/laravel-7.12.0.cdx-1.4.json"_s << 62
                                               << u"cyclonedx/cyclonedx-php-composer-demo dev-master"_s
                                               << u"pkg:composer/laravel/framework@v7.30.6"_s;
        QTest::newRow("spdx 2.3") << dir + u"/spdx-2.3-firmware.spdx.json"_s << 3
                                  << u"gigacenter-854g-firmware 24.2.1"_s
                                  << u"pkg:generic/openssl/openssl@3.0.13"_s;
    }
    void readsRealExamples()
    {
        QFETCH(QString, file);
        QFETCH(int, components);
        QFETCH(QString, subject);
        QFETCH(QString, somePurl);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = SbomDocument::parse(f.readAll());
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(doc->components.size(), components);
        QCOMPARE(QString(doc->subjectName + u' ' + doc->subjectVersion).trimmed(), subject);
        bool found = false;
        for (const SbomComponent &c : doc->components)
            found = found || c.purl == somePurl;
        QVERIFY(found);
    }

    void readsSpdxRelationships()
    {
        QFile f(QStringLiteral(PSIRTDESK_SBOM_TEST_DATA "/spdx-2.3-firmware.spdx.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = SbomDocument::parse(f.readAll());
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(doc->format, SbomDocument::Format::Spdx);
        QCOMPARE(doc->subjectRef, u"SPDXRef-firmware"_s);
        QCOMPARE(doc->components.at(0).supplier, u"OpenSSL Foundation"_s);
        QCOMPARE(doc->components.at(0).cpe, u"cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"_s);
        QCOMPARE(doc->components.at(1).supplier, u"Matt Johnston"_s);
        QCOMPARE(doc->components.at(1).cpe, u"cpe:/a:dropbear_ssh_project:dropbear_ssh:2022.83"_s);
        QCOMPARE(doc->components.at(2).purl, u"pkg:generic/zlib/zlib@1.3.1"_s); // PACKAGE_MANAGER spelling
        QCOMPARE(doc->dependencies.size(), 4); // DEPENDENCY_OF turned round; the unknown element dropped
        QCOMPARE(doc->dependencies.at(3).from, u"SPDXRef-openssl"_s);
        QCOMPARE(doc->dependencies.at(3).to, u"SPDXRef-zlib"_s);
        QCOMPARE(doc->warnings.size(), 1);
    }

    void refusesHostileInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << cycloneDx(u"1"_s, u"1"_s).left(300) << u"line "_s;
        QTest::newRow("not an object") << "[1,2]"_ba << u"not a JSON object"_s;
        QTest::newRow("unknown format") << "{\"hello\": 1}"_ba << u"neither"_s;
        QTest::newRow("cyclonedx 1.2")
            << "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.2\"}"_ba << u"CycloneDX 1.2"_s;
        QTest::newRow("spdx 2.2") << "{\"spdxVersion\":\"SPDX-2.2\"}"_ba << u"SPDX-2.2"_s;
        QTest::newRow("wrong type")
            << "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"name\":\"a\"},{\"name\":[1]}]}"_ba
            << u"components[1].name: not a string"_s;
        QTest::newRow("components not a list")
            << "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":{}}"_ba
            << u"not a list"_s;
        QTest::newRow("long string")
            << (R"({"bomFormat":"CycloneDX","specVersion":"1.4","components":[{"name":")"_ba
                   + QByteArray(5000, 'a') + R"("}]})"_ba)
            << u"longer than"_s;
        QByteArray deep = R"({"bomFormat":"CycloneDX","specVersion":"1.5","components":)"_ba;
        for (int i = 0; i < 10000; ++i)
            deep += R"([{"name":"x","components":)"_ba;
        QTest::newRow("10,000 deep") << deep << u"line 1"_s;
        QByteArray nested = R"({"bomFormat":"CycloneDX","specVersion":"1.5","components":[)"_ba;
        for (int i = 0; i < 100; ++i)
            nested += R"({"name":"x","components":[)"_ba;
        for (int i = 0; i < 100; ++i)
            nested += "]}";
        nested += "]}";
        QTest::newRow("100 nested components") << nested << u"nested more than 64"_s;
        QTest::newRow("too large") << QByteArray(SbomDocument::maxBytes + 1, ' ') << u"MiB"_s;
    }
    void refusesHostileInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto doc = SbomDocument::parse(json);
        QVERIFY(!doc);
        QVERIFY2(doc.error().contains(message), qPrintable(doc.error()));
    }

    void tooManyComponents()
    {
        QJsonArray components;
        for (int i = 0; i <= SbomDocument::maxComponents; ++i)
            components.append(QJsonObject {{u"name"_s, u"c%1"_s.arg(i)}});
        const QJsonObject root {
            {u"bomFormat"_s, u"CycloneDX"_s}, {u"specVersion"_s, u"1.6"_s}, {u"components"_s, components}};
        const auto doc = SbomDocument::parse(QJsonDocument(root).toJson(QJsonDocument::Compact));
        QVERIFY(!doc);
        QVERIFY2(doc.error().contains(u"more than 100000 components"_s), qPrintable(doc.error()));
    }

    void importAndWhereUsed_data() { TestSupport::addBackendRows(); }
    void importAndWhereUsed()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        ProductCatalogue catalogue(*db, &cases.auditLog());
        Product gw;
        gw.name = u"GigaSpire U6"_s;
        for (const char *v : {"23.4.1", "24.1.0"}) {
            ProductRelease r;
            r.version = QString::fromLatin1(v);
            gw.releases.append(r);
        }
        QVERIFY(catalogue.save(gw));
        SbomStore store(*db, cases.auditLog());

        // Not a release of the catalogue: refused, nothing stored.
        auto imported = store.import(u"GigaSpire U6"_s, u"25.0"_s, cycloneDx(u"25.0"_s, u"3.0.13"_s));
        QVERIFY(!imported);
        QVERIFY(imported.error().contains(u"no release"_s));
        imported = store.import(u"GigaSpire U6"_s, u"23.4.1"_s, cycloneDx(u"23.4.1"_s, u"1.1.1w"_s));
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->components, 4);
        imported = store.import(u"gigaspire u6"_s, u"24.1.0"_s, cycloneDx(u"24.1.0"_s, u"3.0.13"_s));
        QVERIFY2(imported, qPrintable(imported.error()));

        // By purl without a version: both releases; with one: that release.
        auto hits = store.whereUsed(u"pkg:generic/openssl/openssl"_s);
        QVERIFY2(hits, qPrintable(hits.error()));
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).release, u"23.4.1"_s);
        QCOMPARE(hits->at(0).depth, 2); // through curl
        QCOMPARE(hits->at(0).via, u"curl 8.5.0"_s);
        hits = store.whereUsed(u"pkg:generic/openssl/openssl@3.0.13"_s);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->at(0).release, u"24.1.0"_s);
        // By a range, a CPE pattern, a name.
        hits = store.whereUsed(u"pkg:generic/openssl/openssl"_s, u"vers:generic/>=3.0.0|<3.0.14"_s);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->at(0).version, u"3.0.13"_s);
        hits = store.whereUsed(u"cpe:2.3:a:openssl:openssl:1.1.1w:*:*:*:*:*:*:*"_s);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->at(0).release, u"23.4.1"_s);
        hits = store.whereUsed(u"CURL"_s);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).depth, 1);
        QVERIFY(store.whereUsed(u"pkg:generic/nothing/here"_s)->isEmpty());
        QVERIFY(!store.whereUsed(u"pkg:"_s));
        QVERIFY(!store.whereUsed(u"curl"_s, u"vers:generic/<<1"_s));
        // A hostile name is a parameter, never SQL.
        QVERIFY(store.whereUsed(u"x' OR '1'='1"_s)->isEmpty());

        // Re-importing replaces, audited with what was there.
        imported = store.import(u"GigaSpire U6"_s, u"24.1.0"_s, cycloneDx(u"24.1.0"_s, u"3.0.15"_s));
        QVERIFY(imported);
        QCOMPARE(store.whereUsed(u"pkg:generic/openssl/openssl@3.0.13"_s)->size(), 0);
        QCOMPARE(store.whereUsed(u"pkg:generic/openssl/openssl@3.0.15"_s)->size(), 1);
        const auto list = store.list();
        QCOMPARE(list->size(), 2);
        const auto trail = cases.auditLog().teamTrail(TeamTopic::Sboms, u"GigaSpire U6 24.1.0"_s);
        QCOMPARE(trail->size(), 2);
        QVERIFY(trail->at(1).oldValue.startsWith(u"CycloneDX 1.5, 4 components"_s));
        QVERIFY(store.remove(u"GigaSpire U6"_s, u"24.1.0"_s));
        QCOMPARE(store.list()->size(), 1);
        QVERIFY(!store.remove(u"GigaSpire U6"_s, u"24.1.0"_s));
        // Removing the release from the catalogue takes its SBOM with it.
        gw = **catalogue.product(u"GigaSpire U6"_s);
        gw.releases.removeFirst();
        QVERIFY(catalogue.save(gw));
        QCOMPARE(store.list()->size(), 0);
        QVERIFY(store.whereUsed(u"curl"_s)->isEmpty());

        // A real SBOM: symfony/console is three steps from the application.
        QFile laravel(QStringLiteral(PSIRTDESK_SBOM_TEST_DATA "/laravel-7.12.0.cdx-1.4.json"));
        QVERIFY(laravel.open(QIODevice::ReadOnly));
        imported = store.import(u"GigaSpire U6"_s, u"24.1.0"_s, laravel.readAll());
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->components, 62);
        hits = store.whereUsed(u"pkg:composer/symfony/console"_s, u"vers:composer/>=5.4.0|<5.4.17"_s);
        QVERIFY2(hits, qPrintable(hits.error()));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->at(0).depth, 3);
        QCOMPARE(hits->at(0).via, u"laravel/framework v7.30.6"_s);
    }

    // PostgreSQL receives components and edges as array literals: quotes, backslashes,
    // braces, commas, blanks, "NULL" and empty values must come back exactly as written.
    void storesAwkwardTextAsWritten_data() { TestSupport::addBackendRows(); }
    void storesAwkwardTextAsWritten()
    {
        QFETCH(Database::Backend, backend);
        auto db = open(backend);
        QVERIFY(db);
        CaseStore cases(*db);
        ProductCatalogue catalogue(*db, &cases.auditLog());
        Product p;
        p.name = u"Edge"_s;
        ProductRelease r;
        r.version = u"1.0"_s;
        p.releases.append(r);
        QVERIFY(catalogue.save(p));

        const QStringList names {u"a\"quoted\" lib"_s, u"back\\slash\\"_s, u"{braces},comma"_s, u"NULL"_s,
            u"two  spaces"_s, u"o'clock ünïcødé 🐧"_s};
        QJsonArray components;
        for (qsizetype i = 0; i < names.size(); ++i) {
            QJsonObject c {{u"bom-ref"_s, u"ref \"%1\" \\ {x}"_s.arg(i)}, {u"type"_s, u"library"_s},
                {u"name"_s, names.at(i)}};
            if (i != 3) // one without a version
                c.insert(u"version"_s, u"1.%1\\\"}"_s.arg(i));
            components.append(c);
        }
        // The subject depends on the first; the first on all others.
        QJsonArray dependsOn;
        for (qsizetype i = 1; i < names.size(); ++i)
            dependsOn.append(u"ref \"%1\" \\ {x}"_s.arg(i));
        const QJsonArray dependencies {
            QJsonObject {{u"ref"_s, u"app"_s}, {u"dependsOn"_s, QJsonArray {u"ref \"0\" \\ {x}"_s}}},
            QJsonObject {{u"ref"_s, u"ref \"0\" \\ {x}"_s}, {u"dependsOn"_s, dependsOn}}};
        const QJsonObject root {{u"bomFormat"_s, u"CycloneDX"_s}, {u"specVersion"_s, u"1.5"_s},
            {u"metadata"_s,
                QJsonObject {{u"component"_s,
                    QJsonObject {
                        {u"bom-ref"_s, u"app"_s}, {u"type"_s, u"application"_s}, {u"name"_s, u"app"_s}}}}},
            {u"components"_s, components}, {u"dependencies"_s, dependencies}};

        SbomStore store(*db, cases.auditLog());
        const auto imported
            = store.import(u"Edge"_s, u"1.0"_s, QJsonDocument(root).toJson(QJsonDocument::Compact));
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->components, int(names.size()));
        for (qsizetype i = 0; i < names.size(); ++i) {
            const auto hits = store.whereUsed(names.at(i));
            QVERIFY2(hits, qPrintable(hits.error()));
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->at(0).component, names.at(i));
            QCOMPARE(hits->at(0).version, i == 3 ? QString() : u"1.%1\\\"}"_s.arg(i));
            QCOMPARE(hits->at(0).depth, i == 0 ? 1 : 2);
            // The via column joins on a ref holding every awkward character.
            QCOMPARE(hits->at(0).via, i == 0 ? QString() : names.at(0) + u" 1.0\\\"}"_s);
        }
    }

private:
    // A firmware SBOM: curl directly, OpenSSL through curl, busybox with a nested applet.
    static QByteArray cycloneDx(const QString &version, const QString &openssl)
    {
        const QString json = uR"({
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
  "metadata": {"timestamp": "2026-08-01T10:00:00Z",
    "component": {"bom-ref": "fw", "type": "firmware", "name": "gigaspire-u6-firmware", "version": "%1"}},
  "components": [
    {"bom-ref": "openssl", "type": "library", "name": "openssl", "version": "%2",
     "supplier": {"name": "OpenSSL Foundation"},
     "purl": "pkg:generic/openssl/openssl@%2",
     "cpe": "cpe:2.3:a:openssl:openssl:%2:*:*:*:*:*:*:*"},
    {"bom-ref": "curl", "type": "library", "name": "curl", "version": "8.5.0", "purl": "pkg:generic/curl/curl@8.5.0"},
    {"bom-ref": "busybox", "type": "application", "name": "busybox", "version": "1.36.1",
     "components": [{"type": "application", "name": "busybox-httpd", "version": "1.36.1"}]}
  ],
  "dependencies": [
    {"ref": "fw", "dependsOn": ["curl", "busybox"]},
    {"ref": "curl", "dependsOn": ["openssl", "ghost"]}
  ]
})"_s.arg(version, openssl);
        return json.toUtf8();
    }
};

QTEST_GUILESS_MAIN(TestSbomStore)
#include "tst_sbomstore.moc"
