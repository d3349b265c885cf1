#include "AuditLogModel.h"

#include "core/TextSanitizer.h"

#include <QLocale>

AuditLogModel::AuditLogModel(CaseStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    const auto follow = [this](qint64 id) {
        if (id == m_caseId)
            appendNewEntries();
    };
    connect(&m_store, &CaseStore::caseChanged, this, follow);
}

void AuditLogModel::setCase(qint64 id)
{
    beginResetModel();
    m_caseId = id;
    m_entries.clear();
    if (id > 0) {
        if (auto log = m_store.auditLog(id))
            m_entries = std::move(log.value());
    }
    endResetModel();
}

void AuditLogModel::appendNewEntries()
{
    const auto log = m_store.auditLog(m_caseId);
    if (!log || log->size() <= m_entries.size())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, int(log->size()) - 1);
    m_entries = log.value();
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::fieldLabel(const QString &field)
{
    if (field == u"created")
        return tr("Created");
    if (field == u"evidence")
        return tr("Evidence");
    if (field == u"evidence_note")
        return tr("Evidence note");
    if (field == u"reason")
        return tr("Reason");
    CaseField f;
    if (CaseFieldInfo::fromColumn(field, &f))
        return CaseFieldInfo::displayName(f);
    return field;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    const auto value = [&e, role](const QString &v) {
        QString shown = v;
        if (e.field == u"status") {
            CaseStatus s;
            if (CaseStatuses::fromId(v, &s))
                shown = CaseStatuses::displayName(s);
        }
        // Long texts (descriptions) are cut for the table; the tooltip has more.
        const qsizetype limit = role == Qt::ToolTipRole ? 2000 : 120;
        return TextSanitizer::singleLine(shown.size() > limit ? shown.left(limit) + u'…' : shown);
    };
    switch (index.column()) {
    case When:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return TextSanitizer::singleLine(e.actor);
    case Field:
        return fieldLabel(e.field);
    case OldValue:
        return value(e.oldValue);
    case NewValue:
        return value(e.newValue);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    }
    return {};
}
