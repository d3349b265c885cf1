#!/usr/bin/env bash
# packaging/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Builds the libFuzzer targets of tests/fuzz (the fuzz preset, build-fuzz/, Clang with ASan
# and UBSan) and runs each for SECONDS_PER_TARGET seconds (default 60), one after the
# other, all targets when none is named. Each run starts from a scratch copy of its seed
# corpus (tests/fuzz/corpus/<target>/), so the committed corpus never grows. Findings
# (crash-*, leak-*, timeout-*, oom-*) land in build-fuzz/findings/<target>/, emptied at the
# start of the target's run; each is run once more there and its report kept next to it
# as <finding>.log. Prints per target the executions, executions per second, coverage and
# findings, and exits 1 if any target found something.
#
# Clang is not in the build root by default: it is installed there on first use.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

seconds=${1:-60}
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "usage: packaging/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]" >&2
    exit 2
fi
shift || true
all_targets=(fuzz_cvss fuzz_mail_message fuzz_mbox fuzz_text_encoding fuzz_image_header fuzz_pcap_header
    fuzz_json_readers fuzz_sla_policy)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    if [ ! -d "tests/fuzz/corpus/$t" ]; then
        echo "fuzz.sh: unknown target $t (known: ${all_targets[*]})" >&2
        exit 2
    fi
done

# The machine is shared with other builds: one build at a time (the lock), and never more
# than one fuzzer process.
lock=${PSIRTDESK_BUILD_LOCK:-/work/build.lock}
locked() {
    if [ -e "$(dirname "$lock")" ]; then
        flock "$lock" "$@"
    else
        "$@"
    fi
}

locked packaging/sdk/run bash -c "command -v clang++ >/dev/null || (apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang libclang-rt-dev)"
mkdir -p build-fuzz
echo "Building the fuzz preset (log: build-fuzz/build.log)"
if ! locked packaging/sdk/run bash -c "cmake --preset fuzz && cmake --build --preset fuzz" \
    >build-fuzz/build.log 2>&1; then
    tail -n 40 build-fuzz/build.log >&2
    exit 1
fi

work=build-fuzz/fuzz-work
findings_top=build-fuzz/findings
# Sanitizer settings travel on the command line: packaging/sdk/run passes on only a few
# variables. TMPDIR: fuzz_mbox writes its input to a temporary file, memory is faster.
tmpdir=/tmp
[ -d /dev/shm ] && [ -w /dev/shm ] && tmpdir=/dev/shm
run_env=(env "ASAN_OPTIONS=abort_on_error=0:detect_stack_use_after_return=1:strict_string_checks=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1" LC_ALL=C.UTF-8 "TMPDIR=$tmpdir")

stat_of() { # stat_of LOG NAME: a stat::NAME value of the final statistics
    sed -n "s/^stat::$2: *\([0-9]*\).*/\1/p" "$1" | tail -n 1
}

status=0
summary=()
for t in "${targets[@]}"; do
    corpus=$work/$t/corpus
    findings=$findings_top/$t
    log=$work/$t/fuzz.log
    rm -rf "${work:?}/$t" "${findings:?}"
    mkdir -p "$corpus" "$findings"
    cp tests/fuzz/corpus/"$t"/* "$corpus"/
    options=(-max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=25 -print_final_stats=1
        -artifact_prefix="$findings/")
    [ -f "tests/fuzz/$t.dict" ] && options+=(-dict="tests/fuzz/$t.dict")
    echo "Fuzzing $t for $seconds s (log: $log)"
    rc=0
    packaging/sdk/run "${run_env[@]}" "build-fuzz/fuzz/$t" "${options[@]}" "$corpus" >"$log" 2>&1 || rc=$?
    execs=$(stat_of "$log" number_of_executed_units)
    rate=$(stat_of "$log" average_exec_per_sec)
    rss=$(stat_of "$log" peak_rss_mb)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    found=()
    for f in "$findings"/crash-* "$findings"/leak-* "$findings"/timeout-* "$findings"/oom-*; do
        [ -e "$f" ] || continue
        case "$f" in *.log) continue ;; esac
        found+=("$(basename "$f")")
        # Full stacks for leaks (slower, fine for one run).
        packaging/sdk/run "${run_env[@]/ASAN_OPTIONS=/ASAN_OPTIONS=fast_unwind_on_malloc=0:}" "build-fuzz/fuzz/$t" \
            -runs=1 -rss_limit_mb=2048 -timeout=25 "$f" \
            >"$f.log" 2>&1 || true
    done
    if [ ${#found[@]} -gt 0 ]; then
        status=1
        result="FOUND ${#found[@]}: ${found[*]} (in $findings/)"
    elif [ "$rc" -ne 0 ]; then
        status=1
        result="fuzzer exited with $rc, see $log"
    else
        result="none"
    fi
    summary+=("$(printf '%-20s %12s %9s %7s %8s %6s  %s' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" \
        "${rss:-?}" "$result")")
    echo "${summary[-1]}"
done

echo
printf '%-20s %12s %9s %7s %8s %6s  %s\n' target executions exec/s cov ft rss_mb findings
printf '%s\n' "${summary[@]}"
exit "$status"
