#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset,
# build-asan/) and runs the whole test suite under them: any report fails its test. Leak
# detection is off: Qt, fontconfig, GMime and QCA keep process-lifetime allocations that
# LeakSanitizer reports as leaks of the test programs. Takes about 40 minutes on two cores.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
packaging/sdk/run cmake --preset asan
packaging/sdk/run cmake --build --preset asan
packaging/sdk/run ctest --preset asan "$@"
