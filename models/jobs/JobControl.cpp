#include "JobControl.h"

#include "jobs/JobState.h"

#include <QCoreApplication>

JobControl::JobControl(ProgressFn onProgress, const std::atomic<bool> *cancelFlag)
    : m_onProgress(std::move(onProgress))
    , m_cancelFlag(cancelFlag)
{ }

JobControl::JobControl(std::shared_ptr<JobState> state)
    : m_state(std::move(state))
{ }

bool JobControl::isCancelled() const
{
    if (m_state)
        return m_state->cancelled.load(std::memory_order_relaxed);
    return m_cancelFlag && m_cancelFlag->load(std::memory_order_relaxed);
}

JobControl JobControl::part(double from, double to) const
{
    JobControl sub = *this;
    sub.m_from = m_from + qBound(0.0, from, 1.0) * (m_to - m_from);
    sub.m_to = m_from + qBound(0.0, to, 1.0) * (m_to - m_from);
    return sub;
}

void JobControl::setProgress(double fraction, const QString &text)
{
    fraction = m_from + qBound(0.0, fraction, 1.0) * (m_to - m_from);
    if (m_state)
        m_state->setProgress(fraction, text);
    else if (m_onProgress)
        m_onProgress(fraction, text);
}

void JobControl::postToJob(std::function<void(BackgroundJob &)> fn)
{
    if (m_state)
        m_state->post(std::move(fn));
}

QString JobControl::cancelledMessage()
{
    return QCoreApplication::translate("JobControl", "Cancelled.");
}
