#include "QueuePane.h"

#include "commands/CaseEditor.h"
#include "core/AtomicFile.h"
#include "core/Case.h"
#include "export/CsvWriter.h"
#include "export/ExportService.h"
#include "inbox/InboxModel.h"
#include "queue/QueueModel.h"
#include "widgets/SaveFileDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

QueuePane::QueuePane(InboxModel *inbox, CaseEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_inbox(inbox)
    , m_model(new QueueModel(this))
    , m_view(new QTreeView)
    , m_quickFilter(new QLineEdit)
    , m_product(new QComboBox)
    , m_owner(new QComboBox)
    , m_assignee(new QComboBox)
    , m_priority(new QComboBox)
{
    m_quickFilter->setPlaceholderText(tr("Filter by id, title, product, reporter or owner"));
    m_quickFilter->setClearButtonEnabled(true);
    m_product->setObjectName(QStringLiteral("queueProduct"));
    m_owner->setObjectName(QStringLiteral("queueOwner"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_quickFilter, 2);
    filters->addWidget(new QLabel(tr("Product:")));
    filters->addWidget(m_product, 1);
    filters->addWidget(new QLabel(tr("Owner:")));
    filters->addWidget(m_owner, 1);

    m_assignee->setEditable(true);
    m_assignee->setObjectName(QStringLiteral("queueAssignee"));
    m_assignee->lineEdit()->setPlaceholderText(tr("Owner"));
    auto *assign = new QPushButton(tr("&Assign Selected"));
    for (const QString &p : CasePriorities::all())
        m_priority->addItem(CasePriorities::displayName(p), p);
    m_priority->setObjectName(QStringLiteral("queuePriority"));
    auto *prioritise = new QPushButton(tr("Set &Priority"));
    auto *exportButton = new QPushButton(tr("Export CSV…"));
    exportButton->setObjectName(QStringLiteral("queueExportCsv"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Selected cases:")));
    actions->addWidget(m_assignee, 1);
    actions->addWidget(assign);
    actions->addSpacing(12);
    actions->addWidget(m_priority);
    actions->addWidget(prioritise);
    actions->addStretch(1);
    actions->addWidget(exportButton);

    m_model->setInboxModel(inbox);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QueueModel::CaseColumn, QHeaderView::Stretch);
    // Columns fit what is on screen: measuring every one of 100,000 rows on each change
    // stalled the window.
    m_view->header()->setResizeContentsPrecision(0);
    m_rebuildPending = true; // laid out when first shown
    for (int c = 1; c < QueueModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_quickFilter, &QLineEdit::textChanged, this, &QueuePane::applyFilter);
    connect(m_product, &QComboBox::currentIndexChanged, this, &QueuePane::applyFilter);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &QueuePane::applyFilter);
    // A rebuilt queue opens every group again: a manager scans all of it.
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePane::afterRebuild);
    // A group that appears with its first case opens too (a case moving in changes nothing).
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view,
        [this](const QModelIndex &under, int first, int last) {
            if (under.isValid() && under.parent().isValid())
                return; // cases
            // A new band or state group holds the one case that made it.
            for (int row = first; row <= last; ++row)
                m_view->expandRecursively(m_model->index(row, 0, under));
        });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(QueueModel::CaseIdRole).toLongLong();
        if (id > 0)
            Q_EMIT caseActivated(id);
    });
    connect(
        assign, &QPushButton::clicked, this, [this] { assignSelected(m_assignee->currentText().trimmed()); });
    connect(exportButton, &QPushButton::clicked, this, &QueuePane::exportCsv);
    connect(prioritise, &QPushButton::clicked, this,
        [this] { prioritiseSelected(m_priority->currentData().toString()); });
    refreshChoices();
}

void QueuePane::afterRebuild()
{
    if (!isVisible()) {
        m_rebuildPending = true;
        return;
    }
    m_rebuildPending = false;
    expandGroups();
    refreshChoices();
}

void QueuePane::setExpandedCaseBudget(int cases)
{
    m_expandedCaseBudget = std::max(0, cases);
    expandGroups();
}

