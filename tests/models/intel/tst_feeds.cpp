// Offline vulnerability-feed readers: real excerpts of CISA KEV, FIRST EPSS, cvelistV5,
// GitHub's advisory database and PyPA's advisory database (tests/data/intel/README.md names
// their sources), then hostile variants of each.

#include "intel/CveListReader.h"
#include "intel/EpssScores.h"
#include "intel/FeedArchive.h"
#include "intel/FeedJson.h"
#include "intel/KevCatalog.h"
#include "intel/OsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include <KCompressionDevice>
#include <KZip>

using namespace Qt::StringLiterals;

namespace {

using Events = QList<std::pair<QString, QString>>;

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(PSIRTDESK_INTEL_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QString dataPath(const QString &name)
{
    return QStringLiteral(PSIRTDESK_INTEL_TEST_DATA "/") + name;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray deepNesting(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// "{"a":[[[[…]]]]}": deep nesting below a valid top-level object.
QByteArray deepObject(int depth)
{
    return "{\"vulnerabilities\":" + deepNesting(depth) + '}';
}

bool anyContains(const QStringList &list, const QString &needle)
{
    for (const QString &s : list) {
        if (s.contains(needle))
            return true;
    }
    return false;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

QByteArray gzip(const QByteArray &plain)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        KCompressionDevice device(&buffer, false, KCompressionDevice::GZip);
        if (!device.open(QIODevice::WriteOnly))
            qFatal("cannot gzip");
        device.write(plain);
        device.close();
    }
    return buffer.data();
}

} // namespace

class TestFeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineColumn();

    void kevRealExcerpt();
    void kevBadEntriesAreSkipped();
    void kevHostile_data();
    void kevHostile();

    void epssRealExcerpt();
    void epssGzip();
    void epssRows_data();
    void epssRows();
    void epssHostile_data();
    void epssHostile();
    void epssRowBound();

    void osvRealRecords_data();
    void osvRealRecords();
    void osvRangesAndSeverity();
    void osvHostile_data();
    void osvHostile();
    void osvWrongTypesCostOnlyTheirPart();

    void cveXz();
    void cveLinuxKernelRanges();
    void cveCvss4AndRejected();
    void cveCnaBeforeAdp();
    void cveHostile_data();
    void cveHostile();

    void archivePlainJson();
    void archiveZipWithNestedZip();
    void archiveZipBomb();
    void archiveStopsWhenVisitorFails();
    void archiveNotAZip();
    void archiveEntryCountBound();
};

void TestFeeds::lineColumn()
{
    // "ab\nc" + "ä" (two bytes) + "d": the 'd' is the third character of line 2.
    const QByteArray text = "ab\nc\xc3\xa4"
                            "d";
    QCOMPARE(FeedJson::lineColumn(text, 6), u"line 2, column 3"_s);
    QCOMPARE(FeedJson::lineColumn(text, 0), u"line 1, column 1"_s);
    QCOMPARE(FeedJson::lineColumn(text, 1000), u"line 2, column 4"_s);

    const auto result = KevCatalog::parse("{\n  \"catalogVersion\": \"1\",\n  \"count\": 1 2\n}");
    QVERIFY(!result);
    QVERIFY2(result.error().contains(u"line 3, column "), qPrintable(result.error()));
}

void TestFeeds::kevRealExcerpt()
{
    const auto kev = KevCatalog::parse(dataFile(u"kev-excerpt.json"_s));
    QVERIFY2(kev, qPrintable(kev.error()));
    QCOMPARE(kev->catalogVersion, u"2025.08.25"_s);
    QCOMPARE(kev->dateReleased.toUTC().date(), QDate(2025, 8, 25));
    QCOMPARE(kev->dateReleased.toUTC().time().toString(u"HH:mm:ss"), u"17:04:19"_s);
    QCOMPARE(kev->dateReleased.timeSpec(), Qt::UTC);
    QCOMPARE(kev->entries.size(), 9);
    QVERIFY2(kev->warnings.isEmpty(), qPrintable(kev->warnings.join(u'\n')));

    const KevEntry &git = kev->entries.at(0);
    QCOMPARE(git.cveId, u"CVE-2025-48384"_s);
    QCOMPARE(git.vendorProject, u"Git"_s);
    QCOMPARE(git.product, u"Git"_s);
    QCOMPARE(git.vulnerabilityName, u"Git Link Following Vulnerability"_s);
    QCOMPARE(git.dateAdded, QDate(2025, 8, 25));
    QCOMPARE(git.dueDate, QDate(2025, 9, 15));
    QCOMPARE(git.cwes, QStringList({u"CWE-59"_s, u"CWE-436"_s}));
    QVERIFY(!git.knownRansomware);
    QVERIFY(git.shortDescription.startsWith(u"Git contains a link following vulnerability"));
    QVERIFY(git.notes.contains(u"https://nvd.nist.gov/vuln/detail/CVE-2025-48384"));
    QVERIFY(!git.requiredAction.isEmpty());

    QCOMPARE(kev->entries.at(5).cveId, u"CVE-2025-8876"_s);
    QVERIFY(kev->entries.at(5).cwes.isEmpty());
    QCOMPARE(kev->entries.at(7).cveId, u"CVE-2025-49704"_s);
    QVERIFY(kev->entries.at(7).knownRansomware);
    QCOMPARE(kev->entries.at(7).dueDate, QDate(2025, 7, 23));
}

void TestFeeds::kevBadEntriesAreSkipped()
{
    QJsonObject root = object(dataFile(u"kev-excerpt.json"_s));
    QJsonArray list = root.value(u"vulnerabilities").toArray();
    QJsonObject third = list.at(3).toObject();
    third.insert(u"dateAdded"_s, u"yesterday"_s);
    list.replace(3, third);
    QJsonObject fifth = list.at(5).toObject();
    fifth.insert(u"cveID"_s, 42);
    list.replace(5, fifth);
    QJsonObject sixth = list.at(6).toObject();
    sixth.insert(u"cwes"_s, u"CWE-79"_s);
    list.replace(6, sixth);
    list.append(u"not an entry"_s);
    list.append(list.at(0)); // the same CVE twice
    QJsonObject badCwe = list.at(1).toObject();
    badCwe.insert(u"cwes"_s, QJsonArray({u"CWE-269"_s, u"XSS"_s}));
    list.replace(1, badCwe);
    root.insert(u"vulnerabilities"_s, list);

    const auto kev = KevCatalog::parse(bytes(root));
    QVERIFY2(kev, qPrintable(kev.error()));
    QCOMPARE(kev->entries.size(), 6);
    const QStringList &w = kev->warnings;
    QVERIFY2(w.contains(u"vulnerabilities[3].dateAdded: not a date"_s), qPrintable(w.join(u'\n')));
    QVERIFY(w.contains(u"vulnerabilities[5].cveID: not text"_s));
    QVERIFY(w.contains(u"vulnerabilities[6].cwes: not a list"_s));
    QVERIFY(w.contains(u"vulnerabilities[9]: not an object"_s));
    QVERIFY(anyContains(w, u"vulnerabilities[10].cveID: CVE-2025-48384 is listed twice"_s));
    QVERIFY(w.contains(u"vulnerabilities[1].cwes[1]: not a CWE id"_s));
    QCOMPARE(kev->entries.at(1).cwes, QStringList({u"CWE-269"_s}));
}

void TestFeeds::kevHostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray real = dataFile(u"kev-excerpt.json"_s);
    QTest::newRow("truncated") << real.left(real.size() / 2) << u"line "_s;
    QTest::newRow("empty") << QByteArray() << u"Not valid JSON"_s;
    QTest::newRow("array at top") << QByteArray("[]") << u"not hold an object"_s;
    QTest::newRow("no vulnerabilities") << QByteArray(R"({"catalogVersion":"2025.01.01","count":0})")
                                        << u"vulnerabilities: missing or not a list"_s;
    QTest::newRow("vulnerabilities not a list")
        << QByteArray(R"({"vulnerabilities":{"cveID":"CVE-2024-1234"}})")
        << u"vulnerabilities: missing or not a list"_s;
    QTest::newRow("deep nesting") << deepNesting(10'000) << u"Not valid JSON"_s;
    QTest::newRow("deep nesting inside") << deepObject(10'000) << u"Not valid JSON"_s;
    QTest::newRow("no entry readable")
        << QByteArray(R"({"vulnerabilities":[{"cveID":1},{"cveID":"CVE-1"}]})")
        << u"none of its 2 entries could be read (vulnerabilities[0].cveID: not text)"_s;
    QTest::newRow("too large") << QByteArray(KevCatalog::maxFileBytes + 1, ' ') << u"larger than 64 MiB"_s;
}

void TestFeeds::kevHostile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto kev = KevCatalog::parse(json);
    QVERIFY(!kev);
    QVERIFY2(kev.error().contains(expected), qPrintable(kev.error()));
}

void TestFeeds::epssRealExcerpt()
{
    const auto epss = EpssScores::readFile(dataPath(u"epss_scores-2026-09-29-excerpt.csv"_s));
    QVERIFY2(epss, qPrintable(epss.error()));
    QCOMPARE(epss->modelVersion, u"v2026.06.15"_s);
    QCOMPARE(epss->scoreDate, QDate(2026, 9, 29));
    QCOMPARE(epss->scores.size(), 20);
    QVERIFY(epss->warnings.isEmpty());
    QCOMPARE(epss->scores.at(0).cveId, u"CVE-1999-0001"_s);
    QCOMPARE(epss->scores.at(0).epss, 0.03351);
    QCOMPARE(epss->scores.at(0).percentile, 0.88255);
    QCOMPARE(epss->scores.at(15).cveId, u"CVE-1999-0016"_s);
    QCOMPARE(epss->scores.at(15).epss, 0.95739);
    QCOMPARE(epss->scores.at(19).cveId, u"CVE-1999-0021"_s);
}

void TestFeeds::epssGzip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray plain = dataFile(u"epss_scores-2026-09-29-excerpt.csv"_s);
    const QByteArray compressed = gzip(plain);
    QVERIFY(compressed.startsWith("\x1f\x8b"));

