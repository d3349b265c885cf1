#!/usr/bin/env bash
# Builds PSIRT Desk with warnings as errors and runs the whole test suite (unit, storage on
# SQLite and on a throwaway PostgreSQL server, GUI tests on the offscreen platform,
# clang-format). Benchmarks are built but not run; see README.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
packaging/sdk/run cmake --preset dev
packaging/sdk/run cmake --build --preset dev
packaging/sdk/run ctest --preset dev "$@"
