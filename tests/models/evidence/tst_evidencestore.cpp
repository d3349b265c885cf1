#include "TestSupport.h"
#include "core/Analyst.h"
#include "evidence/AttachmentListModel.h"
#include "evidence/EvidenceCrypto.h"
#include "evidence/EvidenceJobs.h"
#include "evidence/EvidenceStore.h"
#include "storage/CaseStore.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QThreadPool>

namespace {

// Tests derive keys with few iterations; one test covers the calibration.
constexpr int kFastIterations = 1000;
const QString kPassphrase = QStringLiteral("correct horse battery staple");

QByteArray randomContent(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(gen.bounded(256));
    return data;
}

// Large random content, quickly.
QByteArray bulkContent(qint64 size, quint32 seed)
{
    QList<quint32> words((size + 3) / 4);
    QRandomGenerator(seed).fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(QIODevice &device, QString *error = nullptr)
{
    QByteArray all;
    while (all.size() < device.size()) {
        const QByteArray block = device.read(300'000); // across chunk boundaries
        if (block.isEmpty()) {
            if (error)
                *error = device.errorString();
            break;
        }
        all += block;
    }
    return all;
}

} // namespace

class TestEvidenceStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        Analyst::setCurrent(QStringLiteral("tester"));
        QVERIFY2(
            EvidenceCrypto::unavailableReason().isEmpty(), qPrintable(EvidenceCrypto::unavailableReason()));
    }

