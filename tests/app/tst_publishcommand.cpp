#include "GpgHome.h"
#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "correspondence/CorrespondenceSettings.h"
#include "evidence/EvidenceStore.h"
#include "export/ExportService.h"
#include "openpgp/OpenPgp.h"
#include "publish/AdvisoryPublication.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// `psirtdesk-cli publish` run as users run it, on a demo database whose correspondence
// settings name a team key made here: the tree validates against the OASIS schemas, holds
// exactly the documents AdvisoryPublication makes (the bytes ExportService::csaf writes),
// every signature verifies with the published key, and publishing again changes nothing.
class TestPublishCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publishesTheDemo();
    void publishingAgainChangesNothing();
    void unsignedAndRefusals();
    void onlyRevisedCasesWithoutAClosingOutcome();
    void teamSignerFollowsTheCorrespondenceSettings();

private:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Output run(const QString &program, const QStringList &arguments, const QString &cwd = {});
    Output publish(const QStringList &arguments) const
    {
        return run(
            QStringLiteral(PSIRTDESK_CLI), QStringList {u"publish"_s, u"--database"_s, m_db} + arguments);
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QStringList files(const QString &dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(QDir(dir).relativeFilePath(it.next()));
        out.sort();
        return out;
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<GpgHome> m_team;
    QString m_key;
    QString m_tree;
};

TestPublishCommand::Output TestPublishCommand::run(
    const QString &program, const QStringList &arguments, const QString &cwd)
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, arguments);
    Output o;
    if (!p.waitForFinished(300000))
        return o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

void TestPublishCommand::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.sqlite"_s);
    m_tree = m_dir.filePath(u"csaf"_s);
    const Output demo = run(QStringLiteral(PSIRTDESK_CLI),
        {u"demo"_s, u"--out"_s, m_db, u"--cases"_s, u"60"_s, u"--seed"_s, u"7"_s, u"--now"_s,
            u"2026-12-01T09:00:00Z"_s}); // the same demo on every day the suite runs
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_team = std::make_unique<GpgHome>();
    m_key = m_team->generateKey(u"Calix PSIRT <psirt@calix.example>"_s);
    QVERIFY2(!m_key.isEmpty(), qPrintable(m_team->errorString()));
    Database db;
    QVERIFY(db.open(m_db).ok());
    CorrespondenceSettings settings;
    settings.teamAddress = u"psirt@calix.example"_s;
    settings.teamName = u"Calix PSIRT"_s;
    settings.gnupgHome = m_team->path();
    TeamSettings team(db);
    QVERIFY(settings.save(team).ok());
}

