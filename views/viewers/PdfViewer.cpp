#include "PdfViewer.h"

#include "viewers/SharedDevice.h"
#include "viewers/SharedDeviceReader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPdfDocument>
#include <QPdfLink>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// QPdfView (Qt 6.8) follows a link under the mouse on release and shows a pointing hand
// over links. Evidence is inert: both are swallowed here.
class InertPdfView final : public QPdfView
{
public:
    using QPdfView::QPdfView;

protected:
    void mouseMoveEvent(QMouseEvent *event) override { event->accept(); }
    void mouseReleaseEvent(QMouseEvent *event) override { event->accept(); }
};

} // namespace

PdfViewer::PdfViewer(QWidget *parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
    , m_search(new QPdfSearchModel(this))
    , m_view(new InertPdfView(this))
    , m_page(new QSpinBox(this))
    , m_pageCount(new QLabel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("pdfViewer"));
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);
    m_search->setDocument(m_document);
    m_view->setSearchModel(m_search);
    m_page->setObjectName(QStringLiteral("pageSpin"));
    m_page->setMinimum(1);
    m_pageCount->setObjectName(QStringLiteral("pageCountLabel"));
    m_searchEdit->setObjectName(QStringLiteral("pdfSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find in document"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchStatus->setObjectName(QStringLiteral("pdfSearchStatus"));
    m_searchStatus->setTextFormat(Qt::PlainText);

    auto *tools = new QHBoxLayout;
    const auto button = [this, tools](const char *name, const QString &text, auto slot) {
        auto *b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setText(text);
        connect(b, &QToolButton::clicked, this, slot);
        tools->addWidget(b);
        return b;
    };
    button("pdfPreviousPage", tr("Previous Page"), [this] { goToPage(currentPage() - 1); });
    tools->addWidget(m_page);
    tools->addWidget(m_pageCount);
    button("pdfNextPage", tr("Next Page"), [this] { goToPage(currentPage() + 1); });
    button("pdfZoomOut", tr("Zoom Out"), [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(qMax(0.1, m_view->zoomFactor() * 0.8));
    });
    button("pdfZoomIn", tr("Zoom In"), [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(qMin(10.0, m_view->zoomFactor() * 1.25));
    });
    button("pdfFitWidth", tr("Fit Width"), [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
    tools->addSpacing(12);
    tools->addWidget(m_searchEdit, 1);
    button("pdfSearchPrevious", tr("Previous"), [this] { showSearchResult(m_searchIndex - 1); });
    button("pdfSearchNext", tr("Next"), [this] { showSearchResult(m_searchIndex + 1); });
    tools->addWidget(m_searchStatus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);

    connect(m_document, &QPdfDocument::statusChanged, this, &PdfViewer::onStatusChanged);
    connect(m_page, &QSpinBox::editingFinished, this, [this] { goToPage(m_page->value() - 1); });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
        &PdfViewer::updatePageControls);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_searchIndex = -1;
        m_search->setSearchString(text);
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { showSearchResult(m_searchIndex + 1); });
    // Results arrive in the background as pages are searched; show the first as soon as it is there.
    connect(m_search, &QPdfSearchModel::countChanged, this, [this] {
        if (m_searchIndex < 0 && searchResultCount() > 0)
            showSearchResult(0);
        else
            showSearchResult(m_searchIndex);
    });
}

PdfViewer::~PdfViewer()
{
    m_document->close(); // before the device it reads goes away
}

QPdfView *PdfViewer::view() const
{
    return m_view;
}

bool PdfViewer::open(std::shared_ptr<SharedDevice> device)
{
    m_searchEdit->clear();
    m_document->close();
    delete m_source;
    m_source = new SharedDeviceReader(std::move(device), this);
    m_reported = false;
    m_document->load(m_source);
    onStatusChanged();
    return m_document->status() != QPdfDocument::Status::Error;
}

void PdfViewer::onStatusChanged()
{
    updatePageControls();
    if (m_reported)
        return;
    if (m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0) {
        m_reported = true;
        goToPage(0);
        return;
    }
    if (m_document->status() != QPdfDocument::Status::Error
        && !(m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() == 0))
        return; // still loading
    m_reported = true;
    QString reason;
    switch (m_document->error()) {
    case QPdfDocument::Error::IncorrectPassword:
        reason = tr("it is password-protected");
        break;
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        reason = tr("its security scheme is not supported");
        break;
    case QPdfDocument::Error::InvalidFileFormat:
    case QPdfDocument::Error::None:
        reason = tr("it is damaged or truncated");
        break;
    default:
        reason = tr("it cannot be read");
        break;
    }
    Q_EMIT message(MessageBar::Kind::Error,
        tr("The PDF cannot be shown: %1. Use the hex viewer to inspect its bytes.").arg(reason));
}

int PdfViewer::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void PdfViewer::goToPage(int page)
{
    if (m_document->pageCount() <= 0)
        return;
    m_view->pageNavigator()->jump(
        qBound(0, page, m_document->pageCount() - 1), {}, m_view->pageNavigator()->currentZoom());
    updatePageControls();
}

int PdfViewer::searchResultCount() const
{
    return m_search->rowCount({});
}

void PdfViewer::showSearchResult(int index)
{
    const int count = searchResultCount();
    if (m_searchEdit->text().isEmpty()) {
        m_searchStatus->clear();
        return;
    }
    if (count == 0) {
        m_searchStatus->setText(tr("Not found"));
        return;
    }
    m_searchIndex = (index % count + count) % count;
    m_view->setCurrentSearchResultIndex(m_searchIndex);
    const QPdfLink result = m_search->resultAtIndex(m_searchIndex);
    m_view->pageNavigator()->jump(result.page(), result.location(), m_view->pageNavigator()->currentZoom());
    m_searchStatus->setText(tr("%1 of %2").arg(m_searchIndex + 1).arg(count));
}

void PdfViewer::updatePageControls()
{
    const int pages = m_document->pageCount();
    const QSignalBlocker blocker(m_page);
    m_page->setMaximum(qMax(1, pages));
    m_page->setValue(currentPage() + 1);
    m_page->setEnabled(pages > 0);
    m_pageCount->setText(tr("of %1").arg(pages));
}