    // By its magic bytes, whatever the name says.
    for (const QString &name : {u"epss_scores-2026-09-29.csv.gz"_s, u"download.bin"_s}) {
        const QString path = dir.filePath(name);
        writeFile(path, compressed);
        const auto epss = EpssScores::readFile(path);
        QVERIFY2(epss, qPrintable(epss.error()));
        QCOMPARE(epss->scores.size(), 20);
        QCOMPARE(epss->scores.at(19).percentile, 0.9796);
        QCOMPARE(epss->scoreDate, QDate(2026, 9, 29));
    }

    // A download cut short is not taken for a complete file.
    const QString cut = dir.filePath(u"cut.csv.gz"_s);
    writeFile(cut, compressed.left(compressed.size() / 2));
    const auto truncated = EpssScores::readFile(cut);
    QVERIFY(!truncated);
    QVERIFY2(truncated.error().contains(u"could not be read after row"), qPrintable(truncated.error()));

    const auto missing = EpssScores::readFile(dir.filePath(u"nothing.csv.gz"_s));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"nothing.csv.gz"));
}

void TestFeeds::epssRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("scores");
    QTest::addColumn<QStringList>("warnings");

    const QByteArray head
        = "#model_version:v2025.03.14,score_date:2025-04-01T00:00:00+0000\ncve,epss,percentile\n";
    QTest::newRow("NaN") << head + "CVE-2024-0001,NaN,0.5\nCVE-2024-0002,0.1,0.2\n"
                         << 1 << QStringList {u"row 3: epss “NaN” is not a number from 0 to 1"_s};
    QTest::newRow("1.5") << head + "CVE-2024-0001,1.5,0.5\nCVE-2024-0002,0.1,0.2\n"
                         << 1 << QStringList {u"row 3: epss “1.5” is not a number from 0 to 1"_s};
    QTest::newRow("negative") << head + "CVE-2024-0002,0.1,0.2\nCVE-2024-0001,0.5,-0.01\n"
                              << 1
                              << QStringList {u"row 4: percentile “-0.01” is not a number from 0 to 1"_s};
    QTest::newRow("infinity") << head + "CVE-2024-0001,inf,0.5\nCVE-2024-0002,0.1,0.2\n"
                              << 1 << QStringList {u"row 3: epss “inf” is not a number from 0 to 1"_s};
    QTest::newRow("text") << head + "CVE-2024-0001,high,0.5\nCVE-2024-0002,0.1,0.2\n"
                          << 1 << QStringList {u"row 3: epss “high” is not a number from 0 to 1"_s};
    QTest::newRow("not a CVE") << head + "GHSA-xxxx,0.1,0.5\nCVE-2024-0002,0.1,0.2\n"
                               << 1 << QStringList {u"row 3: “GHSA-xxxx” is not a CVE id"_s};
    QTest::newRow("too few fields") << head + "CVE-2024-0001,0.1\nCVE-2024-0002,0.1,0.2\n"
                                    << 1 << QStringList {u"row 3: 2 fields, expected 3"_s};
    QTest::newRow("overlong row") << head + "CVE-2024-0001," + QByteArray(5000, '9')
            + ",0.1\nCVE-2024-0002,0.1,0.2\n"
                                  << 1 << QStringList {u"row 3: longer than a row of scores"_s};
    QTest::newRow("scientific notation") << head + "CVE-2021-40438,5e-05,0.02318\n" << 1 << QStringList();
    QTest::newRow("CRLF and blank lines")
        << QByteArray("cve,epss,percentile\r\n\r\nCVE-2024-0001,0.1,0.2\r\n\r\n") << 1 << QStringList();
    QTest::newRow("no comment line") << QByteArray("cve,epss,percentile\nCVE-2024-0001,0.1,0.2\n") << 1
                                     << QStringList();
    QTest::newRow("old file without percentile")
        << QByteArray("cve,epss\nCVE-2021-44228,0.97565\n") << 1 << QStringList();
    QTest::newRow("header only") << head << 0 << QStringList();
    QTest::newRow("no final newline") << head + "CVE-2024-0001,0.1,0.2" << 1 << QStringList();
}

