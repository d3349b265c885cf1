#include "TestSupport.h"
#include "jobs/Job.h"

#include <QDeadlineTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>

namespace {

// What the job's thread heard, in order.
struct Heard
{
    QStringList events;
    QList<double> fractions;
};

void listen(BackgroundJob *job, QObject *context, Heard *heard)
{
    QObject::connect(job, &BackgroundJob::progress, context, [heard](double fraction, const QString &text) {
        heard->fractions.append(fraction);
        heard->events.append(QStringLiteral("progress %1 %2").arg(fraction).arg(text));
    });
    QObject::connect(job, &BackgroundJob::succeeded, context,
        [heard] { heard->events.append(QStringLiteral("succeeded")); });
    QObject::connect(job, &BackgroundJob::failed, context,
        [heard](const QString &message) { heard->events.append(QStringLiteral("failed ") + message); });
    QObject::connect(job, &BackgroundJob::cancelled, context,
        [heard] { heard->events.append(QStringLiteral("cancelled")); });
    QObject::connect(
        job, &BackgroundJob::ended, context, [heard] { heard->events.append(QStringLiteral("ended")); });
}

} // namespace

// The one job shape: order of delivery, cancel, failure, and a job destroyed mid-run.
class TestBackgroundJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }

    void cleanup()
    {
        // Every worker of a test ends within it.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
    }

    void progressArrivesInOrderThenTheResult()
    {
        // The worker waits until each report has arrived, so none is merged into the next.
        auto arrived = std::make_shared<QSemaphore>();
        QThread *gui = QThread::currentThread();
        auto workerThread = std::make_shared<std::atomic<QThread *>>(nullptr);
        Job<int> job([arrived, workerThread](JobControl &control) -> Result<int> {
            *workerThread = QThread::currentThread();
            for (int i = 1; i <= 10; ++i) {
                control.setProgress(i / 10.0, QStringLiteral("step %1").arg(i));
                if (!arrived->tryAcquire(1, QDeadlineTimer(60000)))
                    return Result<int>::failure(QStringLiteral("the report never arrived"));
            }
            return 42;
        });
        QThread *deliveredIn = nullptr;
        connect(&job, &BackgroundJob::progress, this, [arrived, &deliveredIn] {
            deliveredIn = QThread::currentThread();
            arrived->release();
        });
        Heard heard;
        listen(&job, this, &heard);
        QCOMPARE(job.state(), BackgroundJob::State::NotStarted);
        job.start();
        QCOMPARE(job.state(), BackgroundJob::State::Running);
        QTRY_COMPARE_WITH_TIMEOUT(job.state(), BackgroundJob::State::Succeeded, 60000);
        QStringList expected;
        for (int i = 1; i <= 10; ++i)
            expected.append(QStringLiteral("progress %1 step %2").arg(i / 10.0).arg(i));
        expected << QStringLiteral("succeeded") << QStringLiteral("ended");
        QCOMPARE(heard.events, expected);
        QCOMPARE(job.result(), 42);
        QCOMPARE(deliveredIn, gui);
        QVERIFY(workerThread->load() != gui);
        QCOMPARE(job.progressText(), QStringLiteral("step 10"));
    }

    void fastReportsAreMergedNotReordered()
    {
        Job<int> job([](JobControl &control) -> Result<int> {
            for (int i = 1; i <= 200000; ++i)
                control.setProgress(i / 200000.0);
            return 7;
        });
        Heard heard;
        listen(&job, this, &heard);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(job.state(), BackgroundJob::State::Succeeded, 60000);
        QVERIFY(!heard.fractions.isEmpty());
        QVERIFY(heard.fractions.size() <= 1001); // a thousandth apart at least
        QVERIFY(std::is_sorted(heard.fractions.cbegin(), heard.fractions.cend()));
        QVERIFY(
            std::adjacent_find(heard.fractions.cbegin(), heard.fractions.cend()) == heard.fractions.cend());
        QCOMPARE(heard.fractions.constLast(), 1.0);
        QCOMPARE(heard.events.constLast(), QStringLiteral("ended"));
    }

    void cancelStopsTheWork()
    {
        auto polls = std::make_shared<std::atomic<int>>(0);
        auto sawCancel = std::make_shared<std::atomic<bool>>(false);
        Job<int> job([polls, sawCancel](JobControl &control) -> Result<int> {
            // Would run for a minute if nobody cancelled it.
            const QDeadlineTimer deadline(60000);
            while (!deadline.hasExpired()) {
                if (control.isCancelled()) {
                    *sawCancel = true;
                    return Result<int>::failure(JobControl::cancelledMessage());
                }
                ++*polls;
                control.setProgress(0.5);
                QThread::usleep(200);
            }
            return 1;
        });
        Heard heard;
        listen(&job, this, &heard);
        QSignalSpy progress(&job, &BackgroundJob::progress);
        job.start();
        QVERIFY(progress.wait(60000)); // running
        job.cancel();
        QVERIFY(job.isCancelRequested());
        QTRY_COMPARE_WITH_TIMEOUT(job.state(), BackgroundJob::State::Cancelled, 60000);
        QVERIFY(sawCancel->load());
        QCOMPARE(heard.events.mid(heard.events.size() - 2),
            QStringList({QStringLiteral("cancelled"), QStringLiteral("ended")}));
        QVERIFY(!heard.events.contains(QStringLiteral("succeeded")));
        QCOMPARE(job.errorString(), JobControl::cancelledMessage());
        // The work stopped: it polls no more.
        const int stoppedAt = polls->load();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QCOMPARE(polls->load(), stoppedAt);
    }

    void failureIsDelivered()
    {
        Job<QString> job([](JobControl &control) -> Result<QString> {
            control.setProgress(0.25, QStringLiteral("reading"));
            return Result<QString>::failure(QStringLiteral("The disk is full."));
        });
        Heard heard;
        listen(&job, this, &heard);
        QSignalSpy failed(&job, &BackgroundJob::failed);
        job.start();
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.constFirst().constFirst().toString(), QStringLiteral("The disk is full."));
        QCOMPARE(job.state(), BackgroundJob::State::Failed);
        QCOMPARE(job.errorString(), QStringLiteral("The disk is full."));
        QCOMPARE(heard.events,
            QStringList({QStringLiteral("progress 0.25 reading"), QStringLiteral("failed The disk is full."),
                QStringLiteral("ended")}));
    }

    void workThatCompletedDespiteACancelSucceeded()
    {
        // A cancel that comes too late does not turn done work into "cancelled".
        auto release = std::make_shared<QSemaphore>();
        Job<int> job([release](JobControl &) -> Result<int> {
            if (!release->tryAcquire(1, QDeadlineTimer(60000)))
                return Result<int>::failure(QStringLiteral("never released"));
            return 5;
        });
        job.start();
        job.cancel();
        release->release();
        QTRY_COMPARE_WITH_TIMEOUT(job.state(), BackgroundJob::State::Succeeded, 60000);
        QCOMPARE(job.result(), 5);
    }

    void contextDestroyedBeforeTheEnd()
    {
        auto release = std::make_shared<QSemaphore>();
        auto sawCancel = std::make_shared<std::atomic<bool>>(false);
        auto finished = std::make_shared<std::atomic<bool>>(false);
        auto context = std::make_unique<QObject>();
        auto *job = new Job<QByteArray>(
            [release, sawCancel, finished](JobControl &control) -> Result<QByteArray> {
                control.setProgress(0.1, QStringLiteral("started"));
                const bool released = release->tryAcquire(1, QDeadlineTimer(60000));
                *sawCancel = released && control.isCancelled();
                // Reports, posts and a result after the job is gone reach nobody.
                control.setProgress(0.9);
                control.post<BackgroundJob>(
                    [](BackgroundJob &target) { target.setObjectName(QStringLiteral("x")); });
                *finished = true;
                return QByteArray(1 << 20, 'x');
            },
            context.get());
        Heard heard;
        QObject listener;
        listen(job, &listener, &heard);
        QSignalSpy progress(job, &BackgroundJob::progress);
        job->start();
        QVERIFY(progress.wait(60000));
        const int heardBefore = int(heard.events.size());
        context.reset(); // takes the job along, its work still running
        release->release();
        QTRY_VERIFY_WITH_TIMEOUT(finished->load(), 60000);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QCoreApplication::sendPostedEvents();
        QVERIFY(sawCancel->load());
        QCOMPARE(heard.events.size(), heardBefore);
    }

    void synchronousControl()
    {
        // The command line's way: a callback for progress, a flag to cancel, parts mapped.
        QList<double> fractions;
        std::atomic<bool> cancel = false;
        JobControl control([&fractions](double f, const QString &) { fractions.append(f); }, &cancel);
        control.setProgress(0.5);
        JobControl second = control.part(0.5, 1.0);
        second.setProgress(0.5);
        second.setProgress(2.0); // clamped
        QCOMPARE(fractions, QList<double>({0.5, 0.75, 1.0}));
        QVERIFY(!second.isCancelled());
        cancel = true;
        QVERIFY(control.isCancelled());
        QVERIFY(second.isCancelled());
        QVERIFY(!JobControl().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
