#pragma once

#include "jobs/BackgroundJob.h"

#include <optional>

/// A BackgroundJob that runs one function: its parameters are what the function captures
/// (by value: it runs on another thread), its result is result() once succeeded(). The
/// function must not touch objects of the job's thread; what it needs of a database it
/// opens on its own connection.
///
///     auto *job = new Job<QString>([location, id](JobControl &control) { ... }, this);
///     connect(job, &BackgroundJob::succeeded, this, [this, job] { use(job->result()); });
///     job->start();
template<typename R>
class Job final : public BackgroundJob
{
public:
    using Work = std::function<Result<R>(JobControl &)>;

    explicit Job(Work work, QObject *parent = nullptr)
        : BackgroundJob(parent)
        , m_work(std::move(work))
    { }

    void start() override
    {
        if (state() != State::NotStarted)
            return;
        launch<R>(std::move(m_work),
            [](BackgroundJob &job, R &&value) { static_cast<Job &>(job).m_result = std::move(value); });
    }

    /// The work's value; only after succeeded().
    const R &result() const { return *m_result; }
    R takeResult() { return std::move(*m_result); }

private:
    Work m_work;
    std::optional<R> m_result;
};
