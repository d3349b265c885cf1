#include "AdvisoryFixture.h"
#include "GpgHome.h"
#include "TestSupport.h"
#include "export/CsafDocument.h"
#include "openpgp/OpenPgp.h"
#include "publish/CsafProvider.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The CSAF trusted provider tree (CSAF 2.0 section 7) from documents the CSAF exporter
// builds: provider-metadata.json and the ROLIE feeds against the OASIS schemas (offline,
// validate_json.py), every document against the CSAF schema, index.txt and changes.csv as
// written, the hashes with sha256sum/sha512sum -c, every signature with gpg against the
// published public key; re-publishing touches only what changed; hostile input is refused.
class TestCsafProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileName_data();
    void fileName();
    void treeIsCompleteAndValid();
    void republishingRewritesOnlyWhatChanged();
    void unpublishedDocumentsAreRemoved();
    void unsignedTreeIsAProvider();
    void hostileInputIsRefused_data();
    void hostileInputIsRefused();
    void symbolicLinkInTheTreeIsRefused();

private:
    static QDateTime utc(int y, int m, int d)
    {
        return QDateTime(QDate(y, m, d), QTime(9, 0), QTimeZone::UTC);
    }
    static QString base() { return u"https://psirt.example.com/.well-known/csaf"_s; }
    /// A CSAF document of the case, under trackingId, with its TLP label replaced by label.
    static QByteArray document(const AdvisoryCase &ac, const QString &trackingId, const QString &label = {});
    /// The document with its tracking id replaced in the JSON.
    static QByteArray withTrackingId(const QByteArray &document, const QString &trackingId);
    /// The fixture's documents: two 2026 advisories, one of 2025 with an id the file-name
    /// rule rewrites, a TLP:GREEN one and a TLP:AMBER one.
    static QList<QByteArray> documents();
    CsafProvider::Options options(bool sign) const;
    static QByteArray read(const QString &path);
    /// Every file below dir, relative, sorted.
    static QStringList files(const QString &dir);
    /// The validator's complaint, or empty when the documents are valid.
    static QString validate(
        const QString &schema, const QStringList &documents, const QStringList &refs = {});
    struct Ran
    {
        int exitCode = -1;
        QString output;
    };
    static Ran run(
        const QString &program, const QStringList &arguments, const QString &workingDirectory = {});

    std::unique_ptr<GpgHome> m_team;
    QString m_key;
    QTemporaryDir m_dir;
    int m_trees = 0;
};

void TestCsafProvider::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
    m_team = std::make_unique<GpgHome>();
    QVERIFY2(m_team->isValid(), qPrintable(m_team->errorString()));
    m_key = m_team->generateKey(u"Example Networks PSIRT <psirt@example.com>"_s);
    QVERIFY2(!m_key.isEmpty(), qPrintable(m_team->errorString()));
}

