#include "TlpLevel.h"

#include <QCoreApplication>

QList<TlpLevel> TlpLevels::all()
{
    return {TlpLevel::Clear, TlpLevel::Green, TlpLevel::Amber, TlpLevel::AmberStrict, TlpLevel::Red};
}

QString TlpLevels::id(TlpLevel level)
{
    switch (level) {
    case TlpLevel::Clear:
        return QStringLiteral("clear");
    case TlpLevel::Green:
        return QStringLiteral("green");
    case TlpLevel::Amber:
        return QStringLiteral("amber");
    case TlpLevel::AmberStrict:
        return QStringLiteral("amber+strict");
    case TlpLevel::Red:
        return QStringLiteral("red");
    }
    return {};
}

bool TlpLevels::fromId(const QString &text, TlpLevel *level)
{
    QString key = text.trimmed().toLower();
    if (key.startsWith(u"tlp:"))
        key = key.mid(4);
    for (const TlpLevel candidate : all()) {
        if (id(candidate) == key) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

QString TlpLevels::label(TlpLevel level)
{
    return QStringLiteral("TLP:") + id(level).toUpper();
}

QColor TlpLevels::textColor(TlpLevel level)
{
    // TLP 2.0, "Usage in documents": RGB font colours on a black background.
    switch (level) {
    case TlpLevel::Clear:
        return QColor(255, 255, 255);
    case TlpLevel::Green:
        return QColor(51, 255, 0);
    case TlpLevel::Amber:
    case TlpLevel::AmberStrict:
        return QColor(255, 192, 0);
    case TlpLevel::Red:
        return QColor(255, 43, 43);
    }
    return QColor(255, 255, 255);
}

QString TlpLevels::definition(TlpLevel level)
{
    switch (level) {
    case TlpLevel::Clear:
        return QCoreApplication::translate(
            "TlpLevel", "Recipients can spread this to the world; there is no limit on disclosure.");
    case TlpLevel::Green:
        return QCoreApplication::translate(
            "TlpLevel", "Limited disclosure: recipients can spread this within their community.");
    case TlpLevel::Amber:
        return QCoreApplication::translate("TlpLevel",
            "Limited disclosure: recipients can only spread this on a need-to-know basis within "
            "their organization and its clients.");
    case TlpLevel::AmberStrict:
        return QCoreApplication::translate("TlpLevel",
            "Limited disclosure: recipients can only spread this on a need-to-know basis within "
            "their organization only.");
    case TlpLevel::Red:
        return QCoreApplication::translate(
            "TlpLevel", "For the eyes and ears of individual recipients only, no further disclosure.");
    }
    return {};
}
