#pragma once

#include "evidence/Attachment.h"

#include <QAbstractTableModel>

class EvidenceStore;

/// The evidence of one case as a table: name, type, size, SHA-256, who added it and when,
/// and the analyst's note (editable; setData() stores it, audited). Follows the store's
/// announcements of CaseField::Evidence for its case, from this window or another analyst's.
class AttachmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentListModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        SizeColumn,
        Sha256Column,
        AddedByColumn,
        AddedAtColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { AttachmentIdRole = Qt::UserRole + 1, SortRole, MimeTypeRole };

    explicit AttachmentListModel(EvidenceStore &store, QObject *parent = nullptr);

    /// Shows the case's evidence (0: none). A failure leaves the list empty; errorString() says why.
    void setCaseId(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    QString errorString() const { return m_error; }
    Attachment attachmentAt(int row) const { return m_rows.value(row); }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const QString &message);

private:
    EvidenceStore &m_store;
    qint64 m_caseId = 0;
    QList<Attachment> m_rows;
    QString m_error;
};
