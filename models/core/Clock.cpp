#include "Clock.h"

namespace {
Clock::Source &source()
{
    static Clock::Source s;
    return s;
}
} // namespace

QDateTime Clock::nowUtc()
{
    if (const auto &s = source())
        return s().toUTC();
    return QDateTime::currentDateTimeUtc();
}

void Clock::setSource(Source s)
{
    source() = std::move(s);
}

void Clock::setFixed(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    source() = [utc] { return utc; };
}
