#include "TestSupport.h"
#include "sla/TimelineModel.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelinePane.h"

#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

#include <memory>

// The Gantt chart of the timeline pane, run for real on the offscreen platform.
class TestTimelineChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void init();
    void cleanup();
    void layoutGeometry();
    void showsEveryCase();
    void zoomChangesScale();
    void hoverShowsTooltip();
    void clickActivatesCase();
    void followsModel();

private:
    static QDateTime instant(const char *text)
    {
        return QDateTime::fromString(QLatin1StringView(text), Qt::ISODateWithMs).toUTC();
    }
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<TimelinePane> m_pane;
    TimelineChart *m_chart = nullptr;
};

void TestTimelineChart::init()
{
    m_model = std::make_unique<TimelineModel>(SlaEngine(
        DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone("Europe/Berlin")));
    m_model->setNow(instant("2026-07-09T12:00:00Z"));
    TimelineModel::CaseEntry fresh {1, QStringLiteral("fresh"), {}, {}, {}};
    fresh.events.received = instant("2026-07-08T10:00:00Z");
    TimelineModel::CaseEntry dueSoon {2, QStringLiteral("due soon"), {}, {}, {}};
    dueSoon.events.received = instant("2026-07-01T10:00:00Z");
    TimelineModel::CaseEntry done {3, QStringLiteral("done"), {}, {}, {}};
    done.events.received = instant("2026-06-01T10:00:00Z");
    done.events.acknowledged = instant("2026-06-02T10:00:00Z");
    done.events.assessed = instant("2026-06-03T10:00:00Z");
    done.events.resolved = instant("2026-06-04T10:00:00Z");
    done.events.disclosed = instant("2026-06-04T10:00:00Z");
    m_model->setCases({fresh, dueSoon, done});
    m_pane = std::make_unique<TimelinePane>(m_model.get());
    m_pane->resize(1000, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_chart = m_pane->findChild<TimelineChart *>(QStringLiteral("timelineChart"));
    QVERIFY(m_chart);
    m_chart->setPixelsPerDay(20);
    m_chart->scrollToNow();
}

void TestTimelineChart::cleanup()
{
    m_pane.reset();
    m_model.reset();
}

void TestTimelineChart::layoutGeometry()
{
    TimelineLayout layout;
    TimelineLayout::Row a {1, QStringLiteral("a"), 0, 0, ClockState::OnTrack, {}};
    const qint64 day = 24 * 3600 * 1000LL;
    a.receivedMs = 100 * day;
    a.endMs = 110 * day;
    a.milestones
        = {{QStringLiteral("acknowledge"), QStringLiteral("Acknowledge"), 105 * day, ClockState::OnTrack},
            {QStringLiteral("disclose"), QStringLiteral("Disclose"), 110 * day, ClockState::DueSoon}};
    TimelineLayout::Row b = a;
    b.caseId = 2;
    b.receivedMs = 200 * day;
    b.endMs = 210 * day;
    b.milestones
        = {{QStringLiteral("acknowledge"), QStringLiteral("Acknowledge"), 210 * day, ClockState::Breached}};
    layout.setRows({a, b});
    layout.setRowHeight(20);
    layout.setPixelsPerDay(10);
    QCOMPARE(layout.firstMs(), 100 * day);
    QCOMPARE(layout.lastMs(), 210 * day);
    QCOMPARE(layout.origin(), 93 * day); // a week of margin
    QCOMPARE(layout.xAt(100 * day), 70.0);
    QCOMPARE(layout.msAt(70.0), 100 * day);
    QCOMPARE(layout.contentHeight(), 40.0);
    QCOMPARE(layout.contentWidth(), 1240.0);
    QCOMPARE(layout.rowAt(5), 0);
    QCOMPARE(layout.rowAt(25), 1);
    QCOMPARE(layout.rowAt(45), -1);

    // Only what the visible rectangle touches: row 0 at days 100–110 (x 70–170).
    const TimelineLayout::Geometry g = layout.layout(QRectF(0, 0, 150, 19));
    QCOMPARE(g.firstRow, 0);
    QCOMPARE(g.lastRow, 0);
    QCOMPARE(g.bars.size(), 1);
    QCOMPARE(g.bars.at(0).rect.left(), 70.0);
    QCOMPARE(g.bars.at(0).rect.width(), 100.0);
    QCOMPARE(g.markers.size(), 1); // disclose at x 170 is out of view
    QCOMPARE(g.markers.at(0).center, QPointF(120, 10));

    const auto hit = layout.markerAt(QPointF(122, 11));
    QVERIFY(hit);
    QCOMPARE(hit->row, 0);
    QCOMPARE(hit->milestone, 0);
    QVERIFY(!layout.markerAt(QPointF(140, 10)));

    layout.setPixelsPerDay(1e6);
    QCOMPARE(layout.pixelsPerDay(), TimelineLayout::maxPixelsPerDay);
}

void TestTimelineChart::showsEveryCase()
{
    QCOMPARE(m_chart->layoutGeometry().rowCount(), 3);
    // Ordered like the table beside it (the pane's proxy: by deadline).
    QTreeView *view = m_pane->view();
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_chart->layoutGeometry().row(row).caseId,
            view->model()->index(row, 0).data(TimelineModel::CaseIdRole).toLongLong());
    QVERIFY(!m_chart->grab().isNull());
}

