#include "InboxPane.h"

#include "SeverityDelegate.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxProxyModel.h"
#include "storage/CaseStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kAllStatuses = -2;
constexpr int kOpenStatuses = -1;
} // namespace

InboxPane::InboxPane(CaseStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new InboxModel(store, this))
    , m_proxy(new InboxProxyModel(this))
    , m_view(new QTableView(this))
    , m_quickFilter(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_product(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_searchDelay(new QTimer(this))
    , m_readDelay(new QTimer(this))
    , m_loading(new QLabel(tr("Loading cases…"), this))
{
    setObjectName(QStringLiteral("inboxPane"));
    m_proxy->setBackgroundRows(InboxModel::backgroundLoadRows);
    m_proxy->setInboxModel(m_model);
    connect(m_model, &InboxModel::loaded, this, [this] {
        refreshFilterChoices();
        Q_EMIT countsChanged();
    });
    connect(m_proxy, &InboxProxyModel::arranged, this, [this] {
        if (!m_model->isLoading())
            m_loading->hide();
        if (const qint64 id = std::exchange(m_selectWhenArranged, 0))
            selectCase(id);
        Q_EMIT countsChanged();
    });
    connect(m_model, &InboxModel::loadFailed, this, [this](const QString &message) {
        m_loading->hide();
        Q_EMIT searchFailed(message);
    });

    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setPlaceholderText(tr("Filter by id, title, product, reporter, owner"));
    m_quickFilter->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search description and steps"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Full-text search over title, description and steps to reproduce; "
                            "the last word matches as a prefix."));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Open cases"), kOpenStatuses);
    m_status->addItem(tr("All cases"), kAllStatuses);
    for (CaseStatus s : CaseStatuses::all())
        m_status->addItem(CaseStatuses::displayName(s), int(s));
    m_product->setObjectName(QStringLiteral("productFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    // The combo boxes keep to a modest width and the two text fields keep room to type in,
    // even at 1366 pixels in German with long product names (the list shows them in full).
    for (QComboBox *combo : {m_status, m_product, m_owner}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_quickFilter->setMinimumWidth(m_quickFilter->fontMetrics().averageCharWidth() * 18);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 12);

    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several cases at once: exports of the selection (deadlines), bulk work.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setItemDelegateForColumn(InboxModel::Severity, new SeverityDelegate(m_view));
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    QFont bold = m_view->font();
    bold.setBold(true); // unread rows are bold
    const QFontMetrics metrics(bold);
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int pad = 2 * em;
    header->resizeSection(
        InboxModel::TrackingId, metrics.horizontalAdvance(QStringLiteral("PSIRT-2026-0000")) + pad);
    header->resizeSection(
        InboxModel::Received, metrics.horizontalAdvance(QStringLiteral("2026-11-23 23:59")) + pad);
    header->resizeSection(
        InboxModel::Severity, metrics.horizontalAdvance(QStringLiteral("10.0 Critical")) + pad);
    header->resizeSection(InboxModel::Status, 8 * em);
    header->resizeSection(InboxModel::NextDeadline,
        metrics.horizontalAdvance(QStringLiteral("Acknowledge 2026-11-23 23:59")) + pad);
    header->resizeSection(InboxModel::Title, 26 * em);
    header->resizeSection(InboxModel::Product, 11 * em);
    header->resizeSection(InboxModel::Reporter, 10 * em);
    header->resizeSection(InboxModel::Owner, 7 * em);
    m_view->sortByColumn(InboxModel::Received, Qt::DescendingOrder);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_quickFilter, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_product);
    filters->addWidget(m_owner);
    filters->addWidget(m_search, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    m_loading->setObjectName(QStringLiteral("inboxLoading"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->hide();
    layout->addWidget(m_loading);
    layout->addWidget(m_view, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    m_readDelay->setSingleShot(true);
    m_readDelay->setInterval(800);

    connect(m_quickFilter, &QLineEdit::textChanged, this, &InboxPane::applyFilters);
    connect(m_quickFilter, &QLineEdit::returnPressed, m_view, qOverload<>(&QWidget::setFocus));
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &InboxPane::applySearchNow);
    connect(m_searchDelay, &QTimer::timeout, this, &InboxPane::applyFilters);
    for (QComboBox *combo : {m_status, m_product, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &InboxPane::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const qint64 id = current.isValid() ? current.data(InboxModel::CaseIdRole).toLongLong() : 0;
            m_readDelay->start();
            Q_EMIT currentCaseChanged(id);
        });
    connect(m_readDelay, &QTimer::timeout, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.data(InboxModel::UnreadRole).toBool())
            if (const Status s = m_store.markRead(current.data(InboxModel::CaseIdRole).toLongLong()); !s)
                Q_EMIT searchFailed(s.error()); // the window shows it in its message bar
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InboxPane::countsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InboxPane::countsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InboxPane::countsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InboxPane::countsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InboxPane::countsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPane::refreshFilterChoices);
    setFocusProxy(m_view);
}

bool InboxPane::reload()
{
    if (const auto count = m_store.caseCount(); count && *count >= InboxModel::backgroundLoadRows) {
        m_loading->setText(tr("Loading %L1 cases…").arg(*count));
        m_loading->show();
        m_model->reloadInBackground();
        return true;
    }
    const bool ok = m_model->reload();
    refreshFilterChoices();
    return ok;
}

QString InboxPane::errorString() const
{
    return m_model->errorString();
}

void InboxPane::refreshFilterChoices()
{
    QSet<QString> products;
    QSet<QString> owners;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const InboxRow &row = m_model->rowAt(r);
        products.insert(row.product);
        if (!row.owner.isEmpty())
            owners.insert(row.owner);
    }
    const auto refill = [](QComboBox *combo, const QString &anyLabel, QStringList values,
                            const QList<QPair<QString, QString>> &extra) {
        const QString current = combo->currentData().toString();
        QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(anyLabel, QString());
        for (const auto &[label, value] : extra)
            combo->addItem(label, value);
        values.sort(Qt::CaseInsensitive);
        for (const QString &v : std::as_const(values)) {
            if (v.size() <= 200)
                combo->addItem(v, v);
        }
        const int at = combo->findData(current);
        combo->setCurrentIndex(at < 0 ? 0 : at);
        // The box is narrow; its list is as wide as the longest name.
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    };
    refill(m_product, tr("All products"), QStringList(products.cbegin(), products.cend()), {});
    refill(m_owner, tr("All owners"), QStringList(owners.cbegin(), owners.cend()),
        {{tr("Unassigned"), InboxFilter::unassignedOwner()}});
}

void InboxPane::applySearchNow()
{
    m_searchDelay->stop();
    applyFilters();
}

void InboxPane::applyFilters()
{
    InboxFilter f;
    f.quickText = m_quickFilter->text().trimmed();
    const int status = m_status->currentData().toInt();
    if (status == kAllStatuses) {
        f.statusScope = InboxFilter::StatusScope::All;
    } else if (status == kOpenStatuses) {
        f.statusScope = InboxFilter::StatusScope::Open;
    } else {
        f.statusScope = InboxFilter::StatusScope::One;
        f.status = CaseStatus(status);
    }
    f.product = m_product->currentData().toString();
    f.owner = m_owner->currentData().toString();
    if (!m_searchDelay->isActive() && !m_search->text().trimmed().isEmpty()) {
        const auto hits = m_store.search(m_search->text());
        if (hits) {
            f.searchHits = QSet<qint64>(hits->cbegin(), hits->cend());
        } else {
            Q_EMIT searchFailed(hits.error());
        }
    } else if (m_searchDelay->isActive()) {
        f.searchHits = m_proxy->filter().searchHits; // keep the last result while typing
    }
    m_proxy->setFilter(f);
    Q_EMIT countsChanged();
}

QList<qint64> InboxPane::selectedCaseIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(InboxModel::CaseIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 InboxPane::currentCaseId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(InboxModel::CaseIdRole).toLongLong() : 0;
}

void InboxPane::selectCase(qint64 id)
{
    const int sourceRow = m_model->rowOfCase(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by a filter: show everything so the analyst sees the case they asked for.
        m_quickFilter->clear();
        m_search->clear();
        m_searchDelay->stop();
        m_status->setCurrentIndex(m_status->findData(kAllStatuses));
        m_product->setCurrentIndex(0);
        m_owner->setCurrentIndex(0);
        applyFilters();
        if (m_proxy->isArranging()) { // a large inbox: select it once it shows
            m_selectWhenArranged = id;
            return;
        }
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool InboxPane::isLoading() const
{
    return m_model->isLoading() || m_proxy->isArranging();
}

int InboxPane::shownCount() const
{
    return m_proxy->rowCount();
}

QByteArray InboxPane::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void InboxPane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}
