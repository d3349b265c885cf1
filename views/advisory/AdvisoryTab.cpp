#include "AdvisoryTab.h"

#include "advisory/AdvisoryStore.h"
#include "advisory/CweCatalog.h"
#include "advisory/SetAdvisoryCommand.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "storage/CaseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QTableWidget *newTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(110);
    return table;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

QComboBox *comboAt(const QTableWidget *table, int row, int column)
{
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

// A group with its table and the Add / Remove buttons under it.
QGroupBox *tableGroup(const QString &title, QTableWidget *table, QPushButton *add)
{
    auto *remove = new QPushButton(QCoreApplication::translate("AdvisoryTab", "Remove"));
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(table);
    layout->addLayout(buttons);
    return box;
}

} // namespace

AdvisoryTab::AdvisoryTab(CaseEditor &editor, AdvisoryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_store(store)
    , m_cves(new QLineEdit)
    , m_cwes(new QLineEdit)
    , m_cweNames(new QLabel)
    , m_products(newTable(
          {tr("Product"), tr("Version (or first of range)"), tr("Fixed in (range end)"), tr("Status")}))
    , m_remediations(newTable({tr("Kind"), tr("What to do"), tr("Fixed in"), tr("Address (https)")}))
    , m_acknowledgments(newTable({tr("Name"), tr("Organisation"), tr("Consents to be named")}))
    , m_revisions(newTable({tr("Revision"), tr("Date (UTC)"), tr("Summary")}))
    , m_error(new QLabel)
    , m_save(new QPushButton(tr("&Save Advisory Data")))
{
    m_cves->setObjectName(QStringLiteral("advisoryCves"));
    m_cves->setPlaceholderText(tr("CVE-2026-12345, CVE-2026-12346"));
    m_cwes->setObjectName(QStringLiteral("advisoryCwes"));
    m_cwes->setPlaceholderText(tr("CWE-787, CWE-122"));
    m_cweNames->setWordWrap(true);
    m_cweNames->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("advisoryError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_save->setObjectName(QStringLiteral("advisorySave"));

    auto *ids = new QFormLayout;
    ids->addRow(tr("CVE ids:"), m_cves);
    ids->addRow(tr("CWE:"), m_cwes);
    ids->addRow(QString(), m_cweNames);

    auto *addProduct = new QPushButton(tr("Add Product"));
    auto *addRemediation = new QPushButton(tr("Add Remediation"));
    auto *addAcknowledgment = new QPushButton(tr("Add Acknowledgment"));
    auto *addRevision = new QPushButton(tr("Add Revision"));
    addProduct->setObjectName(QStringLiteral("addProduct"));
    addRemediation->setObjectName(QStringLiteral("addRemediation"));
    addAcknowledgment->setObjectName(QStringLiteral("addAcknowledgment"));
    addRevision->setObjectName(QStringLiteral("addRevision"));

    auto *page = new QWidget;
    auto *content = new QVBoxLayout(page);
    content->addLayout(ids);
    content->addWidget(tableGroup(tr("Affected products"), m_products, addProduct));
    content->addWidget(tableGroup(tr("Remediation"), m_remediations, addRemediation));
    content->addWidget(tableGroup(tr("Acknowledgments"), m_acknowledgments, addAcknowledgment));
    content->addWidget(tableGroup(tr("Revision history"), m_revisions, addRevision));
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *revert = new QPushButton(tr("Revert"));
    revert->setObjectName(QStringLiteral("advisoryRevert"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(addProduct, &QPushButton::clicked, this, [this] { addProductRow(); });
    connect(addRemediation, &QPushButton::clicked, this, [this] { addRemediationRow(); });
    connect(addAcknowledgment, &QPushButton::clicked, this, [this] { addAcknowledgmentRow(); });
    connect(addRevision, &QPushButton::clicked, this, [this] {
        addRevisionRow({QString::number(m_revisions->rowCount() + 1), Clock::nowUtc(), QString()});
    });
    connect(m_save, &QPushButton::clicked, this, &AdvisoryTab::save);
    connect(revert, &QPushButton::clicked, this, &AdvisoryTab::reload);
    connect(m_cwes, &QLineEdit::textChanged, this, &AdvisoryTab::updateCweNames);
    // After a save, an undo or redo, or another analyst's save, the page shows what is
    // stored — unless it holds edits of this analyst's not saved yet: those stay, and saving
    // them is refused as stale (Revert shows the other save).
    connect(&m_editor.store(), &CaseStore::caseChanged, this, [this](qint64 id, CaseFields fields) {
        if (id != m_caseId || !fields.testFlag(CaseField::Advisory))
            return;
        if (m_saving || pageData() == m_shown) {
            reload();
            return;
        }
        showError(tr("Someone else saved this case's advisory data meanwhile; Revert shows theirs."));
    });
    setEnabled(false);
}

AdvisoryTab::~AdvisoryTab() = default;

void AdvisoryTab::showCase(qint64 caseId)
{
    m_caseId = caseId;
    setEnabled(caseId > 0);
    reload();
}

void AdvisoryTab::reload()
{
    m_error->hide();
    if (m_caseId <= 0) {
        fill({});
        return;
    }
    const auto stored = m_store.load(m_caseId);
    if (!stored) {
        showError(stored.error());
        return;
    }
    m_saved = stored->data;
    m_version = stored->rowVersion;
    fill(m_saved);
    m_shown = pageData();
}

void AdvisoryTab::fill(const AdvisoryData &advisory)
{
    m_cves->setText(advisory.cves.join(QStringLiteral(", ")));
    QStringList cwes;
    for (int cwe : advisory.cwes)
        cwes.append(CweCatalog::label(cwe));
    m_cwes->setText(cwes.join(QStringLiteral(", ")));
    for (QTableWidget *t : {m_products, m_remediations, m_acknowledgments, m_revisions})
        t->setRowCount(0);
    for (const AffectedProduct &p : advisory.products)
        addProductRow(p);
    for (const Remediation &r : advisory.remediations)
        addRemediationRow(r);
    for (const Acknowledgment &a : advisory.acknowledgments)
        addAcknowledgmentRow(a);
    for (const Revision &r : advisory.revisions)
        addRevisionRow(r);
    updateCweNames();
}

void AdvisoryTab::updateCweNames()
{
    QStringList names;
    for (const QString &part : m_cwes->text().split(u',', Qt::SkipEmptyParts)) {
        int id = 0;
        if (!CweCatalog::parse(part, &id))
            continue;
        const QString name = CweCatalog::name(id);
        names.append(name.isEmpty() ? tr("%1: not in the catalogue").arg(CweCatalog::label(id))
                                    : CweCatalog::label(id) + u' ' + name);
    }
    m_cweNames->setText(names.join(u'\n'));
}

void AdvisoryTab::addProductRow(const AffectedProduct &p)
{
    const int row = m_products->rowCount();
    m_products->insertRow(row);
    setCell(m_products, row, 0, p.product);
    setCell(m_products, row, 1, p.version);
    setCell(m_products, row, 2, p.lessThan);
    auto *status = new QComboBox;
    for (const ProductStatus s : ProductStatuses::all())
        status->addItem(ProductStatuses::displayName(s), int(s));
    status->setCurrentIndex(status->findData(int(p.status)));
    m_products->setCellWidget(row, 3, status);
}

void AdvisoryTab::addRemediationRow(const Remediation &r)
{
    const int row = m_remediations->rowCount();
    m_remediations->insertRow(row);
    auto *kind = new QComboBox;
    for (const RemediationCategory c : RemediationCategories::all())
        kind->addItem(RemediationCategories::displayName(c), int(c));
    kind->setCurrentIndex(kind->findData(int(r.category)));
    m_remediations->setCellWidget(row, 0, kind);
    setCell(m_remediations, row, 1, r.details);
    setCell(m_remediations, row, 2, r.fixedVersion);
    setCell(m_remediations, row, 3, r.url);
}

void AdvisoryTab::addAcknowledgmentRow(const Acknowledgment &a)
{
    const int row = m_acknowledgments->rowCount();
    m_acknowledgments->insertRow(row);
    setCell(m_acknowledgments, row, 0, a.name);
    setCell(m_acknowledgments, row, 1, a.organization);
    auto *consent = new QTableWidgetItem;
    consent->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    consent->setCheckState(a.consent ? Qt::Checked : Qt::Unchecked);
    m_acknowledgments->setItem(row, 2, consent);
}

void AdvisoryTab::addRevisionRow(const Revision &r)
{
    const int row = m_revisions->rowCount();
    m_revisions->insertRow(row);
    setCell(m_revisions, row, 0, r.number);
    setCell(m_revisions, row, 1, r.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    setCell(m_revisions, row, 2, r.summary);
}

AdvisoryData AdvisoryTab::pageData() const
{
    AdvisoryData page;
    for (const QString &part : m_cves->text().split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            page.cves.append(part.trimmed().toUpper());
    }
    for (const QString &part : m_cwes->text().split(u',', Qt::SkipEmptyParts)) {
        int id = 0;
        // An unparsable entry becomes 0, which validate() refuses with its reason.
        page.cwes.append(CweCatalog::parse(part, &id) ? id : 0);
    }
    for (int row = 0; row < m_products->rowCount(); ++row) {
        AffectedProduct p {cellText(m_products, row, 0), cellText(m_products, row, 1),
            cellText(m_products, row, 2), ProductStatus::UnderInvestigation};
        if (const QComboBox *status = comboAt(m_products, row, 3))
            p.status = ProductStatus(status->currentData().toInt());
        page.products.append(p);
    }
    for (int row = 0; row < m_remediations->rowCount(); ++row) {
        Remediation r {RemediationCategory::VendorFix, cellText(m_remediations, row, 1),
            cellText(m_remediations, row, 2), cellText(m_remediations, row, 3)};
        if (const QComboBox *kind = comboAt(m_remediations, row, 0))
            r.category = RemediationCategory(kind->currentData().toInt());
        page.remediations.append(r);
    }
    for (int row = 0; row < m_acknowledgments->rowCount(); ++row) {
        const QTableWidgetItem *consent = m_acknowledgments->item(row, 2);
        page.acknowledgments.append({cellText(m_acknowledgments, row, 0), cellText(m_acknowledgments, row, 1),
            consent && consent->checkState() == Qt::Checked});
    }
    for (int row = 0; row < m_revisions->rowCount(); ++row) {
        QDateTime date
            = QDateTime::fromString(cellText(m_revisions, row, 1), QStringLiteral("yyyy-MM-dd HH:mm"));
        date.setTimeZone(QTimeZone::UTC);
        page.revisions.append({cellText(m_revisions, row, 0), date, cellText(m_revisions, row, 2)});
    }
    return page;
}

void AdvisoryTab::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString AdvisoryTab::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool AdvisoryTab::save()
{
    if (m_caseId <= 0)
        return false;
    const AdvisoryData page = pageData();
    if (const Status valid = page.validate(); !valid) {
        showError(valid.error());
        return false;
    }
    showError({});
    if (page == m_saved)
        return true;
    const qint64 caseId = m_caseId;
    const int before = m_version;
    m_saving = true;
    m_editor.undoStack()->push(new SetAdvisoryCommand(m_editor, m_store, caseId, m_saved, page, m_version));
    m_saving = false;
    // The command's save re-read the page through caseChanged; a refused one left it.
    if (m_version == before) {
        showError(tr("Not saved: the database refused it (see the message bar)."));
        return false;
    }
    return true;
}
