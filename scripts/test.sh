#!/usr/bin/env bash
# One command runs all the tests: unit, benchmark and runtime tests, and end-to-end
# tests that start real nodes (a dev node, a 4-validator consortium network)
# on loopback. Extra arguments go to the release `cargo test`, e.g. a test name.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
# The runtime build also makes the upgrade test's runtime (spec_version + 1).
export TSM_UPGRADE_FIXTURE=1
build_node
# Libraries and integration tests of every crate (the node has no unit
# tests; no crate has doc examples to compile).
cargo test --release --locked --workspace --lib --tests "$@"
# The pallets again with their benchmarks compiled in: each benchmark runs
# once as a test on the pallet's mock runtime (debug profile, so this feature
# set does not displace the release build above).
cargo test --locked -p pallet-tsm-identity -p pallet-tsm-governance -p pallet-tsm-settlement -p pallet-tsm-assurance -p pallet-tsm-energy -p pallet-tsm-origin -p pallet-aura-equivocation --features runtime-benchmarks --lib
# The runtime fuzzer (fuzz/, a workspace of its own: the runtime natively
# with try-runtime, overflow checks in this project's crates): a short
# seeded run of each seed, every invariant checked after every call and
# block. The long run is `./scripts/fuzz.sh --seed 7 --calls 1000000`.
for seed in 1 2 3; do
	scripts/fuzz.sh --seed "$seed" --calls 40000
done
