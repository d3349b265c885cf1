#pragma once

#include "jobs/BackgroundJob.h"

#include <QList>

#include <memory>

class SharedDevice;

/// Builds a LineIndex in the background: scans the device in 1 MiB chunks on a worker
/// thread and reports the block offsets found so far, first after 64 KiB (so the first
/// screenful shows at once) and then about ten times a second. Memory stays at one chunk
/// plus the sparse index. Cancelled by cancel() or by deleting the job; progress() and the
/// end come from BackgroundJob.
class LineIndexJob final : public BackgroundJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineIndexJob)

public:
    explicit LineIndexJob(std::shared_ptr<SharedDevice> device, QObject *parent = nullptr);

    void start() override;

Q_SIGNALS:
    /// New block offsets (to append), the number of lines known so far, and whether the
    /// scan reached the end.
    void indexed(const QList<qint64> &blockStarts, qint64 lineCount, bool complete);

private:
    std::shared_ptr<SharedDevice> m_device;
};