void TestFeeds::epssRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, scores);
    QFETCH(QStringList, warnings);
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto epss = EpssScores::parse(buffer);
    QVERIFY2(epss, qPrintable(epss.error()));
    QCOMPARE(epss->scores.size(), scores);
    QCOMPARE(epss->warnings, warnings);
    for (const EpssScore &score : epss->scores) {
        QVERIFY(score.epss >= 0 && score.epss <= 1);
        QVERIFY(score.percentile >= 0 && score.percentile <= 1);
    }
}

void TestFeeds::epssHostile_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << u"no header row"_s;
    QTest::newRow("comment only") << QByteArray("#model_version:v2025.03.14\n") << u"no header row"_s;
    QTest::newRow("bad header") << QByteArray("#model_version:v2025.03.14\ncve,score\nCVE-2024-0001,0.1\n")
                                << u"row 2 is not the header cve,epss,percentile"_s;
    QTest::newRow("KEV JSON") << dataFile(u"kev-excerpt.json"_s) << u"row 1 is not the header"_s;
    QTest::newRow("every row bad")
        << QByteArray("cve,epss,percentile\nCVE-2024-0001,2,0.1\nCVE-2024-0002,-1,0.1\n")
        << u"none of its 2 row(s) could be read (row 2: epss “2” is not a number from 0 to 1)"_s;
    QTest::newRow("binary") << QByteArray(4096, '\0') << u"row 1"_s;
}

void TestFeeds::epssHostile()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto epss = EpssScores::parse(buffer);
    QVERIFY(!epss);
    QVERIFY2(epss.error().contains(expected), qPrintable(epss.error()));
}

void TestFeeds::epssRowBound()
{
    QByteArray csv = "cve,epss,percentile\n";
    const QByteArray row = "CVE-2024-1234,0.00043,0.12\n";
    csv.reserve(csv.size() + row.size() * (EpssScores::maxRows + 1));
    for (qsizetype i = 0; i <= EpssScores::maxRows; ++i)
        csv += row;
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto epss = EpssScores::parse(buffer);
    QVERIFY(!epss);
    QVERIFY2(epss.error().contains(u"more than 1000000 rows"), qPrintable(epss.error()));
}

