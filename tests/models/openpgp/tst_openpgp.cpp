#include "GpgHome.h"
#include "TestSupport.h"
#include "openpgp/OpenPgp.h"

#include <QTest>

#include <memory>

// OpenPgp against real GnuPG homes with throwaway keys: the team's keyring (team key plus
// the researcher's public key), the researcher's own, and a stranger's.
class TestOpenPgp final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GpgHome> m_team;
    std::unique_ptr<GpgHome> m_researcher;
    std::unique_ptr<GpgHome> m_stranger;
    QString m_teamKey;
    QString m_researcherKey;
    QString m_strangerKey;

    const QByteArray m_text = QByteArrayLiteral("Content-Type: text/plain\r\n\r\nThe fix ships in 25.2.\r\n");

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        m_team = std::make_unique<GpgHome>();
        m_researcher = std::make_unique<GpgHome>();
        m_stranger = std::make_unique<GpgHome>();
        QVERIFY(m_team->isValid() && m_researcher->isValid() && m_stranger->isValid());
        m_teamKey = m_team->generateKey(QStringLiteral("PSIRT Team <psirt@example.com>"));
        QVERIFY2(!m_teamKey.isEmpty(), qPrintable(m_team->errorString()));
        m_researcherKey = m_researcher->generateKey(QStringLiteral("Ada Researcher <Ada@Example.org>"));
        QVERIFY2(!m_researcherKey.isEmpty(), qPrintable(m_researcher->errorString()));
        m_strangerKey = m_stranger->generateKey(QStringLiteral("Mallory <mallory@example.net>"));
        QVERIFY2(!m_strangerKey.isEmpty(), qPrintable(m_stranger->errorString()));
        QVERIFY(m_team->importPublicKeyFrom(*m_researcher, m_researcherKey));
        QVERIFY(m_researcher->importPublicKeyFrom(*m_team, m_teamKey));
        QCOMPARE(OpenPgp(m_team->path()).availabilityError(), QString());
    }
    void cleanupTestCase()
    {
        m_team.reset();
        m_researcher.reset();
        m_stranger.reset();
    }

    void signThenVerifyIsValid()
    {
        const OpenPgp team(m_team->path());
        const auto signature = team.signDetached(m_text, m_teamKey);
        QVERIFY2(signature.ok(), qPrintable(signature.error()));
        QVERIFY(signature->armored.startsWith("-----BEGIN PGP SIGNATURE-----"));
        QVERIFY(signature->micalg.startsWith("pgp-sha"));
        const OpenPgp::Verification v = team.verifyDetached(m_text, signature->armored);
        QCOMPARE(v.state, SignatureState::Valid);
        QCOMPARE(v.fingerprint, m_teamKey);
        QCOMPARE(v.signer, QStringLiteral("PSIRT Team <psirt@example.com>"));
        QVERIFY(v.signedAt.isValid());
        QVERIFY(v.summary().contains(QStringLiteral("PSIRT Team")));
        // The researcher, holding only the team's public key, agrees; so does gpg itself.
        QCOMPARE(OpenPgp(m_researcher->path()).verifyDetached(m_text, signature->armored).state,
            SignatureState::Valid);
        QDir scratch(m_researcher->path());
        QFile data(scratch.filePath(QStringLiteral("data")));
        QVERIFY(data.open(QIODevice::WriteOnly) && data.write(m_text) == m_text.size());
        data.close();
        QFile sig(scratch.filePath(QStringLiteral("data.asc")));
        QVERIFY(sig.open(QIODevice::WriteOnly) && sig.write(signature->armored) > 0);
        sig.close();
        bool ok = false;
        m_researcher->gpg({QStringLiteral("--verify"), sig.fileName(), data.fileName()}, {}, &ok);
        QVERIFY2(ok, qPrintable(m_researcher->errorString()));
    }

    void tamperedIsBad_data()
    {
        QTest::addColumn<QByteArray>("tampered");
        QTest::newRow("one letter") << QByteArray(m_text).replace("25.2", "25.3");
        QTest::newRow("appended") << m_text + "Never mind.\r\n";
        QTest::newRow("empty") << QByteArray();
    }
    void tamperedIsBad()
    {
        QFETCH(QByteArray, tampered);
        const OpenPgp team(m_team->path());
        const auto signature = team.signDetached(m_text, m_teamKey);
        QVERIFY(signature.ok());
        const OpenPgp::Verification v = team.verifyDetached(tampered, signature->armored);
        QCOMPARE(v.state, SignatureState::Bad);
        QVERIFY(!v.detail.isEmpty());
    }

    void unknownKey()
    {
        const auto signature = OpenPgp(m_stranger->path()).signDetached(m_text, m_strangerKey);
        QVERIFY(signature.ok());
        const OpenPgp::Verification v = OpenPgp(m_team->path()).verifyDetached(m_text, signature->armored);
        QCOMPARE(v.state, SignatureState::UnknownKey);
        QVERIFY(m_strangerKey.endsWith(v.fingerprint, Qt::CaseInsensitive));
        QVERIFY(v.signer.isEmpty());
    }

    void garbageSignatureIsAnError_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArrayLiteral("not a signature at all");
        QTest::newRow("truncated armour")
            << QByteArrayLiteral("-----BEGIN PGP SIGNATURE-----\n\niHUEARYKAB0WIQ\n");
    }
    void garbageSignatureIsAnError()
    {
        QFETCH(QByteArray, signature);
        const OpenPgp::Verification v = OpenPgp(m_team->path()).verifyDetached(m_text, signature);
        QVERIFY(v.state == SignatureState::Error || v.state == SignatureState::NotSigned);
        QVERIFY(v.state != SignatureState::Valid);
    }

    void encryptThenDecrypt_data()
    {
        QTest::addColumn<bool>("withSignature");
        QTest::newRow("encrypted and signed") << true;
        QTest::newRow("encrypted only") << false;
    }
    void encryptThenDecrypt()
    {
        QFETCH(bool, withSignature);
        // The researcher writes to the team, as a report arrives.
        const QByteArray report = QByteArray("Heap overflow in /cgi-bin/x\n\0binary\xff tail", 41);
        const auto cipher = OpenPgp(m_researcher->path())
                                .encrypt(report, {m_teamKey}, withSignature ? m_researcherKey : QString());
        QVERIFY2(cipher.ok(), qPrintable(cipher.error()));
        QVERIFY(cipher->startsWith("-----BEGIN PGP MESSAGE-----"));
        QVERIFY(!cipher->contains("Heap overflow"));
        const auto plain = OpenPgp(m_team->path()).decrypt(*cipher);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        QCOMPARE(plain->plaintext, report);
        QVERIFY(plain->wasEncrypted);
        QCOMPARE(
            plain->verification.state, withSignature ? SignatureState::Valid : SignatureState::NotSigned);
        if (withSignature)
            QCOMPARE(plain->verification.fingerprint, m_researcherKey);
    }

    void notForTheTeamIsRefused()
    {
        const auto cipher = OpenPgp(m_team->path()).encrypt(m_text, {m_researcherKey});
        QVERIFY(cipher.ok());
        const auto plain = OpenPgp(m_team->path()).decrypt(*cipher);
        QVERIFY(!plain.ok());
        QVERIFY(!plain.error().isEmpty());
        QCOMPARE(OpenPgp(m_researcher->path()).decrypt(*cipher)->plaintext, m_text);
    }

    void garbageIsNotDecrypted_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArrayLiteral("Hello, this is not encrypted.");
        QTest::newRow("armour header only")
            << QByteArrayLiteral("-----BEGIN PGP MESSAGE-----\n\n-----END PGP MESSAGE-----\n");
        QTest::newRow("random bytes") << QByteArray(4096, '\x85');
    }
    void garbageIsNotDecrypted()
    {
        QFETCH(QByteArray, message);
        const auto plain = OpenPgp(m_team->path()).decrypt(message);
        QVERIFY(!plain.ok());
        QVERIFY(!plain.error().isEmpty());
    }

    void opaqueSignedMessageIsVerified()
    {
        bool ok = false;
        const QByteArray signedMessage
            = m_researcher->gpg({QStringLiteral("--armor"), QStringLiteral("--local-user"), m_researcherKey,
                                    QStringLiteral("--sign")},
                m_text, &ok);
        QVERIFY2(ok, qPrintable(m_researcher->errorString()));
        const auto result = OpenPgp(m_team->path()).decrypt(signedMessage);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(!result->wasEncrypted);
        QCOMPARE(result->plaintext, m_text);
        QCOMPARE(result->verification.state, SignatureState::Valid);
    }

    void clearSignedText()
    {
        bool ok = false;
        const QByteArray text = QByteArrayLiteral("Product: SMx 25.1\n- a dashed line\nSteps: see PoC\n");
        const QByteArray clear = m_researcher->gpg(
            {QStringLiteral("--local-user"), m_researcherKey, QStringLiteral("--clearsign")}, text, &ok);
        QVERIFY2(ok, qPrintable(m_researcher->errorString()));
        QVERIFY(clear.startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));
        const OpenPgp team(m_team->path());
        const auto result = team.verifyClearSigned(clear);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->verification.state, SignatureState::Valid);
        QCOMPARE(result->verification.signer, QStringLiteral("Ada Researcher <Ada@Example.org>"));
        QVERIFY(result->content.contains("- a dashed line"));
        QVERIFY(result->content.contains("SMx 25.1"));

        const auto tampered = team.verifyClearSigned(QByteArray(clear).replace("SMx 25.1", "SMx 25.2"));
        QVERIFY(tampered.ok());
        QCOMPARE(tampered->verification.state, SignatureState::Bad);
    }

    void outputIsBounded()
    {
        // Zeros compress to almost nothing: a small message that would decrypt to 4 MiB.
        const QByteArray big(4 * 1024 * 1024, '\0');
        const auto cipher = OpenPgp(m_researcher->path()).encrypt(big, {m_teamKey});
        QVERIFY(cipher.ok());
        QVERIFY(cipher->size() < 200 * 1024);
        OpenPgp team(m_team->path());
        team.setMaxOutputBytes(1024 * 1024);
        const auto plain = team.decrypt(*cipher);
        QVERIFY(!plain.ok());
        QVERIFY2(plain.error().contains(QStringLiteral("larger than")), qPrintable(plain.error()));
        team.setMaxOutputBytes(OpenPgp::defaultMaxOutputBytes);
        QCOMPARE(team.decrypt(*cipher)->plaintext.size(), big.size());
    }

    void keysByAddress_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("secretOnly");
        QTest::addColumn<int>("found");
        QTest::newRow("researcher, any case") << QStringLiteral("ADA@example.ORG") << false << 1;
        QTest::newRow("researcher, secret") << QStringLiteral("ada@example.org") << true << 0;
        QTest::newRow("team, secret") << QStringLiteral("psirt@example.com") << true << 1;
        QTest::newRow("substring is no match") << QStringLiteral("da@example.org") << false << 0;
        QTest::newRow("stranger") << QStringLiteral("mallory@example.net") << false << 0;
    }
    void keysByAddress()
    {
        QFETCH(QString, email);
        QFETCH(bool, secretOnly);
        QFETCH(int, found);
        const auto keys = OpenPgp(m_team->path()).keysForEmail(email, secretOnly);
        QVERIFY2(keys.ok(), qPrintable(keys.error()));
        QCOMPARE(keys->size(), found);
    }

    void bestKeys()
    {
        const OpenPgp team(m_team->path());
        const auto encryption = team.encryptionKeyFor(QStringLiteral("ada@example.org"));
        QVERIFY2(encryption.ok(), qPrintable(encryption.error()));
        QCOMPARE(encryption->fingerprint, m_researcherKey);
        QVERIFY(encryption->canEncrypt && !encryption->hasSecret);
        const auto signing = team.signingKeyFor(QStringLiteral("psirt@example.com"));
        QVERIFY2(signing.ok(), qPrintable(signing.error()));
        QCOMPARE(signing->fingerprint, m_teamKey);
        QVERIFY(!team.signingKeyFor(QStringLiteral("ada@example.org")).ok());
        QVERIFY(!team.encryptionKeyFor(QStringLiteral("nobody@example.org")).ok());
        QVERIFY(!team.keysForEmail(QStringLiteral("not an address")).ok());
        QVERIFY(!team.signDetached(m_text, m_researcherKey).ok()); // no secret key
        QVERIFY(!team.encrypt(m_text, {}).ok());
        QVERIFY(!team.encrypt(m_text, {m_strangerKey}).ok());
    }
};

QTEST_GUILESS_MAIN(TestOpenPgp)
#include "tst_openpgp.moc"
