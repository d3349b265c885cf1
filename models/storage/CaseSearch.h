#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class Database;

/// Reads the text of cases: full-text search over title, description and steps (FTS5 on
/// SQLite, a tsvector on PostgreSQL) and the descriptions the similarity index compares.
/// CaseStore forwards to it.
class CaseSearch final
{
public:
    explicit CaseSearch(const Database &db);
    Q_DISABLE_COPY_MOVE(CaseSearch)

    /// See CaseStore::search() and CaseStore::descriptions().
    Result<QList<qint64>> search(const QString &userText) const;
    Result<QHash<qint64, QString>> descriptions(const QSet<qint64> &ids, qsizetype maxChars) const;

private:
    const Database &m_db;
};