void TestFeeds::osvRealRecords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("cveId");
    QTest::addColumn<QString>("ecosystem");
    QTest::addColumn<QString>("package");
    QTest::addColumn<int>("affected");
    QTest::addColumn<Events>("firstRange");
    QTest::addColumn<QString>("cvss");
    QTest::addColumn<QStringList>("cwes");
    QTest::addColumn<bool>("withdrawn");

    QTest::newRow("npm") << u"GHSA-c2qf-rxjj-qqgw.json"_s << u"GHSA-c2qf-rxjj-qqgw"_s << u"CVE-2022-25883"_s
                         << u"npm"_s << u"semver"_s << 3
                         << Events {{u"introduced"_s, u"7.0.0"_s}, {u"fixed"_s, u"7.5.2"_s}}
                         << u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L"_s << QStringList {u"CWE-1333"_s}
                         << false;
    QTest::newRow("PyPI") << u"GHSA-g4mx-q9vg-27p4.json"_s << u"GHSA-g4mx-q9vg-27p4"_s << u"CVE-2023-45803"_s
                          << u"PyPI"_s << u"urllib3"_s << 2
                          << Events {{u"introduced"_s, u"2.0.0"_s}, {u"fixed"_s, u"2.0.7"_s}}
                          << u"CVSS:3.1/AV:A/AC:H/PR:H/UI:N/S:U/C:H/I:N/A:N"_s << QStringList {u"CWE-200"_s}
                          << false;
    QTest::newRow("Maven") << u"GHSA-599f-7c49-w659.json"_s << u"GHSA-599f-7c49-w659"_s << u"CVE-2022-42889"_s
                           << u"Maven"_s << u"org.apache.commons:commons-text"_s << 1
                           << Events {{u"introduced"_s, u"1.5"_s}, {u"fixed"_s, u"1.10.0"_s}}
                           << u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"_s << QStringList {u"CWE-94"_s}
                           << false;
    QTest::newRow("Go, no CVE") << u"GHSA-m425-mq94-257g.json"_s << u"GHSA-m425-mq94-257g"_s << QString()
                                << u"Go"_s << u"google.golang.org/grpc"_s << 3
                                << Events {{u"introduced"_s, u"0"_s}, {u"fixed"_s, u"1.56.3"_s}}
                                << u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"_s << QStringList()
                                << false;
    QTest::newRow("PYSEC withdrawn") << u"PYSEC-2021-63.json"_s << u"PYSEC-2021-63"_s << u"CVE-2020-36242"_s
                                     << u"PyPI"_s << u"cryptography"_s << 1
                                     << Events {{u"introduced"_s, u"3.1"_s}, {u"fixed"_s, u"3.3.2"_s}}
                                     << QString() << QStringList() << true;
}

void TestFeeds::osvRealRecords()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, cveId);
    QFETCH(QString, ecosystem);
    QFETCH(QString, package);
    QFETCH(int, affected);
    QFETCH(Events, firstRange);
    QFETCH(QString, cvss);
    QFETCH(QStringList, cwes);
    QFETCH(bool, withdrawn);

    const auto record = OsvReader::parse(dataFile(file));
    QVERIFY2(record, qPrintable(record.error()));
    QCOMPARE(record->source, VulnRecord::Source::Osv);
    QCOMPARE(record->id, id);
    QCOMPARE(record->cveId(), cveId);
    QCOMPARE(record->affected.size(), affected);
    QCOMPARE(record->affected.at(0).ecosystem, ecosystem);
    QCOMPARE(record->affected.at(0).packageName, package);
    QCOMPARE(record->affected.at(0).ranges.at(0).type, u"ECOSYSTEM"_s);
    QCOMPARE(record->affected.at(0).ranges.at(0).events, firstRange);
    QCOMPARE(record->cvssVector, cvss);
    QCOMPARE(record->cwes, cwes);
    QCOMPARE(record->withdrawn, withdrawn);
    QVERIFY2(record->warnings.isEmpty(), qPrintable(record->warnings.join(u'\n')));
    QVERIFY(record->modified.isValid());
    QVERIFY(record->published.isValid());
    QVERIFY(!record->headline().isEmpty());
    QVERIFY(!record->details.isEmpty());
}

