// One e-mail message through MailParser (precheck, GMime, the part walk, charsets, inline
// and PGP/MIME handling), then through ReportPrefill as the intake does. The OpenPGP
// operations are stand-ins that "decrypt" to the ciphertext itself and report a bad
// signature: the parser's handling of decrypted content, which is as hostile as the
// message, is fuzzed too, without keys.

#include "FuzzSupport.h"
#include "intake/MailParser.h"
#include "intake/ReportPrefill.h"

#include <QStringList>

#include <cstdint>

namespace {

using FuzzSupport::require;

MailCrypto standInCrypto()
{
    MailCrypto crypto;
    crypto.decrypt = [](const QByteArray &ciphertext) {
        MailCrypto::Result r;
        r.ok = !ciphertext.startsWith("FAIL");
        r.data = ciphertext;
        r.error = QStringLiteral("stand-in failure");
        return r;
    };
    crypto.verifyDetached = [](const QByteArray &, const QByteArray &signature) {
        MailCrypto::Result r;
        r.ok = true;
        r.signature = signature.isEmpty() ? SignatureState::Error : SignatureState::Bad;
        r.error = QStringLiteral("stand-in bad signature");
        return r;
    };
    crypto.verifyClearSigned = [](const QByteArray &clearSigned) {
        MailCrypto::Result r;
        r.ok = true;
        r.data = clearSigned.left(clearSigned.size() / 2);
        r.signature = SignatureState::Bad;
        return r;
    };
    return crypto;
}

void checkMessage(const MailMessage &message, const MailLimits &limits)
{
    require(message.body.size() <= limits.maxBodyChars, "the body is cut at maxBodyChars");
    require(message.attachments.size() <= limits.maxAttachments, "at most maxAttachments attachments");
    require(message.subject.size() <= 2000 && message.fromName.size() <= 200, "header texts are bounded");
    for (const MailAttachment &a : message.attachments) {
        require(!a.name.isEmpty() && !a.name.contains(u'/') && !a.name.contains(u'\\'),
            "attachment names are never paths");
        require(a.sha256.size() == 64, "every attachment has its SHA-256");
    }
    [[maybe_unused]] const QString summary = message.pgp.summary();
    const QStringList patterns {QStringLiteral("[security]"), QStringLiteral("vulnerability report")};
    const QString pattern = ReportPrefill::matchingPattern(message.subject, patterns);
    [[maybe_unused]] const NewReport report
        = ReportPrefill::fromMessage(message, pattern.isEmpty() ? patterns.constFirst() : pattern);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQtLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Small bounds, so that inputs of a few KiB reach every limit of the walk.
    MailLimits limits;
    limits.maxHeaderLineBytes = 2048;
    limits.maxParts = 40;
    limits.maxDepth = 6;
    limits.maxAttachments = 8;
    limits.maxBodyChars = 4096;

    const auto plain = MailParser::parse(bytes, limits, nullptr);
    if (!plain)
        return 0;
    checkMessage(*plain, limits);
    // Parsed a second time only where OpenPGP content was seen: the stand-ins change nothing
    // else, and every input parsed twice would halve the rate.
    if (plain->pgp.encrypted || plain->pgp.signature != SignatureState::NotSigned
        || plain->body.contains(QLatin1StringView("-----BEGIN PGP SIGNED MESSAGE-----"))) {
        static const MailCrypto crypto = standInCrypto();
        if (const auto withCrypto = MailParser::parse(bytes, limits, &crypto))
            checkMessage(*withCrypto, limits);
    }
    return 0;
}