    void roundTrip_data() { TestSupport::addBackendRows(); }
    void roundTrip()
    {
        QFETCH(Database::Backend, backend);
        Fixture f = fixture(backend);
        QVERIFY(f.store);
        const qint64 chunk = EvidenceStore::chunkSize;
        for (const qint64 size : {qint64(0), qint64(1), chunk - 1, chunk, chunk + 1, 3 * chunk + 17}) {
            const QByteArray content = randomContent(size, quint32(size + 1));
            const auto added = f.store->addData(f.caseId, content, QStringLiteral("poc-%1.bin").arg(size));
            QVERIFY2(added.ok(), qPrintable(added.error()));
            QCOMPARE(added->size, size);
            QCOMPARE(added->sha256, sha256(content));
            auto reader = f.store->open(added->id);
            QVERIFY2(reader.ok(), qPrintable(reader.error()));
            QCOMPARE((*reader)->size(), size);
            QCOMPARE(readAll(**reader), content);
            // Random access, as the viewers read.
            if (size > chunk) {
                QVERIFY((*reader)->seek(chunk - 3));
                QCOMPARE((*reader)->read(6), content.mid(chunk - 3, 6));
            }
        }
        const auto list = f.store->attachments(f.caseId);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 6);
        QCOMPARE(list->constFirst().addedBy, QStringLiteral("tester"));
        // Content, never the name, decides the type.
        const auto png
            = f.store->addData(f.caseId, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\0'),
                QStringLiteral("report.pdf"), QStringLiteral("a screenshot"));
        QVERIFY(png.ok());
        QCOMPARE(png->mimeType, QStringLiteral("image/png"));
        QCOMPARE(f.store->attachment(png->id)->note, QStringLiteral("a screenshot"));
        // Audited in the case's log.
        const auto log = f.cases->auditLog(f.caseId);
        QVERIFY(log.ok());
        QVERIFY(std::any_of(log->cbegin(), log->cend(),
            [&](const AuditEntry &e) { return e.field == u"evidence" && e.newValue.contains(png->sha256); }));
    }

    void deduplicates_data() { TestSupport::addBackendRows(); }
    void deduplicates()
    {
        QFETCH(Database::Backend, backend);
        Fixture f = fixture(backend);
        QVERIFY(f.store);
        const qint64 other = *f.cases->createCase(TestSupport::minimalReport(QStringLiteral("second case")));
        const QByteArray content = randomContent(2 * EvidenceStore::chunkSize + 5, 7);
        const auto first = f.store->addData(f.caseId, content, QStringLiteral("fw.bin"));
        const auto second = f.store->addData(other, content, QStringLiteral("same firmware.bin"));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->sha256, second->sha256);
        QCOMPARE(count(f, "SELECT COUNT(*) FROM evidence_blobs"), 1);
        QCOMPARE(count(f, "SELECT COUNT(*) FROM evidence_chunks"), 3);
        QCOMPARE(f.store->attachmentsWithHash(first->sha256)->size(), 2);
        // Detaching one keeps the body for the other; the last takes it along.
        QVERIFY(f.store->remove(first->id).ok());
        QCOMPARE(readAll(**f.store->open(second->id)), content);
        QVERIFY(f.store->remove(second->id).ok());
        QCOMPARE(count(f, "SELECT COUNT(*) FROM evidence_blobs"), 0);
        QCOMPARE(count(f, "SELECT COUNT(*) FROM evidence_chunks"), 0);
    }

    void passphrases_data() { TestSupport::addBackendRows(); }
    void passphrases()
    {
        QFETCH(Database::Backend, backend);
        Fixture f = fixture(backend);
        QVERIFY(f.store);
        const QByteArray content = randomContent(5000, 3);
        const auto added = f.store->addData(f.caseId, content, QStringLiteral("log.txt"));
        QVERIFY(added.ok());
        const QStringList bodiesBefore = column(f, "SELECT data FROM evidence_chunks ORDER BY blob_id, idx");

        EvidenceStore other(*f.db, f.cases->auditLog());
        QVERIFY(!other.isUnlocked());
        QVERIFY(!other.open(added->id).ok()); // locked: nothing to read
        const Status wrong = other.unlock(QStringLiteral("wrong horse"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(u"Wrong passphrase"), qPrintable(wrong.error()));
        QVERIFY(!other.isUnlocked());

        QVERIFY(!f.store
                ->changePassphrase(
                    QStringLiteral("not it"), QStringLiteral("new secret 123"), kFastIterations)
                .ok());
        QVERIFY(!f.store->changePassphrase(kPassphrase, QStringLiteral("short"), kFastIterations).ok());
        QVERIFY(
            f.store->changePassphrase(kPassphrase, QStringLiteral("new secret 123"), kFastIterations).ok());
        // The bodies are untouched; only the data key was sealed again.
        QCOMPARE(column(f, "SELECT data FROM evidence_chunks ORDER BY blob_id, idx"), bodiesBefore);
        QVERIFY(!other.unlock(kPassphrase).ok());
        QVERIFY(other.unlock(QStringLiteral("new secret 123")).ok());
        QCOMPARE(readAll(**other.open(added->id)), content);
        other.lock();
        QVERIFY(!other.open(added->id).ok());
        QVERIFY(!f.store->initialise(QStringLiteral("another one 1"), kFastIterations).ok()); // only once
    }

    void calibratedDerivation()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("cal.sqlite"))).ok());
        AuditLog audit(db);
        EvidenceStore store(db, audit);
        QVERIFY(!*store.isInitialised());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(store.initialise(kPassphrase).ok());
        QVERIFY(*store.isInitialised());
        QVERIFY(*store.iterations() >= 100'000);
        store.lock();
        // Unlocking pays the calibrated cost. Only a lower bound is checked, which a slower
        // or busier machine can only exceed.
        timer.restart();
        QVERIFY(store.unlock(kPassphrase).ok());
        QVERIFY2(timer.elapsed() >= EvidenceStore::targetDerivationMs / 2,
            qPrintable(QString::number(timer.elapsed())));
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        // {blob} is the body's id. Each statement damages the stored body in its own way.
        QTest::newRow("flipped byte")
            << QStringLiteral("UPDATE evidence_chunks SET data = ? WHERE blob_id = {blob} AND idx = 1")
            << QStringLiteral("does not authenticate");
        QTest::newRow("chunk removed")
            << QStringLiteral("DELETE FROM evidence_chunks WHERE blob_id = {blob} AND idx = 1")
            << QStringLiteral("missing");
        QTest::newRow("last chunk dropped, count cut")
            << QStringLiteral("DELETE FROM evidence_chunks WHERE blob_id = {blob} AND idx = 2;"
                              "UPDATE evidence_blobs SET chunk_count = 2, size = 2097152 WHERE id = {blob}")
            << QStringLiteral("damaged"); // the attachment still records the whole size
        QTest::newRow("size cut") << QStringLiteral("UPDATE evidence_blobs SET size = 100 WHERE id = {blob}")
                                  << QStringLiteral("damaged");
        QTest::newRow("chunks swapped")
            << QStringLiteral("UPDATE evidence_chunks SET idx = 99 WHERE blob_id = {blob} AND idx = 0;"
                              "UPDATE evidence_chunks SET idx = 0 WHERE blob_id = {blob} AND idx = 1;"
                              "UPDATE evidence_chunks SET idx = 1 WHERE blob_id = {blob} AND idx = 99")
            << QStringLiteral("does not authenticate");
        QTest::newRow("body key replaced")
            << QStringLiteral("UPDATE evidence_blobs SET sealed_key = key_nonce WHERE id = {blob}")
            << QStringLiteral("altered");
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        Fixture f = fixture(Database::Backend::SQLite);
        QVERIFY(f.store);
        const QByteArray content = randomContent(2 * EvidenceStore::chunkSize + 100, 11);
        const auto added = f.store->addData(f.caseId, content, QStringLiteral("capture.pcap"));
        QVERIFY(added.ok());
        const QString blob = QString::number(count(f, "SELECT id FROM evidence_blobs"));
        for (const QString &statement : sql.split(u';')) {
            QSqlQuery q(f.db->connection());
            q.prepare(QString(statement).replace(QStringLiteral("{blob}"), blob));
            if (statement.contains(u'?')) {
                QSqlQuery read(f.db->connection());
                QVERIFY(read.exec(QStringLiteral("SELECT data FROM evidence_chunks WHERE idx = 1"))
                    && read.next());
                QByteArray data = read.value(0).toByteArray();
                data[500] = char(data.at(500) ^ 0x20);
                q.addBindValue(data);
            }
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QString error;
        auto reader = f.store->open(added->id);
        if (reader) {
            const QByteArray back = readAll(**reader, &error);
            QVERIFY(back != content);
            QVERIFY(back.size() <= EvidenceStore::chunkSize); // at most the chunk before the damage
        } else {
            error = reader.error();
        }
        QVERIFY2(error.contains(expected), qPrintable(error));
        // Verification finds it too, and says which file.
        const auto problems = f.store->verify();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->constFirst().fileName, QStringLiteral("capture.pcap"));
        QVERIFY(!problems->constFirst().message.isEmpty());
        QVERIFY(!f.store->exportTo(added->id, m_dir.filePath(QStringLiteral("damaged.pcap"))).ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("damaged.pcap")))); // no partial file
    }

    void bookkeepingTamperingIsRefused_data()
    {
        QTest::addColumn<Database::Backend>("backend");
        QTest::addColumn<QString>("sql");
        // Two bodies of one size, {a} (the one read) and {b}; {shaA} and {shaB} their hashes.
        // Each statement changes what the database says about body a, never its sealed
        // chunks alone (tamperingIsDetected covers those).
        const QList<std::pair<const char *, QString>> cases = {
            {"size set to zero",
                QStringLiteral("UPDATE evidence_blobs SET size = 0 WHERE id = {a};"
                               "UPDATE case_attachments SET size = 0 WHERE blob_id = {a}")},
            {"size zero, one part",
                QStringLiteral("UPDATE evidence_blobs SET size = 0, chunk_count = 1 WHERE id = {a};"
                               "UPDATE case_attachments SET size = 0 WHERE blob_id = {a}")},
            {"hash changed", QStringLiteral("UPDATE evidence_blobs SET sha256 = '{zero}' WHERE id = {a}")},
            {"hashes swapped",
                QStringLiteral("UPDATE evidence_blobs SET sha256 = 'x' WHERE id = {a};"
                               "UPDATE evidence_blobs SET sha256 = '{shaA}' WHERE id = {b};"
                               "UPDATE evidence_blobs SET sha256 = '{shaB}' WHERE id = {a}")},
            {"whole body copied",
                QStringLiteral("UPDATE evidence_chunks SET data = (SELECT c.data FROM "
                               "evidence_chunks c WHERE c.blob_id = {b} AND c.idx = "
                               "evidence_chunks.idx) WHERE blob_id = {a};"
                               "UPDATE evidence_blobs SET sealed_key = (SELECT k.sealed_key "
                               "FROM evidence_blobs k WHERE k.id = {b}), key_nonce = (SELECT "
                               "k.key_nonce FROM evidence_blobs k WHERE k.id = {b}) WHERE id = {a}")},
            {"attachment repointed",
                QStringLiteral("UPDATE case_attachments SET blob_id = {b} WHERE blob_id = {a}")},
        };
        for (const auto backend : {Database::Backend::SQLite, Database::Backend::PostgreSQL}) {
            for (const auto &[name, sql] : cases)
                QTest::addRow("%s: %s", backend == Database::Backend::SQLite ? "sqlite" : "postgresql", name)
                    << backend << sql;
        }
    }

    void bookkeepingTamperingIsRefused()
    {
        QFETCH(Database::Backend, backend);
        QFETCH(QString, sql);
        Fixture f = fixture(backend);
        QVERIFY(f.store);
        const QByteArray contentA = randomContent(2 * EvidenceStore::chunkSize + 100, 21);
        const QByteArray contentB = randomContent(2 * EvidenceStore::chunkSize + 100, 22);
        const auto a = f.store->addData(f.caseId, contentA, QStringLiteral("a.pcap"));
        const auto b = f.store->addData(f.caseId, contentB, QStringLiteral("b.pcap"));
        QVERIFY(a.ok() && b.ok());
        const auto blobOf = [&](const QString &sha) {
            QSqlQuery q(f.db->connection());
            q.prepare(QStringLiteral("SELECT id FROM evidence_blobs WHERE sha256 = ?"));
            q.addBindValue(sha);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        const QString blobA = blobOf(a->sha256);
        const QString blobB = blobOf(b->sha256);
        QVERIFY(!blobA.isEmpty() && !blobB.isEmpty());
        for (QString statement : sql.split(u';')) {
            statement.replace(QStringLiteral("{a}"), blobA)
                .replace(QStringLiteral("{b}"), blobB)
                .replace(QStringLiteral("{shaA}"), a->sha256)
                .replace(QStringLiteral("{shaB}"), b->sha256)
                .replace(QStringLiteral("{zero}"), QString(64, u'0'));
            QSqlQuery q(f.db->connection());
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text() + u' ' + statement));
        }
        // The viewers' device: refused, or failing before it returns anything but a's content.
        if (auto reader = f.store->open(a->id); reader) {
            QString error;
            const QByteArray back = readAll(**reader, &error);
            QVERIFY2(back != contentB && (back == contentA || !error.isEmpty()), "wrong content served");
            QVERIFY2(back.size() < contentA.size(), "the altered body was served whole");
        } else {
            QVERIFY(!reader.error().isEmpty());
        }
        // One file: refused, nothing written.
        const QString out = m_dir.filePath(QStringLiteral("tampered.pcap"));
        const Status exported = f.store->exportTo(a->id, out);
        QVERIFY2(!exported.ok(), "exported an altered body");
        QVERIFY(!QFile::exists(out));
        // The whole case: refused, and no folder left behind.
        const QString folder = m_dir.filePath(QStringLiteral("tampered-case"));
        const auto manifest = f.store->exportCase(f.caseId, folder);
        QVERIFY2(!manifest.ok(), "exported a case with an altered body");
        QVERIFY2(!QFileInfo::exists(folder), "a failed export left its folder");
        // Verification names the attachment.
        const auto problems = f.store->verify(f.caseId);
        QVERIFY(problems.ok());
        bool named = false;
        for (const EvidenceProblem &p : *problems)
            named = named || p.attachmentId == a->id;
        QVERIFY2(named, "verify missed it");
        // The other body is untouched and still exports.
        if (!sql.contains(u"sha256 = '{shaA}'")) {
            const QString other = m_dir.filePath(QStringLiteral("other.pcap"));
            QVERIFY(f.store->exportTo(b->id, other).ok());
            QFile file(other);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), contentB);
            file.close();
            QFile::remove(other);
        }
    }

    void legacyBodiesAreCheckedThenBound_data() { TestSupport::addBackendRows(); }
    void legacyBodiesAreCheckedThenBound()
    {
        // Bodies stored before sealed keys carried the body's hash and size (a 32-byte sealed
        // key): read in full and checked on first open, then sealed with what was found.
        QFETCH(Database::Backend, backend);
        Fixture f = fixture(backend);
        QVERIFY(f.store);
        const auto sealedKeyOf = [&](qint64 blob) {
            QSqlQuery q(f.db->connection());
            q.prepare(QStringLiteral("SELECT key_nonce, sealed_key FROM evidence_blobs WHERE id = ?"));
            q.addBindValue(blob);
            std::optional<QByteArray> plain;
            if (q.exec() && q.next())
                plain = EvidenceCrypto::open(
                    f.store->sessionKey(), q.value(0).toByteArray(), q.value(1).toByteArray());
            return plain.value_or(QByteArray());
        };
        const auto makeLegacy = [&](qint64 blob) {
            const QByteArray key = sealedKeyOf(blob).left(EvidenceCrypto::keySize);
            const QByteArray nonce = EvidenceCrypto::randomBytes(EvidenceCrypto::nonceSize);
            QSqlQuery q(f.db->connection());
            q.prepare(QStringLiteral("UPDATE evidence_blobs SET key_nonce = ?, sealed_key = ? WHERE id = ?"));
            q.addBindValue(nonce);
            q.addBindValue(EvidenceCrypto::seal(f.store->sessionKey(), nonce, key));
            q.addBindValue(blob);
            return key.size() == EvidenceCrypto::keySize && q.exec();
        };
        const auto blobOf = [&](const QString &sha) {
            QSqlQuery q(f.db->connection());
            q.prepare(QStringLiteral("SELECT id FROM evidence_blobs WHERE sha256 = ?"));
            q.addBindValue(sha);
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(0);
        };
        const QByteArray contentA = randomContent(EvidenceStore::chunkSize + 10, 31);
        const QByteArray contentB = randomContent(EvidenceStore::chunkSize + 10, 32);
        const auto a = f.store->addData(f.caseId, contentA, QStringLiteral("a.bin"));
        const auto b = f.store->addData(f.caseId, contentB, QStringLiteral("b.bin"));
        QVERIFY(a.ok() && b.ok());
        const qint64 blobA = blobOf(a->sha256);
        const qint64 blobB = blobOf(b->sha256);
        QCOMPARE(sealedKeyOf(blobA).size(), 76); // new bodies are bound
        QVERIFY(makeLegacy(blobA) && makeLegacy(blobB));
        QCOMPARE(sealedKeyOf(blobA).size(), EvidenceCrypto::keySize);

        // An intact legacy body reads, and is bound afterwards.
        auto reader = f.store->open(b->id);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        QCOMPARE(readAll(**reader), contentB);
        QCOMPARE(sealedKeyOf(blobB).size(), 76);

        // A legacy body with another legacy body copied over it is refused by its hash.
        QVERIFY(makeLegacy(blobB));
        QSqlQuery q(f.db->connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE evidence_chunks SET data = (SELECT c.data FROM evidence_chunks c"
                                  " WHERE c.blob_id = %1 AND c.idx = evidence_chunks.idx) WHERE blob_id = %2")
                    .arg(blobB)
                    .arg(blobA)));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE evidence_blobs SET sealed_key = (SELECT k.sealed_key FROM"
                                  " evidence_blobs k WHERE k.id = %1), key_nonce = (SELECT k.key_nonce FROM"
                                  " evidence_blobs k WHERE k.id = %1) WHERE id = %2")
                    .arg(blobB)
                    .arg(blobA)));
        const auto refused = f.store->open(a->id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"SHA-256"), qPrintable(refused.error()));
        QVERIFY(!f.store->exportTo(a->id, m_dir.filePath(QStringLiteral("legacy.bin"))).ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("legacy.bin"))));
    }

    void verifyFindsNothingWhenIntact_data() { TestSupport::addBackendRows(); }
    void verifyFindsNothingWhenIntact()
    {
        QFETCH(Database::Backend, backend);
        Fixture f = fixture(backend);
        QVERIFY(f.store);
        for (int i = 0; i < 3; ++i)
            QVERIFY(f.store
                    ->addData(
                        f.caseId, randomContent(10'000 * (i + 1), quint32(i)), QStringLiteral("f%1").arg(i))
                    .ok());
        QList<int> steps;
        const auto problems = f.store->verify(0, [&](int done, int) { steps.append(done); });
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());
        QCOMPARE(steps, (QList<int> {0, 1, 2, 3}));
    }

    void notReadableInTheFile()
    {
        Fixture f = fixture(Database::Backend::SQLite);
        QVERIFY(f.store);
        const QByteArray marker = "EMBARGOED-EXPLOIT-MARKER-4f1d9c";
        QByteArray content;
        for (int i = 0; i < 2000; ++i)
            content += marker + ' ';
        QVERIFY(f.store->addData(f.caseId, content, QStringLiteral("exploit.py")).ok());
        const QString file = f.db->location().path;
        f.store.reset();
        f.cases.reset();
        f.db->close();
        QByteArray raw;
        for (const QString &path : QStringList {file, file + QStringLiteral("-wal")}) {
            QFile in(path);
            if (in.open(QIODevice::ReadOnly))
                raw += in.readAll();
        }
        QVERIFY(raw.size() > content.size()); // the body is in there...
        QVERIFY(!raw.contains(marker)); // ...but not readable
        QVERIFY(!raw.contains(marker.toBase64()));
    }

    void readsFromAnotherThread()
    {
        Fixture f = fixture(Database::Backend::SQLite);
        QVERIFY(f.store);
        const QByteArray content = randomContent(3 * EvidenceStore::chunkSize, 5);
        const auto added = f.store->addData(f.caseId, content, QStringLiteral("big.log"));
        auto reader = f.store->open(added->id);
        QVERIFY(reader.ok());
        QIODevice *device = reader->get();
        QByteArray fromWorker;
        QThread *worker = QThread::create([device, &fromWorker] {
            device->seek(EvidenceStore::chunkSize * 2);
            fromWorker = device->read(1000);
        });
        worker->start();
        QVERIFY(worker->wait(10'000));
        delete worker;
        QCOMPARE(fromWorker, content.mid(EvidenceStore::chunkSize * 2, 1000));
        QVERIFY(device->seek(10));
        QCOMPARE(device->read(10), content.mid(10, 10)); // and again in this thread
    }

    void exportWithManifest()
    {
        Fixture f = fixture(Database::Backend::SQLite);
        QVERIFY(f.store);
        const QStringList names = {QStringLiteral("../../etc/passwd"), QStringLiteral("..\\..\\boot.ini"),
            QStringLiteral("a/b/c.txt"), QStringLiteral("c.txt"), QStringLiteral("C.TXT"),
            QStringLiteral(".hidden"), QStringLiteral("nul\u0000name"), QString(300, u'x'),
            QStringLiteral("SHA256SUMS")};
        QHash<QString, QByteArray> contentBySha;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QByteArray content = randomContent(1000 + i, quint32(100 + i));
            contentBySha.insert(sha256(content), content);
            QVERIFY(f.store->addData(f.caseId, content, names.at(i)).ok());
        }
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("case-evidence"));
        const auto manifest = f.store->exportCase(f.caseId, folder);
        QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
        // Everything landed inside the folder, nothing outside it.
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
            QStringList {QStringLiteral("case-evidence")});
        QFile file(*manifest);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), names.size());
        for (const QString &line : lines) {
            const QString sha = line.left(64);
            const QString name = line.mid(66);
            QVERIFY2(
                !name.contains(u'/') && !name.contains(u'\\') && !name.startsWith(u'.'), qPrintable(name));
            QFile exported(QDir(folder).filePath(name));
            QVERIFY2(exported.open(QIODevice::ReadOnly), qPrintable(name));
            QVERIFY2(exported.readAll() == contentBySha.value(sha), qPrintable(line));
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), names.size() + 1);
    }

    void refusesWhatItCannotTake()
    {
        Fixture f = fixture(Database::Backend::SQLite);
        QVERIFY(f.store);
        QVERIFY(!f.store->addData(4242, "x", QStringLiteral("x")).ok()); // no such case
        QVERIFY(!f.store->addData(f.caseId, "x", QStringLiteral("x"), QString(5000, u'n')).ok());
        QVERIFY(!f.store->addFile(f.caseId, m_dir.filePath(QStringLiteral("does-not-exist"))).ok());
        f.store->lock();
        const auto locked = f.store->addData(f.caseId, "x", QStringLiteral("x"));
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().contains(u"locked"));
        QCOMPARE(count(f, "SELECT COUNT(*) FROM case_attachments"), 0);
    }

    void listModel()
    {
        Fixture f = fixture(Database::Backend::SQLite);
        QVERIFY(f.store);
        AttachmentListModel model(*f.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCaseId(f.caseId);
        QCOMPARE(model.rowCount(), 0);
        const auto added
            = f.store->addData(f.caseId, "GET / HTTP/1.1\r\n\r\n", QStringLiteral("request\u202Etxt.exe"));
        QVERIFY(added.ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AttachmentListModel::Sha256Column).data().toString(), added->sha256);
        // Bidi overrides in a hostile name are shown, not obeyed.
        QVERIFY(!model.index(0, AttachmentListModel::NameColumn).data().toString().contains(QChar(0x202E)));
        QVERIFY(model.setData(
            model.index(0, AttachmentListModel::NoteColumn), QStringLiteral("reproduces on 25.1")));
        QCOMPARE(model.index(0, AttachmentListModel::NoteColumn).data().toString(),
            QStringLiteral("reproduces on 25.1"));
        QCOMPARE(f.store->attachment(added->id)->note, QStringLiteral("reproduces on 25.1"));
        model.setCaseId(0);
        QCOMPARE(model.rowCount(), 0);
    }

    // Adding, exporting and verifying as jobs, with progress and cancel.
    void jobAddsAndAnnounces_data() { TestSupport::addBackendRows(); }
    void jobAddsAndAnnounces()
    {
        QFETCH(Database::Backend, backend);
        Fixture f = fixture(backend);
        QVERIFY(f.store);
        const QByteArray content = randomContent(5 * EvidenceStore::chunkSize + 3, 11);
        QSignalSpy changed(&f.store->auditLog(), &AuditLog::caseChanged);
        std::unique_ptr<Job<Attachment>> job(
            EvidenceJobs::addData(*f.store, f.caseId, content, QStringLiteral("fw.bin"), nullptr));
        QSignalSpy progress(job.get(), &BackgroundJob::progress);
        // On SQLite the store's listeners hear of it before the job's own.
        int changedWhenSucceeded = -1;
        connect(
            job.get(), &BackgroundJob::succeeded, this, [&] { changedWhenSucceeded = int(changed.size()); });
        job->start();
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), BackgroundJob::State::Succeeded, 60000);
        QCOMPARE(job->result().sha256, sha256(content));
        // SQLite: announced by the store; PostgreSQL: by the worker connection's NOTIFY.
        if (backend == Database::Backend::SQLite)
            QCOMPARE(changedWhenSucceeded, 1);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 60000);
        QCOMPARE(changed.constFirst().at(0).toLongLong(), f.caseId);
        QVERIFY(changed.constFirst().at(1).value<CaseFields>().testFlag(CaseField::Evidence));
        QList<double> fractions;
        for (const QList<QVariant> &args : std::as_const(progress))
            fractions.append(args.constFirst().toDouble());
        QVERIFY(fractions.size() >= 2);
        QVERIFY(std::is_sorted(fractions.cbegin(), fractions.cend()));
        QCOMPARE(fractions.constLast(), 1.0);
        // Written on the worker's connection, read back on this one.
        QCOMPARE(readAll(**f.store->open(job->result().id)), content);

        std::unique_ptr<Job<QList<EvidenceProblem>>> verify(
            EvidenceJobs::verify(*f.store, f.caseId, nullptr));
        verify->start();
        QTRY_COMPARE_WITH_TIMEOUT(verify->state(), BackgroundJob::State::Succeeded, 60000);
        QVERIFY(verify->result().isEmpty());
    }

    void cancelledAddLeavesNothing_data() { TestSupport::addBackendRows(); }
    void cancelledAddLeavesNothing()
    {
        QFETCH(Database::Backend, backend);
        Fixture f = fixture(backend);
        QVERIFY(f.store);
        // Large enough that the worker is still writing when the cancel comes.
        const QByteArray content = bulkContent(32 * EvidenceStore::chunkSize, 12);

        // Cancelled after the first chunk went in: the transaction takes it back.
        std::atomic<bool> cancel = false;
        int reports = 0;
        JobControl control(
            [&](double, const QString &) {
                ++reports;
                cancel = true;
            },
            &cancel);
        const auto added = f.store->addData(f.caseId, content, QStringLiteral("a.bin"), {}, &control);
        QVERIFY(!added.ok());
        QCOMPARE(added.error(), JobControl::cancelledMessage());
        QCOMPARE(reports, 1);
        QVERIFY(nothingStored(f));

        // The same through the job: cancelled once its progress shows.
        QSignalSpy changed(&f.store->auditLog(), &AuditLog::caseChanged);
        std::unique_ptr<Job<Attachment>> job(
            EvidenceJobs::addData(*f.store, f.caseId, content, QStringLiteral("b.bin"), nullptr));
        connect(job.get(), &BackgroundJob::progress, job.get(), &BackgroundJob::cancel);
        QSignalSpy ended(job.get(), &BackgroundJob::ended);
        job->start();
        QVERIFY(ended.wait(60000));
        QCOMPARE(job->state(), BackgroundJob::State::Cancelled);
        QVERIFY(job->progressFraction() > 0);
        QVERIFY(nothingStored(f));
        QCOMPARE(changed.size(), 0);

        // A job destroyed while it adds is cancelled too.
        auto *orphan = EvidenceJobs::addData(*f.store, f.caseId, content, QStringLiteral("c.bin"), nullptr);
        QSignalSpy started(orphan, &BackgroundJob::progress);
        orphan->start();
        QVERIFY(started.wait(60000));
        delete orphan;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QVERIFY(nothingStored(f));
    }

    void cancelledExportLeavesNoFile_data() { TestSupport::addBackendRows(); }
    void cancelledExportLeavesNoFile()
    {
        QFETCH(Database::Backend, backend);
        Fixture f = fixture(backend);
        QVERIFY(f.store);
        const auto first = f.store->addData(
            f.caseId, bulkContent(4 * EvidenceStore::chunkSize, 13), QStringLiteral("first.bin"));
        const auto second = f.store->addData(
            f.caseId, bulkContent(32 * EvidenceStore::chunkSize, 14), QStringLiteral("second.bin"));
        QVERIFY(first.ok() && second.ok());
        QTemporaryDir out;

        // One attachment, cancelled after its first chunk: QSaveFile throws the rest away.
        std::atomic<bool> cancel = false;
        JobControl control([&](double, const QString &) { cancel = true; }, &cancel);
        const QString file = out.filePath(QStringLiteral("first.bin"));
        const Status s = f.store->exportTo(first->id, file, &control);
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), JobControl::cancelledMessage());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // All of them, cancelled in the second file: the first, complete, goes as well.
        cancel = false;
        QList<double> fractions;
        JobControl halfway(
            [&](double fraction, const QString &) {
                fractions.append(fraction);
                if (fraction > 0.6)
                    cancel = true;
            },
            &cancel);
        const QString folder = out.filePath(QStringLiteral("all"));
        QVERIFY(!f.store->exportCase(f.caseId, folder, &halfway).ok());
        QVERIFY(std::is_sorted(fractions.cbegin(), fractions.cend()));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());

        // Through the job.
        std::unique_ptr<Job<QString>> job(
            EvidenceJobs::exportAttachment(*f.store, second->id, file, nullptr));
        connect(job.get(), &BackgroundJob::progress, job.get(), &BackgroundJob::cancel);
        QSignalSpy ended(job.get(), &BackgroundJob::ended);
        job->start();
        QVERIFY(ended.wait(60000));
        QCOMPARE(job->state(), BackgroundJob::State::Cancelled);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // Not cancelled, it writes the whole body.
        std::unique_ptr<Job<QString>> whole(
            EvidenceJobs::exportAttachment(*f.store, second->id, file, nullptr));
        whole->start();
        QTRY_COMPARE_WITH_TIMEOUT(whole->state(), BackgroundJob::State::Succeeded, 60000);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(sha256(written.readAll()), second->sha256);
    }

