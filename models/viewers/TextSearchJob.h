#pragma once

#include "jobs/BackgroundJob.h"
#include "viewers/LineIndex.h"

#include <QRegularExpression>

#include <memory>

class SharedDevice;

/// Finds the next (or previous) match of a regular expression in a text on a
/// SharedDevice, on a worker thread, block by block through a LineIndex snapshot, wrapping
/// around once. Lines are decoded exactly as the viewer shows them (LineDecoder), so the
/// match's column and length are those of the displayed text. Reports found() or
/// notFound() once, just before succeeded(); cancelled by cancel() or by deleting the job.
class TextSearchJob final : public BackgroundJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextSearchJob)

public:
    struct Params
    {
        QRegularExpression pattern;
        QString encoding;
        qint64 fromLine = 0;
        qsizetype fromColumn = 0; // forward: matches starting here or later; backward: before
        bool backward = false;
    };

    TextSearchJob(
        std::shared_ptr<SharedDevice> device, LineIndex index, Params params, QObject *parent = nullptr);

    void start() override;

Q_SIGNALS:
    void found(qint64 line, qsizetype column, qsizetype length);
    void notFound();

private:
    std::shared_ptr<SharedDevice> m_device;
    LineIndex m_index;
    Params m_params;
};
