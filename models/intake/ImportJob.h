#pragma once

#include "MailImporter.h"
#include "jobs/BackgroundJob.h"
#include "storage/Database.h"

#include <QList>
#include <QStringList>

/// Imports mail in the background, on a worker thread with its own database connection:
/// Review examines every message (nothing written) so the analyst can confirm the proposed
/// reports; Import examines and writes each message; Commit writes reviewed outcomes. Each
/// message is one transaction, so a cancel or a failure leaves whole messages only.
/// Outcomes arrive in batches, as signals in the job's thread, all before the job ends
/// (succeeded(), or cancelled() with the whole messages written until then reported).
class ImportJob final : public BackgroundJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    enum class Mode { Review, Import, Commit };

    /// Review or Import of files, mbox files and Maildir folders.
    ImportJob(Database::Location database, QStringList paths, ImportOptions options, Mode mode,
        QObject *parent = nullptr);
    /// Commit of reviewed outcomes; duplicateOf[i] > 0 marks outcome i Duplicate of that case.
    ImportJob(Database::Location database, QList<ImportOutcome> reviewed, QList<qint64> duplicateOf,
        ImportOptions options, QObject *parent = nullptr);

    void start() override;
    Mode mode() const { return m_mode; }

Q_SIGNALS:
    void outcomesReady(const QList<ImportOutcome> &outcomes);

private:
    Database::Location m_database;
    QStringList m_paths;
    QList<ImportOutcome> m_reviewed;
    QList<qint64> m_duplicateOf;
    ImportOptions m_options;
    Mode m_mode;
};
