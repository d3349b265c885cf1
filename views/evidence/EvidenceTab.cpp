#include "EvidenceTab.h"

#include "evidence/AttachmentListModel.h"
#include "evidence/EvidenceStore.h"
#include "evidence/PassphraseDialog.h"
#include "viewers/EvidenceCompareView.h"
#include "viewers/EvidenceViewerPane.h"
#include "viewers/SharedDevice.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

EvidenceInfo infoOf(const Attachment &a)
{
    return EvidenceInfo {a.fileName, a.size, a.mimeType, a.sha256};
}

} // namespace

EvidenceTab::EvidenceTab(EvidenceStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new AttachmentListModel(store, this))
    , m_view(new QTableView(this))
    , m_message(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_viewer(new EvidenceViewerPane(this))
    , m_compare(new EvidenceCompareView(this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_compareButton(new QPushButton(tr("Com&pare"), this))
{
    setObjectName(QStringLiteral("evidenceTab"));
    setAcceptDrops(true);
    m_message->setObjectName(QStringLiteral("evidenceMessages"));
    m_view->setObjectName(QStringLiteral("attachmentList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        AttachmentListModel::Sha256Column, QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_viewer->setObjectName(QStringLiteral("evidenceViewer"));
    m_compare->setObjectName(QStringLiteral("evidenceCompare"));
    m_stack->addWidget(m_viewer);
    m_stack->addWidget(m_compare);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addEvidence"));
    add->setToolTip(tr("Attach files (or drop them here); they are encrypted in the case database"));
    auto *paste = new QPushButton(tr("Paste &Image"), this);
    paste->setObjectName(QStringLiteral("pasteEvidence"));
    m_export->setObjectName(QStringLiteral("exportEvidence"));
    auto *exportAllButton = new QPushButton(tr("Export A&ll…"), this);
    exportAllButton->setObjectName(QStringLiteral("exportAllEvidence"));
    exportAllButton->setToolTip(tr("Writes every attachment and a SHA-256 manifest into a folder"));
    auto *verifyButton = new QPushButton(tr("&Verify"), this);
    verifyButton->setObjectName(QStringLiteral("verifyEvidence"));
    verifyButton->setToolTip(tr("Decrypts and re-hashes the case's evidence (chain of custody)"));
    m_remove->setObjectName(QStringLiteral("removeEvidence"));
    m_compareButton->setObjectName(QStringLiteral("compareEvidence"));
    m_compareButton->setToolTip(tr("Side by side, for two text attachments"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, paste, m_export, exportAllButton, verifyButton, m_compareButton, m_remove}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_model, &AttachmentListModel::failed, this,
        [this](const QString &message) { m_message->showMessage(MessageBar::Kind::Error, message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidenceTab::updateButtons);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvidenceTab::updateButtons);
    // One attachment selected: show it (two: Compare offers itself).
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            showAttachment(ids.constFirst());
    });
    connect(add, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Attach Evidence"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFiles);
        connect(dialog, &QFileDialog::filesSelected, this, &EvidenceTab::addFiles);
        dialog->open();
    });
    connect(paste, &QPushButton::clicked, this, [this] {
        const QImage image = QApplication::clipboard()->image();
        if (image.isNull())
            m_message->showMessage(MessageBar::Kind::Warning, tr("The clipboard holds no image."));
        else
            addImage(image);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() != 1)
            return;
        auto *dialog = new QFileDialog(this, tr("Export Evidence"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        // The reporter's name, made safe, as a suggestion only.
        dialog->selectFile(
            EvidenceStore::safeFileName(m_model->attachmentAt(m_view->currentIndex().row()).fileName));
        connect(dialog, &QFileDialog::fileSelected, this,
            [this, id = ids.constFirst()](const QString &file) { exportAttachment(id, file); });
        dialog->open();
    });
    connect(exportAllButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export All Evidence to a Folder"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, &EvidenceTab::exportAll);
        dialog->open();
    });
    connect(verifyButton, &QPushButton::clicked, this, &EvidenceTab::verify);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceTab::removeSelected);
    connect(m_compareButton, &QPushButton::clicked, this, &EvidenceTab::compareSelected);
    updateButtons();
}

void EvidenceTab::setCaseId(qint64 caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    m_viewer->clear();
    m_stack->setCurrentWidget(m_viewer);
    m_message->hide();
    m_model->setCaseId(caseId);
}

void EvidenceTab::withKey(const std::function<void()> &then)
{
    if (m_store.isUnlocked()) {
        then();
        return;
    }
    const auto initialised = m_store.isInitialised();
    if (!initialised) {
        m_message->showMessage(MessageBar::Kind::Error, initialised.error());
        return;
    }
    auto *dialog = new PassphraseDialog(
        *initialised ? PassphraseDialog::Mode::Unlock : PassphraseDialog::Mode::Create, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool create = !*initialised;
    connect(dialog, &PassphraseDialog::passphraseEntered, this,
        [this, dialog, create, then](const QString &, const QString &passphrase) {
            const Status s = create ? m_store.initialise(passphrase) : m_store.unlock(passphrase);
            if (!s) {
                dialog->showError(s.error());
                return;
            }
            dialog->done(QDialog::Accepted);
            then();
        });
    dialog->open();
}

QList<qint64> EvidenceTab::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(AttachmentListModel::AttachmentIdRole).toLongLong());
    return ids;
}

void EvidenceTab::updateButtons()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_export->setEnabled(selected == 1);
    m_remove->setEnabled(selected >= 1);
    m_compareButton->setEnabled(selected == 2);
}

