#pragma once

#include "SignatureState.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// The team's OpenPGP operations through GPGME, over a GnuPG home directory (the team's
/// keyring, configured in the settings; empty: GnuPG's default). Every result is a value:
/// a verification says valid, unknown key, bad signature or not signed instead of failing.
///
/// Each call makes its own GPGME context, so one OpenPgp may be used from several threads.
/// Input is hostile: what a decryption or verification writes out is bounded by
/// maxOutputBytes(), so a compressed "bomb" stops at the bound instead of filling memory.
class OpenPgp final
{
public:
    /// One signature's outcome (the first signature of a message; messages carry one).
    struct Verification
    {
        SignatureState state = SignatureState::NotSigned;
        QString fingerprint; // of the signing key, or its key id when the key is unknown
        QString signer; // the key's first user id when the key is known
        QDateTime signedAt; // UTC
        QString detail; // translated: why it is not valid

        /// "signature valid (Ada <ada@example.org>)", for a message's status line.
        QString summary() const;
    };

    struct Decryption
    {
        QByteArray plaintext;
        bool wasEncrypted = false; // false: the input was only signed (an opaque signature)
        Verification verification;
    };

    struct ClearSigned
    {
        QByteArray content; // the signed text, dash-escaping removed
        Verification verification;
    };

    struct Signature
    {
        QByteArray armored; // "-----BEGIN PGP SIGNATURE-----" …
        QByteArray micalg; // for PGP/MIME's micalg parameter, e.g. "pgp-sha256"
    };

    struct Key
    {
        QString fingerprint;
        QString userId; // the first user id
        QStringList emails; // of every user id, lower case
        bool canSign = false;
        bool canEncrypt = false;
        bool hasSecret = false;
        bool unusable = false; // revoked, expired, disabled or invalid
    };

    explicit OpenPgp(QString homeDirectory = {});

    QString homeDirectory() const { return m_home; }
    /// Empty when GPGME and the OpenPGP engine are usable, else why not (translated).
    QString availabilityError() const;

    static constexpr qsizetype defaultMaxOutputBytes = 64 * 1024 * 1024;
    qsizetype maxOutputBytes() const { return m_maxOutput; }
    void setMaxOutputBytes(qsizetype bytes) { m_maxOutput = bytes; }

    /// Decrypts an OpenPGP message (binary or armoured) with a secret key of the keyring,
    /// and verifies a signature inside it. A message that is only signed is verified and
    /// its content returned with wasEncrypted false.
    Result<Decryption> decrypt(const QByteArray &message) const;
    /// Verifies a detached signature over data (PGP/MIME multipart/signed).
    Verification verifyDetached(const QByteArray &data, const QByteArray &signature) const;
    /// Verifies a clear-signed text ("-----BEGIN PGP SIGNED MESSAGE-----").
    Result<ClearSigned> verifyClearSigned(const QByteArray &clearSigned) const;

    /// A detached, armoured signature over data with the secret key of signerFingerprint
    /// (or the keyring's default key when empty).
    Result<Signature> signDetached(const QByteArray &data, const QString &signerFingerprint = {}) const;
    /// Encrypts data, armoured, to the recipients' keys (fingerprints); with a signer, signed
    /// inside the encryption as well. Recipients' keys need not be certified: the analyst
    /// chose them by the reporter's address.
    Result<QByteArray> encrypt(const QByteArray &data, const QStringList &recipientFingerprints,
        const QString &signerFingerprint = {}) const;

    /// Keys with a user id of this e-mail address (case-insensitive), usable ones first;
    /// secretOnly: only keys whose secret part is in the keyring.
    Result<QList<Key>> keysForEmail(const QString &email, bool secretOnly = false) const;
    /// The best usable key of the address for encryption (or signing), if any.
    Result<Key> encryptionKeyFor(const QString &email) const;
    Result<Key> signingKeyFor(const QString &email) const;
    /// The key a fingerprint (or anything gpg accepts as a key id) names; secret: only a key
    /// whose secret part is in the keyring.
    Result<Key> key(const QString &fingerprint, bool secret = false) const;
    /// The public key of fingerprint, armoured ("-----BEGIN PGP PUBLIC KEY BLOCK-----"), for
    /// publishing beside what it signs.
    Result<QByteArray> exportPublicKey(const QString &fingerprint) const;

private:
    QString m_home;
    qsizetype m_maxOutput = defaultMaxOutputBytes;
};
