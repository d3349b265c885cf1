#include "SeverityDelegate.h"

#include "inbox/InboxModel.h"

#include <QApplication>
#include <QPainter>

QColor SeverityDelegate::colourFor(double score)
{
    if (score < 0)
        return {};
    if (score >= 9.0)
        return QColor(0xb7, 0x1c, 0x1c); // critical
    if (score >= 7.0)
        return QColor(0xe6, 0x51, 0x00); // high
    if (score >= 4.0)
        return QColor(0xf9, 0xa8, 0x25); // medium
    if (score > 0.0)
        return QColor(0x7c, 0xb3, 0x42); // low
    return QColor(0x9e, 0x9e, 0x9e); // none
}

void SeverityDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double score = index.data(InboxModel::ScoreRole).toDouble();
    // Known to be exploited: one colour, darker than any severity's, whatever the score.
    const bool exploited = index.data(InboxModel::ExploitedRole).toBool();
    const QColor band
        = exploited ? exploitedColour() : colourFor(index.data(InboxModel::ScoreRole).isValid() ? score : -1);
    if (!band.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect pill = option.rect.adjusted(3, 3, -3, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(band);
    painter->drawRoundedRect(pill, 4, 4);
    painter->setPen(!exploited && score >= 4.0 && score < 7.0 ? QColor(Qt::black) : QColor(Qt::white));
    QFont f = opt.font;
    f.setBold(true);
    painter->setFont(f);
    painter->drawText(
        pill, Qt::AlignCenter, opt.fontMetrics.elidedText(text, Qt::ElideRight, pill.width() - 4));
    painter->restore();
}
