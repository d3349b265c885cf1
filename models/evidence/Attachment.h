#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/// One piece of evidence attached to a case. The file name is what the reporter called it:
/// shown, never used as a path. The body lives encrypted in the evidence store, addressed by
/// the SHA-256 of its content (identical content is stored once).
struct Attachment
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString sha256; // lower-case hex of the plaintext
    QString fileName; // display only
    QString mimeType; // detected from the content
    qint64 size = 0;
    QString addedBy;
    QDateTime addedAt; // UTC
    QString note;

    bool operator==(const Attachment &other) const = default;
};

/// A finding of EvidenceStore::verify().
struct EvidenceProblem
{
    qint64 attachmentId = 0;
    qint64 caseId = 0;
    QString fileName;
    QString sha256;
    QString message; // translated

    bool operator==(const EvidenceProblem &other) const = default;
};
