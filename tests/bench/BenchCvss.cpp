// bench-cvss: how many CVSS vectors per second PSIRT Desk parses and scores, next to the npm
// package ae-cvss-calculator on the same vectors, and psirtdesk-cli end to end.
// Prints "BENCH <name> <value> <unit>" lines. Timings never decide a test.
#include "cvss/CvssVector.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

void bench(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.6g %s\n", name, value, unit);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("NOTE %s\n", qPrintable(text));
    std::fflush(stdout);
}

template<std::size_t N>
std::vector<std::string> enumerate(
    const std::array<CvssMetricDefinition, N> &defs, int count, const std::string &prefix)
{
    std::vector<std::string> out;
    std::function<void(int, const std::string &)> walk = [&](int i, const std::string &text) {
        if (i == count) {
            out.push_back(text);
            return;
        }
        for (int v = 0; v < defs[std::size_t(i)].valueCount; ++v)
            walk(i + 1,
                text + '/' + std::string(defs[std::size_t(i)].key) + ':'
                    + std::string(defs[std::size_t(i)].values[std::size_t(v)]));
    };
    walk(0, prefix);
    return out;
}

// Vectors per second of parse + score on one thread, best of several rounds of at least
// 0.3 s each.
double throughput(const std::vector<std::string> &vectors)
{
    double best = 0;
    long sink = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        long done = 0;
        do {
            for (const std::string &text : vectors) {
                CvssVector v;
                const CvssError error = v.parse(std::string_view(text));
                sink += error.ok() ? v.score() : -1;
            }
            done += long(vectors.size());
        } while (timer.nsecsElapsed() < 300'000'000);
        best = std::max(best, double(done) / (double(timer.nsecsElapsed()) / 1e9));
    }
    if (sink == 42)
        std::printf("\n"); // keeps the work observable
    return best;
}

bool writeLines(const QString &path, const std::vector<std::string> &vectors)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const std::string &v : vectors) {
        file.write(v.data(), qint64(v.size()));
        file.write("\n", 1);
    }
    return file.flush();
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The build environment passes only PSIRTDESK_* variables through; a proxy CA for the
    // npm registry can come in that way.
    const QString ca = env.value(QStringLiteral("PSIRTDESK_NODE_EXTRA_CA_CERTS"));
    if (!ca.isEmpty())
        env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), ca);
    return env;
}

