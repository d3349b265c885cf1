#include "EventLoopProbe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

EventLoopProbe::EventLoopProbe(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer->start();
}

EventLoopProbe::~EventLoopProbe() = default;

void EventLoopProbe::reset()
{
    m_worstNs = 0;
    m_over100 = 0;
}

void EventLoopProbe::tick()
{
    // The gap between two runs beyond the interval is time the loop could not answer.
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 late = std::max<qint64>(0, now - m_lastNs - qint64(intervalMs) * 1000 * 1000);
    m_lastNs = now;
    m_worstNs = std::max(m_worstNs, late);
    if (late > 100 * 1000 * 1000)
        ++m_over100;
}

void EventLoopProbe::mark(const char *phase)
{
    static const bool enabled = qEnvironmentVariableIntValue("PSIRTDESK_PROBE") > 0;
    if (!enabled)
        return;
    static QElapsedTimer sinceFirst;
    if (!sinceFirst.isValid())
        sinceFirst.start();
    std::fprintf(stderr, "PROBE mark %s %lld\n", phase, sinceFirst.elapsed());
}

void EventLoopProbe::watchFirstPaint(QWidget *window)
{
    m_window = window;
    window->installEventFilter(this);
}

bool EventLoopProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint) {
        m_window->removeEventFilter(this);
        m_window = nullptr;
        // The paint itself (and its children's, flushed together) runs after this filter:
        // report on the next turn of the loop.
        QTimer::singleShot(0, this, &EventLoopProbe::firstPainted);
    }
    return QObject::eventFilter(watched, event);
}