QByteArray TestCsafProvider::document(const AdvisoryCase &ac, const QString &trackingId, const QString &label)
{
    CsafDocument::Options o;
    o.trackingId = trackingId;
    o.now = ac.advisory.revisions.isEmpty() ? utc(2026, 10, 1) : ac.advisory.revisions.constLast().date;
    const auto built = CsafDocument::build({ac}, AdvisoryFixture::publisher(), o);
    if (!built)
        qFatal("the fixture's CSAF document failed: %s", qPrintable(built.error()));
    if (label.isEmpty())
        return *built;
    QJsonObject root = QJsonDocument::fromJson(*built).object();
    QJsonObject doc = root.value(u"document"_s).toObject();
    QJsonObject distribution = doc.value(u"distribution"_s).toObject();
    QJsonObject tlp = distribution.value(u"tlp"_s).toObject();
    tlp.insert(u"label"_s, label);
    distribution.insert(u"tlp"_s, tlp);
    doc.insert(u"distribution"_s, distribution);
    root.insert(u"document"_s, doc);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray TestCsafProvider::withTrackingId(const QByteArray &document, const QString &trackingId)
{
    QJsonObject root = QJsonDocument::fromJson(document).object();
    QJsonObject doc = root.value(u"document"_s).toObject();
    QJsonObject tracking = doc.value(u"tracking"_s).toObject();
    tracking.insert(u"id"_s, trackingId);
    doc.insert(u"tracking"_s, tracking);
    root.insert(u"document"_s, doc);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<QByteArray> TestCsafProvider::documents()
{
    AdvisoryCase old = AdvisoryFixture::secondCase();
    old.advisory.revisions = {{u"1"_s, utc(2025, 12, 30), u"Initial release."_s}};
    AdvisoryCase green = AdvisoryFixture::secondCase();
    green.advisory.revisions = {{u"1"_s, utc(2026, 3, 1), u"Initial release."_s}};
    AdvisoryCase amber = AdvisoryFixture::secondCase();
    amber.advisory.revisions = {{u"1"_s, utc(2026, 4, 1), u"Initial release."_s}};
    AdvisoryCase second = AdvisoryFixture::secondCase();
    second.advisory.revisions = {{u"1"_s, utc(2026, 10, 1), u"Initial release."_s}};
    return {document(AdvisoryFixture::sampleCase(), {}), document(second, {}),
        document(old, u"Example Networks - 2025:#17"_s), document(green, u"PSIRT-2026-0050"_s, u"GREEN"_s),
        document(amber, u"PSIRT-2026-0051"_s, u"AMBER"_s)};
}

CsafProvider::Options TestCsafProvider::options(bool sign) const
{
    CsafProvider::Options o;
    o.publisher = AdvisoryFixture::publisher();
    o.baseUrl = base() + u'/'; // a trailing slash is dropped
    o.now = utc(2026, 12, 4);
    if (sign)
        o.signer = CsafProvider::Signer {std::make_shared<const OpenPgp>(m_team->path()), m_key};
    return o;
}

QByteArray TestCsafProvider::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList TestCsafProvider::files(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

TestCsafProvider::Ran TestCsafProvider::run(
    const QString &program, const QStringList &arguments, const QString &workingDirectory)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, arguments);
    if (!p.waitForFinished(120000))
        return {-1, program + u" did not finish: "_s + p.errorString()};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

QString TestCsafProvider::validate(
    const QString &schema, const QStringList &documents, const QStringList &refs)
{
    QStringList arguments {QStringLiteral(PSIRTDESK_VALIDATE_JSON), schema};
    for (const QString &ref : refs)
        arguments << u"--ref"_s << ref;
    arguments << documents;
    const Ran r = run(u"python3"_s, arguments);
    return r.exitCode == 0 ? QString() : r.output + u" (exit "_s + QString::number(r.exitCode) + u')';
}

void TestCsafProvider::fileName_data()
{
    QTest::addColumn<QString>("trackingId");
    QTest::addColumn<QString>("expected"); // empty: refused
    // Section 5.1 and its examples.
    QTest::newRow("5.1 note") << u"2022_#01-A"_s << u"2022_01-a.json"_s;
    QTest::newRow("example company") << u"Example Company - 2019-YH3234"_s
                                     << u"example_company_-_2019-yh3234.json"_s;
    QTest::newRow("cisco") << u"cisco-sa-20190513-secureboot"_s << u"cisco-sa-20190513-secureboot.json"_s;
    QTest::newRow("red hat") << u"RHBA-2019:0024"_s << u"rhba-2019_0024.json"_s;
    QTest::newRow("plus kept") << u"A+B"_s << u"a+b.json"_s;
    QTest::newRow("non-ascii") << u"PSIRT-Übersicht-1"_s << u"psirt-_bersicht-1.json"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"   "_s << QString();
    QTest::newRow("padded") << u" PSIRT-1"_s << QString();
    QTest::newRow("traversal") << u"../../etc/passwd"_s << QString();
    QTest::newRow("slash") << u"2026/PSIRT-1"_s << QString();
    QTest::newRow("backslash") << u"..\\PSIRT-1"_s << QString();
    QTest::newRow("dot dot") << u"PSIRT..1"_s << QString();
    QTest::newRow("line feed") << u"PSIRT-1\nPSIRT-2"_s << QString();
    QTest::newRow("bidi override") << u"PSIRT-1\u202Enosj"_s << QString();
    QTest::newRow("nul") << QString(u"PSIRT-1"_s + QChar(0)) << QString();
    QTest::newRow("no letter") << u"#!?"_s << QString();
    QTest::newRow("too long") << QString(CsafProvider::maxTrackingIdChars + 1, u'a') << QString();
    QTest::newRow("longest") << QString(CsafProvider::maxTrackingIdChars, u'A')
                             << QString(CsafProvider::maxTrackingIdChars, u'a') + u".json"_s;
}

void TestCsafProvider::fileName()
{
    QFETCH(QString, trackingId);
    QFETCH(QString, expected);
    const auto name = CsafProvider::fileName(trackingId);
    if (expected.isEmpty()) {
        QVERIFY2(!name, qPrintable(name ? *name : QString()));
        QVERIFY(!name.error().isEmpty());
    } else {
        QVERIFY2(name, qPrintable(name.error()));
        QCOMPARE(*name, expected);
    }
}

void TestCsafProvider::treeIsCompleteAndValid()
{
    const QString dir = m_dir.filePath(u"tree-%1"_s.arg(++m_trees));
    const auto published = CsafProvider::publish(dir, documents(), options(true));
    QVERIFY2(published, qPrintable(published.error()));
    QCOMPARE(published->documents, 4);
    QCOMPARE(published->changed, 4);
    QCOMPARE(published->withheld, 1);
    QCOMPARE(published->removed, 0);
    QVERIFY(published->signedDocuments);

    const QStringList docs {u"2025/example_networks_-_2025_17.json"_s, u"2026/psirt-2026-0042.json"_s,
        u"2026/psirt-2026-0043.json"_s, u"2026/psirt-2026-0050.json"_s};
    QStringList expected {u"changes.csv"_s, u"feed-tlp-green.json"_s, u"feed-tlp-white.json"_s,
        u"index.txt"_s, u"openpgp/"_s + m_key.toUpper() + u".asc"_s, u"provider-metadata.json"_s};
    for (const QString &d : docs)
        expected << d << d + u".asc"_s << d + u".sha256"_s << d + u".sha512"_s;
    expected.sort();
    QCOMPARE(files(dir), expected);
    QCOMPARE(published->written, expected);
    // The TLP:AMBER document is nowhere in the public tree.
    for (const QString &f : expected)
        QVERIFY2(!read(dir + u'/' + f).contains("PSIRT-2026-0051"), qPrintable(f));

    // Requirement 12: every document; requirement 13: newest current_release_date first.
    QCOMPARE(read(dir + u"/index.txt"_s), docs.join(u'\n').toUtf8() + '\n');
    QCOMPARE(read(dir + u"/changes.csv"_s),
        QByteArray("\"2026/psirt-2026-0043.json\",\"2026-10-01T09:00:00Z\"\n"
                   "\"2026/psirt-2026-0042.json\",\"2026-09-02T09:00:00Z\"\n"
                   "\"2026/psirt-2026-0050.json\",\"2026-03-01T09:00:00Z\"\n"
                   "\"2025/example_networks_-_2025_17.json\",\"2025-12-30T09:00:00Z\"\n"));

    // The OASIS schemas: provider metadata, ROLIE feeds (see tests/data/csaf/README.md), CSAF.
    const QString schemas = QStringLiteral(PSIRTDESK_CSAF_SCHEMAS);
    const QStringList csafRefs {schemas + u"/csaf_json_schema.json"_s, schemas + u"/cvss-v2.0.json"_s,
        schemas + u"/cvss-v3.0.json"_s, schemas + u"/cvss-v3.1.json"_s};
    QString complaint
        = validate(schemas + u"/provider_json_schema.json"_s, {dir + u"/provider-metadata.json"_s}, csafRefs);
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    complaint = validate(schemas + u"/ROLIE_feed_json_schema.json"_s,
        {dir + u"/feed-tlp-white.json"_s, dir + u"/feed-tlp-green.json"_s});
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    QStringList docPaths;
    for (const QString &d : docs)
        docPaths << dir + u'/' + d;
    complaint = validate(csafRefs.constFirst(), docPaths, csafRefs.mid(1));
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));

    // provider-metadata.json names the feeds, the key and the trusted provider role.
    const QJsonObject meta = QJsonDocument::fromJson(read(dir + u"/provider-metadata.json"_s)).object();
    QCOMPARE(meta.value(u"role"_s).toString(), u"csaf_trusted_provider"_s);
    QCOMPARE(meta.value(u"canonical_url"_s).toString(), base() + u"/provider-metadata.json"_s);
    QCOMPARE(meta.value(u"last_updated"_s).toString(), u"2026-12-04T09:00:00.000Z"_s);
    const QJsonObject key = meta.value(u"public_openpgp_keys"_s).toArray().at(0).toObject();
    QCOMPARE(key.value(u"fingerprint"_s).toString(), m_key.toUpper());
    QCOMPARE(key.value(u"url"_s).toString(), base() + u"/openpgp/"_s + m_key.toUpper() + u".asc"_s);
    const QJsonObject distribution = meta.value(u"distributions"_s).toArray().at(0).toObject();
    QCOMPARE(distribution.value(u"directory_url"_s).toString(), base());
    const QJsonArray feeds = distribution.value(u"rolie"_s).toObject().value(u"feeds"_s).toArray();
    QCOMPARE(feeds.size(), 2);
    QCOMPARE(feeds.at(0).toObject().value(u"tlp_label"_s).toString(), u"WHITE"_s);
    QCOMPARE(feeds.at(0).toObject().value(u"url"_s).toString(), base() + u"/feed-tlp-white.json"_s);
    QCOMPARE(feeds.at(1).toObject().value(u"tlp_label"_s).toString(), u"GREEN"_s);
    QCOMPARE(meta.value(u"publisher"_s).toObject().value(u"namespace"_s).toString(),
        u"https://psirt.example.com"_s);

    // Requirement 15: the TLP:WHITE feed holds the WHITE documents only, each with its hash
    // and signature links.
    const QJsonObject white = QJsonDocument::fromJson(read(dir + u"/feed-tlp-white.json"_s)).object();
    const QJsonArray entries = white.value(u"feed"_s).toObject().value(u"entry"_s).toArray();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).toObject().value(u"id"_s).toString(), u"PSIRT-2026-0043"_s);
    QCOMPARE(white.value(u"feed"_s).toObject().value(u"updated"_s).toString(), u"2026-10-01T09:00:00Z"_s);
    const QJsonObject first = entries.at(1).toObject();
    QCOMPARE(first.value(u"id"_s).toString(), u"PSIRT-2026-0042"_s);
    QCOMPARE(first.value(u"published"_s).toString(), u"2026-08-20T09:00:00Z"_s);
    QStringList links;
    for (const QJsonValue &l : first.value(u"link"_s).toArray())
        links << l.toObject().value(u"rel"_s).toString() + u' ' + l.toObject().value(u"href"_s).toString();
    const QString url = base() + u"/2026/psirt-2026-0042.json"_s;
    QCOMPARE(links,
        QStringList({u"self "_s + url, u"hash "_s + url + u".sha256"_s, u"hash "_s + url + u".sha512"_s,
            u"signature "_s + url + u".asc"_s}));
    const QJsonObject green = QJsonDocument::fromJson(read(dir + u"/feed-tlp-green.json"_s)).object();
    QCOMPARE(green.value(u"feed"_s).toObject().value(u"entry"_s).toArray().size(), 1);

    // Requirement 18: the hash files check out with the coreutils.
    for (const QString &year : {u"2025"_s, u"2026"_s}) {
        for (const QString &tool : {u"sha256sum"_s, u"sha512sum"_s}) {
            QStringList sums;
            for (const QString &f : QDir(dir + u'/' + year).entryList({u"*."_s + tool.left(6)}, QDir::Files))
                sums << f;
            QVERIFY(!sums.isEmpty());
            const Ran r = run(tool, QStringList {u"--strict"_s, u"-c"_s} + sums, dir + u'/' + year);
            QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        }
    }

    // Requirements 19 and 20: a reader holding only the published key verifies every signature.
    GpgHome reader;
    QVERIFY(reader.importKeys(read(dir + u"/openpgp/"_s + m_key.toUpper() + u".asc"_s)));
    for (const QString &d : docs) {
        bool ok = false;
        reader.gpg(
            {u"--status-fd"_s, u"1"_s, u"--verify"_s, dir + u'/' + d + u".asc"_s, dir + u'/' + d}, {}, &ok);
        QVERIFY2(ok, qPrintable(d));
    }
    // …and a changed byte fails.
    QByteArray tampered = read(dir + u'/' + docs.constFirst());
    tampered.replace("Example", "Exampl3");
    QFile t(m_dir.filePath(u"tampered.json"_s));
    QVERIFY(t.open(QIODevice::WriteOnly) && t.write(tampered) == tampered.size());
    t.close();
    bool ok = true;
    reader.gpg({u"--verify"_s, dir + u'/' + docs.constFirst() + u".asc"_s, t.fileName()}, {}, &ok);
    QVERIFY(!ok);
}

