#pragma once

#include <QString>

class QSqlQuery;
class QVariant;

/// How every store writes and reads text and reports SQL failures, the same on SQLite and
/// PostgreSQL (see TextSanitizer for the escaping).
namespace StoredText {

/// Text as stored: reversibly escaped, and never a null QString (Qt binds those as SQL
/// NULL, and the text columns are NOT NULL).
QString enc(const QString &text);
/// Stored text back as it was given.
QString dec(const QVariant &value);
/// The query's error for the user; never empty.
QString sqlError(const QSqlQuery &query);

} // namespace StoredText
