#pragma once

#include "jobs/BackgroundJob.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class AttachmentListModel;
class EvidenceCompareView;
class EvidenceStore;
class EvidenceViewerPane;
class MessageBar;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

/// A case's evidence: the attachment list (name, type, size, SHA-256, who added it and
/// when, an editable note) above the viewer of the selected attachment, or the comparison of
/// two. Files come in by Add…, drag and drop, or Paste Image; go out one at a time or all
/// with a SHA-256 manifest; Verify re-hashes them. The store's passphrase is asked for the
/// first time the key is needed (PassphraseDialog), and set on first use of a database.
///
/// Adding, exporting and verifying run as EvidenceJobs, one at a time, off the GUI thread:
/// a strip above the list shows what runs, its progress and a Cancel button, and the rest
/// of the window (other cases included) stays usable meanwhile. Several files are added
/// one job after the other; Cancel stops the one running (nothing of it is stored) and
/// drops the rest.
class EvidenceTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceTab)

public:
    explicit EvidenceTab(EvidenceStore &store, QWidget *parent = nullptr);

    void setCaseId(qint64 caseId);
    qint64 caseId() const { return m_caseId; }

    AttachmentListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    EvidenceViewerPane *viewer() const { return m_viewer; }
    EvidenceCompareView *compareView() const { return m_compare; }
    MessageBar *messageBar() const { return m_message; }
    /// The evidence job running, if any.
    BackgroundJob *job() const { return m_job; }
    QProgressBar *jobProgress() const { return m_jobProgress; }
    QPushButton *cancelButton() const { return m_cancelJob; }

    /// What the buttons do, without their file dialogs (also for drag and drop and tests).
    /// Those that run a job return at once; the message bar reports the end.
    void addFiles(const QStringList &paths);
    void addImage(const QImage &image);
    void exportAttachment(qint64 attachmentId, const QString &file);
    void exportAll(const QString &folder);
    void verify();
    void removeSelected();
    void compareSelected();
    void showAttachment(qint64 attachmentId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// Runs then with the store unlocked, asking for the passphrase first if needed.
    void withKey(const std::function<void()> &then);
    QList<qint64> selectedIds() const;
    void updateButtons();
    /// False (and says so) while a job runs.
    bool isIdle();
    /// Shows job in the strip, starts it, and calls then with its end.
    void runJob(BackgroundJob *job, const QString &what, std::function<void(BackgroundJob::State)> then);
    void addNext();
    void addFinished(bool cancelled);

    EvidenceStore &m_store;
    qint64 m_caseId = 0;
    AttachmentListModel *m_model;
    QTableView *m_view;
    MessageBar *m_message;
    QStackedWidget *m_stack;
    EvidenceViewerPane *m_viewer;
    EvidenceCompareView *m_compare;
    QWidget *m_jobStrip;
    QLabel *m_jobLabel;
    QProgressBar *m_jobProgress;
    QPushButton *m_cancelJob;
    QPushButton *m_add;
    QPushButton *m_paste;
    QPushButton *m_export;
    QPushButton *m_exportAll;
    QPushButton *m_verify;
    QPushButton *m_remove;
    QPushButton *m_compareButton;
    QPointer<BackgroundJob> m_job;
    // Files still to add, one job each, to the case they were dropped on.
    QStringList m_addQueue;
    qint64 m_addCaseId = 0;
    int m_addTotal = 0;
    int m_added = 0;
    QStringList m_addFailures;
};
