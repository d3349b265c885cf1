#include "LineIndexJob.h"

#include "viewers/LineIndex.h"
#include "viewers/SharedDevice.h"

#include <QElapsedTimer>

#include <cstring>

LineIndexJob::LineIndexJob(std::shared_ptr<SharedDevice> device, QObject *parent)
    : BackgroundJob(parent)
    , m_device(std::move(device))
{ }

void LineIndexJob::start()
{
    launch([device = m_device](JobControl &control) -> Status {
        const auto deliver = [&control](QList<qint64> starts, qint64 lines, bool complete) {
            control.post<LineIndexJob>([starts = std::move(starts), lines, complete](LineIndexJob &job) {
                Q_EMIT job.indexed(starts, lines, complete);
            });
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
        while (at < size && !control.isCancelled()) {
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
                deliver(std::exchange(pending, {}), lines, false);
                control.setProgress(double(at) / double(qMax<qint64>(1, size)));
                reported = true;
                sinceReport.restart();
            }
        }
        if (control.isCancelled())
            return Status::failure(JobControl::cancelledMessage());
        if (size > 0 && !lastWasNewline)
            ++lines; // the last line has no '\n'
        if (!pending.isEmpty() && pending.constLast() >= size && size > 0)
            pending.removeLast();
        deliver(std::move(pending), lines, true);
        return {};
    });
}
