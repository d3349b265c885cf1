#include "GpgHome.h"
#include "MailCorpus.h"
#include "TestSupport.h"
#include "correspondence/CorrespondenceStore.h"
#include "intake/IntakeCrypto.h"
#include "intake/IntakeStore.h"
#include "intake/MailImporter.h"
#include "intake/MailParser.h"
#include "openpgp/OpenPgp.h"
#include "storage/CaseStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace MailCorpus;

// PGP/MIME and inline PGP messages made with throwaway keys: a researcher writes to the
// team; the team's GnuPG home decrypts and verifies.
class TestMailPgp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parses_data();
    void parses();
    void withoutKeyStaysUnread();
    void encryptedReportImported();

private:
    QByteArray encryptedMime(const QByteArray &entity, const QString &signer) const;
    QByteArray signedMime(
        const QByteArray &entity, const QByteArray &written, GpgHome &by, const QString &key) const;

    std::unique_ptr<GpgHome> m_team;
    std::unique_ptr<GpgHome> m_researcher;
    std::unique_ptr<GpgHome> m_stranger;
    QString m_teamKey;
    QString m_researcherKey;
    QString m_strangerKey;
};

void TestMailPgp::initTestCase()
{
    TestSupport::isolate();
    m_team = std::make_unique<GpgHome>();
    m_researcher = std::make_unique<GpgHome>();
    m_stranger = std::make_unique<GpgHome>();
    m_teamKey = m_team->generateKey(QStringLiteral("PSIRT Team <psirt@example.com>"));
    QVERIFY2(!m_teamKey.isEmpty(), qPrintable(m_team->errorString()));
    m_researcherKey = m_researcher->generateKey(QStringLiteral("Ada Researcher <ada@example.org>"));
    QVERIFY2(!m_researcherKey.isEmpty(), qPrintable(m_researcher->errorString()));
    m_strangerKey = m_stranger->generateKey(QStringLiteral("Mallory <mallory@example.net>"));
    QVERIFY2(!m_strangerKey.isEmpty(), qPrintable(m_stranger->errorString()));
    QVERIFY(m_team->importPublicKeyFrom(*m_researcher, m_researcherKey));
    QVERIFY(m_researcher->importPublicKeyFrom(*m_team, m_teamKey));
    QVERIFY(m_stranger->importPublicKeyFrom(*m_team, m_teamKey));
}

void TestMailPgp::cleanupTestCase()
{
    m_team.reset();
    m_researcher.reset();
    m_stranger.reset();
}

QByteArray TestMailPgp::encryptedMime(const QByteArray &entity, const QString &signer) const
{
    const auto cipher = OpenPgp(m_researcher->path()).encrypt(entity, {m_teamKey}, signer);
    if (!cipher)
        return {};
    Headers h;
    h.subject = "PSIRT Case: encrypted report";
    h.messageId = "encrypted-" + signer.left(8).toLatin1() + "@example.org";
    return "From: " + h.from + "\nSubject: " + h.subject + "\nMessage-ID: <" + h.messageId
        + ">\nMIME-Version: 1.0\n"
          "Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=\"enc\"\n\n"
          "--enc\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n\n"
          "--enc\nContent-Type: application/octet-stream; name=\"encrypted.asc\"\n\n"
        + *cipher + "\n--enc--\n";
}

// entity: what is signed (CRLF); written: the same entity as it appears in the message.
QByteArray TestMailPgp::signedMime(
    const QByteArray &entity, const QByteArray &written, GpgHome &by, const QString &key) const
{
    const auto signature = OpenPgp(by.path()).signDetached(entity, key);
    if (!signature)
        return {};
    return "From: Ada Researcher <ada@example.org>\nSubject: PSIRT Case: signed report\nMessage-ID: "
           "<signed@example.org>\n"
           "MIME-Version: 1.0\nContent-Type: multipart/signed; protocol=\"application/pgp-signature\"; "
           "micalg="
        + signature->micalg + "; boundary=\"sig\"\n\n--sig\n" + written
        + "\n--sig\nContent-Type: application/pgp-signature; name=\"signature.asc\"\n\n" + signature->armored
        + "\n--sig--\n";
}

