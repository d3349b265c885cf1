#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class BackgroundJob;
class JobState;

/// What long work sees of the job that runs it: whether it has been cancelled (an atomic
/// flag the work polls between chunks, messages or blocks), where its progress goes, and a
/// way to hand partial results to the job's thread. The same work runs synchronously (the
/// command line) with a JobControl made by the public constructor: it is cancelled only
/// through the flag given, progress goes to the callback given, and post() does nothing.
class JobControl final
{
public:
    using ProgressFn = std::function<void(double fraction, const QString &text)>;

    /// Synchronous use. cancelFlag, when given, must outlive the work.
    explicit JobControl(ProgressFn onProgress = {}, const std::atomic<bool> *cancelFlag = nullptr);

    bool isCancelled() const;
    /// fraction from 0 to 1; text is optional ("message 12 of 40"). In a job, reports reach
    /// the job's thread in order; reports that arrive faster than that thread takes them
    /// are merged into the latest.
    void setProgress(double fraction, const QString &text = {});
    /// Runs fn(job) on the job's thread, in order with the other posts, unless the job is
    /// gone by then. The work never touches the job object itself.
    template<typename J, typename Fn>
    void post(Fn fn)
    {
        postToJob([fn = std::move(fn)](BackgroundJob &job) mutable { fn(static_cast<J &>(job)); });
    }

    /// A control for a part of the work (one file of several): its progress from 0 to 1
    /// is reported as from to to of this one's; it is cancelled with this one.
    JobControl part(double from, double to) const;

    /// The message of work that stopped because it was cancelled.
    static QString cancelledMessage();

private:
    friend class BackgroundJob;
    explicit JobControl(std::shared_ptr<JobState> state);
    void postToJob(std::function<void(BackgroundJob &)> fn);

    std::shared_ptr<JobState> m_state;
    ProgressFn m_onProgress;
    const std::atomic<bool> *m_cancelFlag = nullptr;
    double m_from = 0;
    double m_to = 1;
};