void TestCsafProvider::republishingRewritesOnlyWhatChanged()
{
    const QString dir = m_dir.filePath(u"tree-%1"_s.arg(++m_trees));
    QList<QByteArray> docs = documents();
    QVERIFY(CsafProvider::publish(dir, docs, options(true)));
    // Every file dated back, so a rewrite shows in its modification time.
    const QDateTime past = utc(2020, 1, 1);
    QHash<QString, QByteArray> before;
    for (const QString &f : files(dir)) {
        QFile file(dir + u'/' + f);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(past, QFileDevice::FileModificationTime));
        before.insert(f, read(dir + u'/' + f));
    }

    // The same documents again, later: nothing is written, signatures are not remade.
    CsafProvider::Options later = options(true);
    later.now = utc(2026, 12, 24);
    auto again = CsafProvider::publish(dir, docs, later);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->changed, 0);
    QCOMPARE(again->written, QStringList());
    for (const QString &f : files(dir)) {
        QCOMPARE(QFileInfo(dir + u'/' + f).lastModified(QTimeZone::UTC), past);
        QCOMPARE(read(dir + u'/' + f), before.value(f));
    }

    // One advisory gets a third revision: its files, changes.csv and its feed change.
    AdvisoryCase revised = AdvisoryFixture::sampleCase();
    revised.advisory.revisions.append({u"3"_s, utc(2026, 11, 30), u"Fixed version for the u10."_s});
    docs[0] = document(revised, {});
    again = CsafProvider::publish(dir, docs, later);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->changed, 1);
    QCOMPARE(again->documents, 4);
    const QString doc = u"2026/psirt-2026-0042.json"_s;
    QStringList changed {u"changes.csv"_s, doc, doc + u".asc"_s, doc + u".sha256"_s, doc + u".sha512"_s,
        u"feed-tlp-white.json"_s};
    changed.sort();
    QCOMPARE(again->written, changed);
    for (const QString &f : files(dir)) {
        const bool rewritten = changed.contains(f);
        QCOMPARE(QFileInfo(dir + u'/' + f).lastModified(QTimeZone::UTC) != past, rewritten);
        QCOMPARE(read(dir + u'/' + f) != before.value(f), rewritten);
    }
    QVERIFY(
        read(dir + u"/changes.csv"_s).startsWith("\"2026/psirt-2026-0042.json\",\"2026-11-30T09:00:00Z\"\n"));
    QCOMPARE(read(dir + u'/' + doc), docs[0]);
    // The new signature is over the new bytes.
    GpgHome reader;
    QVERIFY(reader.importKeys(read(dir + u"/openpgp/"_s + m_key.toUpper() + u".asc"_s)));
    bool ok = false;
    reader.gpg({u"--verify"_s, dir + u'/' + doc + u".asc"_s, dir + u'/' + doc}, {}, &ok);
    QVERIFY(ok);
}

