#pragma once

#include <QLayout>
#include <QList>

/// Lays its items out left to right and wraps them onto further lines when the width runs
/// out, so a row of buttons never makes its window wider than the screen (the workflow
/// moves of a case in German at 1366 pixels). Its height follows its width.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in rect (or only measures, when place is false); the height used.
    int arrange(const QRect &rect, bool place) const;
    int spacingBetween(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};
