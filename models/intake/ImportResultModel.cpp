#include "ImportResultModel.h"

#include "core/TextSanitizer.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

ImportResultModel::ImportResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ImportResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ImportOutcome &o = row.outcome;
    const bool pending = !o.committed && o.mail
        && (o.kind == ImportOutcome::Kind::NewReport || o.kind == ImportOutcome::Kind::Correspondence
            || o.kind == ImportOutcome::Kind::NotAReport);
    if (role == KindRole)
        return int(o.kind);
    if (role == MarkDuplicateRole)
        return row.markDuplicate;
    if (role == Qt::CheckStateRole) {
        if (index.column() == PositionColumn && pending)
            return row.include ? Qt::Checked : Qt::Unchecked;
        if (index.column() == ResultColumn && pending && o.similarCaseId > 0)
            return row.markDuplicate ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        if (o.kind == ImportOutcome::Kind::Refused)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (o.similarCaseId > 0)
            return QBrush(QColor(0xb9, 0x77, 0x0e));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == ResultColumn) {
        QStringList lines {o.resultText()};
        if (o.similarCaseId > 0)
            lines.append(QCoreApplication::translate("ImportResultModel", "Similar to %1: %2")
                    .arg(o.similarCaseLabel, o.similarReason));
        if (!o.message.isEmpty() && o.kind != ImportOutcome::Kind::Refused)
            lines.append(o.message);
        return TextSanitizer::multiLine(lines.join(u'\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PositionColumn:
        return TextSanitizer::singleLine(o.position);
    case FromColumn:
        return o.from;
    case SubjectColumn:
        return o.subject;
    case OpenPgpColumn:
        return o.kind == ImportOutcome::Kind::Refused ? QString()
                                                      : TextSanitizer::singleLine(o.pgp.summary());
    case ResultColumn: {
        QString text = o.resultText();
        if (pending && o.similarCaseId > 0)
            text += u' '
                + QCoreApplication::translate("ImportResultModel", "— mark as duplicate of %1")
                      .arg(o.similarCaseLabel);
        return TextSanitizer::singleLine(text);
    }
    default:
        return {};
    }
}

QVariant ImportResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return QCoreApplication::translate("ImportResultModel", "Message");
    case FromColumn:
        return QCoreApplication::translate("ImportResultModel", "From");
    case SubjectColumn:
        return QCoreApplication::translate("ImportResultModel", "Subject");
    case OpenPgpColumn:
        return QCoreApplication::translate("ImportResultModel", "OpenPGP");
    case ResultColumn:
        return QCoreApplication::translate("ImportResultModel", "Result");
    default:
        return {};
    }
}

Qt::ItemFlags ImportResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (data(index, Qt::CheckStateRole).isValid())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ImportResultModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    Row &row = m_rows[index.row()];
    const bool on = value.toInt() == Qt::Checked;
    if (index.column() == PositionColumn)
        row.include = on;
    else
        row.markDuplicate = on;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

void ImportResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ImportResultModel::append(const QList<ImportOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + outcomes.size() - 1));
    for (const ImportOutcome &o : outcomes)
        m_rows.append(Row {o, true, false});
    endInsertRows();
}

void ImportResultModel::setProposal(int row, const NewReport &report)
{
    m_rows[row].outcome.proposal = report;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::DisplayRole});
}

QList<int> ImportResultModel::rowsToCommit() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).include && data(index(i, PositionColumn), Qt::CheckStateRole).isValid())
            rows.append(i);
    }
    return rows;
}

qint64 ImportResultModel::duplicateOf(int row) const
{
    const Row &r = m_rows.at(row);
    return r.markDuplicate ? r.outcome.similarCaseId : 0;
}

void ImportResultModel::setCommitted(int row, const ImportOutcome &outcome)
{
    m_rows[row].outcome = outcome;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::DisplayRole, Qt::CheckStateRole});
}

int ImportResultModel::count(ImportOutcome::Kind kind, bool committed) const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.outcome.kind == kind && row.outcome.committed == committed ? 1 : 0;
    return n;
}
