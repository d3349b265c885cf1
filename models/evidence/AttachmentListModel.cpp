#include "AttachmentListModel.h"

#include "core/TextSanitizer.h"
#include "evidence/EvidenceStore.h"
#include "storage/AuditLog.h"

#include <QLocale>

AttachmentListModel::AttachmentListModel(EvidenceStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    // Whoever changed them, this window or another analyst's.
    connect(&m_store.auditLog(), &AuditLog::caseChanged, this, [this](qint64 caseId, CaseFields fields) {
        if (caseId == m_caseId && fields.testFlag(CaseField::Evidence))
            reload();
    });
}

void AttachmentListModel::setCaseId(qint64 caseId)
{
    m_caseId = caseId;
    reload();
}

void AttachmentListModel::reload()
{
    // A case has a handful of attachments: re-reading them all is simplest and cheap.
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (m_caseId > 0) {
        const auto list = m_store.attachments(m_caseId);
        if (list)
            m_rows = *list;
        else
            m_error = list.error();
    }
    endResetModel();
    if (!m_error.isEmpty())
        Q_EMIT failed(m_error);
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attachment &a = m_rows.at(index.row());
    switch (role) {
    case AttachmentIdRole:
        return a.id;
    case MimeTypeRole:
        return a.mimeType;
    case Qt::ToolTipRole:
        if (index.column() == Sha256Column || index.column() == NameColumn)
            return tr("SHA-256 %1").arg(a.sha256);
        return {};
    case Qt::EditRole:
        if (index.column() == NoteColumn)
            return a.note;
        break;
    case SortRole:
        switch (index.column()) {
        case SizeColumn:
            return a.size;
        case AddedAtColumn:
            return a.addedAt.toMSecsSinceEpoch();
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return TextSanitizer::singleLine(a.fileName);
        case TypeColumn:
            return a.mimeType;
        case SizeColumn:
            return QLocale().formattedDataSize(a.size);
        case Sha256Column:
            return a.sha256;
        case AddedByColumn:
            return TextSanitizer::singleLine(a.addedBy);
        case AddedAtColumn:
            return QLocale().toString(a.addedAt.toLocalTime(), QLocale::ShortFormat);
        case NoteColumn:
            return TextSanitizer::singleLine(a.note);
        }
        break;
    default:
        break;
    }
    return {};
}

bool AttachmentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NoteColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Status s = m_store.setNote(m_rows.at(index.row()).id, value.toString());
    if (!s) {
        Q_EMIT failed(s.error());
        return false;
    }
    return true; // the store's announcement (CaseField::Evidence) reloads
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case Sha256Column:
        return tr("SHA-256");
    case AddedByColumn:
        return tr("Added by");
    case AddedAtColumn:
        return tr("Added");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}
