#include "BackgroundJob.h"

#include "jobs/JobState.h"

#include <QMetaObject>
#include <QThreadPool>

#include <cmath>

void JobState::post(std::function<void(BackgroundJob &)> fn)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_job)
        return;
    // Runs in the job's thread; Qt drops it with the job's other pending events if the
    // job is destroyed first, so the pointer is never used after that.
    QMetaObject::invokeMethod(
        m_job, [job = m_job, fn = std::move(fn)] { fn(*job); }, Qt::QueuedConnection);
}

void JobState::setProgress(double fraction, const QString &text)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_job)
        return;
    m_fraction = fraction;
    m_text = text;
    // A report that moves by less than a thousandth, with the same text, tells nobody anything.
    if (m_progressQueued
        || (std::abs(fraction - m_postedFraction) < 0.001 && text == m_postedText && fraction < 1))
        return;
    m_progressQueued = true;
    QMetaObject::invokeMethod(
        m_job,
        [job = m_job, self = shared_from_this()] {
            double f;
            QString t;
            {
                const QMutexLocker lock(&self->m_mutex);
                self->m_progressQueued = false;
                f = self->m_postedFraction = self->m_fraction;
                t = self->m_postedText = self->m_text;
            }
            job->deliverProgress(f, t);
        },
        Qt::QueuedConnection);
}

void JobState::detach()
{
    cancelled = true;
    const QMutexLocker lock(&m_mutex);
    m_job = nullptr;
}

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<JobState>(this))
{ }

BackgroundJob::~BackgroundJob()
{
    // The worker may run on; it sees the cancel and reaches this object no more.
    m_state->detach();
}

void BackgroundJob::cancel()
{
    m_state->cancelled = true;
}

bool BackgroundJob::isCancelRequested() const
{
    return m_state->cancelled;
}

void BackgroundJob::launch(std::function<Status(JobControl &)> work)
{
    launchWork([work = std::move(work)](JobControl &control) {
        const Status s = work(control);
        return Outcome {s.ok(), s.error(), {}};
    });
}

void BackgroundJob::launchWork(std::function<Outcome(JobControl &)> work)
{
    if (m_status != Status::NotStarted)
        return;
    m_status = Status::Running;
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->reserveThread();
    pool->startOnReservedThread([state = m_state, work = std::move(work)] {
        JobControl control(state);
        Outcome outcome = work(control);
        state->post([outcome = std::move(outcome)](BackgroundJob &job) { job.deliverEnd(outcome); });
    });
}

void BackgroundJob::deliverProgress(double fraction, const QString &text)
{
    if (m_status != Status::Running)
        return;
    m_fraction = fraction;
    m_text = text;
    Q_EMIT progress(fraction, text);
}

void BackgroundJob::deliverEnd(const Outcome &outcome)
{
    if (outcome.ok) {
        if (outcome.apply)
            outcome.apply(*this);
        if (m_fraction < 1)
            deliverProgress(1, m_text);
        m_status = Status::Succeeded;
        Q_EMIT succeeded();
    } else if (m_state->cancelled) {
        m_status = Status::Cancelled;
        m_error = JobControl::cancelledMessage();
        Q_EMIT cancelled();
    } else {
        m_status = Status::Failed;
        m_error = outcome.error;
        Q_EMIT failed(m_error);
    }
    Q_EMIT ended(m_status);
}
