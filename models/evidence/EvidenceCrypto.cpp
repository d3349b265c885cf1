#include "EvidenceCrypto.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtCrypto>

namespace {

// QCA needs an Initializer alive while it is used; one for the process, made on first use.
void ensureInitialised()
{
    static QCA::Initializer initializer;
}

QCA::Cipher cipher(const QByteArray &key, const QByteArray &nonce, QCA::Direction direction,
    const QCA::AuthTag &tag = QCA::AuthTag(EvidenceCrypto::tagSize))
{
    ensureInitialised();
    return QCA::Cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding, direction,
        QCA::SymmetricKey(key), QCA::InitializationVector(nonce), tag);
}

} // namespace

namespace EvidenceCrypto {

QString unavailableReason()
{
    ensureInitialised();
    if (!QCA::isSupported("sha256"))
        return QCoreApplication::translate(
            "EvidenceCrypto", "QCA offers no SHA-256 (is the qca-ossl plugin installed?).");
    if (!QCA::isSupported("pbkdf2(sha1)"))
        return QCoreApplication::translate(
            "EvidenceCrypto", "QCA offers no PBKDF2 (is the qca-ossl plugin installed?).");
    // GCM is not listed by isSupported(); a round trip tells.
    const QByteArray key(keySize, '\1');
    const QByteArray nonce(nonceSize, '\2');
    const auto back = open(key, nonce, seal(key, nonce, QByteArrayLiteral("probe")));
    if (!back || *back != "probe")
        return QCoreApplication::translate(
            "EvidenceCrypto", "QCA offers no AES-256-GCM (is the qca-ossl plugin installed?).");
    return {};
}

QByteArray randomBytes(int size)
{
    ensureInitialised();
    return QCA::Random::randomArray(size).toByteArray();
}

QByteArray seal(const QByteArray &key, const QByteArray &nonce, const QByteArray &plaintext)
{
    QCA::Cipher c = cipher(key, nonce, QCA::Encode);
    QByteArray out = c.update(QCA::MemoryRegion(plaintext)).toByteArray();
    out += c.final().toByteArray();
    out += c.tag().toByteArray();
    return out;
}

std::optional<QByteArray> open(const QByteArray &key, const QByteArray &nonce, const QByteArray &sealed)
{
    if (sealed.size() < tagSize || key.size() != keySize || nonce.size() != nonceSize)
        return std::nullopt;
    const QByteArray tag = sealed.right(tagSize);
    QCA::Cipher c = cipher(key, nonce, QCA::Decode, QCA::AuthTag(QCA::SecureArray(tag)));
    QByteArray out = c.update(QCA::MemoryRegion(sealed.left(sealed.size() - tagSize))).toByteArray();
    out += c.final().toByteArray();
    if (!c.ok())
        return std::nullopt;
    return out;
}

QByteArray deriveKey(const QString &passphrase, const QByteArray &salt, int iterations)
{
    ensureInitialised();
    QCA::PBKDF2 kdf(QStringLiteral("sha1"));
    return kdf
        .makeKey(
            QCA::SecureArray(passphrase.toUtf8()), QCA::InitializationVector(salt), keySize, uint(iterations))
        .toByteArray();
}

int calibrateIterations(int targetMs)
{
    // Time a fixed count and scale; keep a floor so a fast machine never weakens the key.
    constexpr int probe = 50'000;
    QElapsedTimer timer;
    timer.start();
    deriveKey(QStringLiteral("calibration"), QByteArray(16, '\0'), probe);
    const qint64 elapsed = std::max<qint64>(1, timer.elapsed());
    const qint64 wanted = qint64(probe) * targetMs / elapsed * 11 / 10;
    return int(std::clamp<qint64>(wanted, 100'000, 50'000'000));
}

QByteArray chunkNonce(qint64 index, bool last)
{
    QByteArray nonce(nonceSize, '\0');
    for (int i = 0; i < 8; ++i)
        nonce[i] = char((quint64(index) >> (56 - 8 * i)) & 0xff);
    nonce[11] = last ? '\1' : '\0';
    return nonce;
}

struct Sha256::Private
{
    QCA::Hash hash {QStringLiteral("sha256")};
};

Sha256::Sha256()
    : d((ensureInitialised(), new Private))
{ }

Sha256::~Sha256()
{
    delete d;
}

void Sha256::addData(const QByteArray &data)
{
    d->hash.update(QCA::MemoryRegion(data));
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(d->hash.final().toByteArray().toHex());
}

} // namespace EvidenceCrypto
