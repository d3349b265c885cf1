#pragma once

#include <QStyledItemDelegate>

/// Paints the inbox's severity cell as a coloured band with score and severity word, so
/// critical cases stand out in a long list. The colours follow the usual CVSS rating scale.
class SeverityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeverityDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The band colour for a score (< 0: unscored, invalid colour).
    static QColor colourFor(double score);
    /// The pill of a case known to be actively exploited (the queue report's band colour).
    static QColor exploitedColour() { return QColor(0x5c, 0x0a, 0x0a); }
};
