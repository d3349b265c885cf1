#include "IntakeCrypto.h"

#include "openpgp/OpenPgp.h"

#include <memory>

namespace {

void take(MailCrypto::Result *r, const OpenPgp::Verification &v)
{
    r->signature = v.state;
    r->signer = v.signer.isEmpty() ? v.fingerprint : v.signer;
    if (v.state == SignatureState::Bad || v.state == SignatureState::Error)
        r->error = v.detail;
}

} // namespace

namespace IntakeCrypto {

MailCrypto forGnupgHome(const QString &gnupgHome)
{
    MailCrypto crypto;
    if (gnupgHome.isEmpty())
        return crypto;
    // OpenPgp makes a GPGME context per call, so the functions may run on the import thread.
    auto pgp = std::make_shared<const OpenPgp>(gnupgHome);
    crypto.decrypt = [pgp](const QByteArray &ciphertext) {
        MailCrypto::Result r;
        const auto d = pgp->decrypt(ciphertext);
        if (!d) {
            r.error = d.error();
            return r;
        }
        r.ok = true;
        r.data = d->plaintext;
        take(&r, d->verification);
        return r;
    };
    crypto.verifyDetached = [pgp](const QByteArray &data, const QByteArray &signature) {
        MailCrypto::Result r;
        r.ok = true;
        take(&r, pgp->verifyDetached(data, signature));
        return r;
    };
    crypto.verifyClearSigned = [pgp](const QByteArray &clearSigned) {
        MailCrypto::Result r;
        const auto c = pgp->verifyClearSigned(clearSigned);
        if (!c) {
            r.signature = SignatureState::Error;
            r.error = c.error();
            return r;
        }
        r.ok = true;
        r.data = c->content;
        take(&r, c->verification);
        return r;
    };
    return crypto;
}

} // namespace IntakeCrypto
