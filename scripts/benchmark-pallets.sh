#!/usr/bin/env bash
# Measures the TSM pallets' calls on this machine and regenerates their
# `weights.rs`: builds the node with the runtime's benchmarks compiled in
# (a separate feature set: the first build takes as long as a clean one),
# then runs `tsm-node benchmark pallet` for each pallet.
#
#   scripts/benchmark-pallets.sh              # every TSM pallet
#   scripts/benchmark-pallets.sh identity     # only pallets/identity
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh

# frame-benchmarking-cli carries a test runtime of its own, used only by
# `benchmark storage` in its validate-block mode. The node enables the CLI
# as an optional feature, so the wasm builder (which reads the workspace's
# metadata with default features) cannot find that runtime's package: skip
# its wasm build.
SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1 \
	cargo build --release --locked -p tsm-node --features runtime-benchmarks
# Keep the benchmarking binary apart: the next normal build replaces
# target/release/tsm-node.
bench="$CARGO_TARGET_DIR/tsm-node-benchmarks"
cp "$CARGO_TARGET_DIR/release/tsm-node" "$bench"
# Both feature sets write the runtime's wasm to the same file
# (release/wbuild/tsm-runtime/); make the next normal build write it again,
# so that the normal node never embeds the benchmarking runtime.
touch runtime/build.rs

# pallets/<dir> -> the pallet's name in the runtime's `define_benchmarks!`.
declare -A pallets=([identity]=pallet_tsm_identity [governance]=pallet_tsm_governance [settlement]=pallet_tsm_settlement [assurance]=pallet_tsm_assurance [energy-trading]=pallet_tsm_energy [origin]=pallet_tsm_origin)
selected=("$@")
[ ${#selected[@]} -gt 0 ] || selected=("${!pallets[@]}")

for dir in "${selected[@]}"; do
	pallet="${pallets[$dir]:?unknown pallet directory: $dir}"
	echo "benchmarking $pallet -> pallets/$dir/src/weights.rs"
	"$bench" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--wasm-execution compiled \
		--steps 50 \
		--repeat 20 \
		--template scripts/pallet-weight-template.hbs \
		--output "pallets/$dir/src/weights.rs"
done
