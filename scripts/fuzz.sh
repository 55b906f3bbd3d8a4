#!/usr/bin/env bash
# Runtime fuzzing (fuzz/, a workspace of its own): the real runtime, genesis
# as on `local`, driven by a seeded random sequence of calls with every
# invariant checked after every call and block. Arguments go to `tsm-fuzz`:
#   ./scripts/fuzz.sh --seed 1 --calls 20000      # what the tests run
#   ./scripts/fuzz.sh --seed 7 --calls 1000000    # a long run
# The same seed replays the same run; a failure prints its replay command.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
cd fuzz
# The fuzzer runs the runtime natively: its wasm is not needed. The runtime
# built here (try-runtime, overflow checks) is a build unit of its own in the
# shared target directory, so this does not touch the node's build.
export SKIP_WASM_BUILD=1
cargo build --release --locked --quiet
exec "$CARGO_TARGET_DIR/release/tsm-fuzz" "$@"
