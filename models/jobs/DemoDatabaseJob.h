#pragma once

#include "demo/DemoGenerator.h"
#include "jobs/BackgroundJob.h"
#include "storage/Database.h"

#include <QString>

/// The one way to make a demo database, for the start page and the command line alike.
///
/// build() is the blocking form. A SQLite target is written to "<path>.partial" on a
/// connection of its own (without journal or syncs while it is built, which makes it
/// several times faster; the file is discarded if anything fails) and renamed into place,
/// replacing an existing file, only when complete, so a failed or interrupted run never
/// leaves a half-written database under the requested name. A PostgreSQL target must be
/// an empty database; the generator fills it in one transaction.
///
/// The job runs build() on a thread of its own and reports progress in cases written.
/// DemoGenerator does not poll for a cancel: a cancelled job ends once the cases are
/// written, and then discards them.
class DemoDatabaseJob final : public BackgroundJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDatabaseJob)

public:
    DemoDatabaseJob(Database::Location target, DemoOptions options, QObject *parent = nullptr);
    /// A SQLite file.
    DemoDatabaseJob(const QString &path, DemoOptions options, QObject *parent = nullptr);

    void start() override;
    const Database::Location &target() const { return m_target; }
    /// The SQLite file made (empty for PostgreSQL).
    QString path() const { return m_target.path; }

    static Status build(const Database::Location &target, const DemoOptions &options, JobControl &control);
    static Status build(const Database::Location &target, const DemoOptions &options);

private:
    Database::Location m_target;
    DemoOptions m_options;
};