void EvidenceTab::addFiles(const QStringList &paths)
{
    if (m_caseId <= 0 || paths.isEmpty())
        return;
    withKey([this, paths] {
        QStringList failures;
        int added = 0;
        for (const QString &path : paths) {
            const auto a = m_store.addFile(m_caseId, path);
            if (a)
                ++added;
            else
                failures.append(a.error());
        }
        if (!failures.isEmpty())
            m_message->showMessage(MessageBar::Kind::Error, failures.join(u'\n'));
        else
            m_message->showMessage(
                MessageBar::Kind::Positive, tr("%n file(s) attached and encrypted.", nullptr, added));
    });
}

void EvidenceTab::addImage(const QImage &image)
{
    if (m_caseId <= 0)
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    withKey([this, png] {
        const auto a = m_store.addData(m_caseId, png, tr("pasted image.png"));
        if (!a)
            m_message->showMessage(MessageBar::Kind::Error, a.error());
        else
            m_message->showMessage(MessageBar::Kind::Positive, tr("Image attached and encrypted."));
    });
}

void EvidenceTab::exportAttachment(qint64 attachmentId, const QString &file)
{
    withKey([this, attachmentId, file] {
        const Status s = m_store.exportTo(attachmentId, file);
        if (!s)
            m_message->showMessage(MessageBar::Kind::Error, s.error());
        else
            m_message->showMessage(MessageBar::Kind::Positive, tr("Written to %1.").arg(file));
    });
}

void EvidenceTab::exportAll(const QString &folder)
{
    withKey([this, folder] {
        const auto manifest = m_store.exportCase(m_caseId, folder);
        if (!manifest)
            m_message->showMessage(MessageBar::Kind::Error, manifest.error());
        else
            m_message->showMessage(MessageBar::Kind::Positive,
                tr("The case's evidence and its SHA-256 manifest are in %1.").arg(folder));
    });
}

void EvidenceTab::verify()
{
    withKey([this] {
        const auto problems = m_store.verify(m_caseId);
        if (!problems) {
            m_message->showMessage(MessageBar::Kind::Error, problems.error());
            return;
        }
        if (problems->isEmpty()) {
            m_message->showMessage(MessageBar::Kind::Positive,
                tr("All %n attachment(s) decrypt and match their SHA-256.", nullptr, m_model->rowCount()));
            return;
        }
        QStringList lines;
        for (const EvidenceProblem &p : *problems)
            lines.append(tr("%1: %2").arg(p.fileName, p.message));
        m_message->showMessage(MessageBar::Kind::Error, lines.join(u'\n'));
    });
}

void EvidenceTab::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    for (const qint64 id : ids) {
        if (const Status s = m_store.remove(id); !s) {
            m_message->showMessage(MessageBar::Kind::Error, s.error());
            return;
        }
    }
    m_viewer->clear();
}

void EvidenceTab::showAttachment(qint64 attachmentId)
{
    withKey([this, attachmentId] {
        const auto a = m_store.attachment(attachmentId);
        auto device = m_store.open(attachmentId);
        if (!a || !device) {
            m_viewer->clear();
            m_message->showMessage(MessageBar::Kind::Error, a ? device.error() : a.error());
            return;
        }
        m_stack->setCurrentWidget(m_viewer);
        m_viewer->open(std::move(device.value()), infoOf(*a));
    });
}

void EvidenceTab::compareSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 2)
        return;
    withKey([this, ids] {
        const auto left = m_store.attachment(ids.at(0));
        const auto right = m_store.attachment(ids.at(1));
        auto leftDevice = m_store.open(ids.at(0));
        auto rightDevice = m_store.open(ids.at(1));
        if (!left || !right || !leftDevice || !rightDevice) {
            m_message->showMessage(MessageBar::Kind::Error,
                !leftDevice        ? leftDevice.error()
                    : !rightDevice ? rightDevice.error()
                                   : tr("The attachment is gone."));
            return;
        }
        const SharedDevice a(std::move(leftDevice.value()));
        const SharedDevice b(std::move(rightDevice.value()));
        m_compare->compare(a, infoOf(*left), b, infoOf(*right));
        m_stack->setCurrentWidget(m_compare);
    });
}

void EvidenceTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_caseId > 0 && (event->mimeData()->hasUrls() || event->mimeData()->hasImage()))
        event->acceptProposedAction();
}

void EvidenceTab::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty())
        addFiles(paths);
    else if (event->mimeData()->hasImage())
        addImage(qvariant_cast<QImage>(event->mimeData()->imageData()));
    event->acceptProposedAction();
}
