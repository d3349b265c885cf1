#include "AdvisoryPublisherDialog.h"

#include "advisory/AdvisoryStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

AdvisoryPublisherDialog::AdvisoryPublisherDialog(AdvisoryStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_name(new QLineEdit)
    , m_vendor(new QLineEdit)
    , m_namespace(new QLineEdit)
    , m_contact(new QLineEdit)
    , m_orgId(new QLineEdit)
    , m_shortName(new QLineEdit)
    , m_error(new QLabel)
{
    setWindowTitle(tr("Advisory Publisher"));
    const AdvisoryPublisher p = m_store.publisher();
    const auto field
        = [](QLineEdit *edit, const char *name, const QString &value, const QString &placeholder) {
              edit->setObjectName(QLatin1StringView(name));
              edit->setText(value);
              edit->setPlaceholderText(placeholder);
              edit->setMaxLength(300);
          };
    field(m_name, "publisherName", p.name, tr("Example Corp PSIRT"));
    field(m_vendor, "publisherVendor", p.vendor, tr("Example Corp (default: the publisher's name)"));
    field(m_namespace, "publisherNamespace", p.nameSpace, QStringLiteral("https://psirt.example.com"));
    field(m_contact, "publisherContact", p.contact, QStringLiteral("psirt@example.com"));
    field(m_orgId, "cveOrgId", p.cveOrgId, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    field(m_shortName, "cveShortName", p.cveShortName, tr("Example"));
    m_error->setObjectName(QStringLiteral("publisherError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Publisher:"), m_name);
    form->addRow(tr("Vendor of the products:"), m_vendor);
    form->addRow(tr("Namespace (https):"), m_namespace);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("CNA organisation id:"), m_orgId);
    form->addRow(tr("CNA short name:"), m_shortName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("CSAF advisories and CVE records name this publisher.")));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

AdvisoryPublisherDialog::~AdvisoryPublisherDialog() = default;

bool AdvisoryPublisherDialog::save()
{
    const AdvisoryPublisher p {m_name->text().trimmed(), m_namespace->text().trimmed(),
        m_contact->text().trimmed(), m_orgId->text().trimmed(), m_shortName->text().trimmed(),
        m_vendor->text().trimmed(), {}};
    Status s = p.validateForCsaf();
    if (s && !p.cveOrgId.isEmpty())
        s = p.validateForCve();
    if (s)
        s = m_store.savePublisher(p);
    m_error->setText(s ? QString() : s.error());
    m_error->setVisible(!s);
    return s.ok();
}

QString AdvisoryPublisherDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}
