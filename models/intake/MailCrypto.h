#pragma once

#include "MailMessage.h"

#include <QByteArray>

#include <functional>

/// The OpenPGP operations the parser needs, as plain functions so that the parser stays
/// independent of how keys are held: the importer fills them from the team's OpenPgp
/// wrapper (models/openpgp) and its GnuPG home.
struct MailCrypto
{
    struct Result
    {
        bool ok = false; // decryption (or reading a signed message) succeeded
        QByteArray data; // the plaintext, or the signed content of a clear-signed text
        SignatureState signature = SignatureState::NotSigned;
        QString signer;
        QString error; // translated, when !ok
    };

    /// Decrypts an OpenPGP message (binary or armoured); verifies a signature inside it.
    std::function<Result(const QByteArray &ciphertext)> decrypt;
    /// Verifies a detached signature over data (PGP/MIME multipart/signed).
    std::function<Result(const QByteArray &data, const QByteArray &signature)> verifyDetached;
    /// Verifies a clear-signed text (inline "BEGIN PGP SIGNED MESSAGE") and returns its content.
    std::function<Result(const QByteArray &clearSigned)> verifyClearSigned;
};
