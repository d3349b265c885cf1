#include "MailSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cstring>

namespace {

constexpr qsizetype kChunk = 1 << 20;

// Entries of m_pending: a file to read, or a marker for a path that cannot be read.
const QString kRefusedMarker = QStringLiteral("\x01refused\x01");

QString tooLarge(qint64 limit)
{
    return QCoreApplication::translate(
        "MailSource", "larger than the limit of %1; skipped without reading it")
        .arg(QLocale().formattedDataSize(limit));
}

} // namespace

QString RawMessage::position() const
{
    const QString name = QFileInfo(source).fileName();
    if (number <= 0)
        return name;
    return QCoreApplication::translate("MailSource", "%1, message %2 at byte %3")
        .arg(name)
        .arg(number)
        .arg(offset);
}

MailSource::MailSource(QStringList paths, MailLimits limits)
    : m_limits(limits)
{
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (info.isDir()) {
            if (!isMaildir(path)) {
                m_pending.append(kRefusedMarker + path);
                continue;
            }
            // Maildir names start with the delivery time, so sorting keeps arrival order.
            for (const char *sub : {"cur", "new"}) {
                QDir dir(QDir(path).filePath(QString::fromLatin1(sub)));
                const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name);
                for (const QFileInfo &file : files) {
                    m_pending.append(file.filePath());
                    m_totalBytes += file.size();
                }
            }
        } else {
            m_pending.append(path);
            m_totalBytes += info.size();
        }
    }
}

MailSource::~MailSource() = default;

bool MailSource::isMaildir(const QString &path)
{
    const QDir dir(path);
    return dir.exists(QStringLiteral("cur")) && dir.exists(QStringLiteral("new"));
}

bool MailSource::next(RawMessage *message)
{
    *message = RawMessage();
    for (;;) {
        if (m_mbox) {
            if (nextMboxMessage(message))
                return true;
            m_finishedBytes += m_mbox->size();
            m_bytesDone = m_finishedBytes;
            m_mbox.reset();
            m_buffer.clear();
        }
        if (m_pending.isEmpty())
            return false;
        if (openNextSource(message))
            return true;
    }
}

// Opens the next pending path: an .eml file is returned whole (true); an mbox is set up
// for streaming (false, the caller reads its first message).
bool MailSource::openNextSource(RawMessage *message)
{
    const QString path = m_pending.takeFirst();
    if (path.startsWith(kRefusedMarker)) {
        message->source = path.mid(kRefusedMarker.size());
        message->refusal = QCoreApplication::translate("MailSource", "not a file and not a Maildir folder");
        return true;
    }
    message->source = path;
    message->number = 1;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        message->refusal
            = QCoreApplication::translate("MailSource", "cannot be read: %1").arg(file->errorString());
        return true;
    }
    const QByteArray head = file->peek(5);
    if (head == "From ") {
        m_mbox = std::move(file);
        m_mboxName = path;
        m_buffer.clear();
        m_pos = 0;
        m_bufferOffset = 0;
        m_eof = false;
        m_mboxNumber = 0;
        return false;
    }
    // One message per file (.eml, Maildir).
    m_finishedBytes += file->size();
    m_bytesDone = m_finishedBytes;
    if (file->size() > m_limits.maxMessageBytes) {
        message->refusal = tooLarge(m_limits.maxMessageBytes);
        return true;
    }
    message->bytes = file->read(m_limits.maxMessageBytes);
    return true;
}

// Makes at least `wanted` unread bytes available in m_buffer unless the file ends first.
bool MailSource::fill(qsizetype wanted)
{
    while (m_buffer.size() - m_pos < wanted && !m_eof) {
        m_buffer.remove(0, m_pos);
        m_bufferOffset += m_pos;
        m_pos = 0;
        const QByteArray chunk = m_mbox->read(kChunk);
        if (chunk.isEmpty())
            m_eof = true;
        else
            m_buffer.append(chunk);
    }
    return m_buffer.size() - m_pos >= wanted;
}

bool MailSource::nextMboxMessage(RawMessage *message)
{
    if (!fill(5))
        return false;
    // At a "From " line (the file starts with one, and each message ends at the next).
    message->source = m_mboxName;
    message->number = ++m_mboxNumber;
    message->offset = m_bufferOffset + m_pos;
    bool atLineStart = true;
    bool inFromLine = true;
    for (;;) {
        if (atLineStart && !inFromLine) {
            fill(5);
            if (m_buffer.size() - m_pos >= 5 && std::memcmp(m_buffer.constData() + m_pos, "From ", 5) == 0)
                break;
        }
        if (!fill(1))
            break;
        const char *start = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        const auto *newline = static_cast<const char *>(std::memchr(start, '\n', size_t(available)));
        const qsizetype take = newline ? newline - start + 1 : available;
        if (!inFromLine && message->refusal.isEmpty()) {
            if (message->bytes.size() + take > m_limits.maxMessageBytes) {
                // Keep scanning for the next message, holding nothing of this one.
                message->refusal = tooLarge(m_limits.maxMessageBytes);
                message->bytes = QByteArray();
            } else {
                message->bytes.append(start, take);
            }
        }
        m_pos += take;
        atLineStart = newline != nullptr;
        if (atLineStart)
            inFromLine = false;
        m_bytesDone = m_finishedBytes + m_bufferOffset + m_pos;
    }
    // The empty line before the next "From " line separates messages (RFC 4155).
    if (message->bytes.endsWith("\r\n\r\n"))
        message->bytes.chop(2);
    else if (message->bytes.endsWith("\n\n"))
        message->bytes.chop(1);
    return true;
}
