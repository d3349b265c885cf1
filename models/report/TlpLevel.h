#pragma once

#include <QColor>
#include <QList>
#include <QString>

/// Traffic Light Protocol 2.0 labels (FIRST, TLP version 2.0): how far the recipients of a
/// report may share it. Chosen by the analyst at export and printed on every page.
enum class TlpLevel { Clear, Green, Amber, AmberStrict, Red };

namespace TlpLevels {
QList<TlpLevel> all();
/// Stable command-line id: "clear", "green", "amber", "amber+strict", "red".
QString id(TlpLevel level);
/// Accepts the id, with or without a "tlp:" prefix, in any case ("TLP:AMBER+STRICT").
bool fromId(const QString &text, TlpLevel *level);
/// The label exactly as the standard spells it: "TLP:AMBER+STRICT". Never translated.
QString label(TlpLevel level);
/// The standard's font colour; the label is printed on a black background.
QColor textColor(TlpLevel level);
inline QColor backgroundColor()
{
    return Qt::black;
}
/// The standard's one-sentence definition of who may receive the information (translated).
QString definition(TlpLevel level);
} // namespace TlpLevels
