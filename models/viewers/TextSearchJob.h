#pragma once

#include "viewers/LineIndex.h"

#include <QObject>
#include <QRegularExpression>

#include <atomic>
#include <memory>

class SharedDevice;

/// Finds the next (or previous) match of a regular expression in a text on a
/// SharedDevice, on a worker thread, block by block through a LineIndex snapshot, wrapping
/// around once. Lines are decoded exactly as the viewer shows them (LineDecoder), so the
/// match's column and length are those of the displayed text. Reports found() or
/// notFound() once; cancelled by cancel() or by deleting the job.
class TextSearchJob final : public QObject
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
    ~TextSearchJob() override;

    void start();
    void cancel() { *m_cancelled = true; }

Q_SIGNALS:
    void found(qint64 line, qsizetype column, qsizetype length);
    void notFound();
    void progress(int percent);

private:
    std::shared_ptr<SharedDevice> m_device;
    LineIndex m_index;
    Params m_params;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    bool m_started = false;
};
