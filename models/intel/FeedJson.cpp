#include "FeedJson.h"

#include "cvss/Cvss3Vector.h"
#include "cvss/Cvss4Vector.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace FeedJson {

QString lineColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            // A UTF-8 continuation byte belongs to the character already counted.
            ++column;
        }
    }
    return QCoreApplication::translate("FeedJson", "line %1, column %2").arg(line).arg(column);
}

Result<QJsonObject> parseObject(const QByteArray &json)
{
    using R = Result<QJsonObject>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(QCoreApplication::translate("FeedJson", "Not valid JSON at %1: %2.")
                .arg(lineColumn(json, error.offset), error.errorString()));
    if (!doc.isObject())
        return R::failure(
            QCoreApplication::translate("FeedJson", "The JSON does not hold an object at the top level."));
    return doc.object();
}

bool isOptionalText(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || value.isString();
}

QString text(const QJsonValue &value, qsizetype maxChars)
{
    return value.isString() ? value.toString().left(maxChars) : QString();
}

bool isCveId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^CVE-[0-9]{4}-[0-9]{4,19}$"));
    return id.size() <= 28 && re.match(id).hasMatch();
}

bool isCweId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^CWE-[0-9]{1,9}$"));
    return id.size() <= 13 && re.match(id).hasMatch();
}

int cvssRank(const QString &vector)
{
    if (vector.size() > 512)
        return 0;
    const QByteArray latin1 = vector.toLatin1();
    const std::string_view text(latin1.constData(), size_t(latin1.size()));
    if (vector.startsWith(u"CVSS:4.0/")) {
        Cvss4Vector parsed;
        return Cvss4Vector::parse(text, parsed).ok() ? 3 : 0;
    }
    const bool v31 = vector.startsWith(u"CVSS:3.1/");
    if (v31 || vector.startsWith(u"CVSS:3.0/")) {
        Cvss3Vector parsed;
        const auto version = v31 ? CvssVersion::V3_1 : CvssVersion::V3_0;
        return Cvss3Vector::parse(text, version, parsed).ok() ? (v31 ? 2 : 1) : 0;
    }
    return 0;
}

QDateTime timestamp(const QString &text)
{
    if (text.size() > 64)
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    // Qt reads a time without an offset as local time; feeds mean UTC.
    if (dt.timeRepresentation().timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::UTC);
    return dt.toUTC();
}

QDate date(const QString &text)
{
    if (text.size() != 10)
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

void Warnings::add(const QString &warning)
{
    ++m_count;
    if (m_list.size() < maxWarnings)
        m_list.append(warning);
}

QStringList Warnings::take()
{
    QStringList out = std::move(m_list);
    if (m_count > out.size()) {
        // Counted apart: lupdate's parser does not get through a template call among the
        // arguments of translate().
        const int more = int(std::min<qsizetype>(m_count - out.size(), INT_MAX));
        out.append(QCoreApplication::translate("FeedJson", "… and %n more problem(s).", nullptr, more));
    }
    m_list.clear();
    m_count = 0;
    return out;
}

} // namespace FeedJson
