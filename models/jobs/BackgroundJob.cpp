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
    QMetaObject::invokeMethod(m_job, [job = m_job, fn = std::move(fn)] { fn(*job); }, Qt::QueuedConnection);
}

void JobState::setProgress(double fraction, const QString &text)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_job)
        return;
    m_fraction = fraction;
    m_text = text;
    // A report that moves by less than a thousandth, with the same text, tells nobody
    // anything; the end is told once.
    const bool same = text == m_postedText
        && (fraction == m_postedFraction || (std::abs(fraction - m_postedFraction) < 0.001 && fraction < 1));
    if (m_progressQueued || same)
        return;
    m_progressQueued = true;
    QMetaObject::invokeMethod(
        m_job,
        [job = m_job, self = shared_from_this()] {
            double f;
            QString t;
            {
                const QMutexLocker guard(&self->m_mutex);
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
    , m_shared(std::make_shared<JobState>(this))
{ }

BackgroundJob::~BackgroundJob()
{
    // The worker may run on; it sees the cancel and reaches this object no more.
    m_shared->detach();
}

void BackgroundJob::cancel()
{
    m_shared->cancelled = true;
}

bool BackgroundJob::isCancelRequested() const
{
    return m_shared->cancelled;
}

void BackgroundJob::launch(std::function<Status(JobControl &)> work)
{
    launchWork([work = std::move(work)](JobControl &control) {
        const Status s = work(control);
        return WorkResult {s.ok(), s.error(), {}};
    });
}

void BackgroundJob::launchWork(std::function<WorkResult(JobControl &)> work)
{
    if (m_current != State::NotStarted)
        return;
    m_current = State::Running;
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->reserveThread();
    pool->startOnReservedThread([state = m_shared, work = std::move(work)] {
        JobControl control(state);
        WorkResult outcome = work(control);
        state->post([outcome = std::move(outcome)](BackgroundJob &job) { job.deliverEnd(outcome); });
    });
}

void BackgroundJob::deliverProgress(double fraction, const QString &text)
{
    if (m_current != State::Running)
        return;
    m_fraction = fraction;
    m_text = text;
    Q_EMIT progress(fraction, text);
}

void BackgroundJob::deliverEnd(const WorkResult &outcome)
{
    if (outcome.ok) {
        // Complete before the value: a receiver may show the value over the progress.
        if (m_fraction < 1)
            deliverProgress(1, m_text);
        if (outcome.apply)
            outcome.apply(*this);
        m_current = State::Succeeded;
        Q_EMIT succeeded();
    } else if (m_shared->cancelled) {
        m_current = State::Cancelled;
        m_error = JobControl::cancelledMessage();
        Q_EMIT cancelled();
    } else {
        m_current = State::Failed;
        m_error = outcome.error;
        Q_EMIT failed(m_error);
    }
    Q_EMIT ended(m_current);
}