// The reference figures: runs ae-cvss-calculator over the same vectors in node. Returns
// {v4, v31} vectors per second, or {0, 0}.
std::pair<double, double> npmThroughput(const QString &dir, const QString &v4File, const QString &v31File)
{
    QFile package(dir + QStringLiteral("/package.json"));
    if (!package.open(QIODevice::WriteOnly)
        || package.write("{\"name\": \"psirtdesk-bench\", \"private\": true}\n") < 0)
        return {0, 0};
    package.close();
    QProcess npm;
    npm.setProcessEnvironment(childEnvironment());
    npm.setWorkingDirectory(dir);
    npm.setProcessChannelMode(QProcess::MergedChannels);
    npm.start(QStringLiteral("npm"),
        {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
            QStringLiteral("ae-cvss-calculator@1.0.13")});
    if (!npm.waitForFinished(300'000) || npm.exitStatus() != QProcess::NormalExit || npm.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(npm.readAll()).simplified().left(300);
        note(QStringLiteral("npm unreachable or failed, no ae-cvss-calculator figures: ") + npm.errorString()
            + u' ' + output);
        return {0, 0};
    }
    QFile script(dir + QStringLiteral("/bench.js"));
    if (!script.open(QIODevice::WriteOnly))
        return {0, 0};
    script.write(R"js(
'use strict';
const ae = require('ae-cvss-calculator');
const fs = require('fs');
function rate(file, make, minSeconds) {
    const vectors = fs.readFileSync(file, 'utf8').split('\n').filter((v) => v.length > 0);
    let best = 0, sink = 0;
    for (let round = 0; round < 3; ++round) {
        const start = process.hrtime.bigint();
        let done = 0, seconds = 0;
        do {
            for (const v of vectors) sink += make(v).calculateScores().overall;
            done += vectors.length;
            seconds = Number(process.hrtime.bigint() - start) / 1e9;
        } while (seconds < minSeconds);
        best = Math.max(best, done / seconds);
    }
    return sink > -1 ? best : 0;
}
console.log('v31 ' + rate(process.argv[3], (v) => new ae.Cvss3P1(v), 0.5));
console.log('v4 ' + rate(process.argv[2], (v) => new ae.Cvss4P0(v), 1));
)js");
    script.close();
    QProcess node;
    node.setProcessEnvironment(childEnvironment());
    node.setWorkingDirectory(dir);
    node.start(QStringLiteral("node"), {script.fileName(), v4File, v31File});
    if (!node.waitForFinished(600'000) || node.exitCode() != 0) {
        note(QStringLiteral("node failed: ") + QString::fromLocal8Bit(node.readAllStandardError()).left(300));
        return {0, 0};
    }
    double v4 = 0, v31 = 0;
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        if (line.startsWith("v4 "))
            v4 = line.mid(3).toDouble();
        else if (line.startsWith("v31 "))
            v31 = line.mid(4).toDouble();
    }
    return {v4, v31};
}

// Seconds for psirtdesk-cli to score the file from standard input, process start included;
// best of three.
double cliSeconds(const QString &cli, const QString &input)
{
    double best = 1e9;
    for (int round = 0; round < 3; ++round) {
        QProcess process;
        process.setStandardInputFile(input);
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(cli, {QStringLiteral("cvss"), QStringLiteral("-")});
        if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit) {
            note(QStringLiteral("psirtdesk-cli did not finish: ") + process.errorString());
            return 0;
        }
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::vector<std::string> v4 = enumerate(Cvss4Vector::definitions(), 11, "CVSS:4.0");
    const std::vector<std::string> v31 = enumerate(Cvss3Vector::definitions(), 8, "CVSS:3.1");
    std::printf("bench-cvss: %zu CVSS 4.0 and %zu CVSS 3.1 base vectors, parse + score, one thread\n",
        v4.size(), v31.size());

    const double ours4 = throughput(v4);
    bench("cvss4_base_psirtdesk", ours4, "vectors/s");
    const double ours31 = throughput(v31);
    bench("cvss31_base_psirtdesk", ours31, "vectors/s");
    if (QCoreApplication::arguments().contains(QStringLiteral("--library-only")))
        return 0;

    QTemporaryDir dir;
    if (!dir.isValid()) {
        note(QStringLiteral("no temporary directory"));
        return 1;
    }
    const QString v4File = dir.filePath(QStringLiteral("v4.txt"));
    const QString v31File = dir.filePath(QStringLiteral("v31.txt"));
    if (!writeLines(v4File, v4) || !writeLines(v31File, v31)) {
        note(QStringLiteral("cannot write the vector files"));
        return 1;
    }

    const QString cli
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("psirtdesk-cli"));
    const double seconds = QFile::exists(cli) ? cliSeconds(cli, v4File) : 0;
    double cliRate = 0;
    if (seconds > 0) {
        cliRate = double(v4.size()) / seconds;
        bench("cvss4_base_cli_seconds", seconds, "s");
        bench("cvss4_base_cli_end_to_end", cliRate, "vectors/s");
    } else {
        note(QStringLiteral("psirtdesk-cli not found next to bench-cvss: ") + cli);
    }

    const auto [ae4, ae31] = npmThroughput(dir.path(), v4File, v31File);
    if (ae4 > 0 && ae31 > 0) {
        bench("cvss4_base_ae_cvss_calculator", ae4, "vectors/s");
        bench("cvss31_base_ae_cvss_calculator", ae31, "vectors/s");
        bench("cvss4_ratio_psirtdesk_vs_ae", ours4 / ae4, "x(target>=1000)");
        bench("cvss31_ratio_psirtdesk_vs_ae", ours31 / ae31, "x(target>=100)");
        if (cliRate > 0)
            bench("cvss4_ratio_cli_end_to_end_vs_ae", cliRate / ae4, "x(target>=100)");
    }
    if (cliRate > 0)
        bench("cvss4_ratio_cli_end_to_end_vs_in_process", cliRate / ours4, "x");
    return 0;
}