void TestFeeds::osvRangesAndSeverity()
{
    const auto semver = OsvReader::parse(dataFile(u"GHSA-c2qf-rxjj-qqgw.json"_s));
    QVERIFY(semver);
    QCOMPARE(semver->published, QDateTime(QDate(2023, 6, 21), QTime(6, 30, 28), QTimeZone::UTC));
    QCOMPARE(semver->summary, u"semver vulnerable to Regular Expression Denial of Service"_s);
    QCOMPARE(semver->headline(), semver->summary);
    QCOMPARE(semver->aliases, QStringList({u"CVE-2022-25883"_s}));
    QCOMPARE(semver->affected.at(2).ranges.at(0).events,
        Events({{u"introduced"_s, u"0"_s}, {u"fixed"_s, u"5.7.2"_s}}));

    const auto pysec = OsvReader::parse(dataFile(u"PYSEC-2021-63.json"_s));
    QVERIFY(pysec);
    QCOMPARE(pysec->affected.at(0).versions,
        QStringList({u"3.1"_s, u"3.1.1"_s, u"3.2"_s, u"3.2.1"_s, u"3.3"_s, u"3.3.1"_s}));
    QVERIFY(pysec->headline().startsWith(u"In the cryptography package before 3.3.2"));

    // A GIT range keeps its repository and every kind of event in order; CVSS 4.0 wins over
    // 3.1, an invalid vector is named and left out, upstream ids join the aliases.
    QJsonObject osv = object(dataFile(u"GHSA-m425-mq94-257g.json"_s));
    osv.insert(u"upstream"_s, QJsonArray({u"CVE-2023-44487"_s}));
    osv.insert(u"severity"_s,
        QJsonArray({QJsonObject {{u"type"_s, u"CVSS_V3"_s},
                        {u"score"_s, u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"_s}},
            QJsonObject {{u"type"_s, u"CVSS_V4"_s},
                {u"score"_s, u"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N"_s}},
            QJsonObject {{u"type"_s, u"CVSS_V3"_s}, {u"score"_s, u"CVSS:3.1/AV:X"_s}}}));
    QJsonArray affected = osv.value(u"affected").toArray();
    affected.append(QJsonObject {
        {u"package"_s, QJsonObject {{u"ecosystem"_s, u"Go"_s}, {u"name"_s, u"grpc"_s}}},
        {u"ranges"_s,
            QJsonArray({QJsonObject {{u"type"_s, u"GIT"_s}, {u"repo"_s, u"https://github.com/grpc/grpc-go"_s},
                {u"events"_s,
                    QJsonArray({QJsonObject {{u"introduced"_s, u"0"_s}},
                        QJsonObject {{u"last_affected"_s, u"f2180b4"_s}},
                        QJsonObject {{u"limit"_s, u"abc123"_s}},
                        QJsonObject {{u"patched"_s, u"x"_s}}})}}})}});
    osv.insert(u"affected"_s, affected);
    const auto record = OsvReader::parse(bytes(osv));
    QVERIFY2(record, qPrintable(record.error()));
    QCOMPARE(record->cvssVector, u"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N"_s);
    QCOMPARE(record->cveId(), u"CVE-2023-44487"_s);
    const VulnRange &git = record->affected.at(3).ranges.at(0);
    QCOMPARE(git.type, u"GIT"_s);
    QCOMPARE(git.repo, u"https://github.com/grpc/grpc-go"_s);
    QCOMPARE(git.events,
        Events({{u"introduced"_s, u"0"_s}, {u"last_affected"_s, u"f2180b4"_s}, {u"limit"_s, u"abc123"_s}}));
    QVERIFY(record->warnings.contains(u"severity[2].score: not a valid CVSS vector"_s));
    QVERIFY(record->warnings.contains(
        u"affected[3].ranges[0].events[3]: not an introduced, fixed, last_affected or limit event"_s));
}

void TestFeeds::osvHostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray real = dataFile(u"GHSA-c2qf-rxjj-qqgw.json"_s);
    QTest::newRow("truncated") << real.left(700) << u"line "_s;
    QTest::newRow("array") << QByteArray(R"([{"id":"GHSA-1"}])") << u"not hold an object"_s;
    QTest::newRow("no id") << QByteArray(R"({"modified":"2024-01-01T00:00:00Z"})") << u"id: missing"_s;
    QTest::newRow("id not text") << QByteArray(R"({"id":7,"modified":"2024-01-01T00:00:00Z"})")
                                 << u"id: missing"_s;
    QTest::newRow("no modified") << QByteArray(R"({"id":"GHSA-1"})") << u"modified: missing"_s;
    QTest::newRow("modified not a date")
        << QByteArray(R"({"id":"GHSA-1","modified":"soon"})") << u"modified"_s;
    QTest::newRow("a CVE record") << dataFile(u"CVE-2024-3094.json"_s) << u"id: missing"_s;
    QTest::newRow("deep nesting") << deepNesting(10'000) << u"Not valid JSON"_s;
    QTest::newRow("too large") << QByteArray(OsvReader::maxRecordBytes + 1, ' ') << u"larger than 16 MiB"_s;
}

void TestFeeds::osvHostile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto record = OsvReader::parse(json);
    QVERIFY(!record);
    QVERIFY2(record.error().contains(expected), qPrintable(record.error()));
}

void TestFeeds::osvWrongTypesCostOnlyTheirPart()
{
    QJsonObject osv = object(dataFile(u"GHSA-g4mx-q9vg-27p4.json"_s));
    osv.insert(u"aliases"_s, u"CVE-2023-45803"_s);
    osv.insert(u"summary"_s, QJsonArray());
    osv.insert(u"published"_s, u"last week"_s);
    QJsonArray affected = osv.value(u"affected").toArray();
    QJsonObject first = affected.at(0).toObject();
    first.insert(u"ranges"_s, QJsonObject());
    affected.replace(0, first);
    affected.append(u"urllib3"_s);
    osv.insert(u"affected"_s, affected);
    const auto record = OsvReader::parse(bytes(osv));
    QVERIFY2(record, qPrintable(record.error()));
    QVERIFY(record->aliases.isEmpty());
    QVERIFY(record->cveId().isEmpty());
    QVERIFY(record->summary.isEmpty());
    QVERIFY(!record->published.isValid());
    QCOMPARE(record->affected.size(), 1);
    QCOMPARE(record->affected.at(0).ranges.at(0).events,
        Events({{u"introduced"_s, u"0"_s}, {u"fixed"_s, u"1.26.18"_s}}));
    QCOMPARE(record->warnings,
        QStringList({u"published: not a date and time"_s, u"aliases: not a list"_s, u"summary: not text"_s,
            u"affected[0].ranges: not a list"_s, u"affected[2]: not an object"_s}));
}

void TestFeeds::cveXz()
{
    const auto xz = CveListReader::parse(dataFile(u"CVE-2024-3094.json"_s));
    QVERIFY2(xz, qPrintable(xz.error()));
    QCOMPARE(xz->source, VulnRecord::Source::CveList);
    QCOMPARE(xz->id, u"CVE-2024-3094"_s);
    QCOMPARE(xz->cveId(), u"CVE-2024-3094"_s);
    QCOMPARE(xz->title, u"Xz: malicious code in distributed source"_s);
    QCOMPARE(xz->headline(), xz->title);
    QVERIFY(xz->details.startsWith(u"Malicious code was discovered in the upstream tarballs of xz"));
    QCOMPARE(xz->published, QDateTime(QDate(2024, 3, 29), QTime(16, 51, 12, 588), QTimeZone::UTC));
    QVERIFY(xz->modified > xz->published);
    QCOMPARE(xz->cvssVector, u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"_s);
    QCOMPARE(xz->cwes, QStringList({u"CWE-506"_s}));
    QVERIFY(!xz->withdrawn);
    QVERIFY2(xz->warnings.isEmpty(), qPrintable(xz->warnings.join(u'\n')));

    QCOMPARE(xz->affected.size(), 7);
    const VulnAffected &upstream = xz->affected.at(0);
    QCOMPARE(upstream.packageName, u"xz"_s);
    QCOMPARE(upstream.collectionUrl, u"https://github.com/tukaani-project/xz"_s);
    QVERIFY(!upstream.defaultAffected);
    QCOMPARE(upstream.versions, QStringList({u"5.6.0"_s, u"5.6.1"_s}));
    QCOMPARE(upstream.ranges.size(), 2);
    QCOMPARE(upstream.ranges.at(1).type, u"cve"_s);
    QCOMPARE(upstream.ranges.at(1).events,
        Events({{u"introduced"_s, u"5.6.1"_s}, {u"last_affected"_s, u"5.6.1"_s}}));

    const VulnAffected &rhel6 = xz->affected.at(2);
    QCOMPARE(rhel6.vendor, u"Red Hat"_s);
    QCOMPARE(rhel6.product, u"Red Hat Enterprise Linux 6"_s);
    QCOMPARE(rhel6.cpes, QStringList({u"cpe:/o:redhat:enterprise_linux:6"_s}));
    QVERIFY(rhel6.ranges.isEmpty());
}

void TestFeeds::cveLinuxKernelRanges()
{
    const auto kernel = CveListReader::parse(dataFile(u"CVE-2025-21631.json"_s));
    QVERIFY2(kernel, qPrintable(kernel.error()));
    QCOMPARE(kernel->title, u"block, bfq: fix waker_bfqq UAF after bfq_split_bfqq()"_s);
    // No CNA metrics: CISA-ADP's vector and CWE are taken.
    QCOMPARE(kernel->cvssVector, u"CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"_s);
    QCOMPARE(kernel->cwes, QStringList({u"CWE-416"_s}));
    QCOMPARE(kernel->affected.size(), 2);

    const VulnAffected &commits = kernel->affected.at(0);
    QCOMPARE(commits.versionType, u"git"_s);
    QCOMPARE(commits.ranges.size(), 7);
    QCOMPARE(
        commits.ranges.at(0).repo, u"https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git"_s);
    QCOMPARE(commits.ranges.at(0).events,
        Events({{u"introduced"_s, u"63a07379fdb6c72450cb05294461c6016b8b7726"_s},
            {u"fixed"_s, u"f587c1ac68956c4703857d650d9b1cd7bb2ac4d7"_s}}));
    QCOMPARE(commits.versions,
        QStringList(
            {u"0b8bda0ff17156cd3f60944527c9d8c9f99f1583"_s, u"cae58d19121a70329cf971359e2518c93fec04fe"_s}));

    const VulnAffected &releases = kernel->affected.at(1);
    QVERIFY(releases.defaultAffected);
    QCOMPARE(releases.versions, QStringList({u"6.12"_s}));
    QCOMPARE(releases.ranges.size(), 1);
    QCOMPARE(releases.unaffected.size(), 6);
    QCOMPARE(releases.unaffected.at(0).events, Events({{u"introduced"_s, u"0"_s}, {u"fixed"_s, u"6.12"_s}}));
    QCOMPARE(releases.unaffected.at(1).events,
        Events({{u"introduced"_s, u"5.15.177"_s}, {u"last_affected"_s, u"5.15.*"_s}}));
    // lessThanOrEqual "*": from 6.13 on, without an upper end.
    QCOMPARE(releases.unaffected.at(5).events, Events({{u"introduced"_s, u"6.13"_s}}));
}

void TestFeeds::cveCvss4AndRejected()
{
    const auto protobuf = CveListReader::parse(dataFile(u"CVE-2025-4565.json"_s));
    QVERIFY2(protobuf, qPrintable(protobuf.error()));
    QCOMPARE(protobuf->cvssVector, u"CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N"_s);
    QCOMPARE(protobuf->affected.at(0).packageName, u"protobuf"_s);
    QCOMPARE(protobuf->affected.at(0).versionType, u"semver"_s);
    QCOMPARE(protobuf->affected.at(0).ranges.at(0).events,
        Events({{u"introduced"_s, u"0"_s}, {u"fixed"_s, u"4.25.8"_s}}));

    const auto rejected = CveListReader::parse(dataFile(u"CVE-2023-5129.json"_s));
    QVERIFY2(rejected, qPrintable(rejected.error()));
    QVERIFY(rejected->withdrawn);
    QCOMPARE(rejected->id, u"CVE-2023-5129"_s);
    QCOMPARE(
        rejected->details, u"This CVE ID has been rejected or withdrawn by its CVE Numbering Authority."_s);
    QCOMPARE(rejected->headline(), rejected->details);
    QVERIFY(rejected->affected.isEmpty());
    QVERIFY(rejected->cvssVector.isEmpty());
    QVERIFY(rejected->warnings.isEmpty());
}

void TestFeeds::cveCnaBeforeAdp()
{
    auto withMetrics = [](const QString &cna, const QString &adp) {
        QJsonObject root = object(dataFile(u"CVE-2024-3094.json"_s));
        QJsonObject containers = root.value(u"containers").toObject();
        QJsonObject cnaObject = containers.value(u"cna").toObject();
        const auto metric = [](const QString &vector) {
            const QString key = vector.startsWith(u"CVSS:3.0") ? u"cvssV3_0"_s : u"cvssV3_1"_s;
            return QJsonArray({QJsonObject {{key, QJsonObject {{u"vectorString"_s, vector}}}}});
        };
        cnaObject.insert(u"metrics"_s, metric(cna));
        containers.insert(u"cna"_s, cnaObject);
        containers.insert(u"adp"_s, QJsonArray({QJsonObject {{u"metrics"_s, metric(adp)}}}));
        root.insert(u"containers"_s, containers);
        return CveListReader::parse(bytes(root));
    };
    const QString cna31 = u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"_s;
    const QString adp31 = u"CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"_s;
    const QString cna30 = u"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"_s;
    QCOMPARE(withMetrics(cna31, adp31)->cvssVector, cna31);
    QCOMPARE(withMetrics(cna30, adp31)->cvssVector, adp31);
    const auto broken = withMetrics(u"CVSS:3.1/AV:N"_s, adp31);
    QCOMPARE(broken->cvssVector, adp31);
    QVERIFY(broken->warnings.contains(
        u"containers.cna.metrics[0].cvssV3_1.vectorString: not a valid CVSS vector"_s));
}

void TestFeeds::cveHostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray real = dataFile(u"CVE-2024-3094.json"_s);
    QJsonObject noContainers = object(real);
    noContainers.remove(u"containers"_s);
    QJsonObject noCna = object(real);
    noCna.insert(u"containers"_s, QJsonObject {{u"adp"_s, QJsonArray()}});
    QJsonObject wrongType = object(real);
    wrongType.insert(u"dataType"_s, u"CVE_RECORD_LIST"_s);
    QJsonObject badId = object(real);
    QJsonObject metadata = badId.value(u"cveMetadata").toObject();
    metadata.insert(u"cveId"_s, u"CVE-24-3094"_s);
    badId.insert(u"cveMetadata"_s, metadata);

    QTest::newRow("truncated") << real.left(real.size() - 10) << u"line "_s;
    QTest::newRow("without containers") << bytes(noContainers) << u"containers: missing"_s;
    QTest::newRow("without cna") << bytes(noCna) << u"containers.cna: missing"_s;
    QTest::newRow("wrong dataType") << bytes(wrongType) << u"dataType"_s;
    QTest::newRow("bad CVE id") << bytes(badId) << u"cveMetadata.cveId"_s;
    QTest::newRow("an OSV record") << dataFile(u"GHSA-c2qf-rxjj-qqgw.json"_s) << u"dataType"_s;
    QTest::newRow("deep nesting") << deepNesting(10'000) << u"Not valid JSON"_s;
    QTest::newRow("string") << QByteArray("\"CVE-2024-3094\"") << u"Not a CVE record"_s;
}

void TestFeeds::cveHostile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto record = CveListReader::parse(json);
    QVERIFY(!record);
    QVERIFY2(record.error().contains(expected), qPrintable(record.error()));

    // Wrong types inside a valid record cost only the part they are in.
    QJsonObject root = object(dataFile(u"CVE-2024-3094.json"_s));
    QJsonObject containers = root.value(u"containers").toObject();
    QJsonObject cna = containers.value(u"cna").toObject();
    QJsonArray affected = cna.value(u"affected").toArray();
    QJsonObject first = affected.at(0).toObject();
    first.insert(u"versions"_s, u"5.6.0"_s);
    affected.replace(0, first);
    QJsonObject second = affected.at(1).toObject();
    second.insert(u"vendor"_s, QJsonArray({u"Red Hat"_s}));
    affected.replace(1, second);
    affected.append(42);
    cna.insert(u"affected"_s, affected);
    cna.insert(u"title"_s, 3);
    containers.insert(u"cna"_s, cna);
    root.insert(u"containers"_s, containers);
    const auto partial = CveListReader::parse(bytes(root));
    QVERIFY2(partial, qPrintable(partial.error()));
    QCOMPARE(partial->affected.size(), 5);
    QVERIFY(partial->title.isEmpty());
    QVERIFY(partial->warnings.contains(u"containers.cna.affected[0].versions: not a list"_s));
    QVERIFY(partial->warnings.contains(u"containers.cna.affected[1].vendor: not text"_s));
    QVERIFY(partial->warnings.contains(u"containers.cna.affected[7]: not an object"_s));
    QVERIFY(partial->warnings.contains(u"containers.cna.title: not text"_s));
}

void TestFeeds::archivePlainJson()
{
    QStringList names;
    QList<QByteArray> seen;
    const Status status = FeedArchive::forEachJson(
        dataPath(u"kev-excerpt.json"_s), [&](const QString &name, const QByteArray &json) {
            names.append(name);
            seen.append(json);
            return Status();
        });
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(names, QStringList({u"kev-excerpt.json"_s}));
    QCOMPARE(seen.at(0), dataFile(u"kev-excerpt.json"_s));

    const Status missing = FeedArchive::forEachJson(
        dataPath(u"no-such-file.json"_s), [](const QString &, const QByteArray &) { return Status(); });
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"no-such-file.json"));
}

