#include "TimelinePane.h"

#include "TimelineProxyModel.h"
#include "sla/TimelineModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

TimelinePane::TimelinePane(TimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new TimelineProxyModel(this))
    , m_filter(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_embargo(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

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

    m_embargo->setObjectName(QStringLiteral("embargoLabel"));
    m_embargo->setTextFormat(Qt::PlainText); // case data never renders as rich text
    m_embargo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);
    layout->addWidget(m_embargo);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilterMode(TimelineFilter::Mode(m_filter->currentData().toInt()));
        m_view->expandAll();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimelinePane::updateEmbargo);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelinePane::updateEmbargo);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePane::updateEmbargo);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    m_view->expandAll();
    updateEmbargo();
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
