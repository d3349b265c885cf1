#include "HexViewer.h"

#include "viewers/CaptureHeader.h"
#include "viewers/HexView.h"
#include "viewers/SharedDevice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

HexViewer::HexViewer(QWidget *parent)
    : QWidget(parent)
    , m_view(new HexView(this))
    , m_header(new QLabel(this))
    , m_offset(new QLineEdit(this))
    , m_size(new QLabel(this))
{
    setObjectName(QStringLiteral("hexViewer"));
    m_header->setObjectName(QStringLiteral("captureHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setFrameShape(QFrame::StyledPanel);
    m_header->setMargin(6);
    m_header->hide();
    m_offset->setObjectName(QStringLiteral("offsetEdit"));
    m_offset->setPlaceholderText(tr("Go to offset (decimal or 0x hex)"));
    m_offset->setMaximumWidth(260);
    m_size->setObjectName(QStringLiteral("hexSizeLabel"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_offset);
    tools->addWidget(m_size, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    connect(m_offset, &QLineEdit::returnPressed, this, [this] {
        const qint64 offset = parseOffset(m_offset->text());
        if (offset < 0 || !m_view->goToOffset(offset))
            Q_EMIT message(MessageBar::Kind::Warning,
                tr("No such offset; the content has %1 bytes.").arg(QLocale().toString(m_view->size())));
    });
}

qint64 HexViewer::parseOffset(const QString &text)
{
    QString t = text.trimmed().toLower();
    bool ok = false;
    qint64 value = -1;
    if (t.startsWith(QLatin1StringView("0x")))
        value = t.mid(2).toLongLong(&ok, 16);
    else if (t.endsWith(u'h'))
        value = t.chopped(1).toLongLong(&ok, 16);
    else
        value = t.toLongLong(&ok, 10);
    return ok && value >= 0 ? value : -1;
}

void HexViewer::open(std::shared_ptr<SharedDevice> device, const QByteArray &head)
{
    const CaptureHeader capture = CaptureHeader::decode(head);
    m_header->setVisible(capture.format != CaptureHeader::Format::None);
    m_header->setText(capture.describe().join(u'\n'));
    const qint64 size = device ? device->size() : 0;
    m_size->setText(tr("%1 bytes").arg(QLocale().toString(size)));
    m_view->setDevice(std::move(device));
}
