#pragma once

#include "MailImporter.h"

#include <QAbstractTableModel>
#include <QList>

/// The per-message results of an import, for the import dialog's table: position, sender,
/// subject, OpenPGP status and result; for proposed reports a check box "import" and, when
/// the report resembles an open case, a check box "mark as duplicate of" that case.
/// All text is display-safe (control and bidi characters made visible).
class ImportResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultModel)

public:
    enum Column { PositionColumn, FromColumn, SubjectColumn, OpenPgpColumn, ResultColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, MarkDuplicateRole };

    explicit ImportResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void clear();
    void append(const QList<ImportOutcome> &outcomes);
    const ImportOutcome &outcome(int row) const { return m_rows.at(row).outcome; }
    /// The analyst's edit of a proposed report.
    void setProposal(int row, const NewReport &report);

    /// Rows that a commit would write (checked, examined, not written yet), with the case
    /// each one is to be marked a Duplicate of (0: none).
    QList<int> rowsToCommit() const;
    qint64 duplicateOf(int row) const;
    /// Replaces examined outcomes by what the commit did.
    void setCommitted(int row, const ImportOutcome &outcome);

    /// Counts by kind, for the summary line.
    int count(ImportOutcome::Kind kind, bool committed) const;

private:
    struct Row
    {
        ImportOutcome outcome;
        bool include = true;
        bool markDuplicate = false;
    };
    QList<Row> m_rows;
};
