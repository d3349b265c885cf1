#include "CsvWriter.h"

#include <QAbstractItemModel>
#include <QRegularExpression>

CsvWriter::CsvWriter(Options options)
    : m_options(options)
{ }

QString CsvWriter::field(const QString &text) const
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
        const bool formula = first == u'=' || first == u'+' || first == u'-' || first == u'@'
            || first == u'\t' || first == u'\r';
        if (formula && !number.match(value).hasMatch())
            value.prepend(u'\'');
    }
    if (value.contains(m_options.separator) || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')) {
        value.replace(u'"', QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

QByteArray CsvWriter::write(const QStringList &headers, const QList<QStringList> &rows) const
{
    QString out;
    const auto line = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += m_options.separator;
            out += field(cells.at(i));
        }
        out += QStringLiteral("\r\n");
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    QByteArray bytes = out.toUtf8();
    if (m_options.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QByteArray CsvWriter::write(const QAbstractItemModel &model, const QList<int> &columns) const
{
    QStringList headers;
    for (int column : columns)
        headers.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QList<QStringList> rows;
    rows.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells.append(model.index(row, column).data(Qt::DisplayRole).toString());
        rows.append(cells);
    }
    return write(headers, rows);
}
