#include "UpstreamAlertModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

UpstreamAlertModel::UpstreamAlertModel(IntelStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

Status UpstreamAlertModel::reload(bool openOnly)
{
    const auto alerts = m_store.alerts(openOnly);
    if (!alerts)
        return Status::failure(alerts.error());
    beginResetModel();
    m_alerts = *alerts;
    endResetModel();
    return {};
}

const UpstreamAlert *UpstreamAlertModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int UpstreamAlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int UpstreamAlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UpstreamAlertModel::data(const QModelIndex &index, int role) const
{
    const UpstreamAlert *a = alertAt(index.row());
    if (!a)
        return {};
    if (role == AlertIdRole)
        return a->id;
    if (role == SortRole && index.column() == Epss)
        return a->intel.hasEpss ? a->intel.epss : -1.0;
    if (role == Qt::ForegroundRole && index.column() == Kev && a->intel.onKev)
        return QBrush(QColor(0xda, 0x44, 0x53));
    if (role == Qt::FontRole && a->intel.onKev && index.column() == Vulnerability) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Kev || index.column() == Epss)
            return a->intel.text();
        if (index.column() == Releases)
            return a->releases.join(u'\n');
        if (index.column() == State && a->state == UpstreamAlert::State::Dismissed)
            return QString(Justifications::displayName(a->justification) + u"\n" + a->note);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Vulnerability:
        return a->cve.isEmpty() ? a->recordId : a->cve;
    case Component:
        return a->component;
    case Releases:
        return a->releases.size() == 1 ? a->releases.first()
                                       : tr("%n release(s)", nullptr, int(a->releases.size()));
    case Epss:
        return a->intel.hasEpss ? QLocale().toString(a->intel.epss, 'f', 3) : QString();
    case Kev:
        return a->intel.onKev ? (a->intel.ransomware ? tr("KEV, ransomware") : tr("KEV")) : QString();
    case State:
        return UpstreamAlert::stateName(a->state);
    case Title:
        return a->title;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UpstreamAlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Vulnerability:
        return tr("Vulnerability");
    case Component:
        return tr("Component");
    case Releases:
        return tr("Releases");
    case Epss:
        return tr("EPSS");
    case Kev:
        return tr("Exploited");
    case State:
        return tr("State");
    case Title:
        return tr("Title");
    case ColumnCount:
        break;
    }
    return {};
}
