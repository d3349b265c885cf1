#include "ProductDialog.h"

#include "storage/ProductCatalogue.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum ReleaseColumn { Version, Released, Lifecycle, Eol, Obs, Cpe, Purl, ReleaseColumns };

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace

ProductDialog::ProductDialog(const Product &product, QWidget *parent)
    : QDialog(parent)
    , m_original(product)
    , m_name(new QLineEdit(product.name, this))
    , m_line(new QLineEdit(product.productLine, this))
    , m_vendor(new QLineEdit(product.vendor, this))
    , m_thirdParty(new QCheckBox(tr("Made by another vendor (out of the policy's scope)"), this))
    , m_lifecycle(new QComboBox(this))
    , m_eol(new QLineEdit(dateText(product.endOfLife), this))
    , m_obs(new QLineEdit(dateText(product.obsolete), this))
    , m_cpe(new QLineEdit(product.cpe, this))
    , m_purl(new QLineEdit(product.purl, this))
    , m_releases(new QTableWidget(0, ReleaseColumns, this))
    , m_error(new MessageBar(this))
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(product.name.isEmpty() ? tr("Add Product") : tr("Edit %1").arg(product.name));
    m_name->setObjectName(QStringLiteral("productName"));
    m_releases->setObjectName(QStringLiteral("productReleases"));
    m_thirdParty->setChecked(product.thirdParty);
    for (const auto l :
        {Product::Lifecycle::Active, Product::Lifecycle::EndOfLife, Product::Lifecycle::Obsolete})
        m_lifecycle->addItem(Product::lifecycleName(l), int(l));
    m_lifecycle->setCurrentIndex(int(product.lifecycle));
    for (QLineEdit *date : {m_eol, m_obs})
        date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_cpe->setPlaceholderText(QStringLiteral("cpe:2.3:o:vendor:product_firmware:*:*:*:*:*:*:*:*"));
    m_purl->setPlaceholderText(QStringLiteral("pkg:generic/vendor/product"));
    m_vendor->setPlaceholderText(tr("Empty: the publisher's own product"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Product &line:"), m_line);
    form->addRow(tr("&Vendor:"), m_vendor);
    form->addRow(QString(), m_thirdParty);
    form->addRow(tr("&Lifecycle:"), m_lifecycle);
    form->addRow(tr("&EOL date:"), m_eol);
    form->addRow(tr("&OBS date:"), m_obs);
    form->addRow(tr("&CPE:"), m_cpe);
    form->addRow(tr("Package &URL:"), m_purl);

    m_releases->setHorizontalHeaderLabels({tr("Version"), tr("Released"), tr("Own lifecycle"), tr("EOL"),
        tr("OBS"), tr("CPE (if not derived)"), tr("Package URL (if not derived)")});
    m_releases->horizontalHeader()->setStretchLastSection(true);
    m_releases->verticalHeader()->hide();
    for (const ProductRelease &r : product.releases)
        addRelease(r);
    auto *add = new QPushButton(tr("Add &Release"), this);
    auto *remove = new QPushButton(tr("Remove Re&lease"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRelease({});
        m_releases->setCurrentCell(m_releases->rowCount() - 1, Version);
        m_releases->editItem(m_releases->item(m_releases->rowCount() - 1, Version));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_releases->currentRow() >= 0)
            m_releases->removeRow(m_releases->currentRow());
    });
    auto *releaseButtons = new QHBoxLayout;
    releaseButtons->addWidget(add);
    releaseButtons->addWidget(remove);
    releaseButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);

    auto *layout = new QVBoxLayout(this);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_releases, 1);
    layout->addLayout(releaseButtons);
    layout->addWidget(buttons);
    resize(900, 560);
}

void ProductDialog::addRelease(const ProductRelease &r)
{
    const int row = m_releases->rowCount();
    m_releases->insertRow(row);
    const QString life = r.ownLifecycle ? Product::lifecycleId(Product::Lifecycle(r.lifecycle)) : QString();
    const QStringList cells {
        r.version, dateText(r.releasedOn), life, dateText(r.endOfLife), dateText(r.obsolete), r.cpe, r.purl};
    for (int c = 0; c < ReleaseColumns; ++c)
        m_releases->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    m_releases->item(row, Lifecycle)->setToolTip(tr("Empty, or active, end-of-life or obsolete"));
}

Product ProductDialog::product() const
{
    Product p = m_original;
    p.name = m_name->text().trimmed();
    p.productLine = m_line->text().trimmed();
    p.vendor = m_vendor->text().trimmed();
    p.thirdParty = m_thirdParty->isChecked();
    p.lifecycle = Product::Lifecycle(m_lifecycle->currentData().toInt());
    p.endOfLife = dateOf(m_eol->text());
    p.obsolete = dateOf(m_obs->text());
    p.cpe = m_cpe->text().trimmed();
    p.purl = m_purl->text().trimmed();
    p.releases.clear();
    for (int row = 0; row < m_releases->rowCount(); ++row) {
        auto cell = [&](int c) {
            return m_releases->item(row, c) ? m_releases->item(row, c)->text().trimmed() : QString();
        };
        if (cell(Version).isEmpty())
            continue;
        ProductRelease r;
        for (const ProductRelease &old : m_original.releases) {
            if (old.version == cell(Version))
                r.id = old.id;
        }
        r.version = cell(Version);
        r.releasedOn = dateOf(cell(Released));
        if (const QString life = cell(Lifecycle); !life.isEmpty()) {
            r.ownLifecycle = true;
            r.lifecycle = int(Product::lifecycleFromId(life));
        }
        r.endOfLife = dateOf(cell(Eol));
        r.obsolete = dateOf(cell(Obs));
        r.cpe = cell(Cpe);
        r.purl = cell(Purl);
        p.releases.append(r);
    }
    return p;
}

void ProductDialog::accept()
{
    // Dates that do not read are named here, before the catalogue says why it refuses.
    for (QLineEdit *date : {m_eol, m_obs}) {
        if (!date->text().trimmed().isEmpty() && !dateOf(date->text()).isValid()) {
            m_error->showMessage(
                MessageBar::Kind::Error, tr("“%1” is not a date (YYYY-MM-DD).").arg(date->text()));
            return;
        }
    }
    const Product p = product();
    if (const QString problem = ProductCatalogue::validate(p); !problem.isEmpty()) {
        m_error->showMessage(MessageBar::Kind::Error, problem);
        return;
    }
    Q_EMIT productAccepted(p);
    QDialog::accept();
}
