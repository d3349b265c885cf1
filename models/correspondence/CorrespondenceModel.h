#pragma once

#include "CorrespondenceMessage.h"

#include <QAbstractTableModel>
#include <QList>

class CorrespondenceStore;

/// One case's correspondence, oldest first: direction, date, correspondent, subject and
/// what OpenPGP established, for the log in the case. Follows the announcements of
/// CaseField::Correspondence (this window's or another analyst's): a recorded message is
/// inserted where its date puts it, a changed one (sent) updates its row.
class CorrespondenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrespondenceModel)

public:
    enum Column {
        DirectionColumn,
        DateColumn,
        CorrespondentColumn,
        SubjectColumn,
        EncryptionColumn,
        SignatureColumn,
        ColumnCount
    };
    enum Role {
        MessageIdRole = Qt::UserRole + 1, // qint64, the log's id
        BodyRole, // QString, plain text
        SortRole,
    };

    explicit CorrespondenceModel(CorrespondenceStore &store, QObject *parent = nullptr);

    /// Loads the case's messages (0: none); the error text when they cannot be read.
    QString setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    const CorrespondenceMessage *message(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// Brings the rows in line with the store after a change of the shown case's log.
    void sync();

    CorrespondenceStore &m_store;
    qint64 m_caseId = 0;
    QList<CorrespondenceMessage> m_messages;
};
