#include "WhereUsedModel.h"

WhereUsedModel::WhereUsedModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WhereUsedModel::setHits(QList<WhereUsedHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int WhereUsedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int WhereUsedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhereUsedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size()
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const WhereUsedHit &h = m_hits.at(index.row());
    switch (Column(index.column())) {
    case Product:
        return h.product;
    case Release:
        return h.release;
    case Component:
        return role == Qt::ToolTipRole && !h.purl.isEmpty() ? h.purl : h.component;
    case Version:
        return h.version;
    case Reached:
        if (h.depth == 1)
            return tr("directly");
        if (h.depth > 1)
            return tr("through %1 (%n step(s))", nullptr, h.depth).arg(h.via);
        return tr("listed");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WhereUsedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Product:
        return tr("Product");
    case Release:
        return tr("Release");
    case Component:
        return tr("Component");
    case Version:
        return tr("Version");
    case Reached:
        return tr("Contained");
    case ColumnCount:
        break;
    }
    return {};
}