private:
    struct Fixture
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<CaseStore> cases;
        std::unique_ptr<EvidenceStore> store;
        qint64 caseId = 0;
    };

    Fixture fixture(Database::Backend backend)
    {
        Fixture f;
        QString error;
        const QString where = TestSupport::freshLocation(backend, m_dir, &error);
        if (where.isEmpty()) {
            qWarning("no database: %s", qPrintable(error));
            return f;
        }
        f.db = std::make_unique<Database>();
        if (!f.db->open(where))
            return f;
        f.cases = std::make_unique<CaseStore>(*f.db);
        f.caseId = *f.cases->createCase(TestSupport::minimalReport(QStringLiteral("evidence case")));
        auto store = std::make_unique<EvidenceStore>(*f.db, f.cases->auditLog());
        if (const Status s = store->initialise(kPassphrase, kFastIterations); !s) {
            qWarning("initialise failed: %s", qPrintable(s.error()));
            return f;
        }
        f.store = std::move(store);
        return f;
    }

    static int count(const Fixture &f, const char *sql)
    {
        QSqlQuery q(f.db->connection());
        if (!q.exec(QString::fromLatin1(sql)) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static bool nothingStored(const Fixture &f)
    {
        return count(f, "SELECT COUNT(*) FROM case_attachments") == 0
            && count(f, "SELECT COUNT(*) FROM evidence_blobs") == 0
            && count(f, "SELECT COUNT(*) FROM evidence_chunks") == 0
            && count(f, "SELECT COUNT(*) FROM audit_log WHERE field = 'evidence'") == 0;
    }

    static QStringList column(const Fixture &f, const char *sql)
    {
        QSqlQuery q(f.db->connection());
        QStringList values;
        if (q.exec(QString::fromLatin1(sql))) {
            while (q.next())
                values.append(QString::fromLatin1(q.value(0).toByteArray().toHex()));
        }
        return values;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "tst_evidencestore.moc"
