# Sourced by the other scripts: one build directory outside the clone, shared
# by every script, CI and the next checkout, so nothing is built twice.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tsm-target}"
export TSM_NODE="$CARGO_TARGET_DIR/release/tsm-node"
# The runtime build also makes the upgrade test's runtime (spec_version + 1).
export TSM_UPGRADE_FIXTURE="${TSM_UPGRADE_FIXTURE:-1}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The wasm builder looks for Cargo.lock from the target dir; point it here.
export WASM_BUILD_WORKSPACE_HINT="$PWD"

# Builds the whole workspace once, release profile (the node, the runtime as
# wasm, the test harness); `cargo test` then reuses all of it.
build_workspace() {
	cargo build --release --locked --workspace
}
