#pragma once

#include "MailCrypto.h"
#include "MailLimits.h"
#include "MailMessage.h"
#include "core/Result.h"

#include <QByteArray>

/// Parses one message with GMime 3 (RFC 5322 headers with RFC 2047 encoded words, MIME
/// multipart, quoted-printable and base64, charsets, nested messages, PGP/MIME and inline
/// PGP through MailCrypto).
///
/// GMime is never handed bytes that precheck() refuses: its parser recurses once per
/// nested multipart, so the number of parts is bounded on the raw bytes before it runs,
/// and the walk over the parsed tree is iterative with its own depth and part bounds.
namespace MailParser {

/// Why these bytes must not be parsed (translated), or an empty string.
QString precheck(const QByteArray &bytes, const MailLimits &limits = {});

/// The message, or why it was refused. crypto may be null: encrypted content then stays
/// unread and signatures unchecked, which the result says.
Result<MailMessage> parse(
    const QByteArray &bytes, const MailLimits &limits = {}, const MailCrypto *crypto = nullptr);

/// A name from a message made safe to show: the last path component only, no control or
/// bidi characters, bounded; "attachment-N" when nothing is left.
QString displayFileName(const QString &name, int index);

} // namespace MailParser
