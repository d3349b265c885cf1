#pragma once

#include "viewers/EvidenceInfo.h"
#include "viewers/ViewerSelector.h"
#include "widgets/MessageBar.h"

#include <QWidget>

#include <memory>

class HexViewer;
class ImageViewer;
class PdfViewer;
class QComboBox;
class QIODevice;
class QLabel;
class QStackedWidget;
class SharedDevice;
class TextViewer;

/// Shows one evidence attachment in the viewer its content calls for (ViewerSelector), with
/// a combo box to choose another: text/log/code, image, PDF or hex. The content arrives as a
/// seekable QIODevice (the evidence store's decrypting reader) plus the store's metadata;
/// the file name is only displayed. Problems with the content (refused, damaged, empty,
/// cut lines) are reported in the pane's message bar, never in a modal box.
class EvidenceViewerPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceViewerPane)

public:
    explicit EvidenceViewerPane(QWidget *parent = nullptr);
    ~EvidenceViewerPane() override;

    /// Takes the device (opened here read-only if it is not open yet).
    void open(std::unique_ptr<QIODevice> device, const EvidenceInfo &info);
    void clear();
    /// Shows the current attachment in another viewer (the manual override).
    void showAs(ViewerKind kind);

    ViewerKind currentKind() const { return m_kind; }
    EvidenceInfo info() const { return m_info; }
    MessageBar *messageBar() const { return m_messages; }
    TextViewer *textViewer() const { return m_text; }
    ImageViewer *imageViewer() const { return m_image; }
    PdfViewer *pdfViewer() const { return m_pdf; }
    HexViewer *hexViewer() const { return m_hex; }

private:
    void showMessage(MessageBar::Kind kind, const QString &text);

    QLabel *m_title;
    QLabel *m_details;
    QComboBox *m_viewerCombo;
    MessageBar *m_messages;
    QStackedWidget *m_stack;
    TextViewer *m_text;
    ImageViewer *m_image;
    PdfViewer *m_pdf;
    HexViewer *m_hex;
    std::shared_ptr<SharedDevice> m_device;
    QByteArray m_head;
    EvidenceInfo m_info;
    ViewerKind m_kind = ViewerKind::Text;
};
