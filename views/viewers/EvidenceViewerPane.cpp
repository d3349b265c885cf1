#include "EvidenceViewerPane.h"

#include "core/TextSanitizer.h"
#include "viewers/HexViewer.h"
#include "viewers/ImageViewer.h"
#include "viewers/PdfViewer.h"
#include "viewers/SharedDevice.h"
#include "viewers/TextViewer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

EvidenceViewerPane::EvidenceViewerPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_viewerCombo(new QComboBox(this))
    , m_messages(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_text(new TextViewer(this))
    , m_image(new ImageViewer(this))
    , m_pdf(new PdfViewer(this))
    , m_hex(new HexViewer(this))
{
    setObjectName(QStringLiteral("evidenceViewerPane"));
    m_title->setObjectName(QStringLiteral("evidenceTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_details->setObjectName(QStringLiteral("evidenceDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_viewerCombo->setObjectName(QStringLiteral("viewerCombo"));
    m_viewerCombo->setToolTip(tr("Show as"));
    for (const ViewerKind kind : {ViewerKind::Text, ViewerKind::Image, ViewerKind::Pdf, ViewerKind::Hex})
        m_viewerCombo->addItem(ViewerSelector::name(kind), int(kind));
    m_stack->setObjectName(QStringLiteral("viewerStack"));
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_pdf);
    m_stack->addWidget(m_hex);

    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_details);
    header->addLayout(names, 1);
    header->addWidget(new QLabel(tr("Show as:"), this));
    header->addWidget(m_viewerCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_messages);
    layout->addWidget(m_stack, 1);

    connect(m_viewerCombo, &QComboBox::activated, this,
        [this](int index) { showAs(ViewerKind(m_viewerCombo->itemData(index).toInt())); });
    connect(m_text, &TextViewer::message, this, &EvidenceViewerPane::showMessage);
    connect(m_image, &ImageViewer::message, this, &EvidenceViewerPane::showMessage);
    connect(m_pdf, &PdfViewer::message, this, &EvidenceViewerPane::showMessage);
    connect(m_hex, &HexViewer::message, this, &EvidenceViewerPane::showMessage);
    clear();
}

EvidenceViewerPane::~EvidenceViewerPane() = default;

void EvidenceViewerPane::clear()
{
    m_device.reset();
    m_head.clear();
    m_info = {};
    m_title->setText(tr("No attachment"));
    m_details->clear();
    m_viewerCombo->setEnabled(false);
    m_messages->hide();
}

void EvidenceViewerPane::open(std::unique_ptr<QIODevice> device, const EvidenceInfo &info)
{
    m_messages->hide();
    m_info = info;
    m_device = std::make_shared<SharedDevice>(std::move(device));
    // The researcher's file name, shown on one line with its controls visible; never a path.
    m_title->setText(TextSanitizer::singleLine(info.fileName).left(200));
    const QLocale locale;
    m_details->setText(tr("%1 · %2 · SHA-256 %3")
            .arg(locale.formattedDataSize(m_device->size()),
                info.mimeType.isEmpty() ? tr("unknown type") : TextSanitizer::singleLine(info.mimeType),
                info.sha256Hex.isEmpty() ? tr("not known") : TextSanitizer::singleLine(info.sha256Hex)));
    if (!m_device->isValid()) {
        m_viewerCombo->setEnabled(false);
        showMessage(MessageBar::Kind::Error, m_device->errorString());
        return;
    }
    m_viewerCombo->setEnabled(true);
    m_head = m_device->read(0, ViewerSelector::kHeadSize);
    const ViewerSelector::Choice choice = ViewerSelector::choose(info, m_head);
    showAs(choice.kind);
    if (choice.kind == ViewerKind::Hex)
        showMessage(MessageBar::Kind::Information, choice.reason);
    if (m_device->size() == 0)
        showMessage(MessageBar::Kind::Information, tr("The attachment is empty (0 bytes)."));
}

void EvidenceViewerPane::showAs(ViewerKind kind)
{
    m_kind = kind;
    m_viewerCombo->setCurrentIndex(m_viewerCombo->findData(int(kind)));
    if (!m_device || !m_device->isValid())
        return;
    m_messages->hide();
    switch (kind) {
    case ViewerKind::Text:
        m_text->open(m_device, m_info, m_head);
        m_stack->setCurrentWidget(m_text);
        break;
    case ViewerKind::Image:
        m_image->open(m_device);
        m_stack->setCurrentWidget(m_image);
        break;
    case ViewerKind::Pdf:
        m_pdf->open(m_device);
        m_stack->setCurrentWidget(m_pdf);
        break;
    case ViewerKind::Hex:
        m_hex->open(m_device, m_head);
        m_stack->setCurrentWidget(m_hex);
        break;
    }
}

void EvidenceViewerPane::showMessage(MessageBar::Kind kind, const QString &text)
{
    // Errors stay in view; later information does not hide them.
    if (m_messages->isVisible() && m_messages->kind() == MessageBar::Kind::Error
        && kind != MessageBar::Kind::Error)
        return;
    m_messages->showMessage(kind, text);
}
