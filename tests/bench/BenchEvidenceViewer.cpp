// bench-evidence-viewer: opening a 200 MB log in the evidence viewer.
// Generates the log in a QTemporaryDir (lines like a web server's, some long), then opens it
// in an EvidenceViewerPane on the offscreen platform and prints
//   BENCH evidence_log_first_shown_ms  — from opening the device until the first screenful
//                                        of lines is painted (target <= 500 ms)
//   BENCH evidence_log_index_ms        — until the background line index is complete
//   BENCH evidence_log_rss_mb          — peak resident memory (VmHWM) of the process after
//                                        indexing, and the growth over the baseline
// The median of several runs for the first two.

#include "viewers/EvidenceViewerPane.h"
#include "viewers/LargeTextView.h"
#include "viewers/TextViewer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <random>
#include <vector>

namespace {

constexpr qint64 kLogBytes = 200LL * 1024 * 1024;
constexpr int kRuns = 5;

// Peak and current resident set size in MiB, from /proc/self/status.
QPair<double, double> residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double peak = 0;
    double now = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const auto kib = [&line] { return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0; };
            if (line.startsWith("VmHWM:"))
                peak = kib();
            else if (line.startsWith("VmRSS:"))
                now = kib();
        }
    }
    return {peak, now};
}

bool writeLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937 random(20261123);
    const char *paths[] = {"/index.html", "/api/v1/login", "/cgi-bin/luci/admin/diag", "/static/app.js",
        "/api/v1/devices?id=42"};
    QByteArray chunk;
    qint64 written = 0;
    qint64 line = 0;
    while (written < kLogBytes) {
        chunk.clear();
        while (chunk.size() < 1024 * 1024) {
            ++line;
            chunk += "2026-11-23T" + QByteArray::number(10 + line % 12) + ":"
                + QByteArray::number(10 + line % 50) + ":" + QByteArray::number(10 + line % 50) + "Z 192.0.2."
                + QByteArray::number(random() % 255) + " GET " + paths[random() % 5] + " HTTP/1.1 "
                + QByteArray::number(random() % 7 == 0 ? 500 : 200) + " "
                + QByteArray::number(random() % 90000) + " \"Mozilla/5.0\"";
            if (line % 100000 == 0)
                chunk += " trace=" + QByteArray(4000, 'x'); // an occasional long line
            chunk += '\n';
        }
        written += file.write(chunk);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("access.log"));
    if (!dir.isValid() || !writeLog(path)) {
        out << "cannot write the log\n";
        return 1;
    }
    const qint64 size = QFileInfo(path).size();
    const double baseline = residentMb().second;

    EvidenceViewerPane pane;
    pane.resize(1200, 800);
    pane.show();
    LargeTextView *view = pane.textViewer()->view();
    std::vector<double> firstShown;
    std::vector<double> indexed;
    for (int run = 0; run < kRuns; ++run) {
        QEventLoop loop;
        QElapsedTimer timer;
        double shown = -1;
        double complete = -1;
        const auto c1 = QObject::connect(view, &LargeTextView::firstScreenPainted, [&] {
            shown = double(timer.nsecsElapsed()) / 1e6;
            if (complete >= 0)
                loop.quit();
        });
        const auto c2 = QObject::connect(view, &LargeTextView::lineCountChanged, [&](qint64, bool done) {
            if (!done)
                return;
            complete = double(timer.nsecsElapsed()) / 1e6;
            if (shown >= 0)
                loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        timer.start();
        pane.open(std::make_unique<QFile>(path),
            EvidenceInfo {QStringLiteral("access.log"), size, QStringLiteral("text/plain"), QString()});
        loop.exec();
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        firstShown.push_back(shown);
        indexed.push_back(complete);
    }
    const auto [peak, now] = residentMb();
    std::sort(firstShown.begin(), firstShown.end());
    std::sort(indexed.begin(), indexed.end());
    out << "BENCH evidence_log_first_shown_ms " << QString::number(firstShown[kRuns / 2], 'f', 1)
        << " ms (target <= 500)  (median of " << kRuns << ", max "
        << QString::number(firstShown.back(), 'f', 1) << " ms, " << size / (1024 * 1024) << " MiB, "
        << view->lineCount() << " lines)\n";
    out << "BENCH evidence_log_index_ms " << QString::number(indexed[kRuns / 2], 'f', 1) << " ms  (median of "
        << kRuns << ", background, the window stays responsive)\n";
    out << "BENCH evidence_log_rss_mb " << QString::number(peak, 'f', 1) << " MB  (peak of the process; "
        << QString::number(now - baseline, 'f', 1) << " MB above the baseline before opening)\n";
    return 0;
}
