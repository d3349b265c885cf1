#include "TextSearchJob.h"

#include "viewers/SharedDevice.h"
#include "viewers/TextEncoding.h"

#include <optional>
#include <tuple>

namespace {

struct Match
{
    qsizetype column = -1;
    qsizetype length = 0;
};

// The first match at or after `from`, or the last one starting before `before`.
Match matchIn(const QRegularExpression &pattern, const QString &text, qsizetype from, qsizetype before)
{
    Match result;
    if (before < 0) {
        const QRegularExpressionMatch m = pattern.match(text, from);
        if (m.hasMatch())
            result = {m.capturedStart(), m.capturedLength()};
        return result;
    }
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() >= before)
            break;
        result = {m.capturedStart(), m.capturedLength()};
    }
    return result;
}

} // namespace

TextSearchJob::TextSearchJob(
    std::shared_ptr<SharedDevice> device, LineIndex index, Params params, QObject *parent)
    : BackgroundJob(parent)
    , m_device(std::move(device))
    , m_index(std::move(index))
    , m_params(std::move(params))
{ }

void TextSearchJob::start()
{
    // The value: the match's line, column and length, or nothing.
    using Found = std::optional<std::tuple<qint64, qsizetype, qsizetype>>;
    launch<Found>(
        [device = m_device, index = m_index, p = m_params](JobControl &control) -> Result<Found> {
            const qint64 lineCount = index.lineCount();
            const qsizetype blocks = (lineCount + LineIndex::kLinesPerBlock - 1) / LineIndex::kLinesPerBlock;
            if (blocks == 0 || !p.pattern.isValid())
                return Found();
            LineDecoder decoder(p.encoding);
            const qint64 fromLine = qBound<qint64>(0, p.fromLine, lineCount - 1);
            const qsizetype startBlock = fromLine / LineIndex::kLinesPerBlock;
            // blocks + 1 steps: the start block is visited again at the end for the part of
            // its lines before (forward) or after (backward) the start.
            for (qsizetype step = 0; step <= blocks; ++step) {
                if (control.isCancelled())
                    return Result<Found>::failure(JobControl::cancelledMessage());
                const qsizetype block
                    = p.backward ? (startBlock - step + 2 * blocks) % blocks : (startBlock + step) % blocks;
                const QList<TextLine> lines = index.readBlock(*device, block);
                const qint64 firstLine = qint64(block) * LineIndex::kLinesPerBlock;
                for (qsizetype k = 0; k < lines.size(); ++k) {
                    const qsizetype i = p.backward ? lines.size() - 1 - k : k;
                    const qint64 line = firstLine + i;
                    const bool wrapped = step == blocks;
                    qsizetype from = 0;
                    qsizetype before = p.backward ? std::numeric_limits<qsizetype>::max() : -1;
                    if (!wrapped && step == 0) {
                        if (p.backward ? line > fromLine : line < fromLine)
                            continue;
                        if (line == fromLine) {
                            if (p.backward)
                                before = p.fromColumn;
                            else
                                from = p.fromColumn;
                        }
                    } else if (wrapped) {
                        if (p.backward ? line < fromLine : line > fromLine)
                            continue;
                        if (line == fromLine && p.backward)
                            before = std::numeric_limits<qsizetype>::max();
                    }
                    const QString text = decoder.decode(QByteArrayView(lines.at(i).bytes));
                    const Match m = matchIn(p.pattern, text, from, before);
                    if (m.column >= 0)
                        return Found(std::tuple(line, m.column, m.length));
                }
                control.setProgress(double(step) / double(blocks));
            }
            return Found();
        },
        [](BackgroundJob &job, Found &&found) {
            auto &self = static_cast<TextSearchJob &>(job);
            if (found)
                Q_EMIT self.found(std::get<0>(*found), std::get<1>(*found), std::get<2>(*found));
            else
                Q_EMIT self.notFound();
        });
}
