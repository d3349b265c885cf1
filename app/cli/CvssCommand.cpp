#include "CvssCommand.h"

#include "CliSupport.h"
#include "cvss/CvssVector.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

namespace {

// Output is collected in a large block and written once per block: a QTextStream per line
// would dominate the run time on millions of vectors. The block goes to the stream's device
// as it is (stdout in psirtdesk-cli) or, for a stream on a string (in-process tests), into it.
class BlockWriter final
{
public:
    explicit BlockWriter(QTextStream &out)
        : m_out(out)
    {
        m_out.flush();
    }
    ~BlockWriter() { flush(); }
    Q_DISABLE_COPY_MOVE(BlockWriter)

    void put(std::string_view text)
    {
        if (m_used + text.size() > sizeof(m_buffer)) {
            flush();
            if (text.size() > sizeof(m_buffer)) {
                send(text);
                return;
            }
        }
        std::memcpy(m_buffer + m_used, text.data(), text.size());
        m_used += text.size();
    }
    void put(char c)
    {
        if (m_used == sizeof(m_buffer))
            flush();
        m_buffer[m_used++] = c;
    }
    void flush()
    {
        if (m_used > 0)
            send(std::string_view(m_buffer, m_used));
        m_used = 0;
        if (auto *file = qobject_cast<QFileDevice *>(m_out.device()))
            file->flush();
    }

private:
    void send(std::string_view text)
    {
        if (QIODevice *device = m_out.device())
            device->write(text.data(), qint64(text.size()));
        else
            m_out << QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

    QTextStream &m_out;
    std::size_t m_used = 0;
    char m_buffer[1 << 16];
};

void putScore(BlockWriter &writer, int tenths)
{
    char text[8];
    int n = 0;
    if (tenths >= 100)
        text[n++] = char('0' + tenths / 100);
    text[n++] = char('0' + (tenths / 10) % 10);
    text[n++] = '.';
    text[n++] = char('0' + tenths % 10);
    writer.put(std::string_view(text, std::size_t(n)));
}

QString scoreText(int tenths)
{
    return CvssVector::formatScore(tenths);
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// Every sub-score of one vector, for --json.
QJsonObject describe(std::string_view given, const CvssVector &vector, const CvssError &error)
{
    QJsonObject o;
    o.insert(u"vector", QString::fromUtf8(given.data(), qsizetype(given.size())));
    if (!error.ok()) {
        o.insert(u"valid", false);
        o.insert(u"reason", error.englishMessage());
        o.insert(u"position", error.position + 1);
        return o;
    }
    o.insert(u"valid", true);
    o.insert(u"version", latin1(CvssRating::versionLabel(vector.version())).mid(5));
    o.insert(u"canonical", vector.toString());
    const int score = vector.score();
    o.insert(u"score", scoreText(score));
    o.insert(u"severity", latin1(CvssRating::englishName(vector.severity())));
    switch (vector.version()) {
    case CvssVersion::V2_0: {
        const Cvss2Scores s = vector.v2().scores();
        o.insert(u"base", scoreText(s.base));
        o.insert(u"impact", scoreText(s.impact));
        o.insert(u"exploitability", scoreText(s.exploitability));
        o.insert(u"temporal", scoreText(s.temporal));
        o.insert(u"adjustedImpact", scoreText(s.adjustedImpact));
        o.insert(u"environmental", scoreText(s.environmental));
        break;
    }
    case CvssVersion::V3_0:
    case CvssVersion::V3_1: {
        const Cvss3Scores s = vector.v3().scores();
        o.insert(u"base", scoreText(s.base));
        o.insert(u"impact", scoreText(s.impact));
        o.insert(u"exploitability", scoreText(s.exploitability));
        o.insert(u"temporal", scoreText(s.temporal));
        o.insert(u"environmental", scoreText(s.environmental));
        o.insert(u"modifiedImpact", scoreText(s.modifiedImpact));
        o.insert(u"modifiedExploitability", scoreText(s.modifiedExploitability));
        break;
    }
    case CvssVersion::V4_0: {
        const Cvss4Scores s = vector.v4().scores();
        o.insert(u"nomenclature", latin1(s.nomenclatureName()));
        const std::array<char, 6> mv = s.macroVector();
        o.insert(u"macroVector", QString::fromLatin1(mv.data(), 6));
        o.insert(u"macroVectorScore", scoreText(s.macroVectorScore));
        // The group scores: the vector reduced to base, base + threat, base + environmental.
        Cvss4Vector base = vector.v4();
        for (int m = Cvss4Vector::E; m < Cvss4Vector::S; ++m)
            base.setValue(Cvss4Vector::Metric(m), 0);
        o.insert(u"base", scoreText(base.score()));
        Cvss4Vector threat = base;
        threat.setValue(Cvss4Vector::E, vector.v4().value(Cvss4Vector::E));
        o.insert(u"threat", scoreText(threat.score()));
        Cvss4Vector environmental = vector.v4();
        environmental.setValue(Cvss4Vector::E, 0);
        o.insert(u"environmental", scoreText(environmental.score()));
        QJsonArray distances;
        for (int d : s.severityDistance)
            distances.append(d);
        o.insert(u"severityDistances", distances);
        break;
    }
    }
    return o;
}

int scoreOne(std::string_view line, bool json, BlockWriter &writer)
{
    CvssVector vector;
    const CvssError error = vector.parse(line);
    if (json) {
        writer.put(QJsonDocument(describe(line, vector, error)).toJson(QJsonDocument::Compact).toStdString());
        writer.put('\n');
        return error.ok() ? 0 : 1;
    }
    // The input is repeated: as it came when it is plain printable ASCII (every valid vector,
    // the fast path), otherwise decoded and with control characters made visible, so a
    // hostile line cannot drive the terminal or garble UTF-8.
    if (std::all_of(line.begin(), line.end(), [](char c) { return c > 0x20 && c < 0x7f; }))
        writer.put(line);
    else
        writer.put(
            CliSupport::tsvField(QString::fromUtf8(line.data(), qsizetype(line.size()))).toStdString());
    if (!error.ok()) {
        writer.put("\tinvalid\t");
        writer.put(error.englishMessage().toStdString());
        writer.put('\n');
        return 1;
    }
    writer.put('\t');
    putScore(writer, vector.score());
    writer.put('\t');
    writer.put(CvssRating::englishName(vector.severity()));
    writer.put('\n');
    return 0;
}

// A line longer than CvssCommand::maxLineBytes: repeated by its first bytes, reported as
// invalid (in English, like every reason on standard output) and, translated, on err.
int refuseLongLine(std::string_view line, qint64 number, bool json, BlockWriter &writer, QTextStream &err)
{
    const QString shown
        = QString::fromUtf8(line.data(), qsizetype(std::min<std::size_t>(line.size(), 40))) + u'…';
    const QString reason
        = QStringLiteral("line longer than %1 bytes, skipped").arg(CvssCommand::maxLineBytes);
    if (json) {
        QJsonObject o;
        o.insert(u"vector", shown);
        o.insert(u"valid", false);
        o.insert(u"reason", reason);
        o.insert(u"position", CvssCommand::maxLineBytes + 1);
        writer.put(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
        writer.put('\n');
    } else {
        writer.put(CliSupport::tsvField(shown).toStdString());
        writer.put("\tinvalid\t");
        writer.put(reason.toStdString());
        writer.put('\n');
    }
    writer.flush();
    err << QCoreApplication::translate(
        "cli", "Line %1 of standard input is longer than %2 bytes; it was skipped.")
               .arg(number)
               .arg(CvssCommand::maxLineBytes)
        << '\n';
    err.flush();
    return 1;
}

// Reads standard input in large blocks and scores each line as it completes. The buffer
// never grows: a line too long for it is reported and read past up to its newline.
int scoreStream(bool json, BlockWriter &writer, QTextStream &err)
{
    constexpr std::size_t maxLine = std::size_t(CvssCommand::maxLineBytes);
    std::vector<char> buffer(maxLine + 2); // the longest line taken and its "\r\n"
    std::size_t filled = 0;
    qint64 lineNumber = 0;
    bool skipping = false; // inside a line too long to keep, up to its newline
    int status = 0;
    for (;;) {
        const std::size_t got = std::fread(buffer.data() + filled, 1, buffer.size() - filled, stdin);
        const bool end = got == 0;
        filled += got;
        std::size_t start = 0;
        if (skipping) {
            const void *nl = std::memchr(buffer.data(), '\n', filled);
            if (nl) {
                start = std::size_t(static_cast<const char *>(nl) - buffer.data()) + 1;
                skipping = false;
            } else {
                start = filled;
            }
        }
        while (start < filled) {
            const void *nl = std::memchr(buffer.data() + start, '\n', filled - start);
            std::size_t stop;
            if (nl) {
                stop = std::size_t(static_cast<const char *>(nl) - buffer.data());
            } else if (end) {
                stop = filled;
            } else if (start == 0 && filled == buffer.size()) {
                // A full buffer without a newline: longer than any line taken.
                status |= refuseLongLine(
                    std::string_view(buffer.data(), filled), ++lineNumber, json, writer, err);
                skipping = true;
                start = filled;
                break;
            } else {
                break;
            }
            std::size_t lineEnd = stop;
            if (lineEnd > start && buffer[lineEnd - 1] == '\r')
                --lineEnd;
            const std::string_view line(buffer.data() + start, lineEnd - start);
            ++lineNumber;
            if (line.size() > maxLine)
                status |= refuseLongLine(line, lineNumber, json, writer, err);
            else if (!line.empty())
                status |= scoreOne(line, json, writer);
            start = stop + 1;
        }
        if (start >= filled)
            filled = 0;
        else if (start > 0) {
            std::memmove(buffer.data(), buffer.data() + start, filled - start);
            filled -= start;
        }
        if (end)
            break;
    }
    return status;
}

} // namespace

CvssCommand::CvssCommand()
    : Command(QStringLiteral("cvss"))
    , m_json(QStringLiteral("json"),
          QCoreApplication::translate("cli", "Print every sub-score as one JSON object per line."))
{ }

QString CvssCommand::summary() const
{
    return QCoreApplication::translate("cli", "Validate and score CVSS vectors (v2.0, v3.0, v3.1, v4.0)");
}

QString CvssCommand::description() const
{
    return QCoreApplication::translate("cli",
        "Validates and scores CVSS v2.0, v3.0, v3.1 and v4.0 vectors. Prints one line per vector: the "
        "vector, its score and severity, or \"invalid\" and the reason.");
}

QString CvssCommand::positionalSyntax() const
{
    return QStringLiteral("VECTOR...|-");
}

void CvssCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_json);
    parser.addPositionalArgument(QStringLiteral("vector"),
        QCoreApplication::translate(
            "cli", "Vectors to score, or \"-\" to read one per line from standard input."),
        QStringLiteral("VECTOR...|-"));
}

std::optional<int> CvssCommand::checkArguments(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty()) {
        // Said without the --help hint, as scripts have always seen it.
        err() << QCoreApplication::translate(
            "cli", "No vector given; pass vectors or \"-\" for standard input.")
              << '\n';
        return ExitCode::Usage;
    }
    return std::nullopt;
}

int CvssCommand::execute(const QCommandLineParser &parser)
{
    const QStringList vectors = parser.positionalArguments();
    const bool json = parser.isSet(m_json);
    BlockWriter writer(out());
    if (vectors.size() == 1 && vectors.front() == u"-")
        return scoreStream(json, writer, err()) == 0 ? ExitCode::Ok : ExitCode::Failure;
    int status = 0;
    for (const QString &v : vectors) {
        const QByteArray bytes = v.toUtf8();
        status |= scoreOne(std::string_view(bytes.constData(), std::size_t(bytes.size())), json, writer);
    }
    return status == 0 ? ExitCode::Ok : ExitCode::Failure;
}
