#include "TimelinePane.h"

#include "TimelineChart.h"
#include "TimelineProxyModel.h"
#include "sla/TimelineModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

TimelinePane::TimelinePane(TimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new TimelineProxyModel(this))
    , m_filter(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_chart(nullptr)
    , m_zoom(new QSlider(Qt::Horizontal, this))
    , m_embargo(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_chart = new TimelineChart(m_model, m_proxy, this);

    m_filter->setObjectName(QStringLiteral("timelineFilter"));
    m_filter->addItem(tr("All deadlines"), int(TimelineFilter::Mode::All));
    m_filter->addItem(tr("Open deadlines"), int(TimelineFilter::Mode::Open));
    m_filter->addItem(tr("Due soon or breached"), int(TimelineFilter::Mode::AtRisk));
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);

    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TimelineModel::DeadlineColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns fit what is on screen: measuring every one of 100,000 rows on each change
    // stalled the window.
    m_view->header()->setResizeContentsPrecision(0);

    m_embargo->setObjectName(QStringLiteral("embargoLabel"));
    m_embargo->setTextFormat(Qt::PlainText); // case data never renders as rich text
    m_embargo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto button = [this](const QString &name, const QString &text, const QString &toolTip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(toolTip);
        return b;
    };
    auto *zoomOut = button(QStringLiteral("timelineZoomOut"), tr("−"), tr("Zoom out (Ctrl+wheel)"));
    auto *zoomIn = button(QStringLiteral("timelineZoomIn"), tr("+"), tr("Zoom in (Ctrl+wheel)"));
    auto *fit = button(QStringLiteral("timelineFit"), tr("Fit"), tr("Show every case's whole timeline"));
    auto *today = button(QStringLiteral("timelineToday"), tr("Now"), tr("Scroll to the current time"));
    m_zoom->setObjectName(QStringLiteral("timelineZoom"));
    m_zoom->setRange(0, TimelineChart::zoomSteps);
    m_zoom->setValue(m_chart->zoomLevel());
    m_zoom->setMaximumWidth(160);
    m_zoom->setToolTip(tr("Zoom from quarters to hours"));

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addStretch();
    top->addWidget(zoomOut);
    top->addWidget(m_zoom);
    top->addWidget(zoomIn);
    top->addWidget(fit);
    top->addWidget(today);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("timelineSplitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter);
    layout->addWidget(m_embargo);

    connect(zoomOut, &QToolButton::clicked, m_chart, &TimelineChart::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_chart, &TimelineChart::zoomIn);
    connect(fit, &QToolButton::clicked, m_chart, &TimelineChart::fitAll);
    connect(today, &QToolButton::clicked, m_chart, &TimelineChart::scrollToNow);
    connect(m_zoom, &QSlider::valueChanged, m_chart, &TimelineChart::setZoomLevel);
    connect(m_chart, &TimelineChart::zoomChanged, m_zoom, [this](int level) {
        const QSignalBlocker blocker(m_zoom);
        m_zoom->setValue(level);
    });
    connect(m_chart, &TimelineChart::caseActivated, this, [this](qint64 caseId) {
        selectCase(caseId);
        Q_EMIT caseActivated(caseId);
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(TimelineModel::CaseIdRole).toLongLong(); id > 0)
            Q_EMIT caseActivated(id);
    });

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilterMode(TimelineFilter::Mode(m_filter->currentData().toInt()));
        expandIfSmall();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimelinePane::updateEmbargo);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_chart,
        [this](const QModelIndex &current) {
            m_chart->setSelectedCase(current.data(TimelineModel::CaseIdRole).toLongLong());
        });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelinePane::updateEmbargo);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePane::updateEmbargo);
    // A new case opens on its own; the whole tree is expanded only when it is rebuilt.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view,
        [this](const QModelIndex &under, int first, int last) {
            if (under.isValid())
                return;
            if (m_proxy->rowCount() > expandAllLimit)
                return;
            for (int row = first; row <= last; ++row)
                m_view->expand(m_proxy->index(row, 0));
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePane::expandIfSmall);
    expandIfSmall();
    updateEmbargo();
}

void TimelinePane::expandIfSmall()
{
    // Expanding lays out every milestone row (and maps every case through the proxy): with
    // tens of thousands of open cases that blocks the window for seconds, while the chart
    // above already shows every milestone. Large timelines open collapsed; a case expands
    // on a click.
    if (m_proxy->rowCount() <= expandAllLimit)
        m_view->expandAll();
}

void TimelinePane::selectCase(qint64 caseId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfCase(caseId));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TimelinePane::updateEmbargo()
{
    QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (current.isValid() && current.parent().isValid())
        current = current.parent();
    current = current.siblingAtColumn(0);
    if (!current.isValid()) {
        m_embargo->setText(tr("Select a case to see its embargo."));
        return;
    }
    for (int row = 0; row < m_model->rowCount(current); ++row) {
        const QModelIndex milestone = m_model->index(row, 0, current);
        if (milestone.data(TimelineModel::MilestoneIdRole).toString() != u"embargo")
            continue;
        Embargo e;
        e.at = milestone.data(TimelineModel::DeadlineRole).toDateTime();
        m_embargo->setText(e.isSet()
                ? tr("Case #%1 embargo ends %2")
                      .arg(current.data(TimelineModel::CaseIdRole).toString(),
                          e.displayText(m_model->engine().timeZone()))
                : tr("Case #%1 has no embargo.").arg(current.data(TimelineModel::CaseIdRole).toString()));
        return;
    }
}
