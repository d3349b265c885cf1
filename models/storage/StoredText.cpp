#include "StoredText.h"

#include "core/TextSanitizer.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace StoredText {

QString enc(const QString &text)
{
    const QString stored = TextSanitizer::encodeForStorage(text);
    return stored.isNull() ? QStringLiteral("") : stored;
}

QString dec(const QVariant &value)
{
    return TextSanitizer::decodeFromStorage(value.toString());
}

QString sqlError(const QSqlQuery &query)
{
    const QString text = query.lastError().text();
    return text.isEmpty() ? QCoreApplication::translate("StoredText", "database error") : text;
}

} // namespace StoredText