void QueuePane::expandGroups()
{
    // Every band and state group opens; the cases under a state group too, while they stay
    // within the budget: breached groups first, then due soon, paused, on track and those
    // without a running deadline, each in band order, so that a small due-soon group is not
    // left closed behind a large critical one. Laying out a row costs about 1.5
    // microseconds: 200,000 open cases (a 1,000,000-case history) held the window for a
    // quarter of a second on every rebuild, while a manager reads a group that large by its
    // count. A group left closed opens on a click.
    m_view->collapseAll(); // the expansions below are then marked and laid out once
    QList<QModelIndex> groups;
    for (int b = 0; b < m_model->rowCount(); ++b) {
        const QModelIndex band = m_model->index(b, 0);
        m_view->expand(band);
        for (int s = 0; s < m_model->rowCount(band); ++s)
            groups.append(m_model->index(s, 0, band));
    }
    std::stable_sort(groups.begin(), groups.end(), [](const QModelIndex &x, const QModelIndex &y) {
        return x.data(QueueModel::StateRole).toInt() < y.data(QueueModel::StateRole).toInt();
    });
    int budget = m_expandedCaseBudget;
    for (const QModelIndex &state : std::as_const(groups)) {
        const int cases = state.data(QueueModel::CountRole).toInt();
        if (cases > budget)
            continue;
        m_view->expand(state);
        budget -= cases;
    }
}

void QueuePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_rebuildPending)
        afterRebuild();
}

QueuePane::~QueuePane() = default;

void QueuePane::refreshChoices()
{
    if (!m_inbox)
        return;
    QSet<QString> products;
    QSet<QString> owners;
    for (int row = 0; row < m_inbox->rowCount(); ++row) {
        const InboxRow &r = m_inbox->rowAt(row);
        if (!CaseStatuses::isOpen(r.status))
            continue;
        products.insert(r.product);
        if (!r.owner.isEmpty())
            owners.insert(r.owner);
    }
    const auto fill = [](QComboBox *box, QSet<QString> values, const QString &anyText, bool withUnassigned) {
        const QString current = box->currentData().toString();
        QStringList sorted(values.cbegin(), values.cend());
        sorted.sort(Qt::CaseInsensitive);
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(anyText, QString());
        if (withUnassigned)
            box->addItem(tr("Unassigned"), InboxFilter::unassignedOwner());
        for (const QString &v : sorted)
            box->addItem(v.left(80), v);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_product, products, tr("Any"), false);
    fill(m_owner, owners, tr("Anyone"), true);
    const QString typed = m_assignee->currentText();
    const QSignalBlocker block(m_assignee);
    m_assignee->clear();
    QStringList sortedOwners(owners.cbegin(), owners.cend());
    sortedOwners.sort(Qt::CaseInsensitive);
    m_assignee->addItems(sortedOwners);
    m_assignee->setEditText(typed);
}

void QueuePane::applyFilter()
{
    InboxFilter filter;
    filter.quickText = m_quickFilter->text();
    filter.product = m_product->currentData().toString();
    filter.owner = m_owner->currentData().toString();
    m_model->setFilter(filter);
}

QList<qint64> QueuePane::selectedCaseIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const qint64 id = index.data(QueueModel::CaseIdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool QueuePane::applyToSelected(const QString &undoText, int field, const QVariant &value)
{
    const QList<qint64> ids = selectedCaseIds();
    if (ids.isEmpty())
        return false;
    // One step on the undo stack for the whole selection; each case's change is audited.
    QUndoStack *stack = m_editor.undoStack();
    stack->beginMacro(undoText);
    bool ok = true;
    for (qint64 id : ids)
        ok = m_editor.setField(id, CaseField(field), value) && ok;
    stack->endMacro();
    return ok;
}

bool QueuePane::assignSelected(const QString &owner)
{
    const int n = int(selectedCaseIds().size());
    const QString text = owner.isEmpty() ? tr("Unassign %n case(s)", nullptr, n)
                                         : tr("Assign %n case(s) to %1", nullptr, n).arg(owner.left(60));
    return applyToSelected(text, int(CaseField::Owner), owner);
}

bool QueuePane::prioritiseSelected(const QString &priority)
{
    const int n = int(selectedCaseIds().size());
    return applyToSelected(
        tr("Set the priority of %n case(s) to %1", nullptr, n).arg(CasePriorities::displayName(priority)),
        int(CaseField::Priority), priority);
}

QByteArray QueuePane::csv(bool bom) const
{
    CsvWriter::Options options;
    options.byteOrderMark = bom;
    return ExportService::queueCsv(*m_model, options);
}

void QueuePane::exportCsv()
{
    SaveFileDialog::ask(this, tr("Export Queue as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
        [this](const QString &file) {
            if (const Status s = AtomicFile::write(file, csv(true)); !s)
                Q_EMIT failed(s.error());
        });
}
