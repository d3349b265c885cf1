#include "MailParser.h"

#include "core/TextSanitizer.h"

#include <QCryptographicHash>
#include <QStringDecoder>
#include <QTimeZone>

#include <cstring>
#include <gmime/gmime.h>
#include <mutex>

namespace {

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Owns one GObject reference.
template<typename T>
class GRef final
{
public:
    explicit GRef(T *object = nullptr)
        : m_object(object)
    { }
    ~GRef()
    {
        if (m_object)
            g_object_unref(m_object);
    }
    Q_DISABLE_COPY_MOVE(GRef)
    T *get() const { return m_object; }

private:
    T *m_object;
};

QByteArray streamBytes(GMimeStream *stream)
{
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return array ? QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len))
                 : QByteArray();
}

// The part's content with its transfer encoding (base64, quoted-printable) undone.
QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    GRef<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, stream.get());
    return streamBytes(stream.get());
}

// The entity as it was transmitted, with CRLF line ends: what a PGP/MIME signature covers
// (RFC 3156 section 5).
QByteArray canonicalBytes(GMimeObject *object)
{
    GRef<GMimeStream> memory(g_mime_stream_mem_new());
    {
        GRef<GMimeStream> filtered(g_mime_stream_filter_new(memory.get()));
        GRef<GMimeFilter> crlf(g_mime_filter_unix2dos_new(FALSE));
        g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), crlf.get());
        g_mime_object_write_to_stream(object, nullptr, filtered.get());
        g_mime_stream_flush(filtered.get());
    }
    return streamBytes(memory.get());
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// g_mime_content_type_get_mime_type() returns a copy the caller owns.
QString mimeTypeOf(GMimeContentType *type)
{
    char *text = g_mime_content_type_get_mime_type(type);
    const QString mimeType = fromUtf8(text);
    g_free(text);
    return mimeType;
}

bool startsWithNoCase(const char *line, qsizetype length, const char *prefix)
{
    const auto n = qsizetype(std::strlen(prefix));
    return length >= n && qstrnicmp(line, prefix, size_t(n)) == 0;
}

QByteArray armouredBlock(const QByteArray &text, const char *begin, const char *end)
{
    const qsizetype from = text.indexOf(begin);
    if (from < 0)
        return {};
    const qsizetype to = text.indexOf(end, from);
    if (to < 0)
        return {};
    return text.mid(from, to + qsizetype(std::strlen(end)) - from);
}

class Walker final
{
public:
    Walker(const MailLimits &limits, const MailCrypto *crypto, MailMessage &out)
        : m_limits(limits)
        , m_crypto(crypto)
        , m_out(out)
    { }
    ~Walker()
    {
        for (GObject *object : std::as_const(m_keep))
            g_object_unref(object);
    }
    Q_DISABLE_COPY_MOVE(Walker)

    // Iterative: a hostile tree cannot exhaust the stack here.
    void walk(GMimeObject *root)
    {
        QList<QPair<GMimeObject *, int>> stack {{root, 0}};
        while (!stack.isEmpty()) {
            const auto [object, depth] = stack.takeLast();
            if (!object)
                continue;
            if (++m_parts > m_limits.maxParts) {
                note(QCoreApplication::translate(
                    "MailParser", "More than %1 MIME parts; the rest was not read.")
                        .arg(m_limits.maxParts));
                break;
            }
            if (depth > m_limits.maxDepth) {
                note(QCoreApplication::translate(
                    "MailParser", "MIME parts nested deeper than %1 levels were not read.")
                        .arg(m_limits.maxDepth));
                continue;
            }
            if (GMIME_IS_MULTIPART_ENCRYPTED(object)) {
                if (GMimeObject *decrypted = decryptPgpMime(GMIME_MULTIPART(object)))
                    stack.append({decrypted, depth + 1});
            } else if (GMIME_IS_MULTIPART_SIGNED(object)) {
                GMimeMultipart *multipart = GMIME_MULTIPART(object);
                GMimeObject *content = g_mime_multipart_get_part(multipart, GMIME_MULTIPART_SIGNED_CONTENT);
                verifyPgpMime(multipart, content);
                stack.append({content, depth + 1});
            } else if (GMIME_IS_MULTIPART(object)) {
                GMimeMultipart *multipart = GMIME_MULTIPART(object);
                for (int i = g_mime_multipart_get_count(multipart) - 1; i >= 0; --i)
                    stack.append({g_mime_multipart_get_part(multipart, i), depth + 1});
            } else if (GMIME_IS_MESSAGE_PART(object)) {
                GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
                if (inner)
                    stack.append({g_mime_message_get_mime_part(inner), depth + 1});
            } else if (GMIME_IS_PART(object)) {
                leaf(GMIME_PART(object));
            }
        }
        if (m_out.body.isEmpty() && !m_html.isEmpty()) {
            // Never rendered: HTML is kept as a file for the evidence viewer, not as text.
            note(QCoreApplication::translate("MailParser",
                "The message has only an HTML body; it is kept as the attachment “message.html”."));
            addAttachment(QStringLiteral("message.html"), QStringLiteral("text/html"), m_html);
        }
        if (m_out.body.size() > m_limits.maxBodyChars) {
            m_out.body.truncate(m_limits.maxBodyChars);
            note(QCoreApplication::translate("MailParser", "The text was cut at %1 characters.")
                    .arg(m_limits.maxBodyChars));
        }
    }

private:
    void note(const QString &text)
    {
        if (!m_out.notes.contains(text))
            m_out.notes.append(text);
    }

