#!/usr/bin/env bash
# One command runs all the tests: unit and runtime tests, and end-to-end
# tests that start real nodes (a dev node, a 4-validator consortium network)
# on loopback.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
build_workspace
cargo test --release --locked --workspace "$@"
