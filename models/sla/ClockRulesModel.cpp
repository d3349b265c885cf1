#include "ClockRulesModel.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

QStringList eventIds(const QList<SlaEvent> &events)
{
    QStringList ids;
    for (SlaEvent e : events)
        ids.append(SlaEvents::id(e));
    return ids;
}

QString eventNames(const QList<SlaEvent> &events)
{
    QStringList names;
    for (SlaEvent e : events)
        names.append(SlaEvents::displayName(e));
    return names.join(QCoreApplication::translate("ClockRulesModel", ", "));
}

bool eventsFromIds(const QVariant &value, QList<SlaEvent> *events)
{
    QList<SlaEvent> list;
    const QStringList ids = value.toStringList();
    for (const QString &id : ids) {
        SlaEvent e;
        if (!SlaEvents::fromId(id, &e))
            return false;
        if (!list.contains(e))
            list.append(e);
    }
    *events = list;
    return true;
}

int maxAmount(ClockRule::Unit unit)
{
    return unit == ClockRule::Unit::Hours ? ClockRulesModel::maxHours : ClockRulesModel::maxDays;
}

} // namespace

ClockRulesModel::ClockRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ClockRulesModel::setClocks(const QList<ClockRule> &clocks)
{
    beginResetModel();
    m_clocks = clocks;
    endResetModel();
}

int ClockRulesModel::addClock(const QString &name)
{
    ClockRule rule;
    rule.name = name.trimmed().left(100);
    rule.amount = 10;
    rule.unit = ClockRule::Unit::BusinessDays;
    rule.start = SlaEvent::Received;
    rule.stopEvents = {SlaEvent::Closed};
    // Ids are for scripts: lower-case words from the name, numbered when taken.
    QString base
        = rule.name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base = base.mid(base.startsWith(u'-') ? 1 : 0).left(40);
    if (base.isEmpty() || base == u"-")
        base = QStringLiteral("clock");
    QSet<QString> taken;
    for (const ClockRule &c : std::as_const(m_clocks))
        taken.insert(c.id);
    rule.id = base;
    for (int n = 2; taken.contains(rule.id); ++n)
        rule.id = base + u'-' + QString::number(n);

    const int row = int(m_clocks.size());
    beginInsertRows({}, row, row);
    m_clocks.append(rule);
    endInsertRows();
    return row;
}

void ClockRulesModel::removeClock(int row)
{
    if (row < 0 || row >= m_clocks.size())
        return;
    beginRemoveRows({}, row, row);
    m_clocks.removeAt(row);
    endRemoveRows();
}

QString ClockRulesModel::validate(const QList<ClockRule> &clocks)
{
    if (clocks.isEmpty())
        return QCoreApplication::translate("ClockRulesModel", "A policy needs at least one clock.");
    QSet<QString> ids;
    for (const ClockRule &c : clocks) {
        if (c.name.trimmed().isEmpty())
            return QCoreApplication::translate("ClockRulesModel", "Every clock needs a name.");
        if (c.id.isEmpty() || ids.contains(c.id))
            return QCoreApplication::translate("ClockRulesModel", "Clock “%1” has no id of its own.")
                .arg(c.displayName());
        ids.insert(c.id);
        if (c.amount < 1 || c.amount > maxAmount(c.unit))
            return QCoreApplication::translate("ClockRulesModel", "Clock “%1” must run between 1 and %2 %3.")
                .arg(c.displayName())
                .arg(maxAmount(c.unit))
                .arg(ClockRule::unitDisplayName(c.unit));
        if (c.stopEvents.isEmpty())
            return QCoreApplication::translate("ClockRulesModel", "Clock “%1” needs an event that stops it.")
                .arg(c.displayName());
        if (c.stopEvents.contains(c.start))
            return QCoreApplication::translate(
                "ClockRulesModel", "Clock “%1” cannot be stopped by the event that starts it.")
                .arg(c.displayName());
    }
    return {};
}

int ClockRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clocks.size());
}

int ClockRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClockRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClockRule &c = m_clocks.at(index.row());
    if (role == Qt::ToolTipRole)
        return c.displayDescription().isEmpty() ? QVariant() : QVariant(c.displayDescription());
    if (index.column() == PausesColumn) {
        if (role == Qt::CheckStateRole)
            return c.pausesWhileWaitingOnReporter ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case NameColumn:
        return edit ? c.name : c.displayName();
    case AmountColumn:
        return c.amount;
    case UnitColumn:
        return edit ? ClockRule::unitId(c.unit) : ClockRule::unitDisplayName(c.unit);
    case StartColumn:
        return edit ? SlaEvents::id(c.start) : SlaEvents::displayName(c.start);
    case StopColumn:
        return edit ? QVariant(eventIds(c.stopEvents)) : QVariant(eventNames(c.stopEvents));
    case EarlierOfColumn:
        return edit ? QVariant(eventIds(c.earlierOf)) : QVariant(eventNames(c.earlierOf));
    case DueSoonColumn:
        return c.dueSoonHours;
    }
    return {};
}

bool ClockRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ClockRule c = m_clocks.at(index.row());
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (role != Qt::EditRole || name.isEmpty() || name.size() > 100)
            return false;
        c.name = name;
        break;
    }
    case AmountColumn: {
        bool ok = false;
        const int amount = value.toInt(&ok);
        if (role != Qt::EditRole || !ok || amount < 1 || amount > maxAmount(c.unit))
            return false;
        c.amount = amount;
        break;
    }
    case UnitColumn:
        if (role != Qt::EditRole || !ClockRule::unitFromId(value.toString(), &c.unit))
            return false;
        c.amount = std::min(c.amount, maxAmount(c.unit));
        break;
    case StartColumn:
        if (role != Qt::EditRole || !SlaEvents::fromId(value.toString(), &c.start)
            || c.stopEvents.contains(c.start))
            return false;
        break;
    case StopColumn:
        if (role != Qt::EditRole || !eventsFromIds(value, &c.stopEvents) || c.stopEvents.isEmpty()
            || c.stopEvents.contains(c.start))
            return false;
        break;
    case EarlierOfColumn:
        if (role != Qt::EditRole || !eventsFromIds(value, &c.earlierOf))
            return false;
        break;
    case PausesColumn:
        if (role != Qt::CheckStateRole)
            return false;
        c.pausesWhileWaitingOnReporter = value.toInt() == Qt::Checked;
        break;
    case DueSoonColumn: {
        bool ok = false;
        const int hours = value.toInt(&ok);
        if (role != Qt::EditRole || !ok || hours < 0 || hours > maxHours)
            return false;
        c.dueSoonHours = hours;
        break;
    }
    default:
        return false;
    }
    if (c == m_clocks.at(index.row()))
        return true;
    m_clocks[index.row()] = c;
    // A unit change can clamp the amount: the whole row may have changed.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1),
        {Qt::DisplayRole, Qt::EditRole, Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags ClockRulesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == PausesColumn)
        return f | Qt::ItemIsUserCheckable;
    // Stop and earlier-of are lists: edited in the editor's form, not in the cell.
    if (index.column() != StopColumn && index.column() != EarlierOfColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ClockRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Clock");
    case AmountColumn:
        return tr("Duration");
    case UnitColumn:
        return tr("Unit");
    case StartColumn:
        return tr("Starts when");
    case StopColumn:
        return tr("Stops when");
    case EarlierOfColumn:
        return tr("Ends early at");
    case PausesColumn:
        return tr("Pauses on reporter");
    case DueSoonColumn:
        return tr("Due soon (hours)");
    }
    return {};
}
