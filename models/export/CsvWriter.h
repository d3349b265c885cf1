#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

/// CSV as RFC 4180 says (CRLF line ends, fields quoted when they hold the separator, a quote
/// or a line break, quotes doubled), UTF-8, optionally with a byte-order mark so spreadsheet
/// programs read it as UTF-8.
///
/// Report text is hostile, and a spreadsheet runs a cell that starts with = + - @ as a
/// formula (CSV injection): such a cell, and one starting with a tab or carriage return, is
/// written with a leading apostrophe, as OWASP recommends; a plain number ("-5", "+1.5") is
/// left as it is.
class CsvWriter final
{
public:
    struct Options
    {
        bool byteOrderMark = false;
        QChar separator = u',';
    };

    explicit CsvWriter(Options options);

    /// One field, quoted and neutralised as needed.
    QString field(const QString &text) const;
    /// A header row and the rows.
    QByteArray write(const QStringList &headers, const QList<QStringList> &rows) const;
    /// The given columns of every row of model (DisplayRole), headed by its horizontal header:
    /// what the user sees in the view.
    QByteArray write(const QAbstractItemModel &model, const QList<int> &columns) const;

private:
    Options m_options;
};
