#!/usr/bin/env bash
# One command runs all the tests: unit, benchmark and runtime tests, and end-to-end
# tests that start real nodes (a dev node, a 4-validator consortium network)
# on loopback.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
build_workspace
cargo test --release --locked --workspace "$@"
# The pallets again with their benchmarks compiled in: each benchmark runs
# once as a test on the pallet's mock runtime (debug profile, so this feature
# set does not displace the release build above).
cargo test --locked -p pallet-tsm-identity -p pallet-tsm-governance -p pallet-tsm-settlement --features runtime-benchmarks
