#pragma once

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class BackgroundJob;

/// What a BackgroundJob shares with its worker (internal to models/jobs). The worker holds
/// it for as long as it runs, the job until it is destroyed; whichever goes last frees it.
/// Posting to the job happens under the mutex, and the job clears its pointer under the
/// same mutex when it is destroyed, so nothing is posted to a job being destroyed; what
/// was posted before is dropped by Qt with the job's pending events.
class JobState final : public std::enable_shared_from_this<JobState>
{
public:
    explicit JobState(BackgroundJob *job)
        : m_job(job)
    { }

    std::atomic<bool> cancelled = false;

    void post(std::function<void(BackgroundJob &)> fn);
    void setProgress(double fraction, const QString &text);
    void detach();

private:
    QMutex m_mutex;
    BackgroundJob *m_job; // null once the job is destroyed
    // Progress merged while a report is on its way to the job's thread.
    bool m_progressQueued = false;
    double m_fraction = -1;
    QString m_text;
    double m_postedFraction = -1;
    QString m_postedText;
};
