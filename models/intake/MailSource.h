#pragma once

#include "MailLimits.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

/// One message as read from a file, before any parsing: its bytes and where it was found.
struct RawMessage
{
    QString source; // the file or Maildir the message came from
    int number = 0; // 1-based position in the source
    qint64 offset = 0; // byte offset of the message (its "From " line in an mbox)
    QByteArray bytes;
    QString refusal; // set when the message was refused before parsing; bytes are empty

    /// "inbox.mbox, message 3 at byte 1234", translated.
    QString position() const;
};

/// Reads messages from .eml files, mbox files and Maildir folders (cur/ and new/), one at a
/// time, so that a large mbox never sits in memory. An mbox is split on "From " lines while
/// streaming: a message over the size limit is refused and skipped without being held, and
/// the next one is read. An .eml file over the limit is refused from its size alone.
class MailSource final
{
public:
    explicit MailSource(QStringList paths, MailLimits limits = {});
    ~MailSource();
    Q_DISABLE_COPY_MOVE(MailSource)

    /// The next message (or a refusal with its position); false at the end.
    bool next(RawMessage *message);

    /// Bytes of all sources and bytes consumed so far, for progress.
    qint64 totalBytes() const { return m_totalBytes; }
    qint64 bytesDone() const { return m_bytesDone; }

    /// Whether a path is something next() can read: a file, or a Maildir folder.
    static bool isMaildir(const QString &path);

private:
    bool nextMboxMessage(RawMessage *message);
    bool fill(qsizetype wanted);
    bool openNextSource(RawMessage *message);

    QStringList m_pending; // files still to read, in order
    MailLimits m_limits;
    qint64 m_totalBytes = 0;
    qint64 m_bytesDone = 0;
    qint64 m_finishedBytes = 0; // of sources done

    // The mbox being streamed.
    std::unique_ptr<QFile> m_mbox;
    QString m_mboxName;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferOffset = 0; // file offset of m_buffer[0]
    bool m_eof = false;
    int m_mboxNumber = 0;
};
