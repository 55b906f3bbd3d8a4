#!/usr/bin/env bash
# Block import time of the node as built (release profile): a chain of full
# blocks is authored, exported, and imported three times; prints the median.
# Compare builds on the same machine with nothing else running.
#   scripts/measure-import.sh [transfers]      # default 12000
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
build_node
# Every package selected, so the example resolves the node's features.
cargo build --release --locked --workspace --examples
"$CARGO_TARGET_DIR/release/examples/import_bench" "$@"
