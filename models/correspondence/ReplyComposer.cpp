#include "ReplyComposer.h"

#include "openpgp/OpenPgp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <gmime/gmime.h>
#include <memory>

namespace {

void initialiseGMime()
{
    static const bool done = [] {
        g_mime_init();
        return true;
    }();
    Q_UNUSED(done);
}

struct ObjectDeleter
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T>
using Ref = std::unique_ptr<T, ObjectDeleter>;

// A header value from the case (hostile): one line, bounded.
QByteArray oneLine(const QString &text, qsizetype max = 300)
{
    QString s = text;
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.remove(QChar(u'\0'));
    return s.simplified().left(max).toUtf8();
}

QByteArray serialize(GMimeObject *object)
{
    GMimeFormatOptions *options = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    char *text = g_mime_object_to_string(object, options);
    g_mime_format_options_free(options);
    QByteArray bytes(text);
    g_free(text);
    return bytes;
}

GMimePart *textPart(const QString &body)
{
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QByteArray utf8 = text.toUtf8();
    GMimeTextPart *part = g_mime_text_part_new_with_subtype("plain");
    // The content as UTF-8 bytes, labelled so: g_mime_text_part_set_text() would pick a
    // charset of its own.
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(utf8.constData(), size_t(utf8.size()));
    GMimeDataWrapper *wrapper = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_8BIT);
    g_mime_part_set_content(GMIME_PART(part), wrapper);
    g_object_unref(wrapper);
    g_object_unref(stream);
    g_mime_text_part_set_charset(part, "utf-8");
    // Quoted-printable keeps every line short and 7-bit: no transport can alter what was
    // signed by rewrapping or re-encoding it.
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return GMIME_PART(part);
}

GMimePart *bytesPart(const char *type, const char *subtype, const QByteArray &bytes, const char *filename)
{
    GMimePart *part = g_mime_part_new_with_type(type, subtype);
    Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    Ref<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_7BIT));
    g_mime_part_set_content(part, wrapper.get());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_7BIT);
    if (filename)
        g_mime_part_set_filename(part, filename);
    return part;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? address.mid(at + 1).trimmed() : QString();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9.-]{1,200}$"));
    return valid.match(domain).hasMatch() ? domain : QStringLiteral("psirtdesk.invalid");
}

} // namespace

ReplyComposer::ReplyComposer(Options options, const OpenPgp *pgp)
    : m_options(std::move(options))
    , m_pgp(pgp)
{ }

