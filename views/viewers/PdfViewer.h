#pragma once

#include "widgets/MessageBar.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QSpinBox;
class QToolButton;
class SharedDevice;
class SharedDeviceReader;

/// The PDF viewer on Qt PDF: page navigation, zoom, fit width, and search
/// (QPdfSearchModel). Nothing in the document is acted upon: Qt PDF's PDFium is built
/// without a JavaScript engine, and the view does not follow links at all — Qt 6.8's
/// QPdfView jumps to a link's destination on mouse release, which the view here refuses
/// (an analyst moves with the page controls only).
class PdfViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfViewer)

public:
    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    /// Loads the document; false (with message() emitted) when it cannot be read. Qt PDF
    /// may finish loading later; a failure is then reported by message() too.
    bool open(std::shared_ptr<SharedDevice> device);
    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const;
    int currentPage() const;
    void goToPage(int page); // 0-based
    int searchResultCount() const;

Q_SIGNALS:
    void message(MessageBar::Kind kind, const QString &text);

private:
    void onStatusChanged();
    void showSearchResult(int index);
    void updatePageControls();

    QPdfDocument *m_document;
    QPdfSearchModel *m_search;
    QPdfView *m_view;
    SharedDeviceReader *m_source = nullptr;
    QSpinBox *m_page;
    QLabel *m_pageCount;
    QLineEdit *m_searchEdit;
    QLabel *m_searchStatus;
    int m_searchIndex = -1;
    bool m_reported = false; // the outcome of the current load was handled
};