void TestCsafProvider::unpublishedDocumentsAreRemoved()
{
    const QString dir = m_dir.filePath(u"tree-%1"_s.arg(++m_trees));
    QList<QByteArray> docs = documents();
    QVERIFY(CsafProvider::publish(dir, docs, options(false)));
    // A file of someone else's beside the tree stays.
    QFile other(dir + u"/2026/README.txt"_s);
    QVERIFY(other.open(QIODevice::WriteOnly) && other.write("not ours\n") == 9);
    other.close();
    docs.removeAt(3); // the TLP:GREEN one
    const auto again = CsafProvider::publish(dir, docs, options(false));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->removed, 1);
    QCOMPARE(again->documents, 3);
    QVERIFY(!QFileInfo::exists(dir + u"/2026/psirt-2026-0050.json"_s));
    QVERIFY(!QFileInfo::exists(dir + u"/2026/psirt-2026-0050.json.sha512"_s));
    QVERIFY(!QFileInfo::exists(dir + u"/feed-tlp-green.json"_s));
    QVERIFY(QFileInfo::exists(dir + u"/2026/README.txt"_s));
    QVERIFY(!read(dir + u"/index.txt"_s).contains("0050"));
    const QJsonObject meta = QJsonDocument::fromJson(read(dir + u"/provider-metadata.json"_s)).object();
    QCOMPARE(meta.value(u"distributions"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"rolie"_s)
                 .toObject()
                 .value(u"feeds"_s)
                 .toArray()
                 .size(),
        1);
}

