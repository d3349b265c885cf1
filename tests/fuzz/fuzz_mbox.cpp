// MailSource's mbox framing: the input is written to a file in a temporary directory (the
// source reads files only) and split into messages on "From " lines, with a message size
// limit taken from the first input byte so that refusals and the skipping after them are
// reached. Every message must lie inside the file, in order, without its "From " line.

#include "FuzzSupport.h"
#include "intake/MailParser.h"
#include "intake/MailSource.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

namespace {

using FuzzSupport::require;

QString mboxPath()
{
    // One directory for the whole run, removed at exit; every input overwrites the file.
    static QTemporaryDir dir;
    require(dir.isValid(), "a temporary directory");
    return dir.filePath(QStringLiteral("fuzz.mbox"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQtLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    MailLimits limits;
    // 0 means the default limit; otherwise 16 to 4096 bytes.
    if (data[0] != 0)
        limits.maxMessageBytes = qint64(data[0]) * 16;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const QString path = mboxPath();
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the mbox file opens");
        require(file.write(bytes) == bytes.size(), "the mbox file is written");
    }

    MailSource source({path}, limits);
    require(source.totalBytes() == bytes.size(), "totalBytes() is the file size");
    RawMessage message;
    qint64 lastOffset = -1;
    qint64 held = 0;
    int count = 0;
    while (source.next(&message)) {
        ++count;
        require(count <= bytes.size() + 1, "no more messages than bytes");
        require(message.source == path, "the message names its file");
        require(source.bytesDone() <= source.totalBytes(), "progress stays within the total");
        [[maybe_unused]] const QString position = message.position();
        if (!bytes.startsWith("From ")) {
            // Not an mbox: one message, the whole file (or refused for its size).
            require(count == 1 && message.offset == 0, "a non-mbox file is one message");
            require(message.refusal.isEmpty() ? message.bytes == bytes : message.bytes.isEmpty(),
                "a single message is the file, or refused and empty");
            continue;
        }
        require(message.number == count, "messages are numbered from 1");
        require(
            message.offset > lastOffset && message.offset < bytes.size(), "offsets increase, in the file");
        require(bytes.mid(message.offset, 5) == "From ", "a message starts at a From line");
        require(message.refusal.isEmpty() || message.bytes.isEmpty(), "a refused message holds nothing");
        require(message.bytes.size() <= limits.maxMessageBytes, "no message over the limit");
        if (!message.bytes.isEmpty()) {
            const qsizetype lineEnd = bytes.indexOf('\n', message.offset);
            require(lineEnd >= 0, "a message with content has a From line ending in a newline");
            require(bytes.mid(lineEnd + 1, message.bytes.size()) == message.bytes,
                "the message is the bytes after its From line");
        }
        held += message.bytes.size();
        lastOffset = message.offset;
        // The messages an import would parse next; only the cheap bounds check, the parser
        // has its own target.
        [[maybe_unused]] const QString problem = MailParser::precheck(message.bytes);
    }
    require(held <= bytes.size(), "messages hold no more than the file");
    return 0;
}