void TestFeeds::archiveZipWithNestedZip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // The inner zip, as the CVE "all_CVEs_at_midnight" release nests one, holding a zip of its own.
    QBuffer deepest;
    {
        KZip zip(&deepest);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(u"too-deep.json"_s, QByteArray("{}")));
        QVERIFY(zip.close());
    }
    QBuffer inner;
    {
        KZip zip(&inner);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(u"cves/2024/3xxx/CVE-2024-3094.json"_s, dataFile(u"CVE-2024-3094.json"_s)));
        QVERIFY(zip.writeFile(u"cves/2023/5xxx/CVE-2023-5129.json"_s, dataFile(u"CVE-2023-5129.json"_s)));
        QVERIFY(zip.writeFile(u"deeper.zip"_s, deepest.data()));
        QVERIFY(zip.close());
    }
    const QString path = dir.filePath(u"feed.zip"_s);
    {
        KZip zip(path);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(u"GHSA-c2qf-rxjj-qqgw.json"_s, dataFile(u"GHSA-c2qf-rxjj-qqgw.json"_s)));
        QVERIFY(zip.writeFile(u"README.md"_s, QByteArray("not JSON")));
        QVERIFY(zip.writeFile(u"../evil.json"_s, QByteArray(R"({"id":"evil"})")));
        QVERIFY(zip.writeFile(u"big.json"_s, QByteArray(FeedArchive::maxEntryBytes + 1, ' ')));
        QVERIFY(zip.writeFile(u"cves.zip"_s, inner.data()));
        QVERIFY(zip.close());
    }

    QStringList names;
    QStringList ids;
    QStringList warnings;
    const Status status = FeedArchive::forEachJson(
        path,
        [&](const QString &name, const QByteArray &json) {
            names.append(name);
            const auto record = name.contains(u"CVE-") ? CveListReader::parse(json) : OsvReader::parse(json);
            if (!record)
                return Status::failure(record.error());
            ids.append(record->id);
            return Status();
        },
        &warnings);
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(names,
        QStringList({u"GHSA-c2qf-rxjj-qqgw.json"_s, u"cves.zip/cves/2023/5xxx/CVE-2023-5129.json"_s,
            u"cves.zip/cves/2024/3xxx/CVE-2024-3094.json"_s}));
    QCOMPARE(ids, QStringList({u"GHSA-c2qf-rxjj-qqgw"_s, u"CVE-2023-5129"_s, u"CVE-2024-3094"_s}));
    QVERIFY2(warnings.contains(u"../evil.json: a path that leaves the archive; skipped"_s),
        qPrintable(warnings.join(u'\n')));
    QVERIFY(anyContains(warnings, u"big.json: larger than 16 MiB; skipped"_s));
    QVERIFY(anyContains(warnings, u"cves.zip/deeper.zip: a ZIP inside a ZIP inside a ZIP; skipped"_s));
}

