#pragma once

#include "sla/SlaEngine.h"

/// Which deadline milestones the timeline shows. Plain code, so the rule is tested without
/// a proxy model; the view's proxy only asks it.
class TimelineFilter final
{
public:
    enum class Mode {
        All,
        Open, // still running: on track, due soon, paused or breached
        AtRisk, // due soon or breached: what a manager escalates
    };

    TimelineFilter() = default;
    explicit TimelineFilter(Mode mode)
        : m_mode(mode)
    { }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    bool accepts(ClockState state) const;

private:
    Mode m_mode = Mode::All;
};