void TestCsafProvider::unsignedTreeIsAProvider()
{
    const QString dir = m_dir.filePath(u"tree-%1"_s.arg(++m_trees));
    const auto published = CsafProvider::publish(dir, documents(), options(false));
    QVERIFY2(published, qPrintable(published.error()));
    QVERIFY(!published->signedDocuments);
    for (const QString &f : files(dir))
        QVERIFY2(!f.endsWith(u".asc"_s), qPrintable(f));
    const QJsonObject meta = QJsonDocument::fromJson(read(dir + u"/provider-metadata.json"_s)).object();
    QCOMPARE(meta.value(u"role"_s).toString(), u"csaf_provider"_s);
    QVERIFY(!meta.contains(u"public_openpgp_keys"_s));
    const QString schemas = QStringLiteral(PSIRTDESK_CSAF_SCHEMAS);
    QString complaint
        = validate(schemas + u"/provider_json_schema.json"_s, {dir + u"/provider-metadata.json"_s},
            {schemas + u"/csaf_json_schema.json"_s, schemas + u"/cvss-v2.0.json"_s,
                schemas + u"/cvss-v3.0.json"_s, schemas + u"/cvss-v3.1.json"_s});
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    complaint = validate(schemas + u"/ROLIE_feed_json_schema.json"_s, {dir + u"/feed-tlp-white.json"_s});
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    const QByteArray feed = read(dir + u"/feed-tlp-white.json"_s);
    QVERIFY(!feed.contains("\"signature\""));

    // Signing later adds the signatures and the key without rewriting the documents.
    const auto signedNow = CsafProvider::publish(dir, documents(), options(true));
    QVERIFY2(signedNow, qPrintable(signedNow.error()));
    QCOMPARE(signedNow->changed, 0);
    QVERIFY(QFileInfo::exists(dir + u"/2026/psirt-2026-0042.json.asc"_s));
    QVERIFY(signedNow->written.contains(u"provider-metadata.json"_s));
}

