#pragma once

#include "IntelStore.h"

#include <QAbstractTableModel>

/// The upstream alerts as a table for the Upstream page: KEV first, then by EPSS, as
/// IntelStore::alerts() orders them; EPSS sorts by its number (SortRole), not its text.
class UpstreamAlertModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamAlertModel)

public:
    enum Column { Vulnerability, Component, Releases, Epss, Kev, State, Title, ColumnCount };
    enum Role { AlertIdRole = Qt::UserRole + 1, SortRole };

    explicit UpstreamAlertModel(IntelStore &store, QObject *parent = nullptr);

    Status reload(bool openOnly);
    const UpstreamAlert *alertAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    IntelStore &m_store;
    QList<UpstreamAlert> m_alerts;
};