Result<ReplyComposer::Reply> ReplyComposer::compose(qint64 caseId, const QString &to, const QString &toName,
    const QString &subject, const QString &body, const QList<CorrespondenceMessage> &log,
    const QDateTime &date, const QString &templateName) const
{
    using R = Result<Reply>;
    const QString recipient = to.trimmed().toLower();
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>\"(),;:]{1,64}@[A-Za-z0-9.-]{1,253}$"));
    if (!address.match(recipient).hasMatch())
        return R::failure(
            QCoreApplication::translate("ReplyComposer", "The reporter's address “%1” is not usable.")
                .arg(QString::fromUtf8(oneLine(to, 80))));
    if (!address.match(m_options.teamAddress.trimmed()).hasMatch())
        return R::failure(QCoreApplication::translate(
            "ReplyComposer", "Set the team's e-mail address in the settings first."));
    if ((m_options.sign || m_options.encryptWhenKeyKnown) && !m_pgp)
        return R::failure(QCoreApplication::translate("ReplyComposer", "OpenPGP is not available."));
    initialiseGMime();

    Reply reply;
    Ref<GMimeObject> content(GMIME_OBJECT(textPart(body)));

    if (m_options.sign) {
        QString signer = m_options.signingKey;
        if (signer.isEmpty()) {
            const auto key = m_pgp->signingKeyFor(m_options.teamAddress);
            if (!key)
                return R::failure(key.error());
            signer = key->fingerprint;
        }
        // RFC 3156: the signature covers the part exactly as it is sent, CRLF line ends.
        const auto signature = m_pgp->signDetached(serialize(content.get()), signer);
        if (!signature)
            return R::failure(signature.error());
        GMimeMultipartSigned *multipartSigned = g_mime_multipart_signed_new();
        g_mime_multipart_set_boundary(GMIME_MULTIPART(multipartSigned), nullptr); // a random one
        GMimeContentType *type = g_mime_object_get_content_type(GMIME_OBJECT(multipartSigned));
        g_mime_content_type_set_parameter(type, "protocol", "application/pgp-signature");
        g_mime_content_type_set_parameter(type, "micalg", signature->micalg.constData());
        g_mime_multipart_add(GMIME_MULTIPART(multipartSigned), content.get());
        Ref<GMimePart> signaturePart(
            bytesPart("application", "pgp-signature", signature->armored, "signature.asc"));
        g_mime_multipart_add(GMIME_MULTIPART(multipartSigned), GMIME_OBJECT(signaturePart.get()));
        content.reset(GMIME_OBJECT(multipartSigned));
        reply.isSigned = true;
    }

    if (m_options.encryptWhenKeyKnown && m_pgp) {
        if (const auto key = m_pgp->encryptionKeyFor(recipient)) {
            // Encrypted to the team key as well, so the team can read its own sent mail.
            QStringList recipients {key->fingerprint};
            if (const auto own = m_pgp->encryptionKeyFor(m_options.teamAddress))
                recipients.append(own->fingerprint);
            const auto cipher = m_pgp->encrypt(serialize(content.get()), recipients);
            if (!cipher)
                return R::failure(cipher.error());
            GMimeMultipartEncrypted *encrypted = g_mime_multipart_encrypted_new();
            g_mime_multipart_set_boundary(GMIME_MULTIPART(encrypted), nullptr);
            g_mime_content_type_set_parameter(g_mime_object_get_content_type(GMIME_OBJECT(encrypted)),
                "protocol", "application/pgp-encrypted");
            Ref<GMimePart> control(
                bytesPart("application", "pgp-encrypted", QByteArrayLiteral("Version: 1\n"), nullptr));
            Ref<GMimePart> data(bytesPart("application", "octet-stream", *cipher, "encrypted.asc"));
            g_mime_multipart_add(GMIME_MULTIPART(encrypted), GMIME_OBJECT(control.get()));
            g_mime_multipart_add(GMIME_MULTIPART(encrypted), GMIME_OBJECT(data.get()));
            content.reset(GMIME_OBJECT(encrypted));
            reply.isEncrypted = true;
            reply.encryptionKey = key->fingerprint;
        }
    }

    // Threading: answer the last message the reporter sent.
    QByteArray inReplyTo;
    QByteArrayList references;
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        if (it->direction == MessageDirection::Incoming && !it->messageId.isEmpty()) {
            inReplyTo = it->messageId;
            references = it->references;
            references.append(it->messageId);
            break;
        }
    }
    while (references.size() > 20)
        references.removeFirst();

    const QByteArray messageId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@'
        + domainOf(m_options.teamAddress).toLatin1();
    Ref<GMimeMessage> message(g_mime_message_new(TRUE));
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_FROM,
        oneLine(m_options.teamName, 100).constData(), oneLine(m_options.teamAddress).constData());
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, oneLine(toName, 100).constData(),
        recipient.toUtf8().constData());
    g_mime_message_set_subject(message.get(), oneLine(subject).constData(), "utf-8");
    GDateTime *gdate = g_date_time_new_from_unix_utc(date.toUTC().toSecsSinceEpoch());
    g_mime_message_set_date(message.get(), gdate);
    g_date_time_unref(gdate);
    g_mime_message_set_message_id(message.get(), messageId.constData());
    if (!inReplyTo.isEmpty()) {
        g_mime_object_set_header(GMIME_OBJECT(message.get()), "In-Reply-To",
            QByteArray('<' + inReplyTo + '>').constData(), nullptr);
        QByteArrayList bracketed;
        for (const QByteArray &r : std::as_const(references))
            bracketed.append(QByteArray('<' + r + '>'));
        g_mime_object_set_header(
            GMIME_OBJECT(message.get()), "References", bracketed.join(' ').constData(), nullptr);
    }
    g_mime_message_set_mime_part(message.get(), content.get());
    reply.eml = serialize(GMIME_OBJECT(message.get()));

    CorrespondenceMessage &m = reply.message;
    m.caseId = caseId;
    m.direction = MessageDirection::Outgoing;
    m.date = QDateTime::fromSecsSinceEpoch(date.toUTC().toSecsSinceEpoch(), QTimeZone::UTC);
    m.from = QStringLiteral("%1 <%2>").arg(m_options.teamName, m_options.teamAddress.trimmed());
    m.to = toName.isEmpty()
        ? recipient
        : QStringLiteral("%1 <%2>").arg(QString::fromUtf8(oneLine(toName, 100)), recipient);
    m.subject = QString::fromUtf8(oneLine(subject));
    m.messageId = messageId;
    m.inReplyTo = inReplyTo;
    m.references = references;
    m.body = body;
    m.raw = reply.eml;
    m.contentHash = QCryptographicHash::hash(reply.eml, QCryptographicHash::Sha256).toHex();
    m.encryption = reply.isEncrypted ? MessageEncryption::Encrypted : MessageEncryption::None;
    m.signature = reply.isSigned ? SignatureState::Valid : SignatureState::NotSigned;
    m.signer = reply.isSigned ? m_options.teamAddress : QString();
    m.templateName = templateName;
    return reply;
}
