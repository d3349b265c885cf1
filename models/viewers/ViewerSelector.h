#pragma once

#include "viewers/EvidenceInfo.h"

#include <QCoreApplication>
#include <QString>

/// The viewers of the evidence pane, in the order of its override combo box.
enum class ViewerKind { Text, Image, Pdf, Hex };

/// Which viewer shows an attachment, decided on its content (the first bytes, and the MIME
/// type the store detected on content), never on its file name alone: a researcher's
/// "screenshot.png" may well be a shell script. Formats that the image and PDF viewers
/// render are recognised by their signatures; text is what has no NUL byte and few
/// control characters in its head; everything else (firmware, captures) goes to the hex
/// viewer. SVG counts as text (XML): it is not rendered, it could reference anything.
class ViewerSelector final
{
    Q_DECLARE_TR_FUNCTIONS(ViewerSelector)

public:
    struct Choice
    {
        ViewerKind kind = ViewerKind::Hex;
        QString reason; // translated, plain text: why this viewer
    };

    /// How many leading bytes choose() wants to see.
    static constexpr qint64 kHeadSize = 8192;

    static Choice choose(const EvidenceInfo &info, const QByteArray &head);
    static bool looksLikeText(const QByteArray &head);
    static QString name(ViewerKind kind);
};