    void leaf(GMimePart *part)
    {
        GMimeObject *object = GMIME_OBJECT(part);
        GMimeContentType *type = g_mime_object_get_content_type(object);
        const bool attachment = g_mime_part_is_attachment(part) || g_mime_part_get_filename(part);
        if (!attachment && type && g_mime_content_type_is_type(type, "text", "plain")) {
            appendText(part);
            return;
        }
        const QByteArray data = decodedContent(part);
        if (!attachment && type && g_mime_content_type_is_type(type, "text", "html")) {
            if (m_html.isEmpty())
                m_html = data;
            return;
        }
        const QString mimeType = type ? mimeTypeOf(type) : QString();
        addAttachment(fromUtf8(g_mime_part_get_filename(part)), mimeType.left(200), data);
    }

    void addAttachment(const QString &name, const QString &mimeType, const QByteArray &data)
    {
        if (m_out.attachments.size() >= m_limits.maxAttachments) {
            note(
                QCoreApplication::translate("MailParser", "More than %1 attachments; the rest were not kept.")
                    .arg(m_limits.maxAttachments));
            return;
        }
        MailAttachment a;
        a.name = MailParser::displayFileName(name, int(m_out.attachments.size()) + 1);
        a.mimeType = mimeType;
        a.data = data;
        a.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        m_out.attachments.append(a);
    }

    void appendText(GMimePart *part)
    {
        QByteArray raw = decodedContent(part);
        raw = inlinePgp(raw);
        const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
        QString text = decode(raw, charset);
        if (!m_out.body.isEmpty() && !text.isEmpty())
            m_out.body += u'\n';
        m_out.body += text;
    }

