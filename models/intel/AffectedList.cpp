#include "AffectedList.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AffectedList)
};

} // namespace

QList<VulnAffected> AffectedList::read(
    const QJsonValue &value, const QString &where, FeedJson::Warnings &warnings, const ReadEntry &readEntry)
{
    QList<VulnAffected> list;
    if (!value.isUndefined() && !value.isArray())
        warnings.add(Tr::tr("%1: not a list").arg(where));
    const QJsonArray array = value.toArray();
    if (array.size() > maxEntries)
        warnings.add(Tr::tr("%1: only the first %2 entries are read").arg(where).arg(maxEntries));
    for (qsizetype i = 0; i < array.size() && i < maxEntries; ++i) {
        const QString entryWhere = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!array.at(i).isObject()) {
            warnings.add(Tr::tr("%1: not an object").arg(entryWhere));
            continue;
        }
        VulnAffected entry;
        if (readEntry(array.at(i).toObject(), entryWhere, &entry))
            list.append(std::move(entry));
    }
    return list;
}
