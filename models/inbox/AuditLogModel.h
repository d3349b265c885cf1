#pragma once

#include "storage/CaseStore.h"

#include <QAbstractTableModel>

/// The audit trail of one case, oldest first: when, who, which field, old and new value.
/// Follows the store: a change to the shown case appends the new entries.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { When, Who, Field, OldValue, NewValue, ColumnCount };

    explicit AuditLogModel(CaseStore &store, QObject *parent = nullptr);

    void setCase(qint64 id);
    qint64 caseId() const { return m_caseId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A translated label for an audit field name ("status" → "Status").
    static QString fieldLabel(const QString &field);

private:
    void appendNewEntries();

    CaseStore &m_store;
    qint64 m_caseId = 0;
    QList<AuditEntry> m_entries;
};