void TestCsafProvider::hostileInputIsRefused_data()
{
    QTest::addColumn<QList<QByteArray>>("docs");
    QTest::addColumn<QString>("message");
    const AdvisoryCase ac = AdvisoryFixture::sampleCase();
    QTest::newRow("traversal") << QList<QByteArray> {document(ac, u"../../../etc/cron.d/x"_s)} << u"path"_s;
    // Written into the JSON as it is: the exporter would make the controls visible first.
    QTest::newRow("control") << QList<QByteArray> {withTrackingId(document(ac, {}), u"PSIRT-1\r\nX"_s)}
                             << u"control"_s;
    QTest::newRow("bidi") << QList<QByteArray> {withTrackingId(document(ac, {}), u"PSIRT-1\u202Enosj.exe"_s)}
                          << u"control"_s;
    QTest::newRow("raw traversal") << QList<QByteArray> {withTrackingId(document(ac, {}), u"../../x"_s)}
                                   << u"path"_s;
    QTest::newRow("too long") << QList<QByteArray> {document(ac, QString(300, u'x'))} << u"longer"_s;
    QTest::newRow("same file name") << QList<QByteArray> {document(ac, u"PSIRT-2026-0042"_s),
        document(ac, u"psirt-2026-0042"_s)}
                                    << u"same file name"_s;
    QTest::newRow("unknown label") << QList<QByteArray> {document(ac, {}, u"CLEAR"_s)} << u"TLP"_s;
    QTest::newRow("not csaf") << QList<QByteArray> {QByteArray("{\"document\":{}}")} << u"CSAF 2.0"_s;
    QTest::newRow("not json") << QList<QByteArray> {QByteArray("\x01\x02")} << u"CSAF 2.0"_s;
    QByteArray huge = document(ac, {});
    huge.insert(1, QByteArray(CsafProvider::maxDocumentBytes, ' '));
    QTest::newRow("too large") << QList<QByteArray> {huge} << u"MiB"_s;
    QByteArray badDate = document(ac, {});
    badDate.replace("\"initial_release_date\": \"2026", "\"initial_release_date\": \"../2026");
    QTest::newRow("bad date") << QList<QByteArray> {badDate} << u"initial_release_date"_s;
}

