#include "CsvReader.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

QString unneutralised(const QString &cell)
{
    // CsvWriter's "'=..." back to "=...": only before the characters it guards.
    if (cell.size() >= 2 && cell.front() == u'\'') {
        const QChar next = cell.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' || next == u'\r')
            return cell.mid(1);
    }
    return cell;
}

} // namespace

Result<QList<QStringList>> CsvReader::read(const QByteArray &csv)
{
    using R = Result<QList<QStringList>>;
    if (csv.size() > maxBytes)
        return R::failure(tr("The file is %1 MiB; at most %2 MiB are read.")
                .arg(csv.size() / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024)));
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (and closed)
    int line = 1;
    int column = 1;
    auto endCell = [&]() -> bool {
        row.append(wasQuoted ? cell : unneutralised(cell));
        cell.clear();
        wasQuoted = false;
        return row.size() <= maxFields;
    };
    auto endRow = [&]() {
        if (!(row.size() == 1 && row.first().isEmpty()))
            rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        ++column;
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                    column = 1;
                }
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!cell.isEmpty() || wasQuoted)
                return R::failure(
                    tr("Line %1, column %2: a quote inside an unquoted field.").arg(line).arg(column));
            quoted = true;
        } else if (c == u',') {
            if (!endCell())
                return R::failure(tr("Line %1: more than %2 fields.").arg(line).arg(maxFields));
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (!endCell())
                return R::failure(tr("Line %1: more than %2 fields.").arg(line).arg(maxFields));
            endRow();
            if (rows.size() > maxRows)
                return R::failure(tr("More than %1 rows.").arg(maxRows));
            ++line;
            column = 1;
        } else if (wasQuoted) {
            return R::failure(tr("Line %1, column %2: text after a closing quote.").arg(line).arg(column));
        } else {
            cell += c;
        }
    }
    if (quoted)
        return R::failure(tr("Line %1: a quoted field is not closed.").arg(line));
    if (!cell.isEmpty() || wasQuoted || !row.isEmpty()) {
        if (!endCell())
            return R::failure(tr("Line %1: more than %2 fields.").arg(line).arg(maxFields));
        endRow();
    }
    return rows;
}
