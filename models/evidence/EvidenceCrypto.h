#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// The cryptography of the evidence store, through QCA (its OpenSSL provider): AES-256-GCM
/// sealing, PBKDF2 key derivation, SHA-256 and random bytes. Keys are 32 bytes, nonces 12,
/// tags 16 (appended to the ciphertext). QCA is initialised on first use.
namespace EvidenceCrypto {

constexpr int keySize = 32;
constexpr int nonceSize = 12;
constexpr int tagSize = 16;

/// Whether QCA has what the store needs (AES-256-GCM, SHA-256, PBKDF2); else why not.
QString unavailableReason();

QByteArray randomBytes(int size);

/// ciphertext || tag.
QByteArray seal(const QByteArray &key, const QByteArray &nonce, const QByteArray &plaintext);
/// The plaintext, or nullopt when the tag does not match (tampered, truncated, wrong key).
std::optional<QByteArray> open(const QByteArray &key, const QByteArray &nonce, const QByteArray &sealed);

/// PBKDF2 with HMAC-SHA1 (what Debian's QCA providers offer), 32 bytes.
QByteArray deriveKey(const QString &passphrase, const QByteArray &salt, int iterations);
/// Iterations that take at least targetMs on this machine (never below 100,000).
int calibrateIterations(int targetMs);

/// The nonce of chunk index of a body: the index and whether it is the last chunk, so that
/// reordered or truncated bodies fail authentication.
QByteArray chunkNonce(qint64 index, bool last);

/// Incremental SHA-256.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void addData(const QByteArray &data);
    /// Lower-case hex of the digest; the object is spent afterwards.
    QString hexResult();

private:
    struct Private;
    Private *d;
};

} // namespace EvidenceCrypto
