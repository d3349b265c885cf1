#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

/// Walks the JSON documents of a downloaded feed: a single JSON file, or a ZIP of JSON files
/// (an OSV ecosystem all.zip, a cvelistV5 release zip), where a ZIP may hold ZIPs one level
/// deep (the CVE "all_CVEs_at_midnight" release is a zip inside a zip). Members are visited
/// in name order; a nested ZIP's members are named "inner.zip/path/in/inner.json".
///
/// Bounded: at most maxEntries members, each at most maxEntryBytes, maxTotalBytes in all,
/// and no member whose declared size is more than maxRatio times its compressed size (a zip
/// bomb). Members whose path has a ".." component, and oversized members, are skipped and
/// named in warnings; the other bounds fail the whole walk. A failure returned by visit
/// stops the walk and is returned.
namespace FeedArchive {
constexpr qint64 maxEntries = 2'000'000;
constexpr qint64 maxEntryBytes = 16 * 1024 * 1024;
constexpr qint64 maxTotalBytes = qint64(8) * 1024 * 1024 * 1024;
constexpr qint64 maxRatio = 200;

using Visitor = std::function<Status(const QString &memberName, const QByteArray &json)>;

Status forEachJson(const QString &path, const Visitor &visit);
Status forEachJson(const QString &path, const Visitor &visit, QStringList *warnings);
} // namespace FeedArchive