void TestPublishCommand::publishesTheDemo()
{
    const Output o = publish({u"--out"_s, m_tree, u"--base-url"_s, u"https://security.calix.example/csaf"_s});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));

    // The same documents, in process: what AdvisoryPublication makes through ExportService.
    QList<QByteArray> expected;
    {
        Database db;
        QVERIFY(db.open(m_db).ok());
        CaseStore cases(db);
        AdvisoryStore advisories(cases);
        EvidenceStore evidence(db, cases.auditLog());
        const auto made = AdvisoryPublication::documents(ExportService(cases, advisories, evidence));
        QVERIFY2(made, qPrintable(made.error()));
        expected = made->documents;
    }
    QVERIFY2(expected.size() >= 3, "the demo has too few published advisories");
    QVERIFY2(o.out.contains(u"Published %1 advisor"_s.arg(expected.size())), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"signed"_s), qPrintable(o.out));

    const QStringList index
        = QString::fromUtf8(read(m_tree + u"/index.txt"_s)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(index.size(), expected.size());
    QList<QByteArray> published;
    for (const QString &path : index)
        published.append(read(m_tree + u'/' + path));
    for (const QByteArray &document : std::as_const(expected))
        QVERIFY(published.contains(document));

    const QString schemas = QStringLiteral(PSIRTDESK_CSAF_SCHEMAS);
    const QString validator = QStringLiteral(PSIRTDESK_VALIDATE_JSON);
    const QStringList refs {u"--ref"_s, schemas + u"/csaf_json_schema.json"_s, u"--ref"_s,
        schemas + u"/cvss-v2.0.json"_s, u"--ref"_s, schemas + u"/cvss-v3.0.json"_s, u"--ref"_s,
        schemas + u"/cvss-v3.1.json"_s};
    Output v = run(u"python3"_s,
        QStringList {validator, schemas + u"/provider_json_schema.json"_s} + refs
            + QStringList {m_tree + u"/provider-metadata.json"_s});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    v = run(u"python3"_s,
        {validator, schemas + u"/ROLIE_feed_json_schema.json"_s, m_tree + u"/feed-tlp-white.json"_s});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    QStringList documents {validator, schemas + u"/csaf_json_schema.json"_s};
    documents += refs.mid(2);
    for (const QString &path : index)
        documents.append(m_tree + u'/' + path);
    v = run(u"python3"_s, documents);
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));

    const QJsonObject meta = QJsonDocument::fromJson(read(m_tree + u"/provider-metadata.json"_s)).object();
    QCOMPARE(meta.value(u"role"_s).toString(), u"csaf_trusted_provider"_s);
    QCOMPARE(meta.value(u"canonical_url"_s).toString(),
        u"https://security.calix.example/csaf/provider-metadata.json"_s);
    QCOMPARE(meta.value(u"publisher"_s).toObject().value(u"name"_s).toString(), u"Calix PSIRT"_s);
    const QString fingerprint
        = meta.value(u"public_openpgp_keys"_s).toArray().at(0).toObject().value(u"fingerprint"_s).toString();
    QCOMPARE(fingerprint, m_key.toUpper());

    // Every signature verifies for a reader holding only the published key; every hash checks.
    GpgHome reader;
    QVERIFY(reader.importKeys(read(m_tree + u"/openpgp/"_s + fingerprint + u".asc"_s)));
    for (const QString &path : index) {
        bool ok = false;
        reader.gpg({u"--verify"_s, m_tree + u'/' + path + u".asc"_s, m_tree + u'/' + path}, {}, &ok);
        QVERIFY2(ok, qPrintable(path));
        const QString folder = m_tree + u'/' + path.left(4);
        const Output sum = run(u"sha512sum"_s, {u"--strict"_s, u"-c"_s, path.mid(5) + u".sha512"_s}, folder);
        QVERIFY2(sum.exitCode == 0, qPrintable(sum.out + sum.err));
    }
}

void TestPublishCommand::publishingAgainChangesNothing()
{
    QVERIFY(QFileInfo::exists(m_tree + u"/provider-metadata.json"_s));
    const QDateTime past(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::UTC);
    for (const QString &f : files(m_tree)) {
        QFile file(m_tree + u'/' + f);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(past, QFileDevice::FileModificationTime));
    }
    const Output o = publish({u"--out"_s, m_tree, u"--base-url"_s, u"https://security.calix.example/csaf"_s});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(u": 0 changed, 0 removed"_s), qPrintable(o.out));
    for (const QString &f : files(m_tree))
        QVERIFY2(QFileInfo(m_tree + u'/' + f).lastModified(QTimeZone::UTC) == past, qPrintable(f));
}

void TestPublishCommand::unsignedAndRefusals()
{
    // --no-sign: a CSAF provider without signatures; the default base address is the
    // publisher's namespace's well-known folder.
    const QString plain = m_dir.filePath(u"plain"_s);
    Output o = publish({u"--out"_s, plain, u"--no-sign"_s});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(u"not signed"_s), qPrintable(o.out));
    const QJsonObject meta = QJsonDocument::fromJson(read(plain + u"/provider-metadata.json"_s)).object();
    QCOMPARE(meta.value(u"role"_s).toString(), u"csaf_provider"_s);
    QCOMPARE(meta.value(u"canonical_url"_s).toString(),
        u"https://security.calix.example/.well-known/csaf/provider-metadata.json"_s);
    for (const QString &f : files(plain))
        QVERIFY2(!f.endsWith(u".asc"_s), qPrintable(f));

    // No --out: usage; a keyring without the team's key: failure, nothing written.
    o = publish({});
    QCOMPARE(o.exitCode, 2);
    GpgHome empty;
    const QString none = m_dir.filePath(u"none"_s);
    o = publish({u"--out"_s, none, u"--gnupg-home"_s, empty.path()});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"psirt@calix.example"_s), qPrintable(o.err));
    QVERIFY(!QFileInfo::exists(none));
    // http is refused (CSAF requirement 3).
    o = publish({u"--out"_s, none, u"--no-sign"_s, u"--base-url"_s, u"http://security.calix.example/csaf"_s});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(!QFileInfo::exists(none));
}