void TestTimelineChart::zoomChangesScale()
{
    auto *zoomIn = m_pane->findChild<QToolButton *>(QStringLiteral("timelineZoomIn"));
    auto *zoomOut = m_pane->findChild<QToolButton *>(QStringLiteral("timelineZoomOut"));
    auto *fit = m_pane->findChild<QToolButton *>(QStringLiteral("timelineFit"));
    auto *slider = m_pane->findChild<QSlider *>(QStringLiteral("timelineZoom"));
    QVERIFY(zoomIn && zoomOut && fit && slider);

    const double start = m_chart->pixelsPerDay();
    QCOMPARE(slider->value(), m_chart->zoomLevel());
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QCOMPARE(m_chart->pixelsPerDay(), start * 1.5);
    QCOMPARE(slider->value(), m_chart->zoomLevel());
    QTest::mouseClick(zoomOut, Qt::LeftButton);
    QTest::mouseClick(zoomOut, Qt::LeftButton);
    QVERIFY(m_chart->pixelsPerDay() < start);

    slider->setValue(TimelineChart::zoomSteps);
    QCOMPARE(m_chart->pixelsPerDay(), TimelineLayout::maxPixelsPerDay);
    slider->setValue(0);
    QCOMPARE(m_chart->pixelsPerDay(), TimelineLayout::minPixelsPerDay);

    // Ctrl+wheel zooms around the pointer.
    const double before = m_chart->pixelsPerDay();
    const QPoint at(500, 100);
    QWheelEvent wheel(at, m_chart->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
        Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_chart->viewport(), &wheel);
    QVERIFY(m_chart->pixelsPerDay() > before);

    // Fit shows the whole range in the visible width.
    QTest::mouseClick(fit, Qt::LeftButton);
    QCOMPARE(m_chart->horizontalScrollBar()->maximum(), 0);
}

void TestTimelineChart::hoverShowsTooltip()
{
    const auto pos = m_chart->markerPosition(2, QStringLiteral("acknowledge"));
    QVERIFY(pos);
    const QString text = m_chart->toolTipAt(*pos);
    QVERIFY2(text.contains(QStringLiteral("#2")), qPrintable(text));
    QVERIFY2(text.contains(ClockStates::displayName(ClockState::DueSoon)), qPrintable(text));
    // 9 July 23:59 in Berlin is 21:59 UTC: both are shown.
    QVERIFY2(text.contains(QStringLiteral("2026-07-09 23:59 CEST")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-07-09 21:59 UTC")), qPrintable(text));
    QVERIFY2(text.contains(DisclosurePolicy::iso29147().displayName()), qPrintable(text));
    QVERIFY(m_chart->toolTipAt(QPoint(5, 5)).isEmpty());

    QHelpEvent help(QEvent::ToolTip, *pos, m_chart->viewport()->mapToGlobal(*pos));
    QCoreApplication::sendEvent(m_chart->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), text);
    QToolTip::hideText();
}

void TestTimelineChart::clickActivatesCase()
{
    QSignalSpy chartSpy(m_chart, &TimelineChart::caseActivated);
    QSignalSpy paneSpy(m_pane.get(), &TimelinePane::caseActivated);
    m_chart->fitAll();
    for (const qint64 id : {3, 1}) {
        const auto pos = m_chart->markerPosition(id, QStringLiteral("acknowledge"));
        QVERIFY(pos);
        QCOMPARE(m_chart->caseAt(*pos), id);
        QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {}, *pos + QPoint(30, 0));
        QCOMPARE(chartSpy.takeLast().at(0).toLongLong(), id);
        QCOMPARE(paneSpy.takeLast().at(0).toLongLong(), id);
        // The table follows: its current row is the clicked case.
        QCOMPARE(m_pane->view()->currentIndex().data(TimelineModel::CaseIdRole).toLongLong(), id);
    }
    // Selecting a case in the table highlights it in the chart.
    m_pane->view()->setCurrentIndex(m_pane->view()->model()->index(1, 0));
    QCOMPARE(m_chart->selectedCase(),
        m_pane->view()->model()->index(1, 0).data(TimelineModel::CaseIdRole).toLongLong());

    // Clicking the axis activates nothing.
    QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {}, QPoint(400, 5));
    QCOMPARE(chartSpy.count(), 0);
}

void TestTimelineChart::followsModel()
{
    TimelineModel::CaseEntry late {4, QStringLiteral("late"), {}, {}, {}};
    late.events.received = instant("2026-06-20T10:00:00Z");
    m_model->upsertCase(late);
    QTRY_COMPARE(m_chart->layoutGeometry().rowCount(), 4);
    m_model->removeCase(1);
    QTRY_COMPARE(m_chart->layoutGeometry().rowCount(), 3);
    m_model->setNow(instant("2026-08-01T12:00:00Z"));
    QTRY_VERIFY(m_chart->layoutGeometry().end() >= instant("2026-08-08T12:00:00Z").toMSecsSinceEpoch());
    m_model->setCases({});
    QTRY_COMPARE(m_chart->layoutGeometry().rowCount(), 0);
}

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
