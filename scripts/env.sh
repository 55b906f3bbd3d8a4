# Sourced by the other scripts: one build directory outside the clone, shared
# by every script, CI and the next checkout, so nothing is built twice.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tsm-target}"
export TSM_NODE="$CARGO_TARGET_DIR/release/tsm-node"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The wasm builder looks for Cargo.lock from the target dir; point it here.
export WASM_BUILD_WORKSPACE_HINT="$PWD"

# Builds the node alone (release profile, the runtime as wasm inside it).
# The test build resolves the same features (tests/Cargo.toml says how), so
# `cargo test --workspace` afterwards reuses all of it.
build_node() {
	cargo build --release --locked -p tsm-node
}
