// CvssVector::parse on arbitrary bytes: every CVSS version (v2.0 without prefix, v3.0, v3.1,
// v4.0), both entry points (bytes, and text from a widget). A vector that parses must score
// in range, write its canonical form, and read back from that form to the same vector.

#include "FuzzSupport.h"
#include "cvss/CvssVector.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>

namespace {

using FuzzSupport::require;

bool printableAscii(std::string_view text)
{
    for (const char c : text) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

void checkError(const CvssError &error, std::string_view text)
{
    require(error.position >= 0 && error.length >= 0, "error position and length are not negative");
    require(std::size_t(error.position) <= text.size(), "error position inside the vector or at its end");
    require(error.offendingLength <= sizeof(error.offending), "offending text fits its buffer");
    [[maybe_unused]] const QString message = error.message();
    [[maybe_unused]] const QString english = error.englishMessage();
    [[maybe_unused]] const QString offending = error.offendingText();
}

void checkVector(const CvssVector &vector)
{
    const int score = vector.score();
    require(score >= 0 && score <= 100, "score between 0.0 and 10.0");
    [[maybe_unused]] const CvssSeverity severity = vector.severity();
    [[maybe_unused]] const QString formatted = CvssVector::formatScore(score);

    char canonical[CvssVector::kMaxLength];
    const std::size_t length = vector.write(canonical, sizeof(canonical));
    require(length > 0 && length <= sizeof(canonical), "a parsed vector writes a canonical form");
    const std::string_view written(canonical, length);
    require(vector.toString() == QLatin1StringView(written.data(), qsizetype(written.size())),
        "toString() is the canonical form");

    // Too small a buffer gets nothing, and nothing is written past it (a heap buffer of
    // the exact size, so ASan sees an overflow).
    const auto tight = std::make_unique<char[]>(length - 1);
    require(vector.write(tight.get(), length - 1) == 0, "write() into a short buffer gives 0");

    CvssVector again;
    const CvssError error = again.parse(written);
    require(error.ok(), "the canonical form parses");
    require(again.version() == vector.version(), "the canonical form keeps the version");
    require(again.score() == score, "the canonical form scores the same");
    char twice[CvssVector::kMaxLength];
    const std::size_t twiceLength = again.write(twice, sizeof(twice));
    require(std::string_view(twice, twiceLength) == written, "the canonical form is a fixed point");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQtLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    CvssVector vector;
    const CvssError error = vector.parse(text);
    if (error.ok())
        checkVector(vector);
    else
        checkError(error, text);

    // The widget entry point: the same answer for printable ASCII, and non-ASCII refused.
    const QString wide = QString::fromLatin1(text.data(), qsizetype(text.size()));
    CvssVector fromWidget;
    const CvssError wideError = fromWidget.parse(QStringView(wide));
    if (printableAscii(text)) {
        require(wideError.code == error.code && wideError.position == error.position,
            "both entry points agree on ASCII");
        if (wideError.ok())
            require(fromWidget.score() == vector.score(), "both entry points score the same");
    } else if (!wideError.ok()) {
        checkError(wideError, text);
    }
    return 0;
}
