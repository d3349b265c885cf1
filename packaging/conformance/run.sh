#!/usr/bin/env bash
# packaging/conformance/run.sh [TOP]: checks what PSIRT Desk publishes against the
# standards' own validators, on the demo data.
#
#   1. makes a demo case database (500 cases) with the built psirtdesk-cli, in the SDK
#      environment (packaging/sdk/run);
#   2. publishes it as a CSAF provider tree (publish --no-sign) and exports the CVE record
#      (export cve) of every CVE named in a published advisory;
#   3. on the host's node, validates every CSAF document of the tree with BSI's
#      @secvisogram/csaf-validator-lib (strict schema, mandatory, optional/recommended and
#      the offline informative tests: validate-csaf.mjs) and every CVE record against the
#      CVE Record Format 5 schema in tests/data/cve-schema (ajv: validate-cve.mjs).
#
# NOT part of CI: its validators come from the npm registry (pinned in package-lock.json,
# installed with npm ci into packaging/conformance/node_modules on first use), and it needs
# node (20 or later) on the host; the SDK root has none.
#
# TOP is the checkout whose build is used (default: the one this script is in). Its SDK
# wrapper runs the CLI, and the scratch files go to TOP/build/conformance. The build
# folder is $PSIRTDESK_BUILD_DIR (default TOP/build); it may be outside TOP, e.g.
#   PSIRTDESK_BUILD_DIR=/work/main/build bash packaging/conformance/run.sh
# The CLI is copied into the scratch folder first, so a rebuild running meanwhile does not
# disturb the run. Demo data: PSIRTDESK_DEMO_CASES (500), PSIRTDESK_DEMO_SEED (1) and
# PSIRTDESK_DEMO_NOW (an ISO 8601 instant; default: now).
#
# Exit status: 0 when every CSAF document passes the schema, mandatory and optional tests
# and every CVE record validates; 1 otherwise (after running everything it could).
set -euo pipefail

conf=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "${1:-$conf/../..}" && pwd)
build=${PSIRTDESK_BUILD_DIR:-$top/build}
cases=${PSIRTDESK_DEMO_CASES:-500}
seed=${PSIRTDESK_DEMO_SEED:-1}
now=${PSIRTDESK_DEMO_NOW:-}

log() { echo "conformance: $*" >&2; }

command -v node >/dev/null || {
    log "node is not installed on this host (needs 20 or later)"
    exit 1
}
if [ ! -d "$conf/node_modules" ]; then
    log "installing the validators (npm ci)"
    npm ci --prefix "$conf" --no-audit --no-fund --loglevel=error >&2
fi

cli_built=
for c in "$build/bin/psirtdesk-cli" "$build/app/cli/psirtdesk-cli"; do
    if [ -x "$c" ]; then
        cli_built=$c
        break
    fi
done
if [ -z "$cli_built" ]; then
    log "no psirtdesk-cli in $build/bin or $build/app/cli: build it first"
    exit 1
fi

cd "$top"
scratch=build/conformance
rm -rf "$scratch"
mkdir -p "$scratch/cve"
# The SDK root sees only the checkout: run a copy of the CLI from inside it.
cp "$cli_built" "$scratch/psirtdesk-cli"
cli=$scratch/psirtdesk-cli
db=$scratch/demo.psirtdesk
tree=$scratch/csaf
log "CLI: $cli_built ($(date -u -r "$cli_built" +%Y-%m-%dT%H:%M:%SZ), sha256 $(sha256sum "$cli_built" | cut -c1-16))"

demo_args=(demo --cases "$cases" --seed "$seed" --out "$db" --force)
[ -n "$now" ] && demo_args+=(--now "$now")
log "creating the demo database: ${demo_args[*]}"
rc=0
packaging/sdk/run "$cli" "${demo_args[@]}" >&2 || rc=$?
if [ "$rc" -ne 0 ]; then
    log "creating the demo database failed (exit status $rc): nothing to validate"
    exit 1
fi

log "publishing the CSAF provider tree to $tree"
rc=0
packaging/sdk/run "$cli" publish --database "$db" --out "$tree" --no-sign >&2 || rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
    log "publish failed (exit status $rc): nothing to validate"
    exit 1
fi
[ "$rc" -eq 3 ] && log "publish reported problems with some items (exit status 3); going on"

mapfile -t documents < <(node "$conf/tree.mjs" documents "$tree")
if [ "${#documents[@]}" -eq 0 ]; then
    log "the published tree has no CSAF document"
    exit 1
fi
node "$conf/tree.mjs" cves "${documents[@]}" >"$scratch/cves.tsv"

# One SDK run for all exports: a script of one export per CVE, each failure noted.
{
    echo 'failed=0'
    while IFS=$'\t' read -r id cve _; do
        printf '%q export cve --database %q --cve %q --out %q %q || { echo "export cve %s %s failed" >&2; failed=$((failed + 1)); }\n' \
            "$cli" "$db" "$cve" "$scratch/cve/$cve.json" "$id" "$id" "$cve"
    done <"$scratch/cves.tsv"
    echo 'exit $((failed > 0))'
} >"$scratch/export-cves.sh"
log "exporting $(wc -l <"$scratch/cves.tsv") CVE record(s) of ${#documents[@]} advisories"
export_rc=0
packaging/sdk/run sh "$scratch/export-cves.sh" >"$scratch/export-cves.log" 2>&1 || export_rc=$?
grep -v '^Wrote ' "$scratch/export-cves.log" >&2 || true

mapfile -t records < <(find "$scratch/cve" -name '*.json' | sort)

echo "=== CSAF: ${#documents[@]} document(s) of $tree"
csaf_rc=0
node "$conf/validate-csaf.mjs" "${documents[@]}" | tee "$scratch/csaf.log" || csaf_rc=$?

echo
echo "=== CVE: ${#records[@]} record(s) in $scratch/cve"
cve_rc=0
if [ "${#records[@]}" -gt 0 ]; then
    node "$conf/validate-cve.mjs" --schema "$top/tests/data/cve-schema/CVE_Record_Format_bundled.json" \
        "${records[@]}" | tee "$scratch/cve.log" || cve_rc=$?
else
    echo "no CVE record was exported"
    cve_rc=1
fi

echo
echo "=== Summary"
echo "CSAF documents: ${#documents[@]} ($([ "$csaf_rc" -eq 0 ] && echo passed || echo FAILED))"
echo "CVE records: ${#records[@]} of $(wc -l <"$scratch/cves.tsv") CVE(s) ($([ "$cve_rc" -eq 0 ] && echo passed || echo FAILED))"
[ "$export_rc" -ne 0 ] && echo "CVE export: FAILED for some CVEs (see $scratch/export-cves.log)"
echo "Logs: $scratch/csaf.log, $scratch/cve.log"
[ "$csaf_rc" -eq 0 ] && [ "$cve_rc" -eq 0 ] && [ "$export_rc" -eq 0 ]
