#!/usr/bin/env bash
# Builds PSIRT Desk, creates a demo case database (once) and starts the application on it.
# Without a display (no DISPLAY / WAYLAND_DISPLAY) it runs on Qt's offscreen platform,
# saves a screenshot of the main window to build/psirtdesk-demo.png and exits: a check that
# the application starts, loads the demo database and paints.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
demo_db=${PSIRTDESK_DEMO_DB:-$top/build/demo.psirtdesk}

packaging/sdk/run cmake --preset dev
packaging/sdk/run cmake --build --preset dev --target psirtdesk psirtdesk-cli
if [ ! -f "$demo_db" ]; then
    packaging/sdk/run build/bin/psirtdesk-cli demo --cases 500 --seed 1 --out "$demo_db"
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting on the offscreen platform and saving a screenshot." >&2
    QT_QPA_PLATFORM=offscreen packaging/sdk/run build/bin/psirtdesk --screenshot "$top/build/psirtdesk-demo.png" "$demo_db"
    echo "Screenshot: $top/build/psirtdesk-demo.png" >&2
else
    exec packaging/sdk/run build/bin/psirtdesk "$demo_db"
fi
