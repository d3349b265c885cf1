#pragma once

#include "SbomStore.h"

#include <QAbstractTableModel>

/// The answer of a where-used query as a table: which releases contain the component,
/// directly (depth 1) or through which other component.
class WhereUsedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhereUsedModel)

public:
    enum Column { Product, Release, Component, Version, Reached, ColumnCount };

    explicit WhereUsedModel(QObject *parent = nullptr);

    void setHits(QList<WhereUsedHit> hits);
    const QList<WhereUsedHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WhereUsedHit> m_hits;
};
