#!/usr/bin/env bash
# The load harness: builds the node and `tsm-load` (release), runs the load
# (by default on the `local` network, Alice and Bob validating on loopback,
# started and stopped by the harness) and draws its report with
# scripts/plot-load.py. Arguments go to tsm-load (`--help` lists them), e.g.
#   ./scripts/load.sh --mix energy:1,transfer:1 --rate 1500 --duration 60
# Paths are relative to the repository; the report is load-report.json and
# its plot load-report.svg unless --out names another.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
# The same build as the tests' (their runtime build makes the upgrade
# fixture too), so one reuses the other.
export TSM_UPGRADE_FIXTURE=1
build_node
# `--workspace`: the features the tests resolve, so their build is reused
# (`-p tsm-e2e-tests` alone would resolve fewer and rebuild much of the tree).
cargo build --release --locked --workspace --bin tsm-load
out=load-report.json
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
	[ "${args[i]}" = "--out" ] && out="${args[i + 1]:-$out}"
done
status=0
"$CARGO_TARGET_DIR/release/tsm-load" "$@" || status=$?
[ -f "$out" ] && python3 scripts/plot-load.py "$out"
exit "$status"
