#pragma once

#include "sla/DisclosurePolicy.h"

#include <QAbstractTableModel>
#include <QList>

/// The clocks of one disclosure policy as an editable table, for the policy editor in the
/// SLA settings: a row per clock, a column per rule setting. Edits are checked as they are
/// made (setData() refuses an impossible value); validate() checks the whole policy before
/// it is saved. Display text is translated; the edit role carries the stable values (unit
/// and event ids, amounts), so a view's editors never parse display text.
class ClockRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockRulesModel)

public:
    enum Column {
        NameColumn,
        AmountColumn, // Qt::EditRole: int
        UnitColumn, // Qt::EditRole: unit id ("business-days")
        StartColumn, // Qt::EditRole: event id
        StopColumn, // Qt::EditRole: QStringList of event ids, at least one
        EarlierOfColumn, // Qt::EditRole: QStringList of event ids, may be empty
        PausesColumn, // Qt::CheckStateRole
        DueSoonColumn, // Qt::EditRole: hours before the deadline
        ColumnCount
    };

    /// Longest clock the editor accepts: ten years of days, or a year of hours.
    static constexpr int maxDays = 3650;
    static constexpr int maxHours = 8760;

    explicit ClockRulesModel(QObject *parent = nullptr);

    QList<ClockRule> clocks() const { return m_clocks; }
    /// Replaces every clock (a model reset).
    void setClocks(const QList<ClockRule> &clocks);
    /// Appends a new clock (ten business days from receipt until closure), with an id not yet
    /// used; returns its row.
    int addClock(const QString &name);
    void removeClock(int row);

    /// Why these clocks cannot be saved as a policy, or an empty string.
    static QString validate(const QList<ClockRule> &clocks);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ClockRule> m_clocks;
};
