#!/usr/bin/env bash
# Renders the README's screenshots into docs/screenshots/ on the offscreen platform, from a
# demo database with a fixed seed and date, so they change only when the UI does.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
out="$top/docs/screenshots"
mkdir -p "$out"
packaging/sdk/run cmake --preset dev
packaging/sdk/run cmake --build --preset dev
packaging/sdk/run sh -c "
    set -e
    export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 XDG_CONFIG_HOME=\$(mktemp -d)
    db=\$(mktemp -d)/demo.psirtdesk
    build/bin/psirtdesk-cli demo --cases 500 --seed 1 --now 2026-11-23T12:00:00Z --out \$db
    build/bin/psirtdesk --analyst ana --screenshot '$out/main-window.png' \$db 2>/dev/null
    # Every GUI test that knows a screenshot saves it when PSIRTDESK_SCREENSHOT_DIR is set.
    PSIRTDESK_SCREENSHOT_DIR='$out' ctest --test-dir build -E clang-format >/dev/null
"
ls -1 "$out"
