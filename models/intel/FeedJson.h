#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

/// Helpers the feed readers share: hostile JSON in, bounded values out. Not a public API of
/// the intel folder; the readers' headers are.
namespace FeedJson {

/// Parses json whose top level must be an object. A syntax error names its line and column
/// ("line 3, column 17"), counted in characters from 1.
Result<QJsonObject> parseObject(const QByteArray &json);

/// "line L, column C" of a byte offset into UTF-8 text.
QString lineColumn(const QByteArray &text, qsizetype offset);

/// True when value is absent or a string no longer than maxChars; wrong types are false.
bool isOptionalText(const QJsonValue &value);
/// The string, cut to maxChars; empty for anything that is not a string.
QString text(const QJsonValue &value, qsizetype maxChars);

/// "CVE-YYYY-NNNN…" (four or more digits, at most 19 as the CVE schema allows).
bool isCveId(const QString &id);
/// "CWE-N…".
bool isCweId(const QString &id);

/// How good a CVSS vector is as "the" vector of a record: 3 for a valid CVSS 4.0 vector, 2
/// for 3.1, 1 for 3.0, 0 for anything that does not parse (v2 included).
int cvssRank(const QString &vector);

/// An RFC 3339 / ISO 8601 date-time; one without an offset is taken as UTC. Invalid when
/// text is not one.
QDateTime timestamp(const QString &text);
/// A "YYYY-MM-DD" date. Invalid when text is not one.
QDate date(const QString &text);

/// Warnings of one file, bounded: after maxWarnings the rest are only counted, so a file of a
/// million bad rows does not make a million messages.
class Warnings final
{
public:
    static constexpr qsizetype maxWarnings = 200;

    void add(const QString &warning);
    qsizetype count() const { return m_count; }
    QString first() const { return m_list.isEmpty() ? QString() : m_list.constFirst(); }
    /// The kept warnings, plus one line naming how many more there were.
    QStringList take();

private:
    QStringList m_list;
    qsizetype m_count = 0;
};

} // namespace FeedJson