void TestPublishCommand::onlyRevisedCasesWithoutAClosingOutcome()
{
    // A copy, so the other tests' database stays as the demo made it.
    const QString location = m_dir.filePath(u"closed.sqlite"_s);
    QVERIFY(QFile::copy(m_db, location));
    Database db;
    QVERIFY(db.open(location).ok());
    CaseStore cases(db);
    AdvisoryStore advisories(cases);
    EvidenceStore evidence(db, cases.auditLog());
    const auto rows = cases.inboxRows();
    QVERIFY(rows);
    // One case of each closing outcome the demo has, and one open case, all given a revision.
    // An open case the advisory can be published for: CSAF 2.0 needs a CVSS 3.x score.
    const auto hasCvss3 = [&](qint64 id) {
        const auto loaded = AdvisoryCase::load(cases, advisories, {id});
        return loaded && !loaded->isEmpty() && loaded->constFirst().score(u'3');
    };
    QMap<CaseStatus, qint64> pick;
    qint64 open = 0;
    for (const InboxRow &row : *rows) {
        const auto stored = advisories.load(row.id);
        QVERIFY(stored);
        if (!stored->data.revisions.isEmpty() || pick.contains(row.status))
            continue;
        if (CaseStatuses::isClosingOutcome(row.status))
            pick.insert(row.status, row.id);
        else if (open == 0 && CaseStatuses::isOpen(row.status) && hasCvss3(row.id))
            open = row.id;
    }
    QVERIFY2(open > 0, "the demo has no open case without a revision");
    QVERIFY2(pick.size() >= 2, "the demo has too few closed cases");
    pick.insert(CaseStatus::New, open); // stands for the open case, whatever its status
    for (auto it = pick.cbegin(); it != pick.cend(); ++it) {
        auto stored = advisories.load(it.value());
        AdvisoryData data = stored->data;
        data.revisions
            = {{u"1"_s, QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::UTC), u"Initial release."_s}};
        const auto saved = advisories.save(it.value(), data, stored->rowVersion);
        QVERIFY2(saved, qPrintable(saved.error()));
    }
    const auto made = AdvisoryPublication::documents(ExportService(cases, advisories, evidence));
    QVERIFY2(made, qPrintable(made.error()));
    for (auto it = pick.cbegin(); it != pick.cend(); ++it)
        QCOMPARE(made->caseIds.contains(it.value()), it.value() == open);
    // Every case published has a revision and no closing outcome.
    for (const qint64 id : made->caseIds) {
        QVERIFY(!advisories.load(id)->data.revisions.isEmpty());
        QVERIFY(!CaseStatuses::isClosingOutcome(cases.caseById(id)->status));
    }
}

void TestPublishCommand::teamSignerFollowsTheCorrespondenceSettings()
{
    CorrespondenceSettings settings;
    settings.gnupgHome = m_team->path();
    // Neither an address nor a key: nothing to sign with, and the message says where to set it.
    auto signer = AdvisoryPublication::teamSigner(settings);
    QVERIFY(!signer);
    QVERIFY2(signer.error().contains(u"Correspondence"_s), qPrintable(signer.error()));
    // The configured signing key, by fingerprint.
    settings.signingKey = m_key;
    signer = AdvisoryPublication::teamSigner(settings);
    QVERIFY2(signer, qPrintable(signer.error()));
    QCOMPARE(signer->fingerprint, m_key);
    QVERIFY(signer->pgp->exportPublicKey(m_key)->startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
    // A key that is not in the keyring, and the team address's key in another home.
    settings.signingKey = QString(40, u'A');
    QVERIFY(!AdvisoryPublication::teamSigner(settings));
    settings.signingKey.clear();
    settings.teamAddress = u"psirt@calix.example"_s;
    signer = AdvisoryPublication::teamSigner(settings);
    QVERIFY2(signer, qPrintable(signer.error()));
    QCOMPARE(signer->fingerprint, m_key);
    GpgHome empty;
    QVERIFY(!AdvisoryPublication::teamSigner(settings, empty.path()));
}

QTEST_GUILESS_MAIN(TestPublishCommand)
#include "tst_publishcommand.moc"