void TestFeeds::archiveZipBomb()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bomb.zip"_s);
    {
        KZip zip(path);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(u"a.json"_s, QByteArray("{}")));
        QVERIFY(zip.writeFile(u"bomb.json"_s, QByteArray(10 * 1024 * 1024, ' ')));
        QVERIFY(zip.close());
    }
    QVERIFY(QFileInfo(path).size() < 1024 * 1024);
    int visits = 0;
    const Status status = FeedArchive::forEachJson(path, [&](const QString &, const QByteArray &) {
        ++visits;
        return Status();
    });
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"zip bomb"), qPrintable(status.error()));
    QCOMPARE(visits, 1);
}

void TestFeeds::archiveStopsWhenVisitorFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"osv.zip"_s);
    {
        KZip zip(path);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(u"a.json"_s, QByteArray("{")));
        QVERIFY(zip.writeFile(u"b.json"_s, dataFile(u"GHSA-m425-mq94-257g.json"_s)));
        QVERIFY(zip.close());
    }
    int visits = 0;
    const Status status = FeedArchive::forEachJson(path, [&](const QString &name, const QByteArray &json) {
        ++visits;
        const auto record = OsvReader::parse(json);
        return record ? Status() : Status::failure(name + u": " + record.error());
    });
    QVERIFY(!status);
    QVERIFY2(status.error().startsWith(u"a.json: Not an OSV record. Not valid JSON at line 1, column 2"),
        qPrintable(status.error()));
    QCOMPARE(visits, 1);
}

