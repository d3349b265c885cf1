#include "OpenPgp.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include <cerrno>
#include <csignal>
#include <gpgme.h>
#include <memory>
#include <vector>

namespace {

QString errorText(gpgme_error_t err)
{
    char buffer[256] = {};
    gpgme_strerror_r(err, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

// GPGME must be initialised once per process before the first context. It talks to gpg
// through pipes; a gpg that exits early must not kill the application with SIGPIPE (the
// GPGME manual leaves ignoring it to the application).
bool initialise()
{
    static const bool ok = [] {
        // Only when nobody chose a handler already.
        if (const auto previous = std::signal(SIGPIPE, SIG_IGN); previous != SIG_DFL)
            std::signal(SIGPIPE, previous);
        return gpgme_check_version(nullptr) != nullptr
            && gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP) == 0;
    }();
    return ok;
}

struct ContextDeleter
{
    void operator()(gpgme_ctx_t ctx) const { gpgme_release(ctx); }
};
using Context = std::unique_ptr<gpgme_context, ContextDeleter>;

struct DataDeleter
{
    void operator()(gpgme_data_t data) const { gpgme_data_release(data); }
};
using Data = std::unique_ptr<gpgme_data, DataDeleter>;

struct KeyDeleter
{
    void operator()(gpgme_key_t key) const { gpgme_key_unref(key); }
};
using KeyRef = std::unique_ptr<_gpgme_key, KeyDeleter>;

Result<Context> newContext(const QString &home)
{
    if (!initialise())
        return Result<Context>::failure(
            QCoreApplication::translate("OpenPgp", "GnuPG is not available (GPGME found no usable gpg)."));
    gpgme_ctx_t raw = nullptr;
    if (const gpgme_error_t err = gpgme_new(&raw))
        return Result<Context>::failure(errorText(err));
    Context ctx(raw);
    gpgme_set_protocol(ctx.get(), GPGME_PROTOCOL_OpenPGP);
    if (!home.isEmpty()) {
        const gpgme_error_t err = gpgme_ctx_set_engine_info(
            ctx.get(), GPGME_PROTOCOL_OpenPGP, nullptr, QFile::encodeName(home).constData());
        if (err)
            return Result<Context>::failure(errorText(err));
    }
    // Never fetch keys or check revocations over the network because a message asked to.
    gpgme_set_offline(ctx.get(), 1);
    gpgme_set_armor(ctx.get(), 1);
    return Result<Context>(std::move(ctx));
}

// The bytes must outlive the data object; GPGME reads them in place.
Data inputData(const QByteArray &bytes)
{
    gpgme_data_t raw = nullptr;
    if (gpgme_data_new_from_mem(&raw, bytes.constData(), size_t(bytes.size()), 0) != 0)
        return nullptr;
    return Data(raw);
}

// Output that stops at a bound: gpg's write fails and the operation ends with an error
// instead of growing a buffer without limit.
struct BoundedSink
{
    QByteArray bytes;
    qsizetype limit = 0;
    bool overflowed = false;
};

ssize_t sinkWrite(void *handle, const void *buffer, size_t size)
{
    auto *sink = static_cast<BoundedSink *>(handle);
    if (sink->bytes.size() + qsizetype(size) > sink->limit) {
        sink->overflowed = true;
        errno = EFBIG;
        return -1;
    }
    sink->bytes.append(static_cast<const char *>(buffer), qsizetype(size));
    return ssize_t(size);
}

gpgme_data_cbs sinkCallbacks {nullptr, sinkWrite, nullptr, nullptr};

Data outputData(BoundedSink *sink)
{
    gpgme_data_t raw = nullptr;
    if (gpgme_data_new_from_cbs(&raw, &sinkCallbacks, sink) != 0)
        return nullptr;
    return Data(raw);
}

QString tooLarge(qsizetype limit)
{
    return QCoreApplication::translate("OpenPgp", "The content is larger than %1 MiB and was not read.")
        .arg(limit / (1024 * 1024));
}

Result<KeyRef> keyByFingerprint(gpgme_ctx_t ctx, const QString &fingerprint, bool secret)
{
    gpgme_key_t raw = nullptr;
    const gpgme_error_t err = gpgme_get_key(ctx, fingerprint.toLatin1().constData(), &raw, secret ? 1 : 0);
    if (err || !raw)
        return Result<KeyRef>::failure(secret
                ? QCoreApplication::translate("OpenPgp", "The secret key %1 is not in the keyring.")
                      .arg(fingerprint.left(64))
                : QCoreApplication::translate("OpenPgp", "The key %1 is not in the keyring.")
                      .arg(fingerprint.left(64)));
    return Result<KeyRef>(KeyRef(raw));
}

OpenPgp::Key keyValue(gpgme_key_t key)
{
    OpenPgp::Key k;
    if (key->subkeys && key->subkeys->fpr)
        k.fingerprint = QString::fromLatin1(key->subkeys->fpr);
    for (gpgme_user_id_t uid = key->uids; uid; uid = uid->next) {
        if (k.userId.isEmpty() && uid->uid)
            k.userId = QString::fromUtf8(uid->uid);
        if (uid->email && *uid->email)
            k.emails.append(QString::fromUtf8(uid->email).toLower());
    }
    k.canSign = key->can_sign;
    k.canEncrypt = key->can_encrypt;
    k.hasSecret = key->secret;
    k.unusable = key->revoked || key->expired || key->disabled || key->invalid;
    return k;
}

OpenPgp::Verification verification(gpgme_ctx_t ctx)
{
    OpenPgp::Verification v;
    const gpgme_verify_result_t result = gpgme_op_verify_result(ctx);
    if (!result || !result->signatures)
        return v;
    const gpgme_signature_t sig = result->signatures;
    v.fingerprint = QString::fromLatin1(sig->fpr ? sig->fpr : "");
    if (sig->timestamp)
        v.signedAt = QDateTime::fromSecsSinceEpoch(qint64(sig->timestamp), QTimeZone::UTC);
    switch (gpgme_err_code(sig->status)) {
    case GPG_ERR_NO_ERROR:
        v.state = (sig->summary & GPGME_SIGSUM_RED) ? SignatureState::Bad : SignatureState::Valid;
        break;
    case GPG_ERR_NO_PUBKEY:
        v.state = SignatureState::UnknownKey;
        v.detail = QCoreApplication::translate("OpenPgp", "The signing key is not in the team's keyring.");
        break;
    case GPG_ERR_BAD_SIGNATURE:
        v.state = SignatureState::Bad;
        v.detail = QCoreApplication::translate(
            "OpenPgp", "The content was changed after it was signed, or the signature is forged.");
        break;
    case GPG_ERR_SIG_EXPIRED:
    case GPG_ERR_KEY_EXPIRED:
    case GPG_ERR_CERT_REVOKED:
        v.state = SignatureState::Error;
        v.detail = QCoreApplication::translate("OpenPgp", "Signed with an expired or revoked key: %1")
                       .arg(errorText(sig->status));
        break;
    default:
        v.state = SignatureState::Error;
        v.detail = errorText(sig->status);
        break;
    }
    if (v.state != SignatureState::UnknownKey && sig->fpr) {
        if (const auto key = keyByFingerprint(ctx, v.fingerprint, false); key) {
            const OpenPgp::Key k = keyValue(key->get());
            v.fingerprint = k.fingerprint;
            v.signer = k.userId;
        }
    }
    return v;
}

} // namespace

QString OpenPgp::Verification::summary() const
{
    const QString name = SignatureStates::displayName(state);
    if (!signer.isEmpty())
        return QStringLiteral("%1 (%2)").arg(name, signer);
    if (!fingerprint.isEmpty())
        return QStringLiteral("%1 (%2)").arg(name, fingerprint);
    return name;
}

OpenPgp::OpenPgp(QString homeDirectory)
    : m_home(std::move(homeDirectory))
{ }

QString OpenPgp::availabilityError() const
{
    const auto ctx = newContext(m_home);
    return ctx ? QString() : ctx.error();
}

Result<OpenPgp::Decryption> OpenPgp::decrypt(const QByteArray &message) const
{
    using R = Result<Decryption>;
    auto ctx = newContext(m_home);
    if (!ctx)
        return R::failure(ctx.error());
    Data in = inputData(message);
    BoundedSink sink {{}, m_maxOutput};
    Data out = outputData(&sink);
    if (!in || !out)
        return R::failure(QCoreApplication::translate("OpenPgp", "Out of memory."));
    gpgme_error_t err = gpgme_op_decrypt_verify(ctx->get(), in.get(), out.get());
    if (sink.overflowed)
        return R::failure(tooLarge(m_maxOutput));
    if (gpgme_err_code(err) == GPG_ERR_NO_DATA) {
        // Not encrypted: perhaps an opaque signed message ("BEGIN PGP MESSAGE", signed only).
        sink = BoundedSink {{}, m_maxOutput};
        in = inputData(message);
        out = outputData(&sink);
        if (!in || !out)
            return R::failure(QCoreApplication::translate("OpenPgp", "Out of memory."));
        err = gpgme_op_verify(ctx->get(), in.get(), nullptr, out.get());
        if (sink.overflowed)
            return R::failure(tooLarge(m_maxOutput));
        if (err)
            return R::failure(QCoreApplication::translate("OpenPgp", "This is not an OpenPGP message: %1")
                    .arg(errorText(err)));
        return Decryption {sink.bytes, false, verification(ctx->get())};
    }
    if (err) {
        const gpgme_decrypt_result_t result = gpgme_op_decrypt_result(ctx->get());
        const bool noKey = gpgme_err_code(err) == GPG_ERR_NO_SECKEY
            || (result && result->recipients
                && gpgme_err_code(result->recipients->status) == GPG_ERR_NO_SECKEY);
        if (noKey)
            return R::failure(QCoreApplication::translate(
                "OpenPgp", "The message is not encrypted to a key in the team's keyring."));
        return R::failure(QCoreApplication::translate("OpenPgp", "The message cannot be decrypted: %1")
                .arg(errorText(err)));
    }
    return Decryption {sink.bytes, true, verification(ctx->get())};
}

OpenPgp::Verification OpenPgp::verifyDetached(const QByteArray &data, const QByteArray &signature) const
{
    Verification v;
    v.state = SignatureState::Error;
    auto ctx = newContext(m_home);
    if (!ctx) {
        v.detail = ctx.error();
        return v;
    }
    Data sig = inputData(signature);
    Data signedText = inputData(data);
    if (!sig || !signedText) {
        v.detail = QCoreApplication::translate("OpenPgp", "Out of memory.");
        return v;
    }
    if (const gpgme_error_t err = gpgme_op_verify(ctx->get(), sig.get(), signedText.get(), nullptr)) {
        v.detail
            = QCoreApplication::translate("OpenPgp", "The signature cannot be read: %1").arg(errorText(err));
        return v;
    }
    return verification(ctx->get());
}

Result<OpenPgp::ClearSigned> OpenPgp::verifyClearSigned(const QByteArray &clearSigned) const
{
    using R = Result<ClearSigned>;
    auto ctx = newContext(m_home);
    if (!ctx)
        return R::failure(ctx.error());
    Data in = inputData(clearSigned);
    BoundedSink sink {{}, m_maxOutput};
    Data out = outputData(&sink);
    if (!in || !out)
        return R::failure(QCoreApplication::translate("OpenPgp", "Out of memory."));
    const gpgme_error_t err = gpgme_op_verify(ctx->get(), in.get(), nullptr, out.get());
    if (sink.overflowed)
        return R::failure(tooLarge(m_maxOutput));
    if (err)
        return R::failure(
            QCoreApplication::translate("OpenPgp", "The signed text cannot be read: %1").arg(errorText(err)));
    return ClearSigned {sink.bytes, verification(ctx->get())};
}

Result<OpenPgp::Signature> OpenPgp::signDetached(
    const QByteArray &data, const QString &signerFingerprint) const
{
    using R = Result<Signature>;
    auto ctx = newContext(m_home);
    if (!ctx)
        return R::failure(ctx.error());
    if (!signerFingerprint.isEmpty()) {
        const auto key = keyByFingerprint(ctx->get(), signerFingerprint, true);
        if (!key)
            return R::failure(key.error());
        gpgme_signers_add(ctx->get(), key->get());
    }
    Data in = inputData(data);
    BoundedSink sink {{}, m_maxOutput};
    Data out = outputData(&sink);
    if (!in || !out)
        return R::failure(QCoreApplication::translate("OpenPgp", "Out of memory."));
    if (const gpgme_error_t err = gpgme_op_sign(ctx->get(), in.get(), out.get(), GPGME_SIG_MODE_DETACH))
        return R::failure(QCoreApplication::translate("OpenPgp", "Signing failed: %1").arg(errorText(err)));
    const gpgme_sign_result_t result = gpgme_op_sign_result(ctx->get());
    if (!result || !result->signatures || result->invalid_signers)
        return R::failure(
            QCoreApplication::translate("OpenPgp", "Signing failed: the signing key is not usable."));
    const char *hash = gpgme_hash_algo_name(result->signatures->hash_algo);
    const QByteArray micalg = "pgp-" + QByteArray(hash ? hash : "sha256").toLower();
    return Signature {sink.bytes, micalg};
}

Result<QByteArray> OpenPgp::encrypt(
    const QByteArray &data, const QStringList &recipientFingerprints, const QString &signerFingerprint) const
{
    using R = Result<QByteArray>;
    if (recipientFingerprints.isEmpty())
        return R::failure(QCoreApplication::translate("OpenPgp", "No recipient to encrypt to."));
    auto ctx = newContext(m_home);
    if (!ctx)
        return R::failure(ctx.error());
    std::vector<KeyRef> keys;
    for (const QString &fingerprint : recipientFingerprints) {
        auto key = keyByFingerprint(ctx->get(), fingerprint, false);
        if (!key)
            return R::failure(key.error());
        keys.push_back(std::move(key.value()));
    }
    std::vector<gpgme_key_t> recipients;
    for (const KeyRef &key : keys)
        recipients.push_back(key.get());
    recipients.push_back(nullptr);
    if (!signerFingerprint.isEmpty()) {
        const auto signer = keyByFingerprint(ctx->get(), signerFingerprint, true);
        if (!signer)
            return R::failure(signer.error());
        gpgme_signers_add(ctx->get(), signer->get());
    }
    Data in = inputData(data);
    BoundedSink sink {{}, m_maxOutput + m_maxOutput / 2};
    Data out = outputData(&sink);
    if (!in || !out)
        return R::failure(QCoreApplication::translate("OpenPgp", "Out of memory."));
    const auto flags = GPGME_ENCRYPT_ALWAYS_TRUST;
    const gpgme_error_t err = signerFingerprint.isEmpty()
        ? gpgme_op_encrypt(ctx->get(), recipients.data(), flags, in.get(), out.get())
        : gpgme_op_encrypt_sign(ctx->get(), recipients.data(), flags, in.get(), out.get());
    if (err)
        return R::failure(
            QCoreApplication::translate("OpenPgp", "Encryption failed: %1").arg(errorText(err)));
    const gpgme_encrypt_result_t result = gpgme_op_encrypt_result(ctx->get());
    if (result && result->invalid_recipients)
        return R::failure(
            QCoreApplication::translate("OpenPgp", "Encryption failed: the key %1 cannot encrypt.")
                .arg(QString::fromLatin1(result->invalid_recipients->fpr)));
    return sink.bytes;
}

Result<QList<OpenPgp::Key>> OpenPgp::keysForEmail(const QString &email, bool secretOnly) const
{
    using R = Result<QList<Key>>;
    const QString wanted = email.trimmed().toLower();
    if (wanted.isEmpty() || !wanted.contains(QLatin1Char('@')) || wanted.size() > 320)
        return R::failure(
            QCoreApplication::translate("OpenPgp", "“%1” is not an e-mail address.").arg(email.left(80)));
    auto ctx = newContext(m_home);
    if (!ctx)
        return R::failure(ctx.error());
    gpgme_set_keylist_mode(ctx->get(), GPGME_KEYLIST_MODE_LOCAL | GPGME_KEYLIST_MODE_WITH_SECRET);
    // "<address>" makes gpg match the address exactly rather than as a substring.
    const QByteArray pattern = '<' + wanted.toUtf8() + '>';
    if (const gpgme_error_t err = gpgme_op_keylist_start(ctx->get(), pattern.constData(), secretOnly ? 1 : 0))
        return R::failure(errorText(err));
    QList<Key> usable;
    QList<Key> unusable;
    gpgme_key_t raw = nullptr;
    while (gpgme_op_keylist_next(ctx->get(), &raw) == 0) {
        const KeyRef key(raw);
        const OpenPgp::Key k = keyValue(key.get());
        if (!k.emails.contains(wanted))
            continue;
        (k.unusable ? unusable : usable).append(k);
    }
    gpgme_op_keylist_end(ctx->get());
    return usable + unusable;
}

Result<OpenPgp::Key> OpenPgp::encryptionKeyFor(const QString &email) const
{
    const auto keys = keysForEmail(email);
    if (!keys)
        return Result<Key>::failure(keys.error());
    for (const Key &k : *keys) {
        if (k.canEncrypt && !k.unusable)
            return k;
    }
    return Result<Key>::failure(
        QCoreApplication::translate("OpenPgp", "No usable encryption key for %1 in the keyring.")
            .arg(email.left(80)));
}

Result<OpenPgp::Key> OpenPgp::signingKeyFor(const QString &email) const
{
    const auto keys = keysForEmail(email, true);
    if (!keys)
        return Result<Key>::failure(keys.error());
    for (const Key &k : *keys) {
        if (k.canSign && k.hasSecret && !k.unusable)
            return k;
    }
    return Result<Key>::failure(
        QCoreApplication::translate("OpenPgp", "No usable signing key for %1 in the keyring.")
            .arg(email.left(80)));
}

Result<OpenPgp::Key> OpenPgp::key(const QString &fingerprint, bool secret) const
{
    using R = Result<Key>;
    auto ctx = newContext(m_home);
    if (!ctx)
        return R::failure(ctx.error());
    const auto found = keyByFingerprint(ctx->get(), fingerprint, secret);
    if (!found)
        return R::failure(found.error());
    return keyValue(found->get());
}

Result<QByteArray> OpenPgp::exportPublicKey(const QString &fingerprint) const
{
    using R = Result<QByteArray>;
    auto ctx = newContext(m_home);
    if (!ctx)
        return R::failure(ctx.error());
    // The exact key: exporting by a pattern could add every key whose user id matches.
    const auto found = keyByFingerprint(ctx->get(), fingerprint, false);
    if (!found)
        return R::failure(found.error());
    gpgme_key_t keys[] = {found->get(), nullptr};
    BoundedSink sink {{}, m_maxOutput};
    Data out = outputData(&sink);
    if (!out)
        return R::failure(QCoreApplication::translate("OpenPgp", "Out of memory."));
    if (const gpgme_error_t err = gpgme_op_export_keys(ctx->get(), keys, 0, out.get()))
        return R::failure(
            QCoreApplication::translate("OpenPgp", "Exporting the key failed: %1").arg(errorText(err)));
    if (sink.bytes.isEmpty())
        return R::failure(QCoreApplication::translate("OpenPgp", "The key %1 is not in the keyring.")
                .arg(fingerprint.left(64)));
    return sink.bytes;
}
