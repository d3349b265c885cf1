#include "SearchQuery.h"

namespace SearchQuery {

QStringList terms(const QString &userText)
{
    QStringList out;
    QString current;
    // Bounded: nobody searches for more than a few dozen words.
    const QString text = userText.left(1000);
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current.append(c.toLower());
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    while (out.size() > 32)
        out.removeLast();
    return out;
}

QString toFts5(const QString &userText)
{
    const QStringList t = terms(userText);
    QStringList parts;
    for (qsizetype i = 0; i < t.size(); ++i) {
        // Terms hold letters and digits only, so quoting cannot be broken out of.
        QString part = u'"' + t.at(i) + u'"';
        if (i == t.size() - 1)
            part += u'*';
        parts.append(part);
    }
    return parts.join(u' ');
}

QString toTsQuery(const QString &userText)
{
    const QStringList t = terms(userText);
    QStringList parts;
    for (qsizetype i = 0; i < t.size(); ++i) {
        QString part = u'\'' + t.at(i) + u'\'';
        if (i == t.size() - 1)
            part += QStringLiteral(":*");
        parts.append(part);
    }
    return parts.join(QStringLiteral(" & "));
}

} // namespace SearchQuery