void TestFeeds::archiveNotAZip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A ZIP cut in half: its central directory is gone.
    const QString full = dir.filePath(u"full.zip"_s);
    {
        KZip zip(full);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20; ++i)
            QVERIFY(zip.writeFile(u"r%1.json"_s.arg(i), dataFile(u"CVE-2025-21631.json"_s)));
        QVERIFY(zip.close());
    }
    QFile file(full);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zipBytes = file.readAll();
    const QString cut = dir.filePath(u"cut.zip"_s);
    writeFile(cut, zipBytes.left(zipBytes.size() / 2));
    int visits = 0;
    const Status status = FeedArchive::forEachJson(cut, [&](const QString &, const QByteArray &json) {
        ++visits;
        return CveListReader::parse(json) ? Status() : Status::failure(u"bad member"_s);
    });
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"“cut.zip” is not a readable ZIP file"), qPrintable(status.error()));
    QCOMPARE(visits, 0);

    const QString big = dir.filePath(u"big.json"_s);
    writeFile(big, QByteArray(FeedArchive::maxEntryBytes + 1, ' '));
    const Status tooBig
        = FeedArchive::forEachJson(big, [](const QString &, const QByteArray &) { return Status(); });
    QVERIFY(!tooBig);
    QVERIFY(tooBig.error().contains(u"larger than 16 MiB"));
}

void TestFeeds::archiveEntryCountBound()
{
    // A ZIP64 end record declaring three million entries is refused before KZip builds a tree
    // of them: a local header, the ZIP64 end record, its locator, the classic end record.
    QByteArray zip = QByteArrayLiteral("PK\x03\x04") + QByteArray(26, '\0');
    const qsizetype zip64End = zip.size();
    QByteArray record(56, '\0');
    record.replace(0, 4, "PK\x06\x06");
    qToLittleEndian<quint64>(44, record.data() + 4);
    qToLittleEndian<quint64>(3'000'000, record.data() + 24);
    qToLittleEndian<quint64>(3'000'000, record.data() + 32);
    zip += record;
    QByteArray locator(20, '\0');
    locator.replace(0, 4, "PK\x06\x07");
    qToLittleEndian<quint64>(quint64(zip64End), locator.data() + 8);
    qToLittleEndian<quint32>(1, locator.data() + 16);
    zip += locator;
    QByteArray end(22, '\0');
    end.replace(0, 4, "PK\x05\x06");
    qToLittleEndian<quint16>(0xFFFF, end.data() + 8);
    qToLittleEndian<quint16>(0xFFFF, end.data() + 10);
    qToLittleEndian<quint32>(0xFFFFFFFF, end.data() + 16);
    zip += end;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.zip"_s);
    writeFile(path, zip);
    const Status status
        = FeedArchive::forEachJson(path, [](const QString &, const QByteArray &) { return Status(); });
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"more than 2000000 entries"), qPrintable(status.error()));
}

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
