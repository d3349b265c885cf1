#include "ProductsPane.h"

#include "ProductDialog.h"
#include "commands/CaseEditor.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "intel/IntelStore.h"
#include "jobs/Job.h"
#include "products/CatalogueFile.h"
#include "products/ProductCatalogueModel.h"
#include "products/SetProductCommand.h"
#include "sbom/SbomStore.h"
#include "sbom/WhereUsedModel.h"
#include "session/Session.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"
#include "storage/TeamSettings.h"
#include "widgets/MessageBar.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

ProductsPane::ProductsPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProductCatalogueModel(session.products(), session.sboms(), this))
    , m_whereUsed(new WhereUsedModel(this))
    , m_tree(new QTreeView(this))
    , m_query(new QLineEdit(this))
    , m_range(new QLineEdit(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("productsPane"));
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(tr("&Add Product…"), this, &ProductsPane::addProduct);
    bar->addAction(tr("&Edit…"), this, &ProductsPane::editProduct);
    bar->addAction(tr("&Remove"), this, &ProductsPane::removeProduct);
    bar->addSeparator();
    bar->addAction(tr("Import &SBOM…"), this, [this] {
        chooseFile(false, tr("Import an SBOM for the selected release"),
            tr("SBOM (CycloneDX or SPDX JSON) (*.json);;All files (*)"), [this](const QString &path) {
                if (const Status s = importSbom(path); !s)
                    m_message->showMessage(MessageBar::Kind::Error, s.error());
            });
    });
    bar->addSeparator();
    bar->addAction(tr("&Import Catalogue…"), this, [this] {
        chooseFile(false, tr("Import a product catalogue"), tr("Catalogue (*.json *.csv);;All files (*)"),
            [this](const QString &path) {
                if (const Status s = importCatalogue(path); !s)
                    m_message->showMessage(MessageBar::Kind::Error, s.error());
            });
    });
    bar->addAction(tr("E&xport Catalogue…"), this, [this] {
        chooseFile(true, tr("Export the product catalogue"), tr("JSON (*.json);;CSV (*.csv)"),
            [this](const QString &path) {
                if (const Status s = exportCatalogue(path); !s)
                    m_message->showMessage(MessageBar::Kind::Error, s.error());
            });
    });

    m_tree->setObjectName(QStringLiteral("productTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_tree, &QTreeView::doubleClicked, this, &ProductsPane::editProduct);

    // Where used: the query fields, then the answer.
    m_query->setObjectName(QStringLiteral("whereUsedQuery"));
    m_query->setPlaceholderText(
        tr("pkg:npm/lodash, pkg:generic/openssl/openssl@3.0.13, cpe:2.3:a:openssl:openssl:*, or a name"));
    m_query->setClearButtonEnabled(true);
    m_range->setObjectName(QStringLiteral("whereUsedRange"));
    m_range->setPlaceholderText(tr("optional: vers:generic/>=3.0.0|<3.0.14"));
    auto *find = new QPushButton(tr("&Find"), this);
    connect(find, &QPushButton::clicked, this, &ProductsPane::findWhereUsed);
    connect(m_query, &QLineEdit::returnPressed, this, &ProductsPane::findWhereUsed);
    connect(m_range, &QLineEdit::returnPressed, this, &ProductsPane::findWhereUsed);
    auto *search = new QHBoxLayout;
    search->addWidget(new QLabel(tr("Where used:"), this));
    search->addWidget(m_query, 3);
    search->addWidget(m_range, 2);
    search->addWidget(find);
    auto *results = new QTreeView(this);
    results->setObjectName(QStringLiteral("whereUsedResults"));
    results->setRootIsDecorated(false);
    results->setModel(m_whereUsed);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(search);
    lowerLayout->addWidget(results, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(&session.auditLog(), &AuditLog::teamDataChanged, this, [this](TeamTopic topic) {
        if (topic == TeamTopic::Products || topic == TeamTopic::Sboms)
            reload();
    });
    connect(&session.editor(), &CaseEditor::failed, this, [this](const QString &message) {
        if (isVisible())
            m_message->showMessage(MessageBar::Kind::Error, message);
    });
}

ProductsPane::~ProductsPane() = default;

bool ProductsPane::reload()
{
    const int months = m_session.settings().number(TeamSettings::Key::ProductSupportMonths);
    if (const Status s = m_model->reload(Clock::nowUtc().date(), months); !s) {
        m_error = s.error();
        Q_EMIT failed(m_error);
        return false;
    }
    m_tree->expandAll();
    for (int c = 0; c < ProductCatalogueModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_tree->setColumnWidth(
        ProductCatalogueModel::Name, std::max(m_tree->columnWidth(ProductCatalogueModel::Name), 220));
    return true;
}

void ProductsPane::chooseFile(
    bool save, const QString &title, const QString &filter, const std::function<void(const QString &)> &then)
{
    auto *dialog = new QFileDialog(this, title, QString(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, then);
    dialog->open();
}

void ProductsPane::addProduct()
{
    auto *dialog = new ProductDialog(Product {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::productAccepted, this, [this](const Product &p) {
        m_session.editor().undoStack()->push(
            new SetProductCommand(m_session.editor(), m_session.products(), std::nullopt, p));
    });
    dialog->open();
}

void ProductsPane::editProduct()
{
    const Product *current = m_model->productAt(m_tree->currentIndex());
    if (!current) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a product or release to edit."));
        return;
    }
    const Product before = *current;
    auto *dialog = new ProductDialog(before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::productAccepted, this, [this, before](const Product &p) {
        if (p == before)
            return;
        m_session.editor().undoStack()->push(
            new SetProductCommand(m_session.editor(), m_session.products(), before, p));
    });
    dialog->open();
}

void ProductsPane::removeProduct()
{
    const QModelIndex index = m_tree->currentIndex();
    const Product *current = m_model->productAt(index);
    if (!current)
        return;
    Product before = *current;
    if (const ProductRelease *release = m_model->releaseAt(index)) {
        // A release row: remove that release only.
        Product after = before;
        after.releases.removeIf([&](const ProductRelease &r) { return r.version == release->version; });
        m_session.editor().undoStack()->push(
            new SetProductCommand(m_session.editor(), m_session.products(), before, after));
        return;
    }
    m_session.editor().undoStack()->push(
        new SetProductCommand(m_session.editor(), m_session.products(), before, std::nullopt));
}

Status ProductsPane::importSbom(const QString &path)
{
    const QModelIndex index = m_tree->currentIndex();
    const Product *product = m_model->productAt(index);
    const ProductRelease *release = m_model->releaseAt(index);
    if (!product || !release)
        return Status::failure(tr("Select the release the SBOM describes first."));
    if (m_importing)
        return Status::failure(tr("An SBOM is being imported; wait for it to finish."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > SbomDocument::maxBytes)
        return Status::failure(
            tr("%1 is larger than %2 MiB.").arg(path).arg(SbomDocument::maxBytes / (1024 * 1024)));
    file.close();
    // Parsing 100,000 components and matching every feed record against them take their
    // time: on a connection of their own, the window stays responsive.
    struct Imported
    {
        SbomSummary sbom;
        int newAlerts = 0;
    };
    m_importing = true;
    m_message->showMessage(MessageBar::Kind::Information, tr("Importing %1…").arg(path));
    const Database::Location location = m_session.location();
    const QString productName = product->name;
    const QString version = release->version;
    auto *job = new Job<Imported>(
        [location, path, productName, version](JobControl &) -> Result<Imported> {
            Database db;
            if (const Status s = db.openExisting(location); !s)
                return Result<Imported>::failure(s.error());
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                return Result<Imported>::failure(tr("Cannot read %1: %2").arg(path, in.errorString()));
            CaseStore cases(db);
            auto imported = SbomStore(db, cases.auditLog())
                                .import(productName, version, in.read(SbomDocument::maxBytes));
            if (!imported)
                return Result<Imported>::failure(imported.error());
            const auto raised = IntelStore(cases).match();
            if (!raised)
                return Result<Imported>::failure(raised.error());
            return Imported {imported.value(), *raised};
        },
        this);
    connect(job, &BackgroundJob::succeeded, this, [this, job] {
        m_importing = false;
        const Imported r = job->takeResult();
        QString text = tr("%1 %2: %3 with %n component(s).", nullptr, r.sbom.components)
                           .arg(r.sbom.product, r.sbom.release, r.sbom.format);
        if (r.newAlerts > 0)
            text += u' ' + tr("%n new upstream alert(s) on the Upstream page.", nullptr, r.newAlerts);
        m_message->showMessage(MessageBar::Kind::Positive, text);
        // Written on the job's connection: this one (and the Upstream page) hear it here.
        m_session.auditLog().announceTeamCommitted(TeamTopic::Sboms);
        m_session.auditLog().announceTeamCommitted(TeamTopic::Alerts);
        reload();
        Q_EMIT sbomImported();
    });
    connect(job, &BackgroundJob::failed, this, [this](const QString &message) {
        m_importing = false;
        m_message->showMessage(MessageBar::Kind::Error, message);
    });
    connect(job, &BackgroundJob::ended, job, &QObject::deleteLater);
    job->start();
    return {};
}

Status ProductsPane::importCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > CatalogueFile::maxBytes)
        return Status::failure(tr("%1 is larger than a catalogue may be.").arg(path));
    const auto products = CatalogueFile::read(file.readAll(), CatalogueFile::formatFor(path));
    if (!products)
        return Status::failure(tr("%1: %2").arg(path, products.error()));
    const auto saved = m_session.products().saveAll(*products);
    if (!saved)
        return Status::failure(saved.error());
    m_message->showMessage(MessageBar::Kind::Positive, tr("Imported %n product(s).", nullptr, *saved));
    return {};
}

Status ProductsPane::exportCatalogue(const QString &path)
{
    const auto products = m_session.products().all();
    if (!products)
        return Status::failure(products.error());
    return AtomicFile::write(path, CatalogueFile::write(*products, CatalogueFile::formatFor(path)));
}

void ProductsPane::setWhereUsedQuery(const QString &query, const QString &range)
{
    m_query->setText(query);
    m_range->setText(range);
}

void ProductsPane::findWhereUsed()
{
    const auto hits = m_session.sboms().whereUsed(m_query->text(), m_range->text());
    if (!hits) {
        m_message->showMessage(MessageBar::Kind::Error, hits.error());
        return;
    }
    m_whereUsed->setHits(*hits);
    QSet<QString> releases;
    for (const WhereUsedHit &h : *hits)
        releases.insert(h.product + u' ' + h.release);
    m_message->showMessage(MessageBar::Kind::Information,
        hits->isEmpty() ? tr("No SBOM contains “%1”.").arg(m_query->text().trimmed())
                        : tr("Found in %n release(s).", nullptr, int(releases.size())));
}
