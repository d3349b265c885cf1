#include "CvssError.h"

#include "core/TextSanitizer.h"

#include <QCoreApplication>

namespace {

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// The reasons are written once with QT_TRANSLATE_NOOP so the CLI can print the source text
// (stable for scripts) and the GUI the translation.
const char *reasonText(CvssError::Code code)
{
    switch (code) {
    case CvssError::Code::None:
        return QT_TRANSLATE_NOOP("CvssError", "valid");
    case CvssError::Code::Empty:
        return QT_TRANSLATE_NOOP("CvssError", "empty vector");
    case CvssError::Code::TooLong:
        return QT_TRANSLATE_NOOP("CvssError", "vector longer than %1 characters at position %2");
    case CvssError::Code::NonAscii:
        return QT_TRANSLATE_NOOP("CvssError", "unexpected character (not printable ASCII) at position %2");
    case CvssError::Code::UnknownPrefix:
        return QT_TRANSLATE_NOOP("CvssError",
            "unknown prefix at position %2: expected CVSS:3.0/, CVSS:3.1/, CVSS:4.0/ or a CVSS v2.0 "
            "vector");
    case CvssError::Code::UnbalancedParenthesis:
        return QT_TRANSLATE_NOOP("CvssError", "unbalanced parenthesis at position %2");
    case CvssError::Code::EmptyComponent:
        return QT_TRANSLATE_NOOP("CvssError", "empty metric at position %2");
    case CvssError::Code::MissingColon:
        return QT_TRANSLATE_NOOP("CvssError", "“%3” at position %2 is not of the form METRIC:VALUE");
    case CvssError::Code::UnknownMetric:
        return QT_TRANSLATE_NOOP("CvssError", "unknown metric “%3” at position %2");
    case CvssError::Code::UnknownValue:
        return QT_TRANSLATE_NOOP("CvssError", "metric %1: unknown value “%3” at position %2");
    case CvssError::Code::DuplicateMetric:
        return QT_TRANSLATE_NOOP("CvssError", "metric %1 given twice (again at position %2)");
    case CvssError::Code::OutOfOrder:
        return QT_TRANSLATE_NOOP("CvssError", "metric %1 at position %2 must come before %4");
    case CvssError::Code::MissingMetric:
        return QT_TRANSLATE_NOOP("CvssError", "mandatory metric %1 is missing");
    case CvssError::Code::TrailingSlash:
        return QT_TRANSLATE_NOOP("CvssError", "trailing “/” at position %2");
    }
    return "";
}

QString format(const CvssError &error, const QString &pattern, const QString &offending)
{
    QString text = pattern;
    if (error.code == CvssError::Code::TooLong)
        text.replace(QStringLiteral("%1"), QString::number(error.length));
    else
        text.replace(QStringLiteral("%1"), latin1(error.metric));
    return text.replace(QStringLiteral("%2"), QString::number(error.position + 1))
        .replace(QStringLiteral("%3"), offending)
        .replace(QStringLiteral("%4"), latin1(error.other));
}

} // namespace

// The offending text as the user typed it (UTF-8), with control characters made visible:
// it is repeated on terminals and in logs.
QString CvssError::offendingText() const
{
    return TextSanitizer::singleLine(QString::fromUtf8(offending, offendingLength));
}

QString CvssError::message() const
{
    return format(*this, QCoreApplication::translate("CvssError", reasonText(code)), offendingText());
}

QString CvssError::englishMessage() const
{
    return format(*this, QString::fromUtf8(reasonText(code)), offendingText());
}
