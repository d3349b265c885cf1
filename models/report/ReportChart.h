#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/// A chart in a PDF report, drawn with QPainter as vectors where the text flows (a
/// QTextObjectInterface object): crisp at any zoom, small, and its labels stay text.
/// Plain data, so reports can be laid out on a worker thread.
struct ReportChart
{
    enum class Kind {
        Bars, // one horizontal bar per item: label, value
        Timeline, // one row per item: a span from start to end with a marker at the end
    };
    struct Item
    {
        QString label;
        double value = 0; // Bars
        QDateTime start; // Timeline
        QDateTime end; // Timeline: the marker (a deadline); invalid: no marker
        QColor color;
        QString note; // printed after the bar or marker ("12", "met")
    };

    Kind kind = Kind::Bars;
    QList<Item> items;
    QDateTime now; // Timeline: drawn as a vertical line when inside the range
};
Q_DECLARE_METATYPE(ReportChart)
