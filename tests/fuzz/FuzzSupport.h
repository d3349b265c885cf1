#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

/// Shared by the fuzz targets: a check that turns a broken invariant of a parser into a
/// finding (libFuzzer keeps the input as a crash), and quiet Qt logging, because most
/// fuzzed inputs are malformed and the warnings would cost more time than the parsing.
namespace FuzzSupport {

inline void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    std::abort();
}

inline void quietQtLogging()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        // Qt aborts after a fatal message itself; it is still shown.
        if (type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    });
}

} // namespace FuzzSupport