    QString decode(const QByteArray &raw, const char *charset)
    {
        const QByteArray name = QByteArray(charset).trimmed();
        // Undeclared (or declared ASCII) text is most often UTF-8 in practice.
        if (name.isEmpty() || name.compare("us-ascii", Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(raw);
        QStringDecoder decoder(name.constData());
        if (!decoder.isValid()) {
            note(QCoreApplication::translate(
                "MailParser", "Unknown character set “%1”; the text was read as UTF-8.")
                    .arg(TextSanitizer::singleLine(QString::fromLatin1(name.left(40)))));
            return QString::fromUtf8(raw);
        }
        QString text = decoder.decode(raw);
        if (decoder.hasError())
            note(QCoreApplication::translate(
                "MailParser", "Some text is not valid %1; unreadable bytes are shown as �.")
                    .arg(TextSanitizer::singleLine(QString::fromLatin1(name.left(40)))));
        return text;
    }

    void takeSignature(const MailCrypto::Result &r)
    {
        if (m_out.pgp.signature != SignatureState::NotSigned)
            return;
        m_out.pgp.signature = r.signature;
        m_out.pgp.signer = r.signer.left(200);
        if (r.signature == SignatureState::Error || r.signature == SignatureState::Bad)
            m_out.pgp.detail = r.error.left(500);
    }

    // Inline PGP in a text part: an encrypted block is replaced by its plaintext, a
    // clear-signed block by its verified content.
    QByteArray inlinePgp(const QByteArray &raw)
    {
        const QByteArray encrypted
            = armouredBlock(raw, "-----BEGIN PGP MESSAGE-----", "-----END PGP MESSAGE-----");
        if (!encrypted.isEmpty()) {
            m_out.pgp.encrypted = true;
            if (!m_crypto || !m_crypto->decrypt) {
                m_out.pgp.detail = QCoreApplication::translate("MailParser", "No OpenPGP key is configured.");
                return raw;
            }
            const MailCrypto::Result r = m_crypto->decrypt(encrypted);
            if (!r.ok) {
                m_out.pgp.detail = r.error.left(500);
                return raw;
            }
            m_out.pgp.decrypted = true;
            takeSignature(r);
            QByteArray result = raw;
            return result.replace(encrypted, r.data);
        }
        const QByteArray signedBlock
            = armouredBlock(raw, "-----BEGIN PGP SIGNED MESSAGE-----", "-----END PGP SIGNATURE-----");
        if (!signedBlock.isEmpty() && m_crypto && m_crypto->verifyClearSigned) {
            const MailCrypto::Result r = m_crypto->verifyClearSigned(signedBlock);
            takeSignature(r);
            if (r.ok) {
                QByteArray result = raw;
                return result.replace(signedBlock, r.data);
            }
        }
        return raw;
    }

    GMimeObject *decryptPgpMime(GMimeMultipart *multipart)
    {
        m_out.pgp.encrypted = true;
        if (!m_crypto || !m_crypto->decrypt) {
            m_out.pgp.detail = QCoreApplication::translate("MailParser", "No OpenPGP key is configured.");
            return nullptr;
        }
        GMimeObject *payload = g_mime_multipart_get_part(multipart, GMIME_MULTIPART_ENCRYPTED_CONTENT);
        if (!payload || !GMIME_IS_PART(payload)) {
            m_out.pgp.detail = QCoreApplication::translate("MailParser", "The encrypted part is missing.");
            return nullptr;
        }
        const MailCrypto::Result r = m_crypto->decrypt(decodedContent(GMIME_PART(payload)));
        if (!r.ok) {
            m_out.pgp.detail = r.error.left(500);
            return nullptr;
        }
        // The plaintext is as hostile as the message: the same bounds before GMime sees it.
        if (const QString problem = MailParser::precheck(r.data, m_limits); !problem.isEmpty()) {
            m_out.pgp.detail
                = QCoreApplication::translate("MailParser", "The decrypted content was refused: %1")
                      .arg(problem);
            return nullptr;
        }
        m_out.pgp.decrypted = true;
        takeSignature(r);
        GRef<GMimeStream> stream(
            g_mime_stream_mem_new_with_buffer(r.data.constData(), size_t(r.data.size())));
        GRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        GMimeObject *entity = g_mime_parser_construct_part(parser.get(), nullptr);
        if (!entity) {
            m_out.pgp.detail
                = QCoreApplication::translate("MailParser", "The decrypted content is not a MIME entity.");
            return nullptr;
        }
        m_keep.append(G_OBJECT(entity));
        return entity;
    }

    void verifyPgpMime(GMimeMultipart *multipart, GMimeObject *content)
    {
        GMimeObject *signature = g_mime_multipart_get_part(multipart, GMIME_MULTIPART_SIGNED_SIGNATURE);
        if (!m_crypto || !m_crypto->verifyDetached || !content || !signature || !GMIME_IS_PART(signature)) {
            if (m_out.pgp.signature == SignatureState::NotSigned) {
                m_out.pgp.signature = SignatureState::Error;
                m_out.pgp.detail
                    = QCoreApplication::translate("MailParser", "The signature could not be checked.");
            }
            return;
        }
        takeSignature(
            m_crypto->verifyDetached(canonicalBytes(content), decodedContent(GMIME_PART(signature))));
    }

    const MailLimits &m_limits;
    const MailCrypto *m_crypto;
    MailMessage &m_out;
    int m_parts = 0;
    QByteArray m_html;
    QList<GObject *> m_keep;
};

QByteArrayList references(GMimeMessage *message)
{
    QByteArrayList ids;
    for (const char *header : {"References", "In-Reply-To"}) {
        const char *value = g_mime_object_get_header(GMIME_OBJECT(message), header);
        if (!value)
            continue;
        GMimeReferences *refs = g_mime_references_parse(nullptr, value);
        if (!refs)
            continue;
        const int count = std::min(g_mime_references_length(refs), 100);
        for (int i = 0; i < count; ++i) {
            const QByteArray id = QByteArray(g_mime_references_get_message_id(refs, i)).left(998);
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        g_mime_references_free(refs);
    }
    return ids;
}

} // namespace

namespace MailParser {

QString precheck(const QByteArray &bytes, const MailLimits &limits)
{
    if (bytes.size() > limits.maxMessageBytes)
        return QCoreApplication::translate("MailParser", "The message is larger than %1 bytes.")
            .arg(limits.maxMessageBytes);
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    bool inHeaders = true;
    int contentTypes = 0;
    int headerLines = 0;
    qsizetype pos = 0;
    while (pos < size) {
        const auto *newline = static_cast<const char *>(std::memchr(data + pos, '\n', size_t(size - pos)));
        const qsizetype end = newline ? newline - data : size;
        const qsizetype length = end - pos;
        if (inHeaders) {
            if (length == 0 || (length == 1 && data[pos] == '\r'))
                inHeaders = false;
            else if (length > limits.maxHeaderLineBytes)
                return QCoreApplication::translate(
                    "MailParser", "A header line is %1 bytes long (at most %2).")
                    .arg(length)
                    .arg(limits.maxHeaderLineBytes);
            else if (++headerLines > limits.maxHeaderLines)
                return QCoreApplication::translate("MailParser", "The message has more than %1 header lines.")
                    .arg(limits.maxHeaderLines);
        }
        // Every MIME part that can nest declares a Content-Type: counting them bounds how
        // deep GMime's recursive parser can go.
        if (startsWithNoCase(data + pos, length, "content-type") && ++contentTypes > limits.maxParts)
            return QCoreApplication::translate("MailParser", "The message has more than %1 MIME parts.")
                .arg(limits.maxParts);
        pos = end + 1;
    }
    return {};
}

// A NUL in a header (RFC 5322 allows none) would end the C string GMime hands back, cutting
// a Subject short: the parser sees a space there. The stored message keeps its bytes.
QByteArray headerNulsAsSpaces(const QByteArray &bytes)
{
    qsizetype end = bytes.indexOf("\n\n");
    if (const qsizetype crlf = bytes.indexOf("\r\n\r\n"); crlf >= 0 && (end < 0 || crlf < end))
        end = crlf;
    if (end < 0)
        end = bytes.size();
    const qsizetype firstNul = bytes.indexOf('\0');
    if (firstNul < 0 || firstNul >= end)
        return bytes;
    QByteArray copy = bytes;
    for (qsizetype i = firstNul; i < end; ++i) {
        if (copy.at(i) == '\0')
            copy[i] = ' ';
    }
    return copy;
}

Result<MailMessage> parse(const QByteArray &bytes, const MailLimits &limits, const MailCrypto *crypto)
{
    if (const QString problem = precheck(bytes, limits); !problem.isEmpty())
        return Result<MailMessage>::failure(problem);
    initGMime();
    const QByteArray parsed = headerNulsAsSpaces(bytes);
    GRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(parsed.constData(), size_t(parsed.size())));
    GRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GRef<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message.get())
        return Result<MailMessage>::failure(
            QCoreApplication::translate("MailParser", "This is not an e-mail message (no headers)."));

    MailMessage out;
    out.raw = bytes;
    out.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    out.messageId = QByteArray(g_mime_message_get_message_id(message.get())).left(998);
    out.subject = fromUtf8(g_mime_message_get_subject(message.get())).left(2000);
    if (InternetAddressList *from = g_mime_message_get_from(message.get());
        from && internet_address_list_length(from) > 0) {
        InternetAddress *address = internet_address_list_get_address(from, 0);
        out.fromName = fromUtf8(internet_address_get_name(address)).left(200);
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            out.fromAddress
                = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).left(320);
    }
    if (GDateTime *date = g_mime_message_get_date(message.get()))
        out.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), QTimeZone::UTC);
    out.references = references(message.get());

    Walker walker(limits, crypto, out);
    walker.walk(g_mime_message_get_mime_part(message.get()));
    return out;
}

QString displayFileName(const QString &name, int index)
{
    QString base = name;
    const qsizetype slash = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (slash >= 0)
        base = base.mid(slash + 1);
    base = TextSanitizer::singleLine(base).trimmed().left(200);
    if (base.isEmpty() || base == u"." || base == u"..")
        return QStringLiteral("attachment-%1").arg(index);
    return base;
}

} // namespace MailParser
