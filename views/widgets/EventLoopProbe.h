#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;
class QWidget;

/// Measures how responsive the GUI thread is, as a user feels it: a timer asks to run
/// every few milliseconds, and how late it runs is how long the event loop was blocked
/// (a click during that time waits as long). Also notes when a window first paints.
///
/// Used by bench-app and, with PSIRTDESK_PROBE=1 in the environment, by psirtdesk itself,
/// which then reports on stderr (see README, Benchmarks); costs nothing otherwise.
class EventLoopProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopProbe)

public:
    // Fine enough for stalls that matter (tens of ms), coarse enough that the probe's own
    // wake-ups stay out of an idle window's CPU figure (50 a second).
    static constexpr int intervalMs = 20;

    explicit EventLoopProbe(QObject *parent = nullptr);
    ~EventLoopProbe() override;

    /// The longest the event loop was blocked since the last reset, in ms.
    double worstStallMs() const { return m_worstNs / 1e6; }
    /// Event-loop turns longer than 100 ms since the last reset.
    int stallsOver100Ms() const { return m_over100; }
    /// Forgets the worst stall so far. The gap now running still counts: a stall that
    /// ends just after a reset (a report timer due at the same time) is not lost.
    void reset();

    /// With PSIRTDESK_PROBE=1 in the environment, prints "PROBE mark <phase> <ms>" on
    /// stderr: milliseconds since the first mark (main() marks its start). Costs a
    /// getenv() otherwise. For finding where a start-up's time goes.
    static void mark(const char *phase);

    /// Emits firstPainted() once, after the window's first paint has been processed.
    void watchFirstPaint(QWidget *window);

Q_SIGNALS:
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();

    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
    int m_over100 = 0;
    QWidget *m_window = nullptr;
};
