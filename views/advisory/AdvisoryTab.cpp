#include "AdvisoryTab.h"

#include "advisory/AdvisoryStore.h"
#include "advisory/AdvisoryTemplate.h"
#include "advisory/CweCatalog.h"
#include "advisory/SetAdvisoryCommand.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "core/TextSanitizer.h"
#include "export/AdvisoryCase.h"
#include "export/ExportService.h"
#include "storage/CaseStore.h"
#include "storage/ProductCatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyledItemDelegate>
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

// The row whose cell widget in column is w (rows move when others are removed).
int rowOf(const QTableWidget *table, const QWidget *w, int column)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->cellWidget(row, column) == w)
            return row;
    }
    return -1;
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

QPlainTextEdit *textField(const char *name, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1StringView(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

// The affected-product table's columns that pick from the catalogue.
constexpr int productColumn = 0;
constexpr int versionColumn = 1;
constexpr int rangeEndColumn = 2;

// The product cells as editable lists: the catalogue's products, and the releases of the
// product the row names. What is typed is kept as typed, except a range typed into the
// Version cell, which is split into first version and end.
class ProductCellDelegate final : public QStyledItemDelegate
{
public:
    ProductCellDelegate(const QList<Product> &products, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_products(products)
    { }

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() > rangeEndColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *box = new QComboBox(parent);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        if (index.column() == productColumn) {
            box->setObjectName(QStringLiteral("advisoryProductEditor"));
            for (const Product &p : m_products)
                box->addItem(p.name);
        } else {
            box->setObjectName(index.column() == versionColumn ? QStringLiteral("advisoryVersionEditor")
                                                               : QStringLiteral("advisoryRangeEndEditor"));
            const QString name = index.siblingAtColumn(productColumn).data().toString().trimmed();
            for (const Product &p : m_products) {
                if (p.name.compare(name, Qt::CaseInsensitive) != 0)
                    continue;
                for (const ProductRelease &r : p.releases)
                    box->addItem(r.version);
            }
            if (index.column() == versionColumn)
                box->setToolTip(QCoreApplication::translate("AdvisoryTab",
                    "A release, or a range: “< 2.4.1” for every version before 2.4.1, “1.0 – 2.4” "
                    "for 1.0 up to, not including, 2.4."));
        }
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            box->setEditText(index.data().toString());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *box = qobject_cast<QComboBox *>(editor);
        if (!box) {
            QStyledItemDelegate::setModelData(editor, model, index);
            return;
        }
        const QString text = box->currentText().trimmed();
        if (index.column() == versionColumn) {
            // "< 2.4.1", "before 2.4.1"; "1.0 – 2.4", "1.0 - 2.4", "1.0 to 2.4", "1.0..2.4".
            static const QRegularExpression before(
                QStringLiteral("^(?:<|before\\s)\\s*(\\S+)$"), QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression between(
                QStringLiteral(
                    "^(\\S+?)\\s*(?:\\x{2013}|\\x{2014}|\\.\\.|\\s-\\s|\\sto\\s)\\s*<?\\s*(\\S+)$"),
                QRegularExpression::CaseInsensitiveOption);
            if (const auto m = before.match(text); m.hasMatch()) {
                model->setData(index, QString());
                model->setData(index.siblingAtColumn(rangeEndColumn), m.captured(1));
                return;
            }
            if (const auto m = between.match(text); m.hasMatch()) {
                model->setData(index, m.captured(1));
                model->setData(index.siblingAtColumn(rangeEndColumn), m.captured(2));
                return;
            }
        }
        model->setData(index, text);
    }

private:
    const QList<Product> &m_products;
};

} // namespace

AdvisoryTab::AdvisoryTab(CaseEditor &editor, AdvisoryStore &store, QWidget *parent)
    : AdvisoryTab(editor, store, nullptr, parent)
{ }

AdvisoryTab::AdvisoryTab(
    CaseEditor &editor, AdvisoryStore &store, const ProductCatalogue *catalogue, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_store(store)
    , m_catalogue(catalogue)
    , m_vulnerabilities(new QListWidget)
    , m_cve(new QLineEdit)
    , m_cwes(new QLineEdit)
    , m_cweNames(new QLabel)
    , m_title(new QLineEdit)
    , m_summary(textField("advisorySummary", 2))
    , m_description(textField("advisoryDescription", 4))
    , m_impact(textField("advisoryImpact", 2))
    , m_products(newTable({tr("Product"), tr("Version (or first of range)"), tr("Fixed in (range end)"),
          tr("Status"), tr("Why not affected"), tr("Impact statement")}))
    , m_remediations(newTable({tr("Kind"), tr("What to do"), tr("Fixed in"), tr("Address (https)")}))
    , m_consent(new QLabel)
    , m_creditName(new QLineEdit)
    , m_creditType(new QComboBox)
    , m_aliases(new QLineEdit)
    , m_acknowledgments(newTable(
          {tr("Name to credit"), tr("Organisation (team only)"), tr("Role"), tr("Consents to be named")}))
    , m_revisions(newTable({tr("Revision"), tr("Date (UTC)"), tr("Summary")}))
    , m_error(new QLabel)
    , m_save(new QPushButton(tr("&Save Advisory Data")))
    , m_publish(new QPushButton(tr("&Publish Revision…")))
{
    m_vulnerabilities->setObjectName(QStringLiteral("advisoryVulnerabilities"));
    m_vulnerabilities->setMaximumHeight(m_vulnerabilities->fontMetrics().lineSpacing() * 6 + 8);
    // Every column as wide as its contents; the impact statement takes the rest (a narrow
    // pane scrolls sideways rather than cutting product names).
    QHeaderView *productHeader = m_products->horizontalHeader();
    productHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    productHeader->setSectionResizeMode(5, QHeaderView::Stretch);
    m_products->setObjectName(QStringLiteral("advisoryProducts"));
    if (m_catalogue)
        m_products->setItemDelegate(new ProductCellDelegate(m_catalogueProducts, m_products));
    m_cve->setObjectName(QStringLiteral("advisoryCve"));
    m_cve->setPlaceholderText(tr("CVE-2026-12345"));
    m_cwes->setObjectName(QStringLiteral("advisoryCwes"));
    m_cwes->setPlaceholderText(tr("CWE-787, CWE-122"));
    m_cweNames->setObjectName(QStringLiteral("advisoryCweNames"));
    m_cweNames->setWordWrap(true);
    m_cweNames->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("advisoryTitle"));
    m_title->setMaxLength(AdvisoryData::maxTitleChars);
    m_consent->setObjectName(QStringLiteral("advisoryConsent"));
    m_consent->setWordWrap(true);
    m_consent->setTextFormat(Qt::PlainText);
    m_creditName->setObjectName(QStringLiteral("advisoryCreditName"));
    m_creditName->setPlaceholderText(tr("The reporter's name, or the handle they want to be credited as"));
    m_creditType->setObjectName(QStringLiteral("advisoryCreditType"));
    for (const CreditType t : CreditTypes::all())
        m_creditType->addItem(CreditTypes::displayName(t), int(t));
    m_aliases->setObjectName(QStringLiteral("advisoryAliases"));
    m_aliases->setPlaceholderText(tr("Handles and other addresses, separated by commas"));
    m_revisions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_error->setObjectName(QStringLiteral("advisoryError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_save->setObjectName(QStringLiteral("advisorySave"));
    m_publish->setObjectName(QStringLiteral("publishRevision"));

    auto *addVuln = new QPushButton(tr("Add Vulnerability"));
    auto *removeVuln = new QPushButton(tr("Remove"));
    addVuln->setObjectName(QStringLiteral("addVulnerability"));
    removeVuln->setObjectName(QStringLiteral("removeVulnerability"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addVuln);
    listButtons->addWidget(removeVuln);
    auto *listBox = new QGroupBox(tr("Vulnerabilities"));
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_vulnerabilities, 1);
    listLayout->addLayout(listButtons);

    auto *ids = new QFormLayout;
    ids->addRow(tr("CVE id:"), m_cve);
    ids->addRow(tr("CWE:"), m_cwes);
    ids->addRow(QString(), m_cweNames);

    auto *publicNote = new QLabel(tr("Written for the public: CSAF, CVE records and every document for "
                                     "outside readers take these words, never the report's. Leave a "
                                     "field empty and the template's words are used."));
    publicNote->setWordWrap(true);
    auto *fromTemplate = new QPushButton(tr("Fill Empty Fields from Template"));
    fromTemplate->setObjectName(QStringLiteral("fillFromTemplate"));
    auto *publicForm = new QFormLayout;
    publicForm->addRow(publicNote);
    publicForm->addRow(tr("Title:"), m_title);
    publicForm->addRow(tr("Summary:"), m_summary);
    publicForm->addRow(tr("Description:"), m_description);
    publicForm->addRow(tr("Impact:"), m_impact);
    publicForm->addRow(QString(), fromTemplate);
    auto *publicBox = new QGroupBox(tr("Public text"));
    publicBox->setLayout(publicForm);

    auto *addProduct = new QPushButton(tr("Add Product"));
    auto *addRemediation = new QPushButton(tr("Add Remediation"));
    auto *addAcknowledgment = new QPushButton(tr("Add Acknowledgment"));
    addProduct->setObjectName(QStringLiteral("addProduct"));
    addRemediation->setObjectName(QStringLiteral("addRemediation"));
    addAcknowledgment->setObjectName(QStringLiteral("addAcknowledgment"));

    auto *vulnPage = new QWidget;
    auto *vulnLayout = new QVBoxLayout(vulnPage);
    vulnLayout->setContentsMargins(0, 0, 0, 0);
    vulnLayout->addLayout(ids);
    vulnLayout->addWidget(publicBox);
    vulnLayout->addWidget(tableGroup(tr("Affected products"), m_products, addProduct));
    vulnLayout->addWidget(tableGroup(tr("Remediation"), m_remediations, addRemediation));
    // The list above the editors, not beside them: the detail pane is narrow at 1366 px, and
    // the public text needs the width.
    auto *vulnRow = new QVBoxLayout;
    vulnRow->addWidget(listBox);
    vulnRow->addWidget(vulnPage, 1);

    auto *creditForm = new QFormLayout;
    creditForm->addRow(m_consent);
    creditForm->addRow(tr("Credit as:"), m_creditName);
    creditForm->addRow(tr("Role:"), m_creditType);
    creditForm->addRow(tr("Also known as:"), m_aliases);
    auto *creditBox = new QGroupBox(tr("Reporter's credit"));
    creditBox->setLayout(creditForm);

    auto *revisionButtons = new QHBoxLayout;
    revisionButtons->addWidget(m_publish);
    revisionButtons->addStretch(1);
    auto *revisionBox = new QGroupBox(tr("Published revisions"));
    auto *revisionLayout = new QVBoxLayout(revisionBox);
    revisionLayout->addWidget(m_revisions);
    revisionLayout->addLayout(revisionButtons);

    auto *page = new QWidget;
    auto *content = new QVBoxLayout(page);
    content->addLayout(vulnRow);
    content->addWidget(creditBox);
    content->addWidget(tableGroup(tr("Further acknowledgments"), m_acknowledgments, addAcknowledgment));
    content->addWidget(revisionBox);
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

    connect(addVuln, &QPushButton::clicked, this, &AdvisoryTab::addVulnerability);
    connect(removeVuln, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        const int removed = m_current;
        m_current = -1; // the editors' contents go with it
        m_vulns.removeAt(removed);
        updateVulnerabilityNames();
        showVulnerability(std::min(removed, int(m_vulns.size()) - 1));
    });
    connect(m_vulnerabilities, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_current)
            showVulnerability(row);
    });
    for (QLineEdit *edit : {m_cve, m_title})
        connect(edit, &QLineEdit::textChanged, this, &AdvisoryTab::updateVulnerabilityNames);
    connect(fromTemplate, &QPushButton::clicked, this, &AdvisoryTab::fillFromTemplate);
    connect(addProduct, &QPushButton::clicked, this, [this] { addProductRow(); });
    connect(addRemediation, &QPushButton::clicked, this, [this] { addRemediationRow(); });
    connect(addAcknowledgment, &QPushButton::clicked, this, [this] { addAcknowledgmentRow(); });
    connect(m_publish, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString summary = QInputDialog::getText(this, tr("Publish Revision"),
            tr("What changed in this revision (published in the advisory's history):"), QLineEdit::Normal,
            m_saved.revisions.isEmpty() ? tr("Initial release.") : QString(), &ok);
        if (ok)
            publishRevision(summary);
    });
    connect(m_save, &QPushButton::clicked, this, &AdvisoryTab::save);
    connect(revert, &QPushButton::clicked, this, &AdvisoryTab::reload);
    connect(m_cwes, &QLineEdit::textChanged, this, &AdvisoryTab::updateCweNames);
    // After a save, an undo or redo, or another analyst's save, the page shows what is
    // stored — unless it holds edits of this analyst's not saved yet: those stay, and saving
    // them is refused as stale (Revert shows the other save).
    connect(&m_editor.store(), &CaseStore::caseChanged, this, [this](qint64 id, CaseFields fields) {
        if (id != m_caseId)
            return;
        if (fields & (CaseField::ConsentCredit | CaseField::ConsentShareIdentity))
            updateConsent();
        if (!fields.testFlag(CaseField::Advisory))
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

const QList<Product> &AdvisoryTab::catalogueProducts() const
{
    return m_catalogueProducts;
}

void AdvisoryTab::showCase(qint64 caseId)
{
    m_caseId = caseId;
    if (m_catalogue) {
        // Read per case: the catalogue changes rarely, and a stale list only offers less.
        if (const auto products = m_catalogue->all())
            m_catalogueProducts = *products;
    }
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
    m_current = -1;
    m_vulns = advisory.vulnerabilities;
    m_creditName->setText(advisory.creditName);
    m_creditType->setCurrentIndex(m_creditType->findData(int(advisory.creditType)));
    m_aliases->setText(advisory.reporterAliases.join(QStringLiteral(", ")));
    for (QTableWidget *t : {m_acknowledgments, m_revisions})
        t->setRowCount(0);
    for (const Acknowledgment &a : advisory.acknowledgments)
        addAcknowledgmentRow(a);
    for (const Revision &r : advisory.revisions)
        addRevisionRow(r);
    updateConsent();
    updateVulnerabilityNames();
    showVulnerability(m_vulns.isEmpty() ? -1 : 0);
}

Vulnerability AdvisoryTab::editedVulnerability() const
{
    Vulnerability v;
    v.cve = m_cve->text().trimmed().toUpper();
    for (const QString &part : m_cwes->text().split(u',', Qt::SkipEmptyParts)) {
        int id = 0;
        // An unparsable entry becomes 0, which validate() refuses with its reason.
        v.cwes.append(CweCatalog::parse(part, &id) ? id : 0);
    }
    v.title = m_title->text().trimmed();
    v.summary = m_summary->toPlainText().trimmed();
    v.description = m_description->toPlainText().trimmed();
    v.impact = m_impact->toPlainText().trimmed();
    for (int row = 0; row < m_products->rowCount(); ++row) {
        AffectedProduct p {cellText(m_products, row, 0), cellText(m_products, row, 1),
            cellText(m_products, row, 2), ProductStatus::UnderInvestigation};
        if (const QComboBox *status = comboAt(m_products, row, 3))
            p.status = ProductStatus(status->currentData().toInt());
        // Why a product is not affected is kept only while it is marked so.
        if (p.status == ProductStatus::KnownNotAffected) {
            if (const QComboBox *why = comboAt(m_products, row, 4))
                p.justification = NotAffectedJustification(why->currentData().toInt());
            p.impactStatement = cellText(m_products, row, 5);
        }
        v.products.append(p);
    }
    for (int row = 0; row < m_remediations->rowCount(); ++row) {
        Remediation r {RemediationCategory::VendorFix, cellText(m_remediations, row, 1),
            cellText(m_remediations, row, 2), cellText(m_remediations, row, 3)};
        if (const QComboBox *kind = comboAt(m_remediations, row, 0))
            r.category = RemediationCategory(kind->currentData().toInt());
        v.remediations.append(r);
    }
    return v;
}

void AdvisoryTab::keepEditedVulnerability()
{
    if (m_current >= 0 && m_current < m_vulns.size())
        m_vulns[m_current] = editedVulnerability();
}

void AdvisoryTab::showVulnerability(int index)
{
    keepEditedVulnerability();
    m_current = index;
    const Vulnerability v = index >= 0 && index < m_vulns.size() ? m_vulns.at(index) : Vulnerability {};
    const QSignalBlocker blockList(m_vulnerabilities);
    m_vulnerabilities->setCurrentRow(index);
    m_cve->setText(v.cve);
    QStringList cwes;
    for (int cwe : v.cwes)
        cwes.append(CweCatalog::label(cwe));
    m_cwes->setText(cwes.join(QStringLiteral(", ")));
    m_title->setText(v.title);
    m_summary->setPlainText(v.summary);
    m_description->setPlainText(v.description);
    m_impact->setPlainText(v.impact);
    for (QTableWidget *t : {m_products, m_remediations})
        t->setRowCount(0);
    for (const AffectedProduct &p : v.products)
        addProductRow(p);
    for (const Remediation &r : v.remediations)
        addRemediationRow(r);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_cve, m_cwes, m_title, m_summary, m_description, m_impact, m_products, m_remediations})
        w->setEnabled(index >= 0);
    updateCweNames();
    updateVulnerabilityNames();
}

void AdvisoryTab::updateVulnerabilityNames()
{
    const int count = int(m_vulns.size());
    const QSignalBlocker block(m_vulnerabilities);
    while (m_vulnerabilities->count() > count)
        delete m_vulnerabilities->takeItem(m_vulnerabilities->count() - 1);
    while (m_vulnerabilities->count() < count)
        m_vulnerabilities->addItem(QString());
    for (int i = 0; i < count; ++i) {
        const bool current = i == m_current;
        const QString cve = current ? m_cve->text().trimmed() : m_vulns.at(i).cve;
        const QString title = current ? m_title->text().trimmed() : m_vulns.at(i).title;
        const QString name = cve.isEmpty() ? tr("Vulnerability %1").arg(i + 1) : cve.toUpper();
        m_vulnerabilities->item(i)->setText(
            title.isEmpty() ? name : name + u'\n' + TextSanitizer::singleLine(title).left(80));
    }
    m_vulnerabilities->setCurrentRow(m_current);
}

void AdvisoryTab::addVulnerability()
{
    keepEditedVulnerability();
    Vulnerability v;
    if (m_vulns.isEmpty()) {
        // The first one starts with the case's own product and version as known affected.
        if (const auto c = m_editor.store().caseById(m_caseId); c && !c->product.trimmed().isEmpty())
            v.products = AdvisoryTemplate::productsOf(v, *c);
    } else {
        v.products = m_vulns.constFirst().products; // often the same products; edited from here
    }
    m_vulns.append(v);
    updateVulnerabilityNames();
    showVulnerability(int(m_vulns.size()) - 1);
}

void AdvisoryTab::fillFromTemplate()
{
    if (m_current < 0)
        return;
    const auto c = m_editor.store().caseById(m_caseId);
    if (!c) {
        showError(c.error());
        return;
    }
    const auto scores = m_editor.store().scores(m_caseId);
    const Vulnerability v
        = AdvisoryTemplate::prefilled(editedVulnerability(), *c, scores ? *scores : QList<CaseScore> {});
    m_title->setText(v.title);
    m_summary->setPlainText(v.summary);
    m_description->setPlainText(v.description);
    m_impact->setPlainText(v.impact);
}

void AdvisoryTab::updateConsent()
{
    const auto c = m_caseId > 0 ? m_editor.store().caseById(m_caseId) : Result<Case>::failure(QString());
    if (!c) {
        m_consent->clear();
        return;
    }
    m_consent->setText(c->consentCredit
            ? tr("The reporter consented to be credited: published advisories credit them as written "
                 "below (their name when nothing is written). Nothing else of theirs is published.")
            : tr("The reporter has not consented to be credited: published advisories do not name them, "
                 "and publishing is refused while any public text does."));
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
        if (const QString warning = CweCatalog::mappingWarning(id); !warning.isEmpty())
            names.append(QStringLiteral("⚠ ") + warning);
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
    auto *why = new QComboBox;
    why->addItem(
        Justifications::displayName(NotAffectedJustification::None), int(NotAffectedJustification::None));
    for (const NotAffectedJustification j : Justifications::all()) {
        why->addItem(Justifications::displayName(j), int(j));
        why->setItemData(why->count() - 1, Justifications::id(j), Qt::ToolTipRole); // the CSAF flag
    }
    why->setCurrentIndex(why->findData(int(p.justification)));
    m_products->setCellWidget(row, 4, why);
    setCell(m_products, row, 5, p.impactStatement);
    // The justification and the statement apply to products that are not affected only.
    const auto notAffectedOnly = [this, status, why] {
        const int at = rowOf(m_products, status, 3);
        const bool applies = ProductStatus(status->currentData().toInt()) == ProductStatus::KnownNotAffected;
        why->setEnabled(applies);
        if (QTableWidgetItem *statement = m_products->item(at, 5)) {
            statement->setFlags(applies ? statement->flags() | Qt::ItemIsEnabled | Qt::ItemIsEditable
                                        : statement->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsEditable));
        }
    };
    connect(status, &QComboBox::currentIndexChanged, this, notAffectedOnly);
    notAffectedOnly();
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
    auto *role = new QComboBox;
    for (const CreditType t : CreditTypes::all())
        role->addItem(CreditTypes::displayName(t), int(t));
    role->setCurrentIndex(role->findData(int(a.type)));
    m_acknowledgments->setCellWidget(row, 2, role);
    auto *consent = new QTableWidgetItem;
    consent->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    consent->setCheckState(a.consent ? Qt::Checked : Qt::Unchecked);
    m_acknowledgments->setItem(row, 3, consent);
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
    page.vulnerabilities = m_vulns;
    if (m_current >= 0 && m_current < page.vulnerabilities.size())
        page.vulnerabilities[m_current] = editedVulnerability();
    page.creditName = m_creditName->text().trimmed();
    page.creditType = CreditType(m_creditType->currentData().toInt());
    for (const QString &part : m_aliases->text().split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            page.reporterAliases.append(part.trimmed());
    }
    for (int row = 0; row < m_acknowledgments->rowCount(); ++row) {
        const QTableWidgetItem *consent = m_acknowledgments->item(row, 3);
        Acknowledgment a {cellText(m_acknowledgments, row, 0), cellText(m_acknowledgments, row, 1),
            consent && consent->checkState() == Qt::Checked};
        if (const QComboBox *role = comboAt(m_acknowledgments, row, 2))
            a.type = CreditType(role->currentData().toInt());
        page.acknowledgments.append(a);
    }
    // Published revisions are not edited on the page: they are what was published.
    page.revisions = m_saved.revisions;
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

bool AdvisoryTab::push(const AdvisoryData &page, const QString &text)
{
    const qint64 caseId = m_caseId;
    const int before = m_version;
    m_saving = true;
    m_editor.undoStack()->push(
        new SetAdvisoryCommand(m_editor, m_store, caseId, m_saved, page, m_version, text));
    m_saving = false;
    // The command's save re-read the page through caseChanged; a refused one left it.
    if (m_version == before) {
        showError(tr("Not saved: the database refused it (see the message bar)."));
        return false;
    }
    return true;
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
    return push(page, QString());
}

bool AdvisoryTab::publishRevision(const QString &summary)
{
    if (m_caseId <= 0)
        return false;
    if (summary.trimmed().isEmpty()) {
        showError(tr("Say what changed in this revision; the summary is published."));
        return false;
    }
    AdvisoryData page = pageData();
    if (const Status valid = page.validate(); !valid) {
        showError(valid.error());
        return false;
    }
    AdvisoryCase candidate;
    const auto c = m_editor.store().caseById(m_caseId);
    const auto scores = m_editor.store().scores(m_caseId);
    if (!c || !scores) {
        showError(!c ? c.error() : scores.error());
        return false;
    }
    page.revisions.append(page.nextRevision(Clock::nowUtc(), summary.trimmed()));
    candidate.c = *c;
    candidate.scores = *scores;
    candidate.advisory = page;
    if (const Status s = ExportService::checkPublishable(candidate, m_store.publisher()); !s) {
        showError(tr("Not published: %1").arg(s.error()));
        return false;
    }
    showError({});
    return push(page, tr("Publish advisory revision %1").arg(page.revisions.constLast().number));
}
