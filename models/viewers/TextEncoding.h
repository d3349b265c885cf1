#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringConverter>
#include <QStringList>

/// Text encodings of attachments: detection on the first bytes (byte-order mark, valid
/// UTF-8, otherwise KEncodingProber from KF6 Codecs) and decoding of single lines for
/// display, with every invalid sequence shown as U+FFFD and every control or bidi character
/// made visible (TextSanitizer::multiLine). Lines are split on the byte '\n' before
/// decoding, so only ASCII-compatible encodings are offered.
class TextEncoding final
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)

public:
    struct Detection
    {
        QString name; // a name QStringDecoder accepts, e.g. "UTF-8", "windows-1252"
        QString reason; // translated, plain text
    };

    static Detection detect(const QByteArray &head);
    /// The encodings Qt offers that split correctly on '\n' (no UTF-16/32).
    static QStringList available();
    /// True if the bytes are not valid UTF-8 (a sequence cut at the very end is allowed).
    static bool hasInvalidUtf8(const QByteArray &bytes);
};

/// Decodes one line (without its '\n') for display. Stateless: lines are decoded in any
/// order. Not thread-safe; each thread makes its own.
class LineDecoder final
{
public:
    explicit LineDecoder(const QString &encoding);
    bool isValid() const { return m_decoder.isValid(); }
    QString decode(QByteArrayView bytes);

private:
    QStringDecoder m_decoder;
};
