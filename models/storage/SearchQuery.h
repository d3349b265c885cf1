#pragma once

#include <QString>
#include <QStringList>

/// Turns what an analyst types into a full-text query that means the same on both
/// backends: the words (runs of letters and digits), all required, the last one as a
/// prefix. Everything else the user typed is dropped, so no query syntax of FTS5 or
/// tsquery can be injected.
namespace SearchQuery {

QStringList terms(const QString &userText);
/// An FTS5 MATCH expression, e.g. "heap" "overfl"*; empty when there are no terms.
QString toFts5(const QString &userText);
/// A to_tsquery('simple', …) expression, e.g. heap & overfl:*; empty when no terms.
QString toTsQuery(const QString &userText);

} // namespace SearchQuery
