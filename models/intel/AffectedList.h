#pragma once

#include "FeedJson.h"
#include "VulnRecord.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

/// The list of affected packages or products both record formats carry (OSV's top-level
/// affected[], CVE 5's containers.cna.affected[]): its shape checks and its bound are here,
/// what one entry says stays with each reader. Not a public API of the intel folder.
namespace AffectedList {

/// Entries after this many are not read; a warning says so.
constexpr qsizetype maxEntries = 10'000;

/// Reads one entry, at path where ("affected[3]"), into affected; false drops it (it has
/// warned why).
using ReadEntry = std::function<bool(const QJsonObject &entry, const QString &where, VulnAffected *affected)>;

/// The entries of value as readEntry reads them, at most maxEntries. An absent value is an
/// empty list; a value that is not a list (null included) and entries that are not objects
/// are warned about, named by their path under where ("affected", "containers.cna.affected").
QList<VulnAffected> read(
    const QJsonValue &value, const QString &where, FeedJson::Warnings &warnings, const ReadEntry &readEntry);

} // namespace AffectedList
