#pragma once

#include "core/Result.h"
#include "jobs/JobControl.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

/// The one shape of long work in PSIRT Desk: parameters in, a Result out, progress (a
/// fraction and an optional text), failure with a message, and an atomic cancel that the
/// work polls. The work runs on a thread of its own (reserved from the global thread pool,
/// so a 4 GiB evidence add never keeps the dashboard's or the deadline tracker's short
/// reads waiting, and the application waits for it on exit) and sees only a JobControl.
///
/// Everything the work reports is delivered queued to this object, in its thread, as
/// signals: progress(), then exactly one of succeeded(), failed() or cancelled(), each
/// followed by ended(). The state the worker shares with the job outlives both, so the job
/// (or the context that owns it) may be destroyed at any time: that cancels the work, and
/// nothing is delivered afterwards. Work that fails after cancel() ends as Cancelled; work
/// that completed although cancel() came too late ends as Succeeded, because it did.
///
/// Job<R> is the general form (a function in, R out); the jobs with partial results of
/// their own (LineIndexJob, ImportJob) derive from this class and use launch().
class BackgroundJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundJob)

public:
    enum class State { NotStarted, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    ~BackgroundJob() override;

    /// Starts the work; does nothing once started.
    virtual void start() = 0;
    /// Asks the work to stop; it ends as Cancelled unless it completed first.
    void cancel();
    bool isCancelRequested() const;
    State state() const { return m_current; }
    bool isRunning() const { return m_current == State::Running; }
    /// The failure's message once failed() (or the cancellation's once cancelled()).
    QString errorString() const { return m_error; }
    double progressFraction() const { return m_fraction; }
    QString progressText() const { return m_text; }

Q_SIGNALS:
    void progress(double fraction, const QString &text);
    void succeeded();
    void failed(const QString &message);
    void cancelled();
    /// After succeeded(), failed() or cancelled().
    void ended(BackgroundJob::State state);

protected:
    explicit BackgroundJob(QObject *parent = nullptr);

    /// Starts work on its own thread; once it returns a value, onSuccess(job, value) runs
    /// in this object's thread after the last progress() and just before succeeded().
    /// Does nothing if already started.
    template<typename R, typename OnSuccess>
    void launch(std::function<Result<R>(JobControl &)> work, OnSuccess onSuccess)
    {
        launchWork([work = std::move(work), onSuccess = std::move(onSuccess)](JobControl &control) {
            auto result = std::make_shared<Result<R>>(work(control));
            if (!*result)
                return WorkResult {false, result->error(), {}};
            return WorkResult {true, {},
                [result, onSuccess](BackgroundJob &job) { onSuccess(job, std::move(result->value())); }};
        });
    }
    /// Work without a value.
    void launch(std::function<Status(JobControl &)> work);

private:
    friend class JobState;
    struct WorkResult
    {
        bool ok = false;
        QString error;
        std::function<void(BackgroundJob &)> apply; // on success, before succeeded()
    };
    void launchWork(std::function<WorkResult(JobControl &)> work);
    void deliverProgress(double fraction, const QString &text);
    void deliverEnd(const WorkResult &outcome);

    std::shared_ptr<JobState> m_shared;
    State m_current = State::NotStarted;
    QString m_error;
    double m_fraction = 0;
    QString m_text;
};
