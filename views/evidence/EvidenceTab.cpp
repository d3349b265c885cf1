#include "EvidenceTab.h"

#include "evidence/AttachmentListModel.h"
#include "evidence/EvidenceJobs.h"
#include "evidence/EvidenceStore.h"
#include "evidence/PassphraseDialog.h"
#include "viewers/EvidenceCompareView.h"
#include "viewers/EvidenceViewerPane.h"
#include "viewers/SharedDevice.h"
#include "widgets/MessageBar.h"
#include "widgets/SaveFileDialog.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
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
    , m_jobStrip(new QWidget(this))
    , m_jobLabel(new QLabel(m_jobStrip))
    , m_jobProgress(new QProgressBar(m_jobStrip))
    , m_cancelJob(new QPushButton(tr("Cancel"), m_jobStrip))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_paste(new QPushButton(tr("Paste &Image"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_exportAll(new QPushButton(tr("Export A&ll…"), this))
    , m_verify(new QPushButton(tr("&Verify"), this))
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

    m_add->setObjectName(QStringLiteral("addEvidence"));
    m_add->setToolTip(tr("Attach files (or drop them here); they are encrypted in the case database"));
    m_paste->setObjectName(QStringLiteral("pasteEvidence"));
    m_export->setObjectName(QStringLiteral("exportEvidence"));
    m_exportAll->setObjectName(QStringLiteral("exportAllEvidence"));
    m_exportAll->setToolTip(tr("Writes every attachment and a SHA-256 manifest into a folder"));
    m_verify->setObjectName(QStringLiteral("verifyEvidence"));
    m_verify->setToolTip(tr("Decrypts and re-hashes the case's evidence (chain of custody)"));
    m_remove->setObjectName(QStringLiteral("removeEvidence"));
    m_compareButton->setObjectName(QStringLiteral("compareEvidence"));
    m_compareButton->setToolTip(tr("Side by side, for two text attachments"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_paste, m_export, m_exportAll, m_verify, m_compareButton, m_remove}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    // The running job: what it does, how far it is, and a way to stop it.
    m_jobStrip->setObjectName(QStringLiteral("evidenceJob"));
    m_jobLabel->setObjectName(QStringLiteral("evidenceJobLabel"));
    m_jobProgress->setObjectName(QStringLiteral("evidenceJobProgress"));
    m_jobProgress->setRange(0, 1000);
    m_jobProgress->setTextVisible(false);
    m_cancelJob->setObjectName(QStringLiteral("cancelEvidenceJob"));
    m_cancelJob->setAutoDefault(false);
    auto *strip = new QHBoxLayout(m_jobStrip);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->addWidget(m_jobLabel);
    strip->addWidget(m_jobProgress, 1);
    strip->addWidget(m_cancelJob);
    m_jobStrip->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_jobStrip);
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
    connect(m_cancelJob, &QPushButton::clicked, this, [this] {
        m_addQueue.clear();
        if (m_job)
            m_job->cancel();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Attach Evidence"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFiles);
        connect(dialog, &QFileDialog::filesSelected, this, &EvidenceTab::addFiles);
        dialog->open();
    });
    connect(m_paste, &QPushButton::clicked, this, [this] {
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
        // The reporter's name, made safe, as a suggestion only.
        SaveFileDialog::ask(
            this, tr("Export Evidence"), {}, {},
            [this, id = ids.constFirst()](const QString &file) { exportAttachment(id, file); },
            EvidenceStore::safeFileName(m_model->attachmentAt(m_view->currentIndex().row()).fileName));
    });
    connect(m_exportAll, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export All Evidence to a Folder"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, &EvidenceTab::exportAll);
        dialog->open();
    });
    connect(m_verify, &QPushButton::clicked, this, &EvidenceTab::verify);
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
    // The key derivation takes a quarter of a second or more by design: a job, while the
    // dialog waits disabled. Closing the dialog drops the job.
    connect(dialog, &PassphraseDialog::passphraseEntered, this,
        [this, dialog, create, then](const QString &, const QString &passphrase) {
            if (!dialog->isEnabled())
                return;
            auto *job = EvidenceJobs::unlock(m_store, passphrase, create, dialog);
            connect(
                job, &BackgroundJob::ended, dialog, [this, dialog, job, then](BackgroundJob::State state) {
                    job->deleteLater();
                    dialog->setEnabled(true);
                    if (state != BackgroundJob::State::Succeeded || !m_store.isUnlocked()) {
                        dialog->showError(state == BackgroundJob::State::Succeeded
                                ? tr("The evidence store refused the key; try again.")
                                : job->errorString());
                        return;
                    }
                    dialog->done(QDialog::Accepted);
                    then();
                });
            dialog->setEnabled(false);
            job->start();
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
    const bool idle = !m_job;
    m_add->setEnabled(idle);
    m_paste->setEnabled(idle);
    m_export->setEnabled(idle && selected == 1);
    m_exportAll->setEnabled(idle);
    m_verify->setEnabled(idle);
    // A removal would wait for the job's write lock on SQLite.
    m_remove->setEnabled(idle && selected >= 1);
    m_compareButton->setEnabled(selected == 2);
}

bool EvidenceTab::isIdle()
{
    if (!m_job)
        return true;
    m_message->showMessage(MessageBar::Kind::Warning,
        tr("“%1” is still running: wait for it or cancel it.").arg(m_jobLabel->text()));
    return false;
}

void EvidenceTab::runJob(
    BackgroundJob *job, const QString &what, std::function<void(BackgroundJob::State)> then)
{
    m_job = job;
    m_jobLabel->setText(what);
    m_jobProgress->setValue(0);
    m_jobStrip->show();
    connect(job, &BackgroundJob::progress, m_jobProgress,
        [bar = m_jobProgress](double fraction) { bar->setValue(int(fraction * 1000)); });
    connect(
        job, &BackgroundJob::ended, this, [this, job, then = std::move(then)](BackgroundJob::State status) {
            job->deleteLater();
            m_job = nullptr;
            m_jobStrip->hide();
            updateButtons();
            then(status); // may start the next job
        });
    job->start();
    updateButtons();
}

void EvidenceTab::addFiles(const QStringList &paths)
{
    if (m_caseId <= 0 || paths.isEmpty() || !isIdle())
        return;
    withKey([this, paths, caseId = m_caseId] {
        if (!isIdle())
            return;
        m_addQueue = paths;
        m_addCaseId = caseId;
        m_addTotal = int(paths.size());
        m_added = 0;
        m_addFailures.clear();
        addNext();
    });
}

void EvidenceTab::addNext()
{
    if (m_addQueue.isEmpty()) {
        addFinished(false);
        return;
    }
    const QString path = m_addQueue.takeFirst();
    auto *job = EvidenceJobs::addFile(m_store, m_addCaseId, path, this);
    const QString what = m_addTotal > 1 ? tr("Adding “%1” (%2 of %3)")
                                              .arg(QFileInfo(path).fileName())
                                              .arg(m_addTotal - m_addQueue.size())
                                              .arg(m_addTotal)
                                        : tr("Adding “%1”").arg(QFileInfo(path).fileName());
    runJob(job, what, [this, job](BackgroundJob::State status) {
        if (status == BackgroundJob::State::Cancelled) {
            m_addQueue.clear();
            addFinished(true);
            return;
        }
        if (status == BackgroundJob::State::Succeeded)
            ++m_added;
        else
            m_addFailures.append(job->errorString());
        addNext();
    });
}

void EvidenceTab::addFinished(bool cancelled)
{
    if (!m_addFailures.isEmpty())
        m_message->showMessage(MessageBar::Kind::Error, m_addFailures.join(u'\n'));
    else if (cancelled)
        m_message->showMessage(MessageBar::Kind::Warning,
            tr("Cancelled; the file being added was not stored. %n file(s) attached before.", nullptr,
                m_added));
    else
        m_message->showMessage(
            MessageBar::Kind::Positive, tr("%n file(s) attached and encrypted.", nullptr, m_added));
}

void EvidenceTab::addImage(const QImage &image)
{
    if (m_caseId <= 0 || !isIdle())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    withKey([this, png, caseId = m_caseId] {
        if (!isIdle())
            return;
        auto *job = EvidenceJobs::addData(m_store, caseId, png, tr("pasted image.png"), this);
        runJob(job, tr("Adding the pasted image"), [this, job](BackgroundJob::State status) {
            if (status == BackgroundJob::State::Succeeded)
                m_message->showMessage(MessageBar::Kind::Positive, tr("Image attached and encrypted."));
            else if (status == BackgroundJob::State::Cancelled)
                m_message->showMessage(MessageBar::Kind::Warning, tr("Cancelled; the image was not stored."));
            else
                m_message->showMessage(MessageBar::Kind::Error, job->errorString());
        });
    });
}

void EvidenceTab::exportAttachment(qint64 attachmentId, const QString &file)
{
    if (!isIdle())
        return;
    withKey([this, attachmentId, file] {
        if (!isIdle())
            return;
        auto *job = EvidenceJobs::exportAttachment(m_store, attachmentId, file, this);
        runJob(job, tr("Exporting to %1").arg(file), [this, job, file](BackgroundJob::State status) {
            if (status == BackgroundJob::State::Succeeded)
                m_message->showMessage(MessageBar::Kind::Positive, tr("Written to %1.").arg(file));
            else if (status == BackgroundJob::State::Cancelled)
                m_message->showMessage(MessageBar::Kind::Warning, tr("Cancelled; nothing was written."));
            else
                m_message->showMessage(MessageBar::Kind::Error, job->errorString());
        });
    });
}

void EvidenceTab::exportAll(const QString &folder)
{
    if (!isIdle())
        return;
    withKey([this, folder, caseId = m_caseId] {
        if (!isIdle())
            return;
        auto *job = EvidenceJobs::exportCase(m_store, caseId, folder, this);
        runJob(job, tr("Exporting the case's evidence"), [this, job, folder](BackgroundJob::State status) {
            if (status == BackgroundJob::State::Succeeded)
                m_message->showMessage(MessageBar::Kind::Positive,
                    tr("The case's evidence and its SHA-256 manifest are in %1.").arg(folder));
            else if (status == BackgroundJob::State::Cancelled)
                m_message->showMessage(
                    MessageBar::Kind::Warning, tr("Cancelled; the files written so far were removed."));
            else
                m_message->showMessage(MessageBar::Kind::Error, job->errorString());
        });
    });
}

void EvidenceTab::verify()
{
    if (!isIdle())
        return;
    withKey([this, caseId = m_caseId] {
        if (!isIdle())
            return;
        auto *job = EvidenceJobs::verify(m_store, caseId, this);
        runJob(job, tr("Verifying"), [this, job](BackgroundJob::State status) {
            if (status == BackgroundJob::State::Cancelled) {
                m_message->showMessage(MessageBar::Kind::Warning, tr("Verification cancelled."));
                return;
            }
            if (status != BackgroundJob::State::Succeeded) {
                m_message->showMessage(MessageBar::Kind::Error, job->errorString());
                return;
            }
            const QList<EvidenceProblem> &problems = job->result();
            if (problems.isEmpty()) {
                m_message->showMessage(MessageBar::Kind::Positive,
                    tr("All %n attachment(s) decrypt and match their SHA-256.", nullptr,
                        m_model->rowCount()));
                return;
            }
            QStringList lines;
            for (const EvidenceProblem &p : problems)
                lines.append(tr("%1: %2").arg(p.fileName, p.message));
            m_message->showMessage(MessageBar::Kind::Error, lines.join(u'\n'));
        });
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
