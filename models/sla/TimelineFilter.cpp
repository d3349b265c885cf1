#include "TimelineFilter.h"

bool TimelineFilter::accepts(ClockState state) const
{
    switch (m_mode) {
    case Mode::All:
        return true;
    case Mode::Open:
        return state == ClockState::OnTrack || state == ClockState::DueSoon || state == ClockState::Paused
            || state == ClockState::Breached;
    case Mode::AtRisk:
        return state == ClockState::DueSoon || state == ClockState::Breached;
    }
    return true;
}
