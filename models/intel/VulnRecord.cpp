#include "VulnRecord.h"

#include "FeedJson.h"

namespace {
constexpr qsizetype kMaxHeadline = 200;
}

QString VulnRecord::cveId() const
{
    if (FeedJson::isCveId(id))
        return id;
    for (const QString &alias : aliases) {
        if (FeedJson::isCveId(alias))
            return alias;
    }
    return QString();
}

QString VulnRecord::headline() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    if (!summary.trimmed().isEmpty())
        return summary.trimmed();
    const QString start = details.trimmed().section(u'\n', 0, 0).trimmed();
    if (start.size() <= kMaxHeadline)
        return start;
    return QString(start.left(kMaxHeadline - 1) + u'…');
}
