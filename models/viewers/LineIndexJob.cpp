#include "LineIndexJob.h"

#include "viewers/LineIndex.h"
#include "viewers/SharedDevice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include <cstring>

LineIndexJob::LineIndexJob(std::shared_ptr<SharedDevice> device, QObject *parent)
    : QObject(parent)
    , m_device(std::move(device))
{ }

LineIndexJob::~LineIndexJob()
{
    // The worker only reaches the job through queued calls guarded by QPointer.
    *m_cancelled = true;
}

void LineIndexJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QPointer<LineIndexJob> self(this);
    QThread *worker = QThread::create([self, device = m_device, cancelled = m_cancelled] {
        const auto deliver = [self](QList<qint64> starts, qint64 lines, bool complete, int percent) {
            QMetaObject::invokeMethod(
                qApp,
                [self, starts = std::move(starts), lines, complete, percent] {
                    if (!self)
                        return;
                    Q_EMIT self->indexed(starts, lines, complete);
                    Q_EMIT self->progress(percent);
                },
                Qt::QueuedConnection);
        };
        const qint64 size = device->size();
        QList<qint64> pending {0};
        qint64 lines = 0;
        qint64 at = 0;
        qint64 chunkSize = 64 * 1024;
        bool lastWasNewline = false;
        QElapsedTimer sinceReport;
        sinceReport.start();
        bool reported = false;
        while (at < size && !*cancelled) {
            const QByteArray chunk = device->read(at, chunkSize);
            if (chunk.isEmpty())
                break;
            const char *data = chunk.constData();
            const char *end = data + chunk.size();
            for (const char *p = data; p < end;) {
                const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
                if (!nl)
                    break;
                ++lines;
                if (lines % LineIndex::kLinesPerBlock == 0)
                    pending.append(at + (nl - data) + 1);
                p = nl + 1;
            }
            lastWasNewline = chunk.endsWith('\n');
            at += chunk.size();
            chunkSize = 1024 * 1024;
            if (!reported || sinceReport.elapsed() >= 100) {
                // A block start at the very end of the text starts no line; it is dropped below.
                deliver(std::exchange(pending, {}), lines, false, int(at * 100 / qMax<qint64>(1, size)));
                reported = true;
                sinceReport.restart();
            }
        }
        if (*cancelled)
            return;
        if (size > 0 && !lastWasNewline)
            ++lines; // the last line has no '\n'
        if (!pending.isEmpty() && pending.constLast() >= size && size > 0)
            pending.removeLast();
        deliver(std::move(pending), lines, true, 100);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}
