#pragma once

#include <QDateTime>

#include <functional>

/// The one source of "now" for the models. Production code uses the system clock; tests
/// and benchmarks fix it, so every deadline computation is deterministic.
class Clock final
{
public:
    using Source = std::function<QDateTime()>;

    static QDateTime nowUtc();
    /// Replaces the source (nullptr restores the system clock).
    static void setSource(Source source);
    static void setFixed(const QDateTime &instant);
};
