#include "EpssScores.h"

#include "FeedJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <KCompressionDevice>

#include <algorithm>
#include <climits>
#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EpssScores)
};

// The longest real row is about 40 bytes; anything past this is not a row of the file.
constexpr qint64 kMaxLine = 1024;
constexpr qsizetype kShown = 40;

/// Reads a device line by line with bounded memory: a line longer than kMaxLine is read to
/// its end but only flagged, and every byte counts towards the file bound.
class LineReader
{
public:
    explicit LineReader(QIODevice &device)
        : m_device(device)
    { }

    enum class State { Line, End, TooLarge, Error };

    State next(QByteArray *line, bool *tooLong)
    {
        *tooLong = false;
        line->clear();
        char buffer[kMaxLine + 1];
        bool any = false;
        for (;;) {
            const qint64 n = m_device.readLine(buffer, sizeof(buffer));
            if (n < 0 || (n == 0 && m_device.atEnd()))
                return any ? State::Line : (m_device.atEnd() ? State::End : State::Error);
            if (n == 0)
                return State::Error;
            any = true;
            m_total += n;
            if (m_total > EpssScores::maxUncompressedBytes)
                return State::TooLarge;
            const bool complete = buffer[n - 1] == '\n';
            if (line->size() + n <= kMaxLine)
                line->append(buffer, n);
            else
                *tooLong = true;
            if (complete)
                break;
        }
        while (line->endsWith('\n') || line->endsWith('\r'))
            line->chop(1);
        return State::Line;
    }

private:
    QIODevice &m_device;
    qint64 m_total = 0;
};

QString shown(const QByteArray &field)
{
    return QString::fromUtf8(field.left(kShown));
}

// A probability or percentile: a finite number from 0 to 1.
bool unitValue(const QByteArray &field, double *out)
{
    bool ok = false;
    const double value = field.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > 1)
        return false;
    *out = value;
    return true;
}

void readComment(const QByteArray &line, EpssScores *scores)
{
    const QList<QByteArray> parts = line.mid(1).split(',');
    for (const QByteArray &part : parts) {
        const qsizetype colon = part.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = part.left(colon).trimmed();
        const QByteArray value = part.mid(colon + 1).trimmed();
        if (key == "model_version")
            scores->modelVersion = QString::fromUtf8(value.left(64));
        else if (key == "score_date")
            scores->scoreDate = FeedJson::date(QString::fromLatin1(value.left(10)));
    }
}

} // namespace

Result<EpssScores> EpssScores::parse(QIODevice &csv)
{
    using R = Result<EpssScores>;
    if (!csv.isReadable())
        return R::failure(Tr::tr("The EPSS file could not be read: %1").arg(csv.errorString()));

    EpssScores scores;
    FeedJson::Warnings warnings;
    LineReader reader(csv);
    QByteArray line;
    bool tooLong = false;
    qsizetype row = 0;
    int cveColumn = -1;
    int epssColumn = -1;
    int percentileColumn = -1;
    qsizetype dataRows = 0;

    auto readError = [&](LineReader::State state) {
        if (state == LineReader::State::TooLarge)
            return R::failure(Tr::tr("The EPSS file is larger than %1 GiB uncompressed; it was not read.")
                    .arg(maxUncompressedBytes / (1024 * 1024 * 1024)));
        // KCompressionDevice says only "Unknown error" when the stream is cut short.
        return R::failure(
            Tr::tr("The EPSS file could not be read after row %1: its data is cut short or damaged.")
                .arg(row));
    };

    // The optional "#model_version:…,score_date:…" line, then the header.
    for (;;) {
        const auto state = reader.next(&line, &tooLong);
        if (state == LineReader::State::End)
            return R::failure(Tr::tr("Not an EPSS file: it has no header row (cve,epss,percentile)."));
        if (state != LineReader::State::Line)
            return readError(state);
        ++row;
        if (tooLong)
            return R::failure(
                Tr::tr("Not an EPSS file: row %1 is not a header (cve,epss,percentile).").arg(row));
        if (line.startsWith('#')) {
            readComment(line, &scores);
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> names = line.split(',');
        for (int i = 0; i < names.size(); ++i) {
            const QByteArray name = names.at(i).trimmed().toLower();
            if (name == "cve")
                cveColumn = i;
            else if (name == "epss")
                epssColumn = i;
            else if (name == "percentile")
                percentileColumn = i;
        }
        if (cveColumn < 0 || epssColumn < 0)
            return R::failure(
                Tr::tr("Not an EPSS file: row %1 is not the header cve,epss,percentile.").arg(row));
        break;
    }
    const int columns = std::max({cveColumn, epssColumn, percentileColumn}) + 1;

    for (;;) {
        const auto state = reader.next(&line, &tooLong);
        if (state == LineReader::State::End)
            break;
        if (state != LineReader::State::Line)
            return readError(state);
        ++row;
        if (!tooLong && line.trimmed().isEmpty())
            continue;
        if (++dataRows > maxRows)
            return R::failure(Tr::tr("The EPSS file has more than %1 rows; it was not read.").arg(maxRows));
        if (tooLong) {
            warnings.add(Tr::tr("row %1: longer than a row of scores").arg(row));
            continue;
        }
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() < columns) {
            warnings.add(Tr::tr("row %1: %2 fields, expected %3").arg(row).arg(fields.size()).arg(columns));
            continue;
        }
        EpssScore score;
        score.cveId = QString::fromUtf8(fields.at(cveColumn).trimmed());
        if (!FeedJson::isCveId(score.cveId)) {
            warnings.add(Tr::tr("row %1: “%2” is not a CVE id").arg(row).arg(shown(fields.at(cveColumn))));
            continue;
        }
        if (!unitValue(fields.at(epssColumn), &score.epss)) {
            warnings.add(Tr::tr("row %1: epss “%2” is not a number from 0 to 1")
                    .arg(row)
                    .arg(shown(fields.at(epssColumn))));
            continue;
        }
        if (percentileColumn >= 0 && !unitValue(fields.at(percentileColumn), &score.percentile)) {
            warnings.add(Tr::tr("row %1: percentile “%2” is not a number from 0 to 1")
                    .arg(row)
                    .arg(shown(fields.at(percentileColumn))));
            continue;
        }
        scores.scores.append(std::move(score));
    }
    if (scores.scores.isEmpty() && dataRows > 0)
        return R::failure(Tr::tr("Not an EPSS file: none of its %n row(s) could be read (%1).", nullptr,
            int(std::min<qsizetype>(dataRows, INT_MAX)))
                .arg(warnings.first()));
    scores.warnings = warnings.take();
    return scores;
}

Result<EpssScores> EpssScores::readFile(const QString &path)
{
    using R = Result<EpssScores>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("Could not open the EPSS file “%1”: %2").arg(path, file.errorString()));
    if (file.peek(2) != QByteArrayLiteral("\x1f\x8b"))
        return parse(file);
    KCompressionDevice gzip(&file, false, KCompressionDevice::GZip);
    if (!gzip.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("Could not open the gzip file “%1”: %2").arg(path, gzip.errorString()));
    return parse(gzip);
}
