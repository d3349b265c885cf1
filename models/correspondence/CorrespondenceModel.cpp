#include "CorrespondenceModel.h"

#include "CorrespondenceStore.h"
#include "core/TextSanitizer.h"
#include "storage/AuditLog.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {

QDateTime sortTime(const CorrespondenceMessage &m)
{
    return m.date.isValid() ? m.date : m.recordedAt;
}

} // namespace

CorrespondenceModel::CorrespondenceModel(CorrespondenceStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store.auditLog(), &AuditLog::caseChanged, this, [this](qint64 caseId, CaseFields fields) {
        if (caseId == m_caseId && caseId > 0 && fields.testFlag(CaseField::Correspondence))
            sync();
    });
}

QString CorrespondenceModel::setCase(qint64 caseId)
{
    QList<CorrespondenceMessage> loaded;
    QString error;
    if (caseId > 0) {
        const auto messages = m_store.messages(caseId);
        if (messages)
            loaded = *messages;
        else
            error = messages.error();
    }
    // Another case: everything changed.
    beginResetModel();
    m_caseId = caseId;
    m_messages = std::move(loaded);
    endResetModel();
    return error;
}

const CorrespondenceMessage *CorrespondenceModel::message(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

int CorrespondenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int CorrespondenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrespondenceModel::data(const QModelIndex &index, int role) const
{
    const CorrespondenceMessage *m = index.isValid() ? message(index.row()) : nullptr;
    if (!m)
        return {};
    switch (role) {
    case MessageIdRole:
        return m->id;
    case BodyRole:
        return m->body;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return sortTime(*m);
        case DirectionColumn:
            return int(m->direction);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == SignatureColumn && !m->signer.isEmpty())
            return TextSanitizer::singleLine(m->signer);
        if (index.column() == DateColumn && m->sentAt.isValid())
            return QCoreApplication::translate("CorrespondenceModel", "Sent %1")
                .arg(QLocale().toString(m->sentAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SignatureColumn
            && (m->signature == SignatureState::Bad || m->signature == SignatureState::Error))
            return QColor(Qt::red);
        if (index.column() == EncryptionColumn && m->encryption == MessageEncryption::Undecryptable)
            return QColor(Qt::red);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case DirectionColumn:
            return MessageDirections::displayName(m->direction);
        case DateColumn:
            return QLocale().toString(sortTime(*m).toLocalTime(), QLocale::ShortFormat);
        case CorrespondentColumn:
            return TextSanitizer::singleLine(m->direction == MessageDirection::Incoming ? m->from : m->to);
        case SubjectColumn:
            return TextSanitizer::singleLine(m->subject);
        case EncryptionColumn:
            return MessageEncryptions::displayName(m->encryption);
        case SignatureColumn:
            return SignatureStates::displayName(m->signature);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant CorrespondenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DirectionColumn:
        return QCoreApplication::translate("CorrespondenceModel", "Direction");
    case DateColumn:
        return QCoreApplication::translate("CorrespondenceModel", "Date");
    case CorrespondentColumn:
        return QCoreApplication::translate("CorrespondenceModel", "From / To");
    case SubjectColumn:
        return QCoreApplication::translate("CorrespondenceModel", "Subject");
    case EncryptionColumn:
        return QCoreApplication::translate("CorrespondenceModel", "Encryption");
    case SignatureColumn:
        return QCoreApplication::translate("CorrespondenceModel", "Signature");
    case ColumnCount:
        break;
    }
    return {};
}

void CorrespondenceModel::sync()
{
    const auto loaded = m_store.messages(m_caseId);
    if (!loaded)
        return;
    const QList<CorrespondenceMessage> &now = *loaded;
    // Messages are only ever added or marked sent, so the stored order extends ours: insert
    // the new rows where they fall and update the changed ones. Anything else (a message
    // gone) is not expected; a reset then keeps the model truthful.
    int row = 0;
    for (const CorrespondenceMessage &m : now) {
        if (row < m_messages.size() && m_messages.at(row).id == m.id) {
            const CorrespondenceMessage &old = m_messages.at(row);
            if (old.sentAt != m.sentAt || old.signature != m.signature || old.body != m.body) {
                m_messages[row] = m;
                Q_EMIT dataChanged(
                    index(row, 0), index(row, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
            }
        } else if (std::none_of(m_messages.cbegin() + row, m_messages.cend(),
                       [&m](const CorrespondenceMessage &o) { return o.id == m.id; })) {
            beginInsertRows({}, row, row);
            m_messages.insert(row, m);
            endInsertRows();
        } else {
            beginResetModel();
            m_messages = now;
            endResetModel();
            return;
        }
        ++row;
    }
    if (row < m_messages.size()) {
        beginResetModel();
        m_messages = now;
        endResetModel();
    }
}