void TestCsafProvider::hostileInputIsRefused()
{
    QFETCH(QList<QByteArray>, docs);
    QFETCH(QString, message);
    const QString dir = m_dir.filePath(u"tree-%1"_s.arg(++m_trees));
    // A valid document first: the whole run is refused before anything is written.
    docs.prepend(documents().at(1));
    const auto published = CsafProvider::publish(dir, docs, options(false));
    QVERIFY(!published);
    QVERIFY2(published.error().contains(message), qPrintable(published.error()));
    QCOMPARE(files(dir), QStringList());
    QVERIFY(files(m_dir.path() + u"/etc"_s).isEmpty());
}

void TestCsafProvider::symbolicLinkInTheTreeIsRefused()
{
    const QString dir = m_dir.filePath(u"tree-%1"_s.arg(++m_trees));
    const QString elsewhere = m_dir.filePath(u"elsewhere"_s);
    QVERIFY(QDir().mkpath(dir) && QDir().mkpath(elsewhere));
    QVERIFY(QFile::link(elsewhere, dir + u"/2026"_s));
    const auto published = CsafProvider::publish(dir, documents(), options(false));
    QVERIFY(!published);
    QVERIFY2(published.error().contains(u"2026"_s), qPrintable(published.error()));
    QCOMPARE(files(elsewhere), QStringList());

    // A base address that is not https is refused too (requirement 3).
    CsafProvider::Options plain = options(false);
    plain.baseUrl = u"http://psirt.example.com/csaf"_s;
    QVERIFY(!CsafProvider::publish(m_dir.filePath(u"plain"_s), documents(), plain));
}

QTEST_GUILESS_MAIN(TestCsafProvider)
#include "tst_csafprovider.moc"