void TestMailPgp::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("decrypted");
    QTest::addColumn<int>("signature");
    QTest::addColumn<QString>("bodyContains");

    const QByteArray entity = "Content-Type: text/plain; charset=utf-8\r\n\r\n" + reportBody("Hub", "2.1");
    QTest::newRow("PGP/MIME encrypted and signed")
        << encryptedMime(entity, m_researcherKey) << true << true << int(SignatureState::Valid)
        << QStringLiteral("copies the user name");
    QTest::newRow("PGP/MIME encrypted, signed by an unknown key") << [this, &entity] {
        const auto cipher = OpenPgp(m_stranger->path()).encrypt(entity, {m_teamKey}, m_strangerKey);
        QByteArray m = encryptedMime(entity, m_researcherKey);
        const qsizetype at = m.indexOf("-----BEGIN PGP MESSAGE-----");
        const qsizetype end = m.indexOf("-----END PGP MESSAGE-----") + 25;
        return cipher ? m.replace(at, end - at, *cipher) : QByteArray();
    }() << true << true << int(SignatureState::UnknownKey) << QStringLiteral("copies the user name");
    QTest::newRow("PGP/MIME encrypted, not signed")
        << encryptedMime(entity, QString()) << true << true << int(SignatureState::NotSigned)
        << QStringLiteral("Steps to reproduce");

    const QByteArray signedEntity = "Content-Type: text/plain; charset=utf-8\r\n\r\nSigned report text.\r\n";
    const QByteArray written = "Content-Type: text/plain; charset=utf-8\n\nSigned report text.\n";
    QTest::newRow("PGP/MIME signed") << signedMime(signedEntity, written, *m_researcher, m_researcherKey)
                                     << false << false << int(SignatureState::Valid)
                                     << QStringLiteral("Signed report text.");
    QTest::newRow("PGP/MIME signed, unknown key")
        << signedMime(signedEntity, written, *m_stranger, m_strangerKey) << false << false
        << int(SignatureState::UnknownKey) << QStringLiteral("Signed report text.");
    QByteArray tampered = signedMime(signedEntity, written, *m_researcher, m_researcherKey);
    tampered.replace("Signed report text.", "Signed report TEXT!");
    QTest::newRow("PGP/MIME signed, tampered")
        << tampered << false << false << int(SignatureState::Bad) << QStringLiteral("Signed report TEXT!");

    const auto inlineCipher
        = OpenPgp(m_researcher->path())
              .encrypt("Product: Cam 3000\nThe stream has no auth.\n", {m_teamKey}, m_researcherKey);
    QVERIFY(inlineCipher.ok());
    QTest::newRow("inline PGP encrypted")
        << plain(Headers(), "Hello,\n\n" + *inlineCipher + "\nBye\n") << true << true
        << int(SignatureState::Valid) << QStringLiteral("The stream has no auth.");
    bool ok = false;
    const QByteArray clearSigned
        = m_researcher->gpg({QStringLiteral("--clearsign"), QStringLiteral("--local-user"), m_researcherKey},
            "Clear-signed finding.\n", &ok);
    QVERIFY(ok);
    QTest::newRow("inline clear-signed")
        << plain(Headers(), clearSigned) << false << false << int(SignatureState::Valid)
        << QStringLiteral("Clear-signed finding.");
}

void TestMailPgp::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, encrypted);
    QFETCH(bool, decrypted);
    QFETCH(int, signature);
    QFETCH(QString, bodyContains);
    QVERIFY(!bytes.isEmpty());
    const MailCrypto crypto = IntakeCrypto::forGnupgHome(m_team->path());
    const auto mail = MailParser::parse(bytes, {}, &crypto);
    QVERIFY2(mail.ok(), qPrintable(mail.error()));
    QCOMPARE(mail->pgp.encrypted, encrypted);
    QCOMPARE(mail->pgp.decrypted, decrypted);
    QVERIFY2(int(mail->pgp.signature) == signature, qPrintable(mail->pgp.summary()));
    QVERIFY2(mail->body.contains(bodyContains), qPrintable(mail->body));
    QVERIFY(!mail->body.contains(QStringLiteral("BEGIN PGP")) || !decrypted);
    if (signature == int(SignatureState::Valid))
        QVERIFY2(mail->pgp.signer.contains(QStringLiteral("Ada Researcher")), qPrintable(mail->pgp.signer));
}

void TestMailPgp::withoutKeyStaysUnread()
{
    const QByteArray entity = "Content-Type: text/plain\r\n\r\nsecret\r\n";
    const auto mail = MailParser::parse(encryptedMime(entity, m_researcherKey));
    QVERIFY(mail.ok());
    QVERIFY(mail->pgp.encrypted);
    QVERIFY(!mail->pgp.decrypted);
    QVERIFY(!mail->body.contains(QStringLiteral("secret")));
    QVERIFY(mail->pgp.summary().contains(QStringLiteral("not decrypted")));
    // The stranger's key cannot open a message for the team either.
    const MailCrypto wrong = IntakeCrypto::forGnupgHome(m_stranger->path());
    const auto other = MailParser::parse(encryptedMime(entity, m_researcherKey), {}, &wrong);
    QVERIFY(other.ok());
    QVERIFY(!other->pgp.decrypted);
    QVERIFY(!other->pgp.detail.isEmpty());
}

void TestMailPgp::encryptedReportImported()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("cases.sqlite"))).ok());
    ImportOptions options;
    options.crypto = IntakeCrypto::forGnupgHome(m_team->path());
    MailImporter importer(db, options);
    QVERIFY(importer.prepare().ok());
    RawMessage raw;
    raw.bytes = encryptedMime(
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + reportBody("Hub", "2.1"), m_researcherKey);
    const ImportOutcome outcome = importer.import(raw);
    QVERIFY2(outcome.committed, qPrintable(outcome.resultText()));
    QVERIFY(outcome.pgp.summary().contains(QStringLiteral("decrypted")));
    CaseStore cases(db);
    const auto c = cases.caseById(outcome.caseId);
    QCOMPARE(c->channel, IntakeChannel::EncryptedEmail);
    QCOMPARE(c->product, QStringLiteral("Hub"));
    const auto records = IntakeStore(db).messagesOfCase(outcome.caseId);
    QCOMPARE(records->size(), 1);
    QVERIFY(records->constFirst().pgp.decrypted);
    QCOMPARE(records->constFirst().pgp.signature, SignatureState::Valid);
    const auto logged = CorrespondenceStore(db, cases.auditLog()).messages(outcome.caseId);
    QCOMPARE(logged->size(), 1);
    QCOMPARE(logged->constFirst().encryption, MessageEncryption::Encrypted);
    QCOMPARE(logged->constFirst().signature, SignatureState::Valid);
}

QTEST_GUILESS_MAIN(TestMailPgp)
#include "tst_mailpgp.moc"
