#pragma once

#include <QtGlobal>

/// Bounds applied to every message before and while it is parsed. E-mail is hostile input:
/// a message may claim any size, nest parts until a recursive parser runs out of stack, or
/// carry a header line of a gigabyte. Each bound is generous for real reports.
struct MailLimits
{
    // The correspondence log keeps each message's raw bytes up to this size
    // (CorrespondenceStore::maxRawBytes).
    qint64 maxMessageBytes = 32 * 1024 * 1024;
    // RFC 5322 allows 998 octets; real mailers fold long headers, so this is far beyond
    // any honest message and still cheap to check.
    qint64 maxHeaderLineBytes = 64 * 1024;
    // Lines of the message's own header block: real mail has a few hundred at most (long
    // Received chains included); GMime keeps an object per header, so millions would cost gigabytes.
    int maxHeaderLines = 10'000;
    // GMime's parser recurses once per nested multipart: the part count is checked on the
    // raw bytes first so that it never sees more than this many.
    int maxParts = 500;
    int maxDepth = 32;
    int maxAttachments = 200;
    qsizetype maxBodyChars = 1'000'000;
};
