#pragma once

#include "intake/MailImporter.h"
#include "storage/Database.h"

#include <QDialog>
#include <QPointer>

class ImportJob;
class ImportResultModel;
class MessageBar;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

/// Imports e-mail: the analyst picks .eml files, mbox files and Maildir folders (or drops
/// them on the main window), the messages are examined in the background (progress, cancel)
/// and listed with what would become of each — new report, attached to a case, duplicate,
/// refused with the reason and position. Proposed reports are pre-filled from the mail and
/// can be corrected here; one similar to an open case can be marked its duplicate. "Import
/// Checked" then writes the checked messages, one transaction each.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(Database::Location database, ImportOptions options, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void addPaths(const QStringList &paths);
    /// Examines the chosen paths (the "Examine" button).
    void examine();
    /// Writes the checked messages (the "Import Checked" button).
    void importChecked();
    ImportResultModel *model() const { return m_model; }

Q_SIGNALS:
    /// Something was written; the case list should reload. changedCases are the existing
    /// cases that received messages (the import wrote through its own connection).
    void imported(const QList<qint64> &changedCases);

private:
    void chooseFiles(bool folder);
    void startJob(ImportJob *job);
    void jobFinished(bool cancelled);
    void showProposal();
    void storeProposal();
    void updateButtons();

    Database::Location m_database;
    ImportOptions m_options;
    QPointer<ImportJob> m_job;
    QList<int> m_committing; // rows of the running commit, in job order
    int m_committed = 0; // results of it received so far
    QList<qint64> m_changedCases; // existing cases the running commit attached messages to
    int m_currentRow = -1;
    bool m_loadingProposal = false;

    ImportResultModel *m_model;
    MessageBar *m_message;
    QListWidget *m_paths;
    QPushButton *m_examine;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QTableView *m_table;
    QLineEdit *m_title;
    QLineEdit *m_product;
    QLineEdit *m_version;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_steps;
    QLabel *m_attachments;
};
