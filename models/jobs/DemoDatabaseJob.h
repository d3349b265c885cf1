#pragma once

#include "demo/DemoGenerator.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

/// Makes a demo database file in the background. Writes to "<path>.partial" on a worker
/// thread with its own connection and renames it into place only when complete, so a
/// cancelled or failed run leaves nothing half-written. Results arrive as signals in the
/// job's thread.
class DemoDatabaseJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDatabaseJob)

public:
    DemoDatabaseJob(QString path, DemoOptions options, QObject *parent = nullptr);
    ~DemoDatabaseJob() override;

    void start();
    void cancel() { *m_cancelled = true; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void progress(int percent);
    void finished(const QString &path);
    void failed(const QString &message);

private:
    QString m_path;
    DemoOptions m_options;
    // Shared with the worker, which may outlive the job.
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    std::atomic<bool> m_running = false;
};
