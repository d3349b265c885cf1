#include "CaseSearch.h"

#include "CaseColumns.h"
#include "Database.h"
#include "SearchQuery.h"
#include "storage/StoredText.h"

#include <QSqlQuery>
#include <QSqlRecord>

using StoredText::sqlError;

CaseSearch::CaseSearch(const Database &db)
    : m_db(db)
{ }

Result<QList<qint64>> CaseSearch::search(const QString &userText) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (m_db.backend() == Database::Backend::SQLite) {
        const QString match = SearchQuery::toFts5(userText);
        if (match.isEmpty())
            return QList<qint64> {};
        q.prepare(QStringLiteral("SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?"));
        q.addBindValue(match);
    } else {
        const QString query = SearchQuery::toTsQuery(userText);
        if (query.isEmpty())
            return QList<qint64> {};
        q.prepare(CaseColumns::select({CaseColumn::Id})
            + QStringLiteral(" WHERE search_vector @@ to_tsquery('simple', ?)"));
        q.addBindValue(query);
    }
    if (!q.exec())
        return Result<QList<qint64>>::failure(sqlError(q));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong()); // the only column: a case id on either backend
    return ids;
}

Result<QHash<qint64, QString>> CaseSearch::descriptions(const QSet<qint64> &ids, qsizetype maxChars) const
{
    QHash<qint64, QString> texts;
    if (ids.isEmpty())
        return texts;
    // One scan rather than a query per id: the open cases are usually most of the table.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(CaseColumns::select({CaseColumn::Id, CaseColumn::Description})))
        return Result<QHash<qint64, QString>>::failure(sqlError(q));
    const CaseColumns::Index at(q.record());
    const int idAt = at[CaseColumn::Id];
    const int descriptionAt = at[CaseColumn::Description];
    while (q.next()) {
        const qint64 id = q.value(idAt).toLongLong();
        if (ids.contains(id))
            texts.insert(id, StoredText::dec(q.value(descriptionAt)).left(maxChars));
    }
    return texts;
}
