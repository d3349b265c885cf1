#pragma once

#include <QObject>
#include <QTextObjectInterface>

/// Draws ReportChart objects inside a QTextDocument (see ReportDocument::addChart()).
class ReportChartHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ReportChartHandler)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    enum Property { ChartProperty = QTextFormat::UserProperty + 1, SizeProperty };

    ReportChartHandler() = default;

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
        const QTextFormat &format) override;
};
