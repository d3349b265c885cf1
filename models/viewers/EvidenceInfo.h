#pragma once

#include <QByteArray>
#include <QString>

/// What a viewer shows about an attachment besides its bytes, as the evidence store
/// records it. The file name is the researcher's and hostile: it is displayed (sanitised),
/// never used as a path. The bytes come separately, as a seekable QIODevice.
struct EvidenceInfo
{
    QString fileName;
    qint64 size = 0;
    QString mimeType; // a QMimeDatabase name detected on content, e.g. "image/png"
    QString sha256Hex; // lower-case hex digest of the plain content
};
